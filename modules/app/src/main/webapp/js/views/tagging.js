// Tagging products in a note: from what one bought, from one's own shop, or by pasting a product link.
import { h, toast } from '../dom.js';
import { icon } from '../icons.js';
import { t, pick } from '../i18n.js';
import { api, q } from '../api.js';
import { price } from '../money.js';

const MAX = 10;

/** Returns { element, ids() } for the compose screen, starting with `initialIds` tagged. */
export async function productPicker(initialIds) {
  const tagged = [];
  for (const id of initialIds) {
    try { tagged.push(await api.get(`/products/${id}`)); } catch { /* went off sale: nothing to tag */ }
  }
  const chips = h('div', { class: 'tagged-products' });
  const addBtn = h('button', { class: 'btn ghost small', type: 'button', name: 'tagProduct' }, icon('bag'), ` ${t('tag.add')}`);
  const draw = () => chips.replaceChildren(...tagged.map((p, i) => h('span', { class: 'product-chip', dataset: { productId: p.id } },
    p.images?.[0] ? h('img', { src: p.images[0].gridUrl, alt: '' }) : icon('bag'), pick(p.titleEn, p.titleZh),
    h('button', { type: 'button', 'aria-label': t('compose.remove'), onclick: () => { tagged.splice(i, 1); draw(); } }, '×'))),
  tagged.length < MAX ? addBtn : '');
  const add = (p) => {
    if (tagged.some((x) => x.id === p.id)) return;
    tagged.push(p);
    draw();
  };
  addBtn.addEventListener('click', () => openSheet(add));
  draw();
  return {
    element: h('div', { class: 'field' }, h('span', { class: 'muted small' }, t('tag.title')), chips),
    ids: () => tagged.map((p) => p.id),
  };
}

async function openSheet(onPick) {
  const dialog = h('dialog', { class: 'sheet' });
  const close = () => { dialog.close(); dialog.remove(); };
  const link = h('input', { class: 'input', name: 'productLink', placeholder: t('tag.pastePlaceholder') });
  const list = h('div', { class: 'pick-list' }, h('p', { class: 'muted small' }, t('common.loading')));
  const choose = async (id) => {
    try {
      onPick(await api.get(`/products/${id}`));
      close();
    } catch (e) { toast(e.status === 404 ? t('tag.notOnSale') : e.message, 'error'); }
  };
  dialog.append(h('h3', {}, t('tag.add')),
    h('form', { class: 'new-board', onsubmit: (e) => {
      e.preventDefault();
      const m = link.value.match(/product\/(\d+)/) || link.value.match(/^\s*(\d+)\s*$/);
      if (m) choose(Number(m[1])); else toast(t('tag.badLink'), 'error');
    } }, link, h('button', { class: 'btn primary small', type: 'submit' }, t('tag.use'))),
    list, h('button', { class: 'btn ghost', type: 'button', onclick: close }, t('common.cancel')));
  document.body.append(dialog);
  dialog.showModal();

  // Suggestions: products from one's orders, then one's own shop.
  const seen = new Set();
  const rows = [];
  try {
    const orders = await api.get(`/orders${q({ limit: 30 })}`);
    orders.items.forEach((o) => o.lines.forEach((l) => {
      if (!seen.has(l.productId)) { seen.add(l.productId); rows.push({ id: l.productId, title: l.title, note: t('tag.bought') }); }
    }));
  } catch { /* no orders */ }
  try {
    const shop = await api.get('/shops/mine');
    const mine = await api.get(`/shops/${shop.id}/products${q({ limit: 50 })}`);
    mine.items.filter((p) => p.status === 'ACTIVE').forEach((p) => {
      if (!seen.has(p.id)) { seen.add(p.id); rows.push({ id: p.id, title: pick(p.titleEn, p.titleZh), note: price(p.priceFrom) }); }
    });
  } catch { /* not a merchant */ }
  list.replaceChildren(...(rows.length ? rows.map((r) => h('button', { class: 'board-choice', type: 'button', dataset: { productId: r.id },
    onclick: () => choose(r.id) }, r.title, h('span', { class: 'muted' }, ` · ${r.note}`)))
    : [h('p', { class: 'muted small' }, t('tag.noSuggestions'))]));
}

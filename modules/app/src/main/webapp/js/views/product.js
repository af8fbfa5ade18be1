// Product page: gallery, price with an estimate in the buyer's currency, variants, stock,
// add to cart / buy now, the plugins' badges, and the notes that feature the product.
import { reportButton } from './report.js';
import { h, toast, fill } from '../dom.js';
import { icon } from '../icons.js';
import { t, pick } from '../i18n.js';
import { ratingLine } from './stars.js';
import { api, q } from '../api.js';
import { requireLogin } from '../session.js';
import { go } from '../router.js';
import { price, buyerCurrency } from '../money.js';
import { carousel } from './note.js';
import { translateToggle, readerLanguage } from './translate.js';
import { pagedGrid } from './cards.js';

/** Option names and their values in the order the merchant listed them. */
function optionGroups(skus) {
  const groups = new Map();
  for (const s of skus) {
    for (const [name, value] of Object.entries(s.options || {})) {
      if (!groups.has(name)) groups.set(name, []);
      if (!groups.get(name).includes(value)) groups.get(name).push(value);
    }
  }
  return groups;
}

const matches = (sku, chosen) => Object.entries(chosen).every(([k, v]) => sku.options?.[k] === v);

export async function renderProduct(host, id, query) {
  const fromNote = query.get('from');
  const p = await api.get(`/products/${id}${q({ currency: buyerCurrency() })}`);
  const title = pick(p.titleEn, p.titleZh);
  document.title = `${title} · ${t('brand.name')}`;
  const groups = optionGroups(p.skus);
  const chosen = {};
  // Start on the first variant in stock so the price and stock shown are real choices.
  const first = p.skus.find((s) => s.inStock) || p.skus[0];
  if (first) Object.assign(chosen, first.options);

  const priceEl = h('div', { class: 'product-price' });
  const stockEl = h('p', { class: 'stock muted small' });
  const qty = h('input', { class: 'input qty', type: 'number', name: 'quantity', min: '1', max: '99', value: '1', 'aria-label': t('shop.quantity') });
  const addBtn = h('button', { class: 'btn ghost', name: 'addToCart' }, t('shop.addToCart'));
  const buyBtn = h('button', { class: 'btn primary', name: 'buyNow' }, t('shop.buyNow'));
  const pickers = h('div', { class: 'variant-pickers' });

  const selected = () => p.skus.find((s) => matches(s, chosen) && Object.keys(s.options || {}).length === Object.keys(chosen).length)
    || (p.skus.length === 1 ? p.skus[0] : null);

  function refresh() {
    const sku = selected();
    pickers.replaceChildren(...[...groups.entries()].map(([name, values]) => h('div', { class: 'variant-group' },
      h('span', { class: 'muted small' }, name),
      h('div', { class: 'chips' }, values.map((v) => {
        const possible = p.skus.some((s) => s.inStock && matches(s, { ...chosen, [name]: v }));
        return h('button', { class: `chip ${chosen[name] === v ? 'on' : ''} ${possible ? '' : 'unavailable'}`, type: 'button',
          'aria-pressed': String(chosen[name] === v), onclick: () => { chosen[name] = v; refresh(); } }, v);
      })))));
    const shown = sku ? sku.price : p.priceFrom;
    fill(priceEl,
      h('span', { class: 'amount' }, price(shown)),
      !sku && p.skus.length > 1 ? h('span', { class: 'muted small' }, ` ${t('shop.from')}`) : null,
      p.priceFromEstimate && !sku ? h('span', { class: 'estimate muted small' }, t('shop.estimate', price(p.priceFromEstimate))) : null,
      sku?.estimate ? h('span', { class: 'estimate muted small' }, t('shop.estimate', price(sku.estimate))) : null);
    stockEl.textContent = !sku ? t('shop.pickVariant') : sku.inStock ? t('shop.inStock', sku.stock) : t('shop.soldOut');
    addBtn.disabled = buyBtn.disabled = !sku || !sku.inStock || p.mine;
  }

  async function addToCart() {
    if (!requireLogin()) return false;
    const sku = selected();
    try {
      await api.put(`/cart/items/${sku.id}`, { quantity: Number(qty.value) || 1, noteId: fromNote ? Number(fromNote) : null });
      return true;
    } catch (e) {
      toast(e.field?.('quantity') || e.message, 'error');
      return false;
    }
  }
  addBtn.addEventListener('click', async () => { if (await addToCart()) toast(t('shop.added')); });
  buyBtn.addEventListener('click', async () => { if (await addToCart()) go(`#/checkout/${p.shop.id}`); });

  const description = pick(p.descriptionEn, p.descriptionZh);
  const titleEl = h('h1', { class: 'product-title' }, title);
  const descriptionEl = h('p', { class: 'product-description' }, description || '');
  // Offered when the merchant wrote nothing in the reader's language.
  const own = readerLanguage() === 'zh' ? (p.titleZh || p.descriptionZh) : (p.titleEn || p.descriptionEn);
  const translate = own ? null : translateToggle(`/products/${p.id}/translation`, titleEl, descriptionEl, 'description');
  host.append(h('article', { class: 'product-detail' },
    h('div', { class: 'note-media' }, carousel(p.images.map((i) => ({ url: i.url, width: 1, height: 1 })), pick(p.titleEn, p.titleZh))),
    h('div', { class: 'product-side' },
      h('a', { class: 'shop-link muted small', href: `#/shop/${p.shop.id}` }, icon('shop'), ` ${p.shop.name}`),
      titleEl,
      ratingLine(p.rating),
      translate,
      p.status !== 'ACTIVE' ? h('span', { class: 'badge-draft inline' }, t(`product.status.${p.status}`)) : null,
      p.heldForReview ? h('p', { class: 'moderation-banner' }, t('product.heldForReview')) : null,
      priceEl,
      p.badges.length ? h('div', { class: 'product-badges' }, p.badges.map((b) => h('span', { class: 'promo-badge', dataset: { code: b.code } }, b.label))) : null,
      pickers, stockEl,
      h('div', { class: 'buy-row' }, qty, addBtn, buyBtn),
      p.mine ? h('p', { class: 'muted small' }, t('shop.ownProduct'), ' ', h('a', { href: '#/merchant/products' }, t('merchant.manage'))) : null,
      h('p', { class: 'muted small' }, t('shop.paysIn', p.skus[0]?.price.currency || '')),
      description || translate ? descriptionEl : null,
      h('a', { class: 'btn ghost small', href: `#/compose?product=${p.id}` }, t('shop.postAbout')),
      p.mine ? null : reportButton('PRODUCT', p.id))));
  refresh();
  host.append(h('h2', { class: 'section-title' }, t('shop.featuringNotes')));
  pagedGrid(host, `/feed/product/${p.id}`, 'shop.noNotesYet');
}

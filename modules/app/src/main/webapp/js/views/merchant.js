// The merchant's dashboard: open a shop, then products and stock, orders (ship, refunds),
// sales per note, which storefront plugins the shop uses, and its webhooks.
import { h, toast, add } from '../dom.js';
import { icon } from '../icons.js';
import { t, pick, timeAgo } from '../i18n.js';
import { api, q, ApiError } from '../api.js';
import { requireLogin, loadMe } from '../session.js';
import { go } from '../router.js';
import { price, formatMoney, toMinor, fromMinor } from '../money.js';
import { stateBadge, shipToBlock } from './orders.js';
import { packingSlip } from './packing-slip.js';
import { countrySelect } from '../countries.js';
import { breakdownTable } from './checkout.js';
import { brandCollabs } from './collabs.js';
import { merchantWebhooks } from './webhooks.js';

const TABS = ['products', 'orders', 'sales', 'collabs', 'plugins', 'webhooks', 'shop'];
const CATEGORIES = ['beauty', 'fashion', 'food', 'home', 'travel', 'fitness', 'digital', 'books', 'kids', 'pets', 'other'];
const CURRENCIES = ['CNY', 'USD', 'EUR', 'GBP', 'JPY', 'HKD', 'KRW', 'SGD', 'AUD', 'THB'];

/** Shows every field error next to its field name, in the viewer's language. */
function errorList(box, e) {
  if (e instanceof ApiError && e.problem.errors?.length) {
    box.replaceChildren(...e.problem.errors.map((er) => h('p', { class: 'field-error', dataset: { field: er.field } },
      `${t(`field.${er.field.replace(/\[\d+\]/g, '')}`)}: ${er.message}`)));
  } else {
    box.textContent = e.message;
  }
}

export async function renderMerchant(host, tab = 'products', arg) {
  if (!requireLogin()) return;
  let shop = null;
  try {
    shop = await api.get('/shops/mine');
  } catch (e) {
    if (e.status !== 404) throw e;
  }
  if (!shop || shop.status !== 'APPROVED') {
    host.append(shopApplication(shop));
    return;
  }
  host.append(h('header', { class: 'shop-head' },
    shop.logoUrl ? h('img', { class: 'avatar md', src: shop.logoUrl, alt: '' }) : h('span', { class: 'avatar md initial' }, icon('shop')),
    h('div', { class: 'profile-id' }, h('h1', {}, shop.name),
      shop.profileHeld ? h('p', { class: 'moderation-banner' }, t('shop.profileHeld')) : null,
      h('a', { class: 'muted small', href: `#/shop/${shop.id}` }, t('merchant.viewShop')))),
  h('nav', { class: 'tabs' }, TABS.map((name) => h('a', { class: `tab ${tab === name ? 'on' : ''}`, href: `#/merchant/${name}` }, t(`merchant.tab.${name}`)))));
  const body = h('div', { class: 'merchant-body' });
  host.append(body);
  // On a phone the tab bar scrolls sideways: bring the open tab into view.
  const open = host.querySelector('.tabs .tab.on');
  if (open) {
    const bar = open.parentElement;
    const left = open.getBoundingClientRect().left - bar.getBoundingClientRect().left + bar.scrollLeft;
    bar.scrollLeft = left - (bar.clientWidth - open.offsetWidth) / 2;
  }
  switch (tab) {
    case 'orders': await orders(body, shop); break;
    case 'sales': await sales(body, shop); break;
    case 'plugins': await plugins(body); break;
    case 'webhooks': await merchantWebhooks(body); break;
    case 'collabs': await brandCollabs(body, shop); break;
    case 'shop': body.append(shopApplication(shop)); break;
    case 'edit': await productEditor(body, shop, arg); break;
    case 'packing-slip': await packingSlip(body, shop, arg); break;
    default: await products(body, shop);
  }
}

/** Apply for a shop, see the decision, fix and resubmit; approved owners edit their details here. */
function shopApplication(shop) {
  const f = (name, value, attrs = {}) => h('input', { class: 'input', name, value: value || '', ...attrs });
  const fields = {
    name: f('name', shop?.name, { maxlength: '40' }),
    description: h('textarea', { class: 'input', name: 'description', rows: '3', maxlength: '500' }),
    currency: h('select', { class: 'input', name: 'currency' }, CURRENCIES.map((c) => h('option', { value: c, selected: (shop?.currency || 'CNY') === c }, c))),
    country: countrySelect('country', shop?.country || ''),
    legalName: f('legalName', shop?.trader?.legalName),
    address: f('address', shop?.trader?.address),
    contactEmail: f('contactEmail', shop?.trader?.contactEmail, { type: 'email' }),
    contactPhone: f('contactPhone', shop?.trader?.contactPhone),
    registrationNumber: f('registrationNumber', shop?.trader?.registrationNumber),
  };
  fields.description.value = shop?.description || '';
  const certified = h('input', { type: 'checkbox', name: 'selfCertified', checked: !!shop });
  const errors = h('div', { class: 'form-errors', role: 'alert' });
  const label = (key, el) => h('label', { class: 'field' }, h('span', {}, t(`field.${key}`)), el);
  const status = shop ? h('div', { class: `panel status-${shop.status.toLowerCase()}` },
    h('strong', {}, t(`merchant.status.${shop.status}`)),
    shop.decisionReason ? h('p', {}, t('merchant.reason', shop.decisionReason)) : null) : null;
  return h('form', { class: 'auth-card wide', onsubmit: async (e) => {
    e.preventDefault();
    errors.textContent = '';
    const body = Object.fromEntries(Object.entries(fields).map(([k, el]) => [k, el.value]));
    body.selfCertified = certified.checked;
    try {
      await (shop ? api.put('/shops/mine', body) : api.post('/shops', body));
      toast(t('merchant.submitted'));
      await loadMe();
      go('#/merchant/products');
    } catch (err) { errorList(errors, err); }
  } },
  h('h1', {}, shop ? (shop.status === 'APPROVED' ? t('merchant.tab.shop') : t('merchant.application')) : t('merchant.open')),
  shop ? null : h('p', { class: 'muted' }, t('merchant.openIntro')),
  status,
  label('name', fields.name), label('description', fields.description), label('currency', fields.currency),
  label('country', fields.country),
  h('h3', {}, t('merchant.trader')), h('p', { class: 'muted small' }, t('merchant.traderWhy')),
  label('legalName', fields.legalName), label('address', fields.address), label('contactEmail', fields.contactEmail),
  label('contactPhone', fields.contactPhone), label('registrationNumber', fields.registrationNumber),
  h('label', { class: 'check' }, certified, t('merchant.selfCertify')),
  errors,
  h('button', { class: 'btn primary block', type: 'submit', name: 'submitShop' }, shop ? t('merchant.resubmit') : t('merchant.apply')));
}

async function products(body, shop) {
  body.append(h('div', { class: 'toolbar' }, h('a', { class: 'btn primary small', name: 'newProduct', href: '#/merchant/edit' }, `＋ ${t('merchant.newProduct')}`)));
  const page = await api.get(`/shops/${shop.id}/products${q({ limit: 100 })}`);
  if (!page.items.length) body.append(h('p', { class: 'muted center' }, t('merchant.noProducts')));
  page.items.forEach((p) => body.append(h('div', { class: 'panel product-row', dataset: { productId: p.id } },
    p.images[0] ? h('img', { class: 'thumb', src: p.images[0].gridUrl, alt: '' }) : h('div', { class: 'thumb placeholder' }, icon('bag')),
    h('div', { class: 'grow' },
      h('div', { class: 'order-row-head' }, h('a', { href: `#/product/${p.id}` }, h('strong', {}, pick(p.titleEn, p.titleZh))),
        h('span', { class: `state-badge s-${p.status.toLowerCase()}` }, t(`product.status.${p.status}`))),
      p.skus.map((s) => stockRow(p, s)),
      h('a', { class: 'btn ghost small', href: `#/merchant/edit/${p.id}` }, t('note.edit'))))));
}

function stockRow(p, s) {
  const input = h('input', { class: 'input qty', type: 'number', min: '0', name: `stock-${s.code}`, value: String(s.stock), 'aria-label': t('merchant.stock') });
  input.addEventListener('change', async () => {
    try {
      await api.put(`/products/${p.id}/skus/${encodeURIComponent(s.code)}/stock`, { stock: Number(input.value) });
      toast(t('merchant.stockSaved'));
    } catch (e) { toast(e.field?.('stock') || e.message, 'error'); }
  });
  return h('div', { class: 'sku-row small' }, h('span', { class: 'grow' }, s.code, ' ',
    h('span', { class: 'muted' }, Object.entries(s.options).map(([k, v]) => `${k}: ${v}`).join(', '))),
  h('span', {}, price(s.price)), h('span', { class: 'muted' }, t('merchant.stock')), input);
}

/** Create or edit a product: texts in English and/or Chinese, images, category, variants, status. */
async function productEditor(body, shop, id) {
  const p = id ? await api.get(`/products/${id}`) : null;
  const cur = shop.currency;
  const input = (name, value, attrs = {}) => h('input', { class: 'input', name, value: value || '', ...attrs });
  const titleEn = input('titleEn', p?.titleEn, { maxlength: '60' });
  const titleZh = input('titleZh', p?.titleZh, { maxlength: '60' });
  const descEn = h('textarea', { class: 'input', name: 'descriptionEn', rows: '3' });
  const descZh = h('textarea', { class: 'input', name: 'descriptionZh', rows: '3' });
  descEn.value = p?.descriptionEn || ''; descZh.value = p?.descriptionZh || '';
  const category = h('select', { class: 'input', name: 'category' }, CATEGORIES.map((c) => h('option', { value: c, selected: p?.category === c }, t(`category.${c}`))));
  const status = h('select', { class: 'input', name: 'status' }, ['DRAFT', 'ACTIVE', 'ARCHIVED'].map((s) => h('option', { value: s, selected: (p?.status || 'ACTIVE') === s }, t(`product.status.${s}`))));
  const images = (p?.images || []).map((i) => ({ id: i.id, gridUrl: i.gridUrl }));
  const imageTray = h('div', { class: 'tray' });
  const file = h('input', { type: 'file', accept: 'image/*', multiple: true, name: 'productImages', class: 'file-input',
    'aria-label': t('compose.addMedia') });
  const addImage = h('button', { class: 'tile add', type: 'button', onclick: () => file.click() }, '+');
  const drawImages = () => imageTray.replaceChildren(...images.map((m, i) => h('div', { class: 'tile' }, h('img', { src: m.gridUrl, alt: '' }),
    h('div', { class: 'tile-tools' }, h('button', { type: 'button', onclick: () => { images.splice(i, 1); drawImages(); } }, '×')))), images.length < 9 ? addImage : '');
  file.addEventListener('change', async () => {
    for (const f of [...file.files]) {
      try { images.push(await api.upload(f, () => {})); } catch (e) { toast(e.message, 'error'); }
    }
    file.value = '';
    drawImages();
  });
  const rows = h('div', { class: 'sku-editor' });
  const addRow = (s = {}) => {
    const opts = Object.entries(s.options || {}).map(([k, v]) => `${k}=${v}`).join(', ');
    rows.append(h('div', { class: 'sku-edit-row' },
      input('skuCode', s.code, { placeholder: t('merchant.skuCode'), maxlength: '40' }),
      input('skuOptions', opts, { placeholder: t('merchant.skuOptions') }),
      input('skuPrice', s.price ? fromMinor(s.price.minor, cur) : '', { placeholder: `${t('merchant.price')} (${cur})`, inputmode: 'decimal' }),
      input('skuStock', s.stock ?? '', { placeholder: t('merchant.stock'), type: 'number', min: '0' }),
      h('button', { class: 'link danger', type: 'button', onclick: (e) => e.target.closest('.sku-edit-row').remove() }, '×')));
  };
  (p?.skus?.length ? p.skus : [{}]).forEach(addRow);
  const errors = h('div', { class: 'form-errors', role: 'alert' });
  const label = (key, el) => h('label', { class: 'field' }, h('span', {}, t(`field.${key}`)), el);

  async function save() {
    errors.textContent = '';
    const skus = [...rows.children].map((r) => {
      const [code, options, amount, stock] = [...r.querySelectorAll('input')].map((i) => i.value.trim());
      return {
        code, stock: stock === '' ? null : Number(stock), price: amount === '' ? null : toMinor(amount, cur),
        options: Object.fromEntries(options.split(',').map((x) => x.trim()).filter(Boolean).map((x) => x.split('=').map((y) => y.trim()))),
      };
    });
    const payload = { titleEn: titleEn.value || null, titleZh: titleZh.value || null, descriptionEn: descEn.value || null,
      descriptionZh: descZh.value || null, category: category.value, status: status.value, skus,
      imageMediaIds: images.map((m) => m.id) };
    try {
      const saved = p ? await api.put(`/products/${p.id}`, payload) : await api.post('/products', payload);
      toast(t('merchant.productSaved'));
      go(`#/product/${saved.id}`);
    } catch (e) { errorList(errors, e); }
  }
  drawImages();
  body.append(h('section', { class: 'compose' },
    h('h1', {}, p ? t('merchant.editProduct') : t('merchant.newProduct')),
    h('p', { class: 'muted small' }, t('merchant.bilingualHint')),
    label('titleEn', titleEn), label('titleZh', titleZh), label('descriptionEn', descEn), label('descriptionZh', descZh),
    label('category', category),
    h('h3', {}, t('field.imageMediaIds')), file, imageTray,
    h('h3', {}, t('field.skus')), h('p', { class: 'muted small' }, t('merchant.skuHint', cur)), rows,
    h('button', { class: 'btn ghost small', type: 'button', name: 'addVariant', onclick: () => addRow() }, `＋ ${t('merchant.addVariant')}`),
    label('status', status), errors,
    h('div', { class: 'compose-actions' }, h('button', { class: 'btn primary', type: 'button', name: 'saveProduct', onclick: save }, t('merchant.save')))));
}

async function orders(body) {
  const filter = h('select', { class: 'input narrow', name: 'stateFilter', 'aria-label': t('merchant.allOrders') }, h('option', { value: '' }, t('merchant.allOrders')),
    ['PAID', 'SHIPPED', 'RECEIVED', 'REFUND_REQUESTED', 'COMPLETED', 'CANCELLED', 'REFUNDED'].map((s) => h('option', { value: s }, t(`order.state.${s}`))));
  const list = h('div', { class: 'order-list' });
  body.append(h('div', { class: 'toolbar' }, filter), list);
  async function load() {
    const page = await api.get(`/shops/mine/orders${q({ state: filter.value, limit: 50 })}`);
    list.replaceChildren(...page.items.map(sellerOrder));
    if (!page.items.length) list.append(h('p', { class: 'muted center' }, t('merchant.noOrders')));
  }
  function sellerOrder(o) {
    const box = h('div', { class: 'panel order-row', dataset: { orderId: o.id } });
    const redraw = (next) => box.replaceWith(sellerOrder(next));
    const act = async (call) => { try { redraw(await call()); } catch (e) { toast(e.message, 'error'); } };
    const actions = [];
    if (o.state === 'PAID') {
      const carrier = h('input', { class: 'input', name: 'carrier', placeholder: t('merchant.carrier') });
      const tracking = h('input', { class: 'input', name: 'trackingNumber', placeholder: t('merchant.tracking') });
      actions.push(h('form', { class: 'ship-form', onsubmit: (e) => { e.preventDefault(); act(() => api.post(`/orders/${o.id}/ship`, { carrier: carrier.value, trackingNumber: tracking.value })); } },
        carrier, tracking, h('button', { class: 'btn primary small', type: 'submit', name: 'ship' }, t('merchant.ship'))));
    }
    if (o.state === 'REFUND_REQUESTED') {
      actions.push(h('p', { class: 'small' }, t('order.refundReasonWas', o.refundReason)),
        h('button', { class: 'btn primary small', name: 'approveRefund', onclick: () => act(() => api.post(`/orders/${o.id}/refund-decision`, { approve: true })) }, t('merchant.approveRefund')),
        h('button', { class: 'btn ghost small', name: 'denyRefund', onclick: () => act(() => api.post(`/orders/${o.id}/refund-decision`, { approve: false })) }, t('merchant.denyRefund')));
    }
    add(box,
      h('div', { class: 'order-row-head' }, h('strong', {}, `#${o.id}`), stateBadge(o.state)),
      o.lines.map((l) => h('p', { class: 'small' }, `${l.title} ${l.options ? `(${l.options})` : ''} × ${l.quantity}`,
        l.noteId ? h('a', { class: 'muted', href: `#/note/${l.noteId}` }, ` · ${t('merchant.fromNote')}`) : null)),
      h('details', {}, h('summary', { class: 'muted small' }, `${price(o.total)} · ${timeAgo(o.createdAt)}`), breakdownTable(o.breakdown)),
      o.trackingNumber ? h('p', { class: 'muted small' }, icon('truck'), ` ${o.carrier} · ${o.trackingNumber}`) : null,
      ['PLACED', 'CANCELLED'].includes(o.state) ? null : h('div', { class: 'ship-to-row' }, shipToBlock(o.shipTo),
        h('a', { class: 'btn ghost small', name: 'packingSlip', href: `#/merchant/packing-slip/${o.id}` }, t('merchant.packingSlip'))),
      h('div', { class: 'row-actions' }, actions));
    return box;
  }
  filter.addEventListener('change', load);
  await load();
}

/** Orders and revenue per note the buyers came from: which content sells. */
async function sales(body) {
  const rows = await api.get('/shops/mine/attribution');
  if (!rows.length) {
    body.append(h('p', { class: 'muted center' }, t('merchant.noSales')));
    return;
  }
  body.append(h('table', { class: 'data-table' },
    h('thead', {}, h('tr', {}, ['merchant.note', 'merchant.orders', 'merchant.units', 'merchant.revenue'].map((k) => h('th', {}, t(k))))),
    h('tbody', {}, rows.map((r) => h('tr', {},
      h('td', {}, h('a', { href: `#/note/${r.noteId}` }, r.noteTitle || `#${r.noteId}`)),
      h('td', { class: 'num' }, String(r.orders)), h('td', { class: 'num' }, String(r.units)),
      h('td', { class: 'num' }, formatMoney(r.revenueMinor, r.currency)))))));
}

async function plugins(body) {
  const list = h('div', {});
  body.append(h('p', { class: 'muted small' }, t('merchant.pluginsIntro')), list);
  const draw = (choices) => list.replaceChildren(...choices.map((c) => {
    const box = h('input', { type: 'checkbox', name: `plugin-${c.id}`, checked: c.enabled, role: 'switch' });
    box.addEventListener('change', async () => {
      try { draw(await api.put(`/shops/mine/plugins/${encodeURIComponent(c.id)}`, { enabled: box.checked })); } catch (e) { toast(e.message, 'error'); }
    });
    return h('label', { class: 'panel plugin-row' }, h('span', { class: 'grow' }, h('strong', {}, t(`plugin.${c.id}`) === `plugin.${c.id}` ? c.id : t(`plugin.${c.id}`)),
      h('span', { class: 'muted small' }, ` ${c.id} ${c.version}`)), box);
  }));
  draw(await api.get('/shops/mine/plugins'));
}

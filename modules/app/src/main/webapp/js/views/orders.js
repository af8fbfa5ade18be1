// A buyer's orders: the list, and one order with its state, breakdown and next steps.
import { h, toast } from '../dom.js';
import { icon } from '../icons.js';
import { t, timeAgo, locale } from '../i18n.js';
import { api, q } from '../api.js';
import { requireLogin } from '../session.js';
import { price } from '../money.js';
import { breakdownTable } from './checkout.js';

const STEPS = ['PLACED', 'PAID', 'SHIPPED', 'RECEIVED', 'COMPLETED'];

export function stateBadge(state) {
  return h('span', { class: `state-badge s-${state.toLowerCase()}`, dataset: { state } }, t(`order.state.${state}`));
}

/** Where the parcel goes, laid out as on a label: name and phone, street, city, country. */
export function shipToBlock(to) {
  if (!to) return null;
  const country = new Intl.DisplayNames([locale()], { type: 'region' }).of(to.country);
  const cityLine = [to.postalCode, to.city, to.region].filter(Boolean).join(' ');
  return h('address', { class: 'ship-to' },
    h('span', { class: 'ship-to-label muted small' }, t('order.shipTo')),
    h('strong', { class: 'ship-to-name' }, to.name), h('span', { class: 'ship-to-phone' }, to.phone),
    h('span', {}, to.line), h('span', {}, cityLine), h('span', {}, country));
}

/** The happy path as a progress line; cancellations and refunds are shown as the badge instead. */
function progress(state) {
  const at = STEPS.indexOf(state);
  if (at < 0) return null;
  return h('ol', { class: 'progress-steps' }, STEPS.map((s, i) => h('li', { class: i <= at ? 'done' : '' }, t(`order.state.${s}`))));
}

export async function renderOrders(host) {
  if (!requireLogin()) return;
  host.append(h('h1', { class: 'page-title' }, t('order.mine')));
  const list = h('div', { class: 'order-list' });
  const more = h('button', { class: 'load-more', hidden: true }, t('feed.more'));
  host.append(list, more);
  let cursor = null;
  async function load() {
    const page = await api.get(`/orders${q({ limit: 20, cursor })}`);
    page.items.forEach((o) => list.append(orderRow(o, `#/order/${o.id}`)));
    cursor = page.nextCursor;
    more.hidden = !cursor;
    if (!list.children.length) list.append(h('div', { class: 'empty-state' }, h('p', { class: 'muted' }, t('order.none')),
      h('a', { class: 'btn primary', href: '#/' }, t('cart.discover'))));
  }
  more.addEventListener('click', load);
  await load();
}

export function orderRow(o, href) {
  return h('a', { class: 'panel order-row', href, dataset: { orderId: o.id } },
    h('div', { class: 'order-row-head' }, h('strong', {}, icon('shop'), ` ${o.shopName}`), stateBadge(o.state)),
    h('p', { class: 'muted small' }, o.lines.map((l) => `${l.title} × ${l.quantity}`).join(' · ')),
    h('div', { class: 'order-row-head' }, h('span', { class: 'muted small' }, `#${o.id} · ${timeAgo(o.createdAt)}`),
      h('strong', { class: 'price' }, price(o.total))));
}

export async function renderOrder(host, id) {
  if (!requireLogin()) return;
  const box = h('div', {});
  host.append(box);
  async function draw(o) {
    o = o || await api.get(`/orders/${id}`);
    const act = (name, label, call, cls = 'ghost') => h('button', { class: `btn ${cls} small`, name, onclick: async () => {
      try { draw(await call()); } catch (e) { toast(e.message, 'error'); }
    } }, label);
    const actions = [];
    if (o.state === 'PLACED' || o.state === 'PAID') {
      actions.push(act('cancel', t('order.cancel'), () => confirm(t('order.confirmCancel')) ? api.post(`/orders/${o.id}/cancel`) : Promise.resolve(o)));
    }
    if (o.state === 'SHIPPED') {
      actions.push(act('confirmReceipt', t('order.confirmReceipt'), () => api.post(`/orders/${o.id}/confirm-receipt`), 'primary'));
    }
    if (['PAID', 'SHIPPED', 'RECEIVED'].includes(o.state)) {
      actions.push(act('requestRefund', t('order.requestRefund'), () => {
        const reason = prompt(t('order.refundReason'));
        return reason ? api.post(`/orders/${o.id}/refund-request`, { reason }) : Promise.resolve(o);
      }));
    }
    const reviewable = o.state === 'RECEIVED' || o.state === 'COMPLETED';
    box.replaceChildren(h('section', { class: 'order-detail' },
      h('div', { class: 'order-row-head' }, h('h1', { class: 'page-title' }, t('order.title', o.id)), stateBadge(o.state)),
      progress(o.state),
      o.payBefore ? h('p', { class: 'muted small' }, t('order.payBefore', new Date(o.payBefore).toLocaleTimeString())) : null,
      o.failureReason ? h('p', { class: 'danger small' }, o.failureReason) : null,
      o.trackingNumber ? h('p', { class: 'panel small' }, icon('truck'), ` ${o.carrier} · ${o.trackingNumber}`) : null,
      o.refundReason ? h('p', { class: 'muted small' }, t('order.refundReasonWas', o.refundReason)) : null,
      h('div', { class: 'panel' }, shipToBlock(o.shipTo)),
      h('div', { class: 'panel' },
        h('a', { class: 'panel-title', href: `#/shop/${o.shopId}` }, icon('shop'), ` ${o.shopName}`),
        o.lines.map((l) => h('div', { class: 'order-line' },
          h('a', { class: 'grow', href: `#/product/${l.productId}` }, h('strong', {}, l.title), h('span', { class: 'muted small' }, ` ${l.options}`)),
          h('span', {}, `${price(l.unitPrice)} × ${l.quantity}`),
          reviewable ? h('a', { class: 'btn primary small', name: 'review', href: `#/compose?review=${o.id}:${l.skuId}&product=${l.productId}` }, t('order.review')) : null)),
        h('hr'),
        breakdownTable(o.breakdown)),
      h('div', { class: 'compose-actions' }, actions),
      h('a', { class: 'link', href: '#/orders' }, `‹ ${t('order.mine')}`)));
  }
  await draw();
}

// A packing slip for one order: what goes in the parcel and where it goes, ready to print and
// put in the box. No prices: the slip travels with the goods, the receipt is the buyer's.
import { h } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { shipToBlock } from './orders.js';

export async function packingSlip(body, shop, orderId) {
  const o = await api.get(`/orders/${encodeURIComponent(orderId)}`);
  body.append(h('article', { class: 'packing-slip panel', dataset: { orderId: o.id } },
    h('header', { class: 'order-row-head' },
      h('h2', { class: 'panel-title' }, icon('shop'), ` ${shop.name}`),
      h('span', { class: 'slip-number' }, t('order.title', o.id))),
    h('p', { class: 'muted small' }, new Date(o.createdAt).toLocaleString()),
    shipToBlock(o.shipTo),
    h('table', { class: 'data-table slip-lines' },
      h('thead', {}, h('tr', {}, h('th', {}, t('merchant.slipItem')), h('th', { class: 'num' }, t('merchant.units')))),
      h('tbody', {}, o.lines.map((l) => h('tr', {},
        h('td', {}, h('strong', {}, l.title), l.options ? h('span', { class: 'muted small' }, ` ${l.options}`) : null),
        h('td', { class: 'num' }, String(l.quantity)))))),
    h('div', { class: 'compose-actions no-print' },
      h('button', { class: 'btn primary small', name: 'print', type: 'button', onclick: () => window.print() }, t('merchant.print')),
      h('a', { class: 'link', href: '#/merchant/orders' }, `‹ ${t('merchant.tab.orders')}`))));
}

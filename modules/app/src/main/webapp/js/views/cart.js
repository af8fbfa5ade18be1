// The cart, grouped by shop (an order buys from one shop), with an estimate in the buyer's currency.
import { h, toast } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../i18n.js';
import { api, q } from '../api.js';
import { requireLogin } from '../session.js';
import { price, buyerCurrency } from '../money.js';

export async function renderCart(host) {
  if (!requireLogin()) return;
  const section = h('section', { class: 'cart' }, h('h1', { class: 'page-title' }, t('cart.title')));
  host.append(section);
  const body = h('div', {});
  section.append(body);

  async function draw(cart) {
    cart = cart || await api.get(`/cart${q({ currency: buyerCurrency() })}`);
    if (!cart.shops.length) {
      body.replaceChildren(h('div', { class: 'empty-state' }, h('p', { class: 'muted' }, t('cart.empty')),
        h('a', { class: 'btn primary', href: '#/' }, t('cart.discover'))));
      return;
    }
    body.replaceChildren(...cart.shops.map((s) => h('div', { class: 'panel cart-shop', dataset: { shopId: s.shopId } },
      h('a', { class: 'panel-title', href: `#/shop/${s.shopId}` }, icon('shop'), ` ${s.shopName}`),
      s.lines.map((l) => line(l)),
      h('div', { class: 'cart-foot' },
        h('div', {}, h('span', { class: 'muted' }, t('cart.subtotal')), ' ', h('strong', { class: 'price' }, price(s.subtotal)),
          s.subtotalEstimate ? h('span', { class: 'estimate muted small' }, t('shop.estimate', price(s.subtotalEstimate))) : null),
        h('a', { class: 'btn primary', name: 'checkout', href: `#/checkout/${s.shopId}` }, t('cart.checkout'))))));
  }

  function line(l) {
    const qty = h('input', { class: 'input qty', type: 'number', min: '1', max: '99', value: String(l.quantity), 'aria-label': t('shop.quantity') });
    qty.addEventListener('change', async () => {
      try {
        await api.put(`/cart/items/${l.skuId}`, { quantity: Number(qty.value), noteId: l.noteId });
        draw();
      } catch (e) { toast(e.field?.('quantity') || e.message, 'error'); }
    });
    return h('div', { class: `cart-line ${l.available ? '' : 'unavailable'}` },
      h('a', { class: 'grow', href: `#/product/${l.productId}${l.noteId ? `?from=${l.noteId}` : ''}` },
        h('strong', {}, l.withheld ? t('cart.withheld') : l.title),
        h('span', { class: 'muted small' }, Object.entries(l.options || {}).map(([k, v]) => `${k}: ${v}`).join(' · '))),
      h('span', { class: 'price' }, price(l.unitPrice)),
      qty,
      l.available ? null : h('span', { class: 'danger small' }, t('cart.unavailable', l.stock)),
      h('button', { class: 'link danger', 'aria-label': t('cart.remove'), onclick: async () => { await api.del(`/cart/items/${l.skuId}`); draw(); } }, '×'));
  }
  await draw();
}

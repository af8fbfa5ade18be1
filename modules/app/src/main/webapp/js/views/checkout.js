// Checkout for one shop's cart: address, coupon, the server's price breakdown, payment.
import { h, toast, fill } from '../dom.js';
import { t } from '../i18n.js';
import { api, q, ApiError } from '../api.js';
import { requireLogin } from '../session.js';
import { go } from '../router.js';
import { formatMoney, price, buyerCurrency } from '../money.js';
import { icon, randomKey } from '../icons.js';
import { countrySelect } from '../countries.js';

const ADDRESS_FIELDS = ['name', 'phone', 'line', 'city', 'region', 'postalCode'];

/** The breakdown the server computed, line by line: subtotal → promotions → shipping → tax → total. */
export function breakdownTable(b) {
  const row = (label, minor, cls = '') => h('div', { class: `bd-row ${cls}` }, h('span', {}, label), h('span', {}, formatMoney(minor, b.currency)));
  return h('div', { class: 'breakdown' },
    row(t('checkout.subtotal'), b.subtotal),
    b.discounts.map((d) => row(d.label, d.amount, 'discount')),
    b.shipping ? row(`${t('checkout.shipping')} · ${b.shipping.label}`, b.shipping.amount) : null,
    b.taxes.map((x) => row(x.label, x.amount)),
    row(t('checkout.total'), b.total, 'total'),
    b.skipped?.length ? h('p', { class: 'muted small' }, t('checkout.skipped'), ' ', b.skipped.join('; ')) : null);
}

/** A field with its name above it: a placeholder alone disappears as soon as one types. */
function labelled(field, el) {
  return h('label', { class: 'field compact' }, h('span', { class: 'field-name' }, t(`field.shipTo.${field}`)), el);
}

export async function renderCheckout(host, shopId) {
  if (!requireLogin()) return;
  // The address book's default comes first, then the address last used on this device.
  const book = await api.get('/me/addresses').catch(() => []);
  const preferred = book.find((a) => a.isDefault);
  const saved = preferred || JSON.parse(localStorage.getItem('ng.address') || '{}');
  // The country is the buyer's own (their last address), else where the shop ships from: never
  // the interface language (a 繁體 reader in Shanghai is not in Taiwan).
  const shop = await api.get(`/shops/${encodeURIComponent(shopId)}`).catch(() => null);
  const inputs = Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, h('input', { class: 'input', name: `shipTo.${f}`, value: saved[f] || '',
    placeholder: t(`checkout.${f}`), autocomplete: { name: 'name', phone: 'tel', line: 'street-address', city: 'address-level2', region: 'address-level1', postalCode: 'postal-code' }[f] })]));
  const country = countrySelect('shipTo.country', saved.country || shop?.country || '');
  const coupon = h('input', { class: 'input', name: 'couponCode', placeholder: t('checkout.coupon') });
  const fillFrom = (a) => {
    ADDRESS_FIELDS.forEach((f) => { inputs[f].value = a[f] || ''; });
    country.value = a.country;
  };
  const pickSaved = book.length ? h('label', { class: 'field compact' }, h('span', { class: 'field-name' }, t('checkout.savedAddresses')),
    h('select', { class: 'input', name: 'savedAddress', onchange: (e) => {
      fillFrom(book.find((a) => String(a.id) === e.target.value));
      refreshQuote();
    } }, book.map((a) => h('option', { value: a.id, selected: a === preferred }, `${a.name} · ${a.line}, ${a.city}`)))) : null;
  const keepAddress = h('input', { type: 'checkbox', name: 'saveAddress', checked: !book.length });
  const summary = h('div', { class: 'panel' }, h('p', { class: 'muted' }, t('checkout.fillAddress')));
  const payment = h('div', { class: 'panel', hidden: true });
  const errors = h('div', { class: 'form-errors', role: 'alert' });
  let key = randomKey();
  let quote = null;

  const shipTo = () => ({ ...Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, inputs[f].value])), country: country.value });
  const showErrors = (e) => {
    if (e instanceof ApiError && e.problem.errors?.length) {
      errors.replaceChildren(...e.problem.errors.map((er) => h('p', { class: 'field-error', dataset: { field: er.field } },
        `${t(`field.${er.field.replace(/\[\d+\]/g, '')}`)}: ${er.message}`)));
    } else {
      errors.textContent = e.message;
    }
  };

  // Quotes are asked on every address change; only the newest answer counts, so a slow earlier
  // answer can never redraw the page over a newer one.
  let asked = 0;
  async function refreshQuote() {
    errors.textContent = '';
    const mine = ++asked;
    if (!country.value) return;
    try {
      const answer = await api.post(`/checkout/quote${q({ currency: buyerCurrency() })}`,
        { shipTo: shipTo(), couponCode: coupon.value || null, cartShopId: Number(shopId) });
      if (mine !== asked) return;
      quote = answer;
    } catch (e) {
      if (mine !== asked) return;
      quote = null;
      payment.hidden = true;
      summary.replaceChildren(h('p', { class: 'muted' }, t('checkout.fillAddress')));
      showErrors(e);
      return;
    }
    localStorage.setItem('ng.address', JSON.stringify(shipTo()));
    fill(summary,
      h('h2', { class: 'panel-title' }, icon('shop'), ` ${quote.shopName}`),
      quote.lines.map((l) => h('div', { class: 'bd-row' }, h('span', {}, `${l.title}${l.options ? ` (${l.options})` : ''} × ${l.quantity}`),
        h('span', {}, formatMoney(l.unitPrice.minor * l.quantity, l.unitPrice.currency)))),
      h('hr'),
      breakdownTable(quote.breakdown),
      quote.totalEstimate ? h('p', { class: 'estimate muted small right' }, t('shop.estimate', price(quote.totalEstimate)),
        ' · ', t('shop.paysIn', quote.total.currency)) : null);
    drawPayment();
  }

  function drawPayment() {
    const methods = quote.paymentMethods;
    if (!methods.length) {
      payment.hidden = false;
      payment.replaceChildren(h('p', { class: 'danger' }, t('checkout.noPayment')));
      return;
    }
    const choices = methods.map((m, i) => h('label', { class: 'check block' },
      h('input', { type: 'radio', name: 'paymentMethod', value: m.id, checked: i === 0 }), m.name || m.id));
    // A redraw (new total after an address or coupon change) keeps what the buyer already typed and chose.
    const typed = payment.querySelector('input[name=paymentToken]')?.value || '';
    const chosen = payment.querySelector('input[name=paymentMethod]:checked')?.value;
    if (chosen && methods.some((m) => m.id === chosen)) choices.forEach((c) => { c.querySelector('input').checked = c.querySelector('input').value === chosen; });
    const card = h('input', { class: 'input', name: 'paymentToken', inputmode: 'numeric', autocomplete: 'cc-number', placeholder: t('checkout.card'), value: typed });
    const pay = h('button', { class: 'btn primary block', name: 'pay' }, t('checkout.pay', price(quote.total)));
    pay.addEventListener('click', async () => {
      errors.textContent = '';
      pay.disabled = true;
      pay.textContent = t('checkout.paying');
      try {
        const method = payment.querySelector('input[name=paymentMethod]:checked').value;
        const order = await api.post('/checkout', { idempotencyKey: key, shipTo: shipTo(), couponCode: coupon.value || null,
          cartShopId: Number(shopId), paymentMethod: method, paymentToken: card.value.replace(/\s+/g, '') });
        await remember(shipTo());
        toast(t('checkout.paid'));
        go(`#/order/${order.id}`);
      } catch (e) {
        // A declined or failed payment cancelled that order: the next try is a new order.
        if (e.status === 402 || e.status === 502) key = randomKey();
        showErrors(e);
        pay.disabled = false;
        pay.textContent = t('checkout.pay', price(quote.total));
      }
    });
    payment.hidden = false;
    fill(payment, h('h2', { class: 'panel-title' }, t('checkout.payment')), choices, card,
      h('p', { class: 'muted small' }, t('checkout.sandboxHint')), pay);
  }

  /** Into the address book when asked, unless it is already there. */
  async function remember(to) {
    const known = book.some((a) => ADDRESS_FIELDS.every((f) => (a[f] || '') === (to[f] || '')) && a.country === to.country);
    if (!keepAddress.checked || known) return;
    await api.post('/me/addresses', { ...to, isDefault: !book.length }).catch(() => {});
  }

  let timer = null;
  const later = () => { clearTimeout(timer); timer = setTimeout(refreshQuote, 400); };
  Object.values(inputs).forEach((i) => i.addEventListener('change', later));
  country.addEventListener('change', later);
  coupon.addEventListener('change', later);

  host.append(h('section', { class: 'checkout' },
    h('h1', { class: 'page-title' }, t('checkout.title')),
    h('div', { class: 'checkout-grid' },
      h('div', { class: 'panel' }, h('h2', { class: 'panel-title' }, t('checkout.address')),
        pickSaved,
        labelled('name', inputs.name), labelled('phone', inputs.phone), labelled('line', inputs.line),
        h('div', { class: 'row2' }, labelled('city', inputs.city), labelled('region', inputs.region)),
        h('div', { class: 'row2' }, labelled('postalCode', inputs.postalCode), labelled('country', country)),
        h('label', { class: 'check' }, keepAddress, t('checkout.saveAddress')),
        h('div', { class: 'coupon-row' }, coupon, h('button', { class: 'btn ghost small', name: 'applyCoupon', onclick: refreshQuote }, t('checkout.apply')))),
      h('div', {}, summary, errors, payment))));
  if (saved.name) await refreshQuote();
}

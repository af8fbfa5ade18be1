// The addresses saved at checkout, in settings: which one checkout starts with, and removing those
// no longer needed.
import { h, toast } from '../dom.js';
import { t, locale } from '../i18n.js';
import { api } from '../api.js';

export function addressBook() {
  const box = h('section', { class: 'auth-card address-book' }, h('h2', { class: 'panel-title' }, t('checkout.savedAddresses')));
  const list = h('ul', { class: 'address-list' });
  box.append(list);
  const names = new Intl.DisplayNames([locale()], { type: 'region' });
  async function draw(addresses) {
    const all = addresses || await api.get('/me/addresses');
    list.replaceChildren(...all.map((a) => h('li', { class: 'address-item', dataset: { addressId: a.id } },
      h('span', { class: 'grow' }, h('strong', {}, a.name), ` ${a.phone}`, h('br'), `${a.line}, ${a.postalCode || ''} ${a.city}, ${names.of(a.country)}`),
      a.isDefault ? h('span', { class: 'state-badge' }, t('settings.defaultAddress'))
        : h('button', { class: 'btn ghost small', type: 'button', name: 'makeDefault',
          onclick: async () => draw(await api.put(`/me/addresses/${a.id}/default`)) }, t('settings.makeDefault')),
      h('button', { class: 'link danger', type: 'button', name: 'removeAddress', onclick: async () => {
        try { await api.del(`/me/addresses/${a.id}`); draw(); } catch (e) { toast(e.message, 'error'); }
      } }, t('comments.delete')))));
    if (!all.length) list.append(h('li', { class: 'muted small' }, t('settings.noAddresses')));
  }
  draw().catch(() => {});
  return box;
}

// Edit one's profile and language.
import { h, avatar, toast } from '../dom.js';
import { t, locale, setLocale } from '../i18n.js';
import { api } from '../api.js';
import { session, requireLogin } from '../session.js';
import { buyerCurrency, setBuyerCurrency, knownCurrencies } from '../money.js';
import { addressBook } from './address-book.js';

export function renderSettings(host, rerender) {
  if (!requireLogin()) return;
  const me = session.me;
  const name = h('input', { class: 'input', name: 'displayName', maxlength: '24', value: me.displayName });
  const bio = h('textarea', { class: 'input', name: 'bio', rows: '3', maxlength: '200' });
  bio.value = me.bio || '';
  let avatarId = null;
  const preview = h('span', {}, avatar(me, 'lg'));
  const file = h('input', { type: 'file', accept: 'image/*', name: 'avatar', 'aria-label': t('settings.avatar') });
  file.addEventListener('change', async () => {
    if (!file.files[0]) return;
    const m = await api.upload(file.files[0], () => {});
    avatarId = m.id;
    preview.replaceChildren(h('img', { class: 'avatar lg', src: m.gridUrl, alt: '' }));
  });
  const lang = h('select', { class: 'input', name: 'locale' },
    h('option', { value: 'en', selected: locale() === 'en' }, 'English'),
    h('option', { value: 'zh-CN', selected: locale() === 'zh-CN' }, '简体中文'),
    h('option', { value: 'zh-TW', selected: locale() === 'zh-TW' }, '繁體中文'));
  const privateProfile = h('input', { type: 'checkbox', name: 'privateProfile', checked: !!me.privateProfile });
  const currency = h('select', { class: 'input', name: 'currency' },
    knownCurrencies().map((c) => h('option', { value: c, selected: buyerCurrency() === c }, c)));
  if (me.emailVerified === false) {
    // Until the address is proved, it cannot receive a password reset.
    const resend = h('button', { class: 'btn small ghost', type: 'button', name: 'resendVerification' }, t('auth.verifyResend'));
    resend.addEventListener('click', async () => {
      await api.post('/me/verification-email', {});
      resend.replaceWith(h('span', { class: 'muted small' }, t('auth.verifySent')));
    });
    host.append(h('p', { class: 'notice-banner', role: 'status' }, t('auth.verifyPending'), ' ', resend));
  }
  host.append(h('form', { class: 'auth-card', onsubmit: async (e) => {
    e.preventDefault();
    setBuyerCurrency(currency.value);
    try {
      session.me = await api.patch('/me', { displayName: name.value, bio: bio.value, avatarMediaId: avatarId, locale: lang.value,
        privateProfile: privateProfile.checked });
      await setLocale(lang.value);
      toast(t('settings.saved'));
      rerender();
    } catch (err) { toast(err.message, 'error'); }
  } }, h('h1', {}, t('settings.title')), preview, file,
  h('label', { class: 'field' }, h('span', {}, t('auth.displayName')), name),
  h('label', { class: 'field' }, h('span', {}, t('settings.bio')), bio),
  h('label', { class: 'field' }, h('span', {}, t('settings.language')), lang),
  h('label', { class: 'field' }, h('span', {}, t('settings.currency')), currency),
  h('p', { class: 'muted small' }, t('settings.currencyHint')),
  h('label', { class: 'check' }, privateProfile, t('settings.privateProfile')),
  h('p', { class: 'muted small' }, t('settings.privateHint')),
  me.profileHeld ? h('p', { class: 'moderation-banner' }, t('settings.profileHeld')) : null,
  // Rights and rules live here, not among the everyday links on the Me page.
  h('nav', { class: 'settings-links', 'aria-label': t('settings.rights') }, h('h2', { class: 'panel-title' }, t('settings.rights')),
    h('a', { class: 'my-link', name: 'privacyCentre', href: '#/privacy' }, t('privacy.title')),
    h('a', { class: 'my-link', name: 'myStatements', href: '#/statements' }, t('statements.title')),
    h('a', { class: 'my-link', name: 'transparency', href: '#/transparency' }, t('tr.title'))),
  h('button', { class: 'btn primary block', type: 'submit' }, t('settings.save'))), addressBook());
}

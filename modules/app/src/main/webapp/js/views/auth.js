// Sign-up and log-in forms. Field errors from the server appear next to their fields.
import { h, toast } from '../dom.js';
import { t } from '../i18n.js';
import { api, ApiError } from '../api.js';
import { session } from '../session.js';
import { go } from '../router.js';

function field(name, type, labelKey, attrs = {}) {
  const input = h('input', { class: 'input', name, type, id: `f-${name}`, required: true, ...attrs });
  const error = h('p', { class: 'field-error', dataset: { field: name } });
  return { input, error, el: h('label', { class: 'field', for: `f-${name}` }, h('span', {}, t(labelKey)), input, error) };
}

function showErrors(fields, e, general) {
  Object.values(fields).forEach((f) => { f.error.textContent = ''; });
  general.textContent = '';
  if (e instanceof ApiError && e.problem.errors?.length) {
    for (const err of e.problem.errors) {
      if (fields[err.field]) fields[err.field].error.textContent = err.message;
      else general.textContent = err.message;
    }
  } else {
    general.textContent = e.message;
  }
}

export function renderLogin(host, next) {
  const fields = { login: field('login', 'text', 'auth.login', { autocomplete: 'username' }),
    password: field('password', 'password', 'auth.password', { autocomplete: 'current-password' }) };
  const general = h('p', { class: 'form-errors', role: 'alert' });
  host.append(h('form', { class: 'auth-card', onsubmit: async (e) => {
    e.preventDefault();
    try {
      const res = await api.post('/auth/login', { login: fields.login.input.value, password: fields.password.input.value });
      session.me = res.account;
      toast(t('auth.welcome', res.account.displayName));
      go(next || '#/');
    } catch (err) { showErrors(fields, err, general); }
  } }, h('h1', {}, t('auth.loginTitle')), fields.login.el, fields.password.el, general,
  h('button', { class: 'btn primary block', type: 'submit', name: 'submit' }, t('auth.loginButton')),
  h('p', { class: 'muted small center' }, h('a', { href: '#/forgot', name: 'forgot' }, t('auth.forgot'))),
  h('p', { class: 'muted small center' }, t('auth.noAccount'), ' ', h('a', { href: '#/signup' }, t('auth.signupLink')))));
}

/** Ask for a reset link: the same answer whatever the address, so nobody learns who has an account. */
export function renderForgot(host) {
  const fields = { email: field('email', 'email', 'auth.email', { autocomplete: 'email' }) };
  const general = h('p', { class: 'form-errors', role: 'alert' });
  const form = h('form', { class: 'auth-card', onsubmit: async (e) => {
    e.preventDefault();
    try {
      await api.post('/auth/password-reset', { email: fields.email.input.value });
      form.replaceChildren(h('h1', {}, t('auth.resetTitle')), h('p', { class: 'done', role: 'status' }, t('auth.resetSent')));
    } catch (err) { showErrors(fields, err, general); }
  } }, h('h1', {}, t('auth.resetTitle')), h('p', { class: 'muted small' }, t('auth.resetHint')), fields.email.el, general,
  h('button', { class: 'btn primary block', type: 'submit', name: 'submit' }, t('auth.resetSend')));
  host.append(form);
}

/** The link from the reset mail: its token rides in the URL fragment, never sent to a server but in this POST. */
export function renderResetPassword(host, query) {
  const fields = { password: field('password', 'password', 'auth.newPassword', { autocomplete: 'new-password', minlength: '8' }) };
  const general = h('p', { class: 'form-errors', role: 'alert' });
  host.append(h('form', { class: 'auth-card', onsubmit: async (e) => {
    e.preventDefault();
    try {
      await api.post('/auth/password-reset/confirm', { token: query.get('token') || '', password: fields.password.input.value });
      session.me = null;
      toast(t('auth.resetDone'));
      go('#/login');
    } catch (err) { showErrors(fields, err, general); }
  } }, h('h1', {}, t('auth.resetTitle')), fields.password.el, general,
  h('button', { class: 'btn primary block', type: 'submit', name: 'submit' }, t('auth.resetTitle'))));
}

/** The link from the verification mail. */
export async function renderVerifyEmail(host, query) {
  const card = h('div', { class: 'auth-card' }, h('h1', {}, t('auth.email')));
  host.append(card);
  try {
    await api.post('/auth/verify-email', { token: query.get('token') || '' });
    if (session.me) session.me.emailVerified = true;
    card.append(h('p', { class: 'done', role: 'status' }, t('auth.verifyDone')), h('a', { class: 'btn primary', href: '#/' }, t('error.home')));
  } catch (err) {
    card.append(h('p', { class: 'form-errors', role: 'alert' }, err.field?.('token') || err.message));
  }
}

export function renderSignup(host) {
  const fields = {
    email: field('email', 'email', 'auth.email', { autocomplete: 'email' }),
    handle: field('handle', 'text', 'auth.handle', { autocomplete: 'username', pattern: '[A-Za-z0-9]+([_.][A-Za-z0-9]+)*', minlength: '3', maxlength: '30' }),
    displayName: field('displayName', 'text', 'auth.displayName', { maxlength: '24' }),
    password: field('password', 'password', 'auth.password', { autocomplete: 'new-password', minlength: '8' }),
    // Asked of everyone the same way, without hinting at an age that would pass.
    birthDate: field('birthDate', 'date', 'auth.birthDate', { autocomplete: 'bday', max: new Date().toISOString().slice(0, 10) }),
  };
  const general = h('p', { class: 'form-errors', role: 'alert' });
  host.append(h('form', { class: 'auth-card', onsubmit: async (e) => {
    e.preventDefault();
    try {
      const res = await api.post('/auth/register', Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.input.value])));
      session.me = res.account;
      toast(t('auth.welcome', res.account.displayName));
      go('#/');
    } catch (err) { showErrors(fields, err, general); }
  } }, h('h1', {}, t('auth.signupTitle')), Object.values(fields).map((f) => f.el), general,
  h('button', { class: 'btn primary block', type: 'submit', name: 'submit' }, t('auth.signupButton')),
  h('p', { class: 'muted small center' }, t('auth.haveAccount'), ' ', h('a', { href: '#/login' }, t('auth.loginLink')))));
}

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
  h('p', { class: 'muted small center' }, t('auth.noAccount'), ' ', h('a', { href: '#/signup' }, t('auth.signupLink')))));
}

export function renderSignup(host) {
  const fields = {
    email: field('email', 'email', 'auth.email', { autocomplete: 'email' }),
    handle: field('handle', 'text', 'auth.handle', { autocomplete: 'username', pattern: '[A-Za-z0-9][A-Za-z0-9_.]{2,29}' }),
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

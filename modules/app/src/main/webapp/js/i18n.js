// UI strings come from the server's bundles (owned by the i18n module); nothing is hard-coded.
import { api, setApiLanguage } from './api.js';

let bundle = {};
let current = 'en';

export function locale() { return current; }

export async function setLocale(tag) {
  current = tag === 'zh-CN' ? 'zh-CN' : 'en';
  setApiLanguage(current);
  bundle = await api.get(`/i18n/messages/${current}`);
  localStorage.setItem('ng.locale', current);
  document.documentElement.lang = current === 'zh-CN' ? 'zh-CN' : 'en';
}

export function initialLocale() {
  const saved = localStorage.getItem('ng.locale');
  if (saved) return saved;
  return (navigator.language || 'en').toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** t('count.likes', 3) — {0}-style arguments, like Java's MessageFormat for simple cases. */
export function t(key, ...args) {
  const pattern = bundle[key] ?? key;
  return pattern.replace(/\{(\d+)(?:,[^}]*)?\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

/** A product's title in the viewer's language when the merchant wrote one, else the other. */
export function pick(en, zh) {
  return current === 'zh-CN' ? (zh || en || '') : (en || zh || '');
}

export function formatCount(n) {
  if (n < 10000) return String(n);
  return current === 'zh-CN' ? `${(n / 10000).toFixed(1)}万` : `${(n / 1000).toFixed(1)}k`;
}

export function timeAgo(iso) {
  if (!iso) return '';
  const seconds = Math.max(1, Math.round((Date.now() - new Date(iso).getTime()) / 1000));
  const rtf = new Intl.RelativeTimeFormat(current, { numeric: 'auto' });
  const steps = [[60, 'second'], [60, 'minute'], [24, 'hour'], [7, 'day'], [4.35, 'week'], [12, 'month'], [Infinity, 'year']];
  let value = seconds;
  for (const [size, unit] of steps) {
    if (value < size) return rtf.format(-Math.round(value), unit);
    value /= size;
  }
  return '';
}

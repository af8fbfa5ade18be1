// UI strings come from the server's bundles (owned by the i18n module); nothing is hard-coded.
import { api, setApiLanguage } from './api.js';

export const LOCALES = ['en', 'zh-CN', 'zh-TW'];
let bundle = {};
let current = 'en';

export function locale() { return current; }

/** Simplified or Traditional Chinese. */
export function chinese() { return current.startsWith('zh'); }

export async function setLocale(tag) {
  current = LOCALES.includes(tag) ? tag : 'en';
  setApiLanguage(current);
  bundle = await api.get(`/i18n/messages/${current}`);
  localStorage.setItem('ng.locale', current);
  document.documentElement.lang = current;
}

export function initialLocale() {
  const saved = localStorage.getItem('ng.locale');
  if (LOCALES.includes(saved)) return saved;
  const nav = (navigator.language || 'en').toLowerCase();
  if (!nav.startsWith('zh')) return 'en';
  return /-(tw|hk|mo|hant)\b/.test(nav) ? 'zh-TW' : 'zh-CN';
}

/**
 * t('count.likes', 3): ICU MessageFormat's simple and plural arguments, as the server's bundles
 * use them: {0}, and {0, plural, =0 {none} one {# like} other {# likes}} with the locale's rules.
 */
export function t(key, ...args) {
  return format(bundle[key] ?? key, args);
}

function format(pattern, args) {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] !== '{') { out += pattern[i]; continue; }
    const end = closing(pattern, i);
    if (end < 0) { out += pattern.slice(i); break; }
    out += argument(pattern.slice(i + 1, end), args);
    i = end;
  }
  return out;
}

function closing(s, open) {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function argument(spec, args) {
  const m = spec.match(/^\s*(\d+)\s*(?:,\s*(\w+)\s*,?([\s\S]*))?$/);
  if (!m) return `{${spec}}`;
  const value = args[Number(m[1])];
  if (m[2] !== 'plural') return value === undefined || value === null ? '' : String(value);
  const n = Number(value) || 0;
  const branches = {};
  const body = m[3];
  for (let i = 0; i < body.length;) {
    const sel = body.slice(i).match(/^\s*(=\d+|\w+)\s*\{/);
    if (!sel) break;
    const open = i + sel[0].length - 1;
    const end = closing(body, open);
    if (end < 0) break;
    branches[sel[1]] = body.slice(open + 1, end);
    i = end + 1;
  }
  const chosen = branches[`=${n}`] ?? branches[new Intl.PluralRules(current).select(n)] ?? branches.other ?? '';
  return format(chosen.replace(/#/g, new Intl.NumberFormat(current).format(n)), args);
}

/** A product's title in the viewer's language when the merchant wrote one, else the other. */
export function pick(en, zh) {
  return chinese() ? (zh || en || '') : (en || zh || '');
}

export function formatCount(n) {
  if (n < 10000) return String(n);
  if (current === 'zh-TW') return `${(n / 10000).toFixed(1)}萬`;
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

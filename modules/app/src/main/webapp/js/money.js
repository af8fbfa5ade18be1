// Money arrives as minor units + ISO 4217 code; it is shown in the viewer's locale.
import { locale } from './i18n.js';

const CURRENCIES = ['CNY', 'USD', 'EUR', 'GBP', 'JPY', 'HKD', 'KRW', 'SGD', 'AUD'];

/** The currency a buyer sees estimates in: their choice, else one that suits their language. */
export function buyerCurrency() {
  return localStorage.getItem('ng.currency') || (locale() === 'zh-CN' ? 'CNY' : 'USD');
}

export function setBuyerCurrency(code) {
  localStorage.setItem('ng.currency', code);
}

export function knownCurrencies() { return CURRENCIES; }

function formatter(currency) {
  return new Intl.NumberFormat(locale(), { style: 'currency', currency });
}

/** formatMoney(12245, 'EUR') -> '€122.45' (en) or '€122.45' / 'EUR 122.45' as the locale prefers. */
export function formatMoney(minor, currency) {
  if (minor === null || minor === undefined || !currency) return '';
  const f = formatter(currency);
  const digits = f.resolvedOptions().maximumFractionDigits;
  return f.format(minor / 10 ** digits);
}

/** A price view {minor, currency} as text. */
export function price(p) {
  return p ? formatMoney(p.minor, p.currency) : '';
}

/** Parses what a merchant types ('58', '58.5', '58,50') into minor units of `currency`; NaN if it is not a price. */
export function toMinor(text, currency) {
  const digits = formatter(currency).resolvedOptions().maximumFractionDigits;
  const clean = String(text).trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(clean)) return NaN;
  return Math.round(Number(clean) * 10 ** digits);
}

/** Minor units back to the plain number a merchant edits. */
export function fromMinor(minor, currency) {
  const digits = formatter(currency).resolvedOptions().maximumFractionDigits;
  return (minor / 10 ** digits).toFixed(digits);
}

// The countries and regions the address forms offer, each named in the reader's language.
import { h } from './dom.js';
import { t, locale } from './i18n.js';

export const COUNTRIES = ['CN', 'HK', 'MO', 'TW', 'SG', 'MY', 'JP', 'KR', 'TH', 'US', 'CA', 'GB', 'IE', 'DE', 'FR', 'IT', 'ES',
  'NL', 'BE', 'AT', 'SE', 'DK', 'FI', 'PL', 'PT', 'CH', 'AU', 'NZ'];

/**
 * A <select> of countries with `selected` chosen; when nothing is chosen it starts on a
 * "choose…" entry, so no country is ever guessed from the interface language.
 */
export function countrySelect(name, selected, extra = {}) {
  const names = new Intl.DisplayNames([locale()], { type: 'region' });
  const known = COUNTRIES.includes(selected) ? COUNTRIES : [selected, ...COUNTRIES].filter(Boolean);
  return h('select', { class: 'input', name, ...extra },
    h('option', { value: '', selected: !selected, disabled: true }, t('checkout.chooseCountry')),
    known.map((c) => h('option', { value: c, selected: selected === c }, names.of(c))));
}

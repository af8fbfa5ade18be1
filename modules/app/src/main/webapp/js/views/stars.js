// Stars from verified reviews: shown on products, given when writing a review.
import { h } from '../dom.js';
import { t, locale } from '../i18n.js';

/** "★ 4.5 · 12 verified reviews" (or the short "★ 4.5 (12)" on cards); nothing before the first rated review. */
export function ratingLine(rating, short = false) {
  if (!rating || !rating.count) return null;
  const average = new Intl.NumberFormat(locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rating.average);
  return h('span', { class: 'rating', dataset: { average: rating.average, count: rating.count },
    'aria-label': t('rating.label', average, rating.count) },
  h('span', { class: 'rating-star', 'aria-hidden': 'true' }, '★'), ` ${average}`,
  h('span', { class: 'muted', 'aria-hidden': 'true' }, short ? ` (${rating.count})` : ` · ${t('rating.count', rating.count)}`));
}

/** Five stars to pick from, as radio buttons (arrow keys move between them); none picked is allowed. */
export function starPicker() {
  const group = h('fieldset', { class: 'star-picker' }, h('legend', { class: 'small' }, t('rating.give')));
  for (let n = 1; n <= 5; n++) {
    const input = h('input', { type: 'radio', name: 'rating', value: String(n), class: 'sr-only', id: `star-${n}` });
    group.append(input, h('label', { for: `star-${n}`, class: 'star', title: t('rating.stars', n) },
      h('span', { 'aria-hidden': 'true' }, '★'), h('span', { class: 'sr-only' }, t('rating.stars', n))));
  }
  return { element: group, value: () => Number(group.querySelector('input:checked')?.value) || null };
}

// A shop's storefront: who sells (trader details, as the law asks), and its products on sale.
import { h } from '../dom.js';
import { ratingLine } from './stars.js';
import { reportButton } from './report.js';
import { icon } from '../icons.js';
import { t, pick } from '../i18n.js';
import { api, q } from '../api.js';
import { price, buyerCurrency } from '../money.js';

/** A product tile for grids: image, title, lowest price, badges. `from` carries the note the buyer came from. */
export function productTile(p, from) {
  const image = p.images?.[0]?.gridUrl || p.imageUrl;
  const title = pick(p.titleEn, p.titleZh);
  const amount = p.priceFrom ? price(p.priceFrom) : price({ minor: p.priceFromMinor, currency: p.currency });
  return h('a', { class: 'card product-card', href: `#/product/${p.id}${from ? `?from=${from}` : ''}`, dataset: { productId: p.id } },
    image ? h('img', { class: 'cover', src: image, alt: '', loading: 'lazy', style: 'aspect-ratio:1' })
      : h('div', { class: 'cover placeholder' }, icon('bag')),
    h('div', { class: 'card-body' },
      h('div', { class: 'card-title' }, title),
      ratingLine(p.rating, true),
      h('div', { class: 'card-meta' }, h('strong', { class: 'price' }, amount),
        p.status && p.status !== 'ACTIVE' ? h('span', { class: 'muted small' }, t(`product.status.${p.status}`)) : null),
      (p.badges || []).slice(0, 2).map((b) => h('span', { class: 'promo-badge small' }, b.label))));
}

export async function renderShop(host, id) {
  const shop = await api.get(`/shops/${id}`);
  document.title = `${shop.name} · ${t('brand.name')}`;
  host.append(h('header', { class: 'shop-head' },
    shop.logoUrl ? h('img', { class: 'avatar lg', src: shop.logoUrl, alt: '' }) : h('span', { class: 'avatar lg initial' }, icon('shop')),
    h('div', { class: 'profile-id' },
      h('h1', {}, shop.name),
      shop.profileHeld ? h('p', { class: 'moderation-banner' }, t('shop.profileHeld')) : null,
      shop.description ? h('p', { class: 'bio' }, shop.description) : null,
      shop.trader ? h('details', { class: 'trader muted small' }, h('summary', {}, t('shop.traderDetails')),
        h('p', {}, shop.trader.legalName), h('p', {}, shop.trader.address),
        h('p', {}, shop.trader.contactEmail, shop.trader.contactPhone ? ` · ${shop.trader.contactPhone}` : ''),
        h('p', {}, t('shop.registration', shop.trader.registrationNumber))) : null,
      shop.mine ? null : reportButton('SHOP', shop.id))));
  const grid = h('div', { class: 'grid products' });
  const status = h('p', { class: 'muted center' }, t('common.loading'));
  const more = h('button', { class: 'load-more', hidden: true }, t('feed.more'));
  host.append(grid, status, more);
  let cursor = null;
  async function load() {
    const page = await api.get(`/shops/${id}/products${q({ limit: 20, cursor, currency: buyerCurrency() })}`);
    page.items.forEach((p) => grid.append(productTile(p)));
    cursor = page.nextCursor;
    more.hidden = !cursor;
    status.textContent = grid.children.length ? '' : t('shop.noProducts');
  }
  more.addEventListener('click', load);
  await load();
}

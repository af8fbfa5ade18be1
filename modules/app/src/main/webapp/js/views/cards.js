// The note card grid (two columns on phones, more on wider screens) with endless paging.
import { h, avatar } from '../dom.js';
import { icon } from '../icons.js';
import { t, formatCount } from '../i18n.js';
import { api } from '../api.js';
import { session, requireLogin } from '../session.js';
import { watchImpression } from '../tracking.js';
import { masonry } from '../masonry.js';
import { webp } from './note.js';

/** 75 000 ms → "1:15", as players write a length. */
export function playTime(ms) {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function noteCard(card) {
  const cover = card.cover
    ? webp(h('img', { class: 'cover', src: card.cover.gridUrl || '', alt: card.title || '', loading: 'lazy',
        style: [card.cover.width ? `aspect-ratio:${card.cover.width}/${card.cover.height}` : '',
          card.cover.color ? `background-color:${card.cover.color}` : ''].filter(Boolean).join(';') || null }),
      card.cover.gridSrcset, '(min-width: 900px) 240px, 50vw')
    : h('div', { class: `cover placeholder ${card.kind === 'VIDEO' ? 'video' : ''}` }, card.kind === 'VIDEO' ? '▶' : '✎');
  const likeButton = h('button', {
    class: `like ${card.likedByMe ? 'on' : ''}`, 'aria-pressed': String(card.likedByMe),
    onclick: async (e) => {
      e.preventDefault(); e.stopPropagation();
      if (!requireLogin()) return;
      const liked = likeButton.classList.contains('on');
      const res = liked ? await api.del(`/notes/${card.id}/like`) : await api.put(`/notes/${card.id}/like`);
      likeButton.classList.toggle('on', res.liked);
      likeButton.setAttribute('aria-pressed', String(res.liked));
      likeButton.querySelector('.n').textContent = formatCount(res.likeCount);
    },
  }, h('span', { class: 'heart', 'aria-hidden': 'true' }, '♥'), h('span', { class: 'sr-only' }, `${t('note.like')} `),
  h('span', { class: 'n' }, formatCount(card.likeCount)));
  const el = h('a', { class: 'card', href: `#/note/${card.id}`, dataset: { noteId: card.id } },
    h('div', { class: 'cover-wrap' }, cover, card.kind === 'VIDEO' ? h('span', { class: 'badge-video' }, h('span', { 'aria-hidden': 'true' }, '▶'),
      card.cover?.durationMs ? h('span', { class: 'duration' }, playTime(card.cover.durationMs)) : null) : null,
      card.state === 'DRAFT' ? h('span', { class: 'badge-draft' }, t('note.draft')) : null,
      card.hasProducts ? h('span', { class: 'badge-shop', title: t('note.products') }, icon('bag')) : null,
      card.sponsoredBy || card.aiLabel || card.aiAssisted ? h('span', { class: 'badge-labels' },
        card.sponsoredBy ? h('span', { class: 'label sponsored' }, t('label.sponsoredShort')) : null,
        card.aiLabel || card.aiAssisted ? h('span', { class: 'label ai', dataset: card.aiLabel ? { tier: card.aiLabel.toLowerCase() } : {} },
          t('label.aiShort')) : null) : null),
    h('div', { class: 'card-body' },
      h('div', { class: 'card-title' }, card.verifiedPurchase ? h('span', { class: 'verified-mini' }, `✓ ${t('note.verifiedShort')} `) : null, card.title),
      h('div', { class: 'card-meta' },
        h('span', { class: 'author' }, avatar(card.author, 'xs'), h('span', { class: 'name' }, card.author?.displayName || '')),
        likeButton)));
  if (card.state === 'PUBLISHED') watchImpression(el);
  return el;
}

/** Fills `host` with a grid fed by `path` (a paged endpoint), loading more on scroll. */
export function pagedGrid(host, path, emptyKey = 'feed.empty') {
  const grid = masonry();
  const more = h('button', { class: 'load-more', hidden: true }, t('feed.more'));
  const status = h('p', { class: 'muted center' });
  host.append(grid.el, status, more);
  let cursor = null;
  let loading = false;
  let done = false;
  async function load() {
    if (loading || done) return;
    loading = true;
    status.textContent = t('common.loading');
    try {
      const url = new URL(path, location.origin);
      url.searchParams.set('limit', '20');
      if (cursor) url.searchParams.set('cursor', cursor);
      const page = await api.get(url.pathname + url.search);
      page.items.forEach((c) => grid.add(noteCard(c)));
      cursor = page.nextCursor;
      done = !cursor;
      status.textContent = grid.size() === 0 ? t(emptyKey) : '';
      more.hidden = done;
    } catch (e) {
      status.textContent = e.message;
    } finally {
      loading = false;
    }
  }
  more.addEventListener('click', load);
  const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && load(), { rootMargin: '600px' });
  observer.observe(more);
  load();
  return { reload: () => { grid.clear(); cursor = null; done = false; load(); } };
}

export { session };

// A person's page: header with counts and follow, then notes / boards / liked (and drafts for oneself).
import { ipLocation } from './place.js';
import { reportButton } from './report.js';
import { h, avatar } from '../dom.js';
import { icon } from '../icons.js';
import { session, requireLogin } from '../session.js';
import { t, formatCount } from '../i18n.js';
import { api } from '../api.js';
import { pagedGrid } from './cards.js';
import { followButton } from './note.js';

export async function renderProfile(host, handle, tab = 'notes') {
  const p = await api.get(`/users/${encodeURIComponent(handle)}`);
  const enc = encodeURIComponent(p.person.handle);
  const stat = (n, key) => h('div', { class: 'stat' }, h('strong', {}, formatCount(n)), h('span', {}, t(key)));
  const tabs = ['notes', 'boards', 'liked'].concat(p.isMe ? ['drafts'] : []);
  host.append(
    h('header', { class: 'profile-head' },
      avatar(p.person, 'lg'),
      h('div', { class: 'profile-id' },
        h('h1', {}, p.person.displayName),
        h('p', { class: 'muted small' }, `@${p.person.handle}`, p.ipLocation ? ' · ' : null, ipLocation(p.ipLocation, { credit: true })),
        p.bio ? h('p', { class: 'bio' }, p.bio) : null,
        h('div', { class: 'stats' }, stat(p.following, 'profile.followingCount'), stat(p.followers, 'profile.followers'),
          stat(p.likesAndCollects, 'profile.likesAndCollects'))),
      h('div', { class: 'profile-actions' },
        p.isMe ? [h('a', { class: 'btn ghost small', href: '#/settings' }, t('profile.edit')),
          h('div', { class: 'my-links' },
            h('a', { class: 'my-link', name: 'myInsights', href: '#/insights' }, icon('chart'), t('insights.creatorTitle')),
            h('a', { class: 'my-link', name: 'myCollabs', href: '#/collabs' }, icon('comment'), t('collab.title')),
            h('a', { class: 'my-link', name: 'myOrders', href: '#/orders' }, icon('box'), t('order.mine')),
            h('a', { class: 'my-link', name: 'myCart', href: '#/cart' }, icon('cart'), t('cart.title')),
            h('a', { class: 'my-link', name: 'myShop', href: '#/merchant' }, icon('shop'), t('merchant.title')),
            session.me?.roles?.some((r) => r === 'MODERATOR' || r === 'ADMIN')
              ? h('a', { class: 'my-link', name: 'moderation', href: '#/moderation' }, icon('check'), t('mod.title')) : null,
            session.me?.roles?.includes('ADMIN') ? h('a', { class: 'my-link', name: 'adminShops', href: '#/admin' }, icon('check'), t('admin.shops')) : null)]
          : [followButton(p.person.handle, p.followedByMe, p.followRequested), blockButton(p), reportButton('ACCOUNT', p.person.id)])),
    h('nav', { class: 'tabs' }, tabs.map((name) =>
      h('a', { class: `tab ${tab === name ? 'on' : ''}`, href: `#/u/${enc}/${name}` }, t(`profile.tab.${name}`)))));
  const body = h('div', { class: 'tab-body' });
  host.append(body);
  if (tab === 'boards') {
    const boards = await api.get(`/users/${enc}/boards`);
    body.append(boards.length ? h('div', { class: 'boards' }, boards.map((b) =>
      h('a', { class: 'board-tile', href: `#/board/${b.id}` },
        h('strong', {}, b.name, b.isPrivate ? ' 🔒' : ''), h('span', { class: 'muted small' }, t('board.count', b.noteCount)))))
      : h('p', { class: 'muted center' }, t('board.empty')));
  } else if (tab === 'liked') {
    pagedGrid(body, `/users/${enc}/liked`, 'profile.noLiked');
  } else if (tab === 'drafts') {
    pagedGrid(body, '/notes/drafts', 'profile.noDrafts');
  } else {
    pagedGrid(body, `/users/${enc}/notes`, 'profile.noNotes');
  }
}

export async function renderBoard(host, id) {
  const b = await api.get(`/boards/${id}`);
  host.append(h('header', { class: 'board-head' },
    h('h1', {}, b.name, b.isPrivate ? ' 🔒' : ''),
    b.description ? h('p', {}, b.description) : null,
    h('p', { class: 'muted small' }, h('a', { href: `#/u/${encodeURIComponent(b.owner.handle)}/boards` }, b.owner.displayName), ' · ', t('board.count', b.noteCount))));
  pagedGrid(host, `/boards/${id}/notes`, 'board.noNotes');
}

/** Block or unblock this person; blocking asks first, since it also ends follows both ways. */
function blockButton(p) {
  const b = h('button', { class: 'btn small ghost', name: 'block' }, t(p.blockedByMe ? 'profile.unblock' : 'profile.block'));
  b.addEventListener('click', async () => {
    if (!requireLogin()) return;
    const path = `/users/${encodeURIComponent(p.person.handle)}/block`;
    if (p.blockedByMe) {
      await api.del(path);
    } else {
      if (!window.confirm(t('profile.blockConfirm', p.person.displayName))) return;
      await api.put(path);
    }
    location.reload();
  });
  return b;
}

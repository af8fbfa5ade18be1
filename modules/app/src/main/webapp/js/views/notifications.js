// Notifications, newest first; opening the page marks them read.
import { h, avatar } from '../dom.js';
import { t, timeAgo } from '../i18n.js';
import { api } from '../api.js';
import { requireLogin } from '../session.js';

export async function renderNotifications(host, onRead) {
  if (!requireLogin()) return;
  const page = await api.get('/notifications?limit=50');
  host.append(h('h1', {}, t('nav.notifications')),
    page.items.length ? h('ul', { class: 'notifications' }, page.items.map((n) =>
      h('li', { class: `notification ${n.read ? '' : 'unread'}`, dataset: { kind: n.kind } },
        avatar(n.actor, 'sm'),
        h('div', {},
          h('p', {}, h('a', { class: 'name', href: `#/u/${encodeURIComponent(n.actor.handle)}` }, n.actor.displayName), ' ',
            t(`notification.${n.kind}`),
            n.noteId ? [' ', h('a', { href: `#/note/${n.noteId}` }, `“${n.noteTitle || ''}”`)] : null),
          n.commentExcerpt ? h('p', { class: 'muted small' }, n.commentExcerpt) : null,
          h('p', { class: 'muted small' }, timeAgo(n.createdAt))))))
      : h('p', { class: 'muted center' }, t('notifications.empty')));
  if (page.items.some((n) => !n.read)) {
    await api.post('/notifications/read', {});
    onRead();
  }
}

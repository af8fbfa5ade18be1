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
        ...(n.actor ? personMessage(n) : platformMessage(n)))))
      : h('p', { class: 'muted center' }, t('notifications.empty')));
  if (page.items.some((n) => !n.read)) {
    await api.post('/notifications/read', {});
    onRead();
  }
}

function noteLink(n) {
  return n.noteId ? [' ', h('a', { href: `#/note/${n.noteId}` }, `“${n.noteTitle || ''}”`)] : null;
}

function personMessage(n) {
  return [avatar(n.actor, 'sm'),
    h('div', {},
      h('p', {}, h('a', { class: 'name', href: `#/u/${encodeURIComponent(n.actor.handle)}` }, n.actor.displayName), ' ',
        t(`notification.${n.kind}`), noteLink(n)),
      n.commentExcerpt ? h('p', { class: 'muted small' }, n.commentExcerpt) : null,
      n.kind === 'FOLLOW_REQUEST' ? requestAnswer(n.actor.handle) : null,
      h('p', { class: 'muted small' }, timeAgo(n.createdAt)))];
}

/** Approve or decline a follow request right where it was announced. */
function requestAnswer(handle) {
  const box = h('p', { class: 'request-answer' });
  const answer = (verb) => async () => {
    try {
      await api.post(`/me/follow-requests/${encodeURIComponent(handle)}/${verb}`, {});
      box.replaceChildren(h('span', { class: 'muted small' }, t(verb === 'approve' ? 'followRequest.approved' : 'followRequest.declined')));
    } catch (e) {
      box.replaceChildren(h('span', { class: 'muted small' }, t('followRequest.gone')));
    }
  };
  box.append(h('button', { class: 'btn small primary', name: 'approve', onclick: answer('approve') }, t('followRequest.approve')),
    ' ', h('button', { class: 'btn small ghost', name: 'decline', onclick: answer('decline') }, t('followRequest.decline')));
  return box;
}

// Moderation outcomes come from the platform, not a person: the decision in words and the way
// to the statement of reasons (and the appeal) for the affected person.
function outcomeWord(n) {
  if (n.kind === 'REPORT_OUTCOME') return t(`report.outcome.${n.detail}`);
  if (n.kind === 'APPEAL_OUTCOME') return t(`appeal.outcome.${n.detail}`);
  return t(`decision.${n.detail}`);
}

function platformMessage(n) {
  const subjectKind = (n.subject || '').split(':')[0];
  const subject = t(`notification.subject.${subjectKind}`);
  return [h('span', { class: 'avatar sm platform-avatar', 'aria-hidden': 'true' }, 'N'),
    h('div', {},
      h('p', {}, h('strong', { class: 'name' }, t('brand.name')), ' ',
        t(`notification.${n.kind}`, outcomeWord(n), subject), noteLink(n)),
      n.statementId
        ? h('p', { class: 'small' }, h('a', { class: 'read-statement', href: '#/statements' }, t('notification.readStatement')))
        : null,
      h('p', { class: 'muted small' }, timeAgo(n.createdAt)))];
}

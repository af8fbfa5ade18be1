// Notifications, newest first, in tabs (likes and collects, new followers, comments and @,
// orders and system); likes and collects of one note come as one line. Opening the page marks
// them read.
import { h, avatar } from '../dom.js';
import { t, timeAgo } from '../i18n.js';
import { api, q } from '../api.js';
import { requireLogin } from '../session.js';

const TABS = ['ALL', 'LIKES', 'FOLLOWS', 'COMMENTS', 'SYSTEM'];

export async function renderNotifications(host, onRead, tab = 'ALL') {
  if (!requireLogin()) return;
  const current = TABS.includes(tab) ? tab : 'ALL';
  const page = await api.get(`/notifications${q({ limit: 50, group: current === 'ALL' ? null : current.toLowerCase() })}`);
  host.append(h('h1', {}, t('nav.notifications')),
    h('nav', { class: 'tabs notification-tabs' }, TABS.map((name) => h('a', { class: `tab ${name === current ? 'on' : ''}`,
      href: name === 'ALL' ? '#/notifications' : `#/notifications/${name}`, dataset: { tab: name } }, t(`notifications.tab.${name}`)))),
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

const person = (p) => h('a', { class: 'name', href: `#/u/${encodeURIComponent(p.handle)}` }, p.displayName);

/** "Chloe, Max and 6 others liked your note": the two newest names, then how many more. */
function who(n) {
  const second = (n.alsoBy || [])[0];
  const parts = second ? [person(n.actor), ', ', person(second)] : [person(n.actor)];
  const more = (n.others || 0) - (second ? 1 : 0);
  return more > 0 ? [...parts, ' ', h('span', { class: 'others' }, t('notification.andOthers', more))] : parts;
}

function personMessage(n) {
  return [avatar(n.actor, 'sm'),
    h('div', {},
      h('p', {}, ...who(n), ' ', t(`notification.${n.kind}`), noteLink(n)),
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

/** An order's move, linked to where the reader acts on it: the dashboard for a merchant, the order for a buyer. */
function orderMessage(n) {
  const orderId = (n.subject || '').split(':')[1];
  const forSeller = n.kind === 'ORDER_NEW' || ['REFUND_REQUESTED', 'RECEIVED'].includes(n.detail);
  const text = n.kind === 'ORDER_NEW' ? t('notification.ORDER_NEW', orderId) : t(`notification.order.${n.detail}`, orderId);
  return [h('span', { class: 'avatar sm platform-avatar', 'aria-hidden': 'true' }, 'N'),
    h('div', {},
      h('p', {}, h('a', { class: 'order-link', href: forSeller ? '#/merchant/orders' : `#/order/${orderId}` }, text)),
      h('p', { class: 'muted small' }, timeAgo(n.createdAt)))];
}

function platformMessage(n) {
  if (n.kind === 'ORDER_NEW' || n.kind === 'ORDER_UPDATE') return orderMessage(n);
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

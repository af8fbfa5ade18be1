// A note's comment thread: the list with replies, likes on comments, and the box to write one.
import { ipLocation } from './place.js';
import { reportButton } from './report.js';
import { h, richText, avatar, toast } from '../dom.js';
import { t, timeAgo, formatCount } from '../i18n.js';
import { api } from '../api.js';
import { requireLogin } from '../session.js';
import { translateToggle, foreign } from './translate.js';

function commentBody(c) {
  const body = h('p', { class: 'comment-body' }, richText(c.body));
  return foreign(c.body) ? [body, translateToggle(`/translate/comment/${c.id}`, null, body)] : body;
}

export function comments(note) {
  const list = h('div', { class: 'comments' });
  const header = h('h2', { class: 'comments-title' }, t('comments.title', note.commentCount));
  // The count and the "no comments yet" line follow what the reader just did, not the page load.
  let count = note.commentCount;
  const none = h('p', { class: 'muted small comments-none' }, t('comments.none'));
  const counted = (delta) => {
    count = Math.max(0, count + delta);
    header.textContent = t('comments.title', count);
    document.querySelectorAll('.action.comment .n').forEach((n) => { n.textContent = formatCount(count); });
    if (count > 0) none.remove();
  };
  let replyTo = null;
  const input = h('input', { class: 'input comment-input', name: 'comment', maxlength: '500', placeholder: t('comments.placeholder') });
  const replyHint = h('span', { class: 'reply-hint muted small' });
  const form = h('form', { class: 'comment-form', onsubmit: async (e) => {
    e.preventDefault();
    if (!requireLogin()) return;
    try {
      const c = await api.post(`/notes/${note.id}/comments`, { body: input.value, replyTo: replyTo?.id });
      input.value = '';
      if (replyTo) {
        replyTo.repliesHost.append(commentItem(c, true));
      } else {
        list.prepend(commentItem(c, false));
      }
      counted(1);
      replyTo = null;
      replyHint.textContent = '';
    } catch (err) { toast(err.field?.('body') || err.message, 'error'); }
  } }, replyHint, input, h('button', { class: 'btn primary small', type: 'submit' }, t('comments.send')));

  function commentItem(c, isReply) {
    const repliesHost = h('div', { class: 'replies' });
    const likeB = h('button', { class: `mini-like ${c.likedByMe ? 'on' : ''}` }, '♥ ', h('span', { class: 'n' }, String(c.likeCount)));
    likeB.addEventListener('click', async () => {
      if (!requireLogin()) return;
      const r = likeB.classList.contains('on') ? await api.del(`/comments/${c.id}/like`) : await api.put(`/comments/${c.id}/like`);
      likeB.classList.toggle('on', r.liked);
      likeB.querySelector('.n').textContent = String(r.likeCount);
    });
    const item = h('div', { class: `comment ${isReply ? 'reply' : ''}`, dataset: { commentId: c.id } },
      c.deleted ? h('p', { class: 'muted' }, t('comments.deleted')) : [
        h('div', { class: 'comment-head' }, avatar(c.author, 'xs'),
          h('a', { class: 'name', href: `#/u/${encodeURIComponent(c.author.handle)}` }, c.author.displayName),
          c.replyTo && isReply ? h('span', { class: 'muted small' }, ` ${t('comments.replyTo')} ${c.replyTo.displayName}`) : null),
        commentBody(c),
        h('div', { class: 'comment-foot muted small' }, timeAgo(c.createdAt), c.ipLocation ? ipLocation(c.ipLocation) : null,
          h('button', { class: 'link', onclick: () => {
            replyTo = { id: c.id, repliesHost: isReply ? item.parentElement : repliesHost };
            replyHint.textContent = `${t('comments.replyTo')} ${c.author.displayName}: `;
            input.focus();
          } }, t('comments.reply')),
          c.mine ? null : reportButton('COMMENT', c.id),
          c.mine ? h('button', { class: 'link danger', onclick: async () => {
            await api.del(`/comments/${c.id}`);
            item.replaceChildren(h('p', { class: 'muted' }, t('comments.deleted')));
            counted(-1);
          } }, t('comments.delete')) : null,
          likeB)],
      isReply ? null : repliesHost);
    if (!isReply && c.replyCount > 0) {
      const more = h('button', { class: 'link small' }, t('comments.showReplies', c.replyCount));
      more.addEventListener('click', async () => {
        const page = await api.get(`/comments/${c.id}/replies?limit=100`);
        more.remove();
        page.items.forEach((r) => repliesHost.append(commentItem(r, true)));
      });
      repliesHost.append(more);
    }
    return item;
  }

  (async () => {
    if (note.state !== 'PUBLISHED') return;
    const page = await api.get(`/notes/${note.id}/comments?limit=50`);
    page.items.forEach((c) => list.append(commentItem(c, false)));
    if (!page.items.length && count === 0) list.append(none);
  })();
  return h('section', { class: 'comment-section' }, header, list, note.state === 'PUBLISHED' ? form : null);
}

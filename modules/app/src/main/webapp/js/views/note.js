// Note detail: carousel or video, text, topics, actions, and the comment thread.
import { ipLocation } from './place.js';
import { reportButton } from './report.js';
import { h, clear, richText, avatar, toast, add } from '../dom.js';
import { icon } from '../icons.js';
import { t, timeAgo, formatCount } from '../i18n.js';
import { api } from '../api.js';
import { session, requireLogin } from '../session.js';
import { go } from '../router.js';
import { formatMoney } from '../money.js';
import { pick } from '../i18n.js';
import { track } from '../tracking.js';
import { translateToggle, foreign } from './translate.js';
import { comments } from './comments.js';
import { doubleTapToLike, swipeToNeighbours } from './note-gestures.js';

export async function renderNote(host, id) {
  const note = await api.get(`/notes/${id}`);
  const media = h('div', { class: 'note-media' }, note.kind === 'VIDEO' ? video(note.media[0]) : carousel(note.media, note.title));
  swipeToNeighbours(media, note.id);
  host.append(machineLabels(note), h('article', { class: 'note-detail', dataset: aiData(note) },
    media,
    h('div', { class: 'note-side' },
      authorBar(note),
      h('div', { class: 'note-text' },
        note.state === 'DRAFT' ? h('span', { class: 'badge-draft inline' }, t('note.draft')) : null,
        note.state === 'HELD' ? h('p', { class: 'moderation-banner', name: 'heldBanner' }, t('note.held')) : null,
        note.state === 'REMOVED' ? h('p', { class: 'moderation-banner removed', name: 'removedBanner' }, t('note.removed'), ' ',
          h('a', { href: '#/statements' }, t('note.seeStatement'))) : null,
        note.ageRestricted ? h('span', { class: 'label-chip' }, t('note.ageRestricted')) : null,
        note.moderationLabel ? h('span', { class: 'label-chip' }, t('note.moderationLabel')) : null,
        note.verifiedPurchase ? h('span', { class: 'verified-badge' }, `✓ ${t('note.verifiedPurchase')}`) : null,
        labels(note),
        ...noteText(note),
        note.topics.length ? h('p', { class: 'topics' }, note.topics.map((tp) => h('a', { class: 'topic', href: `#/topic/${encodeURIComponent(tp)}` }, `#${tp}`))) : null,
        h('p', { class: 'muted small' },
          note.publishedAt ? timeAgo(note.publishedAt) : t('note.notPublished'),
          note.locationName ? ` · 📍 ${note.locationName}` : ''),
        note.ipLocation ? h('p', { class: 'muted small' }, ipLocation(note.ipLocation, { credit: true })) : null),
      note.products.length ? productStrip(note) : null,
      comments(note),
      actions(note))));
  // Double-tap likes; it never takes a like back.
  doubleTapToLike(media, () => {
    const like = host.querySelector('.action.like');
    if (like && !like.classList.contains('on')) like.click();
  });
}

// Title and text, with "Translate" when the note is (probably) in the other language.
function noteText(note) {
  const title = h('h1', { class: 'note-title' }, note.title);
  const body = h('p', { class: 'note-body', dataset: note.textDigitalSourceType ? { digitalSourceType: note.textDigitalSourceType } : {} },
    richText(note.body));
  const offer = note.state === 'PUBLISHED' && foreign(`${note.title} ${note.body}`);
  return [title, body, offer ? translateToggle(`/translate/note/${note.id}`, title, body) : null,
    note.mine && note.state === 'PUBLISHED' ? ownTranslation(note) : null];
}

// The author's own translation into the other language, which readers get instead of a machine one.
function ownTranslation(note) {
  const lang = /\p{Script=Han}/u.test(`${note.title}${note.body}`) ? 'en' : 'zh';
  const title = h('input', { name: 'ownTitle', maxlength: 50, placeholder: t('compose.titlePlaceholder') });
  const body = h('textarea', { name: 'ownBody', rows: 4, maxlength: 2000, placeholder: t('compose.bodyPlaceholder') });
  const form = h('form', { class: 'own-translation', onsubmit: async (e) => {
    e.preventDefault();
    try {
      await api.put(`/translate/note/${note.id}/own/${lang}`, { title: title.value, body: body.value });
      toast(t('translate.saved'));
    } catch (err) { toast(err.message, 'error'); }
  } }, h('p', { class: 'muted small' }, t('translate.ownHint')), title, body,
    h('button', { class: 'btn primary small', type: 'submit' }, t('translate.save')));
  return h('details', { class: 'own-translation-box' }, h('summary', {}, t('translate.own'), ` (${lang === 'en' ? 'English' : '中文'})`), form);
}

/** The images of a note or product, swiped sideways; each image is named "title, image 2 of 5". */
/**
 * The picture in WebP where the browser takes it (srcset of widths; the browser picks by screen
 * and density), else the JPEG in {@code img}. The picture element lays out as its image.
 */
export function webp(img, srcset, sizes) {
  if (!srcset) return img;
  return h('picture', { class: 'as-img' }, h('source', { type: 'image/webp', srcset, sizes }), img);
}

export function carousel(media, title = '') {
  if (!media.length) return h('div', { class: 'cover placeholder big' }, '✎');
  const track = h('div', { class: 'carousel-track', tabindex: '0', role: 'group', 'aria-label': title || t('note.images') },
    media.map((m, i) => webp(h('img', { src: m.url, alt: t('note.imageOf', title, i + 1, media.length), class: 'slide', loading: i === 0 ? 'eager' : 'lazy',
      style: `aspect-ratio:${m.width || 3}/${m.height || 4}${m.color ? `;background-color:${m.color}` : ''}` }), m.srcset, '100vw')));
  const dots = h('div', { class: 'dots' }, media.map((_, i) => h('span', { class: `dot ${i === 0 ? 'on' : ''}` })));
  const counter = h('span', { class: 'counter' }, `1/${media.length}`);
  const show = (i) => track.scrollTo({ left: i * track.clientWidth, behavior: 'smooth' });
  const index = () => Math.round(track.scrollLeft / Math.max(1, track.clientWidth));
  track.addEventListener('scroll', () => {
    const i = index();
    [...dots.children].forEach((d, j) => d.classList.toggle('on', i === j));
    counter.textContent = `${i + 1}/${media.length}`;
  });
  const nav = media.length > 1 ? [
    h('button', { class: 'nav prev', 'aria-label': t('note.previous'), onclick: () => show(Math.max(0, index() - 1)) }, '‹'),
    h('button', { class: 'nav next', 'aria-label': t('note.next'), onclick: () => show(Math.min(media.length - 1, index() + 1)) }, '›'),
  ] : [];
  return h('div', { class: 'carousel' }, track, nav, media.length > 1 ? [dots, counter] : null);
}

// What machines read: the AI tier on the article, and JSON-LD naming the note's digital source
// types (IPTC terms): made by a generative model, or text written with the content assistant.
function aiData(note) {
  return note.aiLabel ? { aiLabel: note.aiLabel.toLowerCase() } : {};
}

function machineLabels(note) {
  const props = [];
  if (note.aiLabel === 'GENERATED' || note.aiLabel === 'POSSIBLE') {
    props.push({ '@type': 'PropertyValue', name: 'digitalSourceType', value: 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia' });
  }
  if (note.aiLabel) props.push({ '@type': 'PropertyValue', name: 'aiLabelTier', value: note.aiLabel });
  if (note.textDigitalSourceType) props.push({ '@type': 'PropertyValue', name: 'textDigitalSourceType', value: note.textDigitalSourceType });
  if (!props.length) return '';
  const ld = { '@context': 'https://schema.org', '@type': 'SocialMediaPosting', identifier: `note-${note.id}`, headline: note.title,
    additionalProperty: props };
  return h('script', { type: 'application/ld+json', name: 'aiJsonLd' }, JSON.stringify(ld));
}

// The AI label in the reader's region's words for the note's tier.
function aiWording(note) {
  const w = note.labelWording || {};
  if (note.aiLabel === 'SUSPECTED') return w.aiSuspected || t('label.ai');
  if (note.aiLabel === 'POSSIBLE') return w.aiPossible || t('label.ai');
  return w.aiGenerated || t('label.ai');
}

/** Honest labels: who paid for it, and whether it was made by AI. Shown wherever the note is. */
export function labels(note) {
  if (!note.sponsoredBy && !note.aiLabel && !note.aiAssisted) return null;
  return h('div', { class: 'labels' },
    // The wording comes from the reader's region policy when the server sends it ("广告" in mainland China).
    note.sponsoredBy ? h('span', { class: 'label sponsored', dataset: { label: 'sponsored' } },
      note.labelWording ? `${note.labelWording.sponsored} · ${note.sponsoredBy}` : t('label.sponsored', note.sponsoredBy)) : null,
    note.aiLabel ? h('span', { class: 'label ai', dataset: { label: 'ai', tier: note.aiLabel.toLowerCase() } }, aiWording(note)) : null,
    note.aiAssisted && !note.aiLabel ? h('span', { class: 'label ai', dataset: { label: 'ai-assisted' } }, t('label.aiAssisted')) : null);
}

/** The products tagged in the note; opening one remembers the note, so a purchase is attributed to it. */
function productStrip(note) {
  return h('section', { class: 'product-strip', 'aria-label': t('note.products') },
    h('h2', { class: 'comments-title' }, t('note.products')),
    h('div', { class: 'strip' }, note.products.map((p) => h('a', { class: 'product-mini', href: `#/product/${p.id}?from=${note.id}`, dataset: { productId: p.id },
      onclick: () => track('PRODUCT_CLICK', note.id) },
      p.imageUrl ? h('img', { src: p.imageUrl, alt: '' }) : h('span', { class: 'thumb placeholder' }, icon('bag')),
      h('span', { class: 'product-mini-text' },
        h('span', { class: 'product-mini-title' }, pick(p.titleEn, p.titleZh)),
        h('strong', { class: 'price' }, formatMoney(p.priceFromMinor, p.currency)),
        p.inStock ? null : h('span', { class: 'muted small' }, t('shop.soldOut'))),
      h('span', { class: 'go' }, t('note.buy'))))));
}

/** Plays inline as the feed does: muted until the reader turns the sound on, looping, with controls. */
function video(m) {
  const el = h('video', { class: 'note-video', src: m.url, poster: m.posterUrl, controls: true, playsinline: true, muted: true,
    autoplay: true, loop: true, preload: 'metadata',
    style: m.width && m.height ? `aspect-ratio:${m.width}/${m.height}` : null });
  el.muted = true; // the attribute sets the default; the property is what autoplay policies read
  return el;
}

function authorBar(note) {
  const bar = h('div', { class: 'author-bar' },
    h('a', { class: 'author-link', href: `#/u/${encodeURIComponent(note.author.handle)}` }, avatar(note.author, 'md'),
      h('span', { class: 'name' }, note.author.displayName)));
  if (note.mine) {
    bar.append(h('span', { class: 'spacer' }),
      h('a', { class: 'btn ghost small', href: `#/compose/${note.id}` }, t('note.edit')),
      h('button', { class: 'btn ghost small danger', onclick: async () => {
        if (!confirm(t('note.confirmDelete'))) return;
        await api.del(`/notes/${note.id}`);
        toast(t('note.deleted'));
        go(`#/u/${encodeURIComponent(note.author.handle)}`);
      } }, t('note.delete')));
  } else {
    bar.append(h('span', { class: 'spacer' }), followButton(note.author.handle, note.followingAuthor));
  }
  return bar;
}

/**
 * Follow / Following / Requested (a private profile's owner has not answered yet). Tapping
 * Following or Requested undoes it: unfollows, or withdraws the request.
 */
export function followButton(handle, following, requested = false) {
  const b = h('button', { class: 'btn small' });
  const show = (state) => {
    b.dataset.state = state;
    b.classList.toggle('ghost', state !== 'none');
    b.classList.toggle('primary', state === 'none');
    b.textContent = t(state === 'following' ? 'profile.following' : state === 'requested' ? 'profile.requested' : 'profile.follow');
  };
  show(following ? 'following' : requested ? 'requested' : 'none');
  b.addEventListener('click', async () => {
    if (!requireLogin()) return;
    const path = `/users/${encodeURIComponent(handle)}/follow`;
    const res = b.dataset.state === 'none' ? await api.put(path) : await api.del(path);
    show(res.following ? 'following' : res.requested ? 'requested' : 'none');
  });
  return b;
}

function actions(note) {
  const likeBtn = toggle('like', '♥', note.likedByMe, note.likeCount, async (on) =>
    on ? api.del(`/notes/${note.id}/like`) : api.put(`/notes/${note.id}/like`), (r) => [r.liked, r.likeCount]);
  const collectBtn = h('button', { class: `action collect ${note.collectedByMe ? 'on' : ''}`, 'aria-pressed': String(!!note.collectedByMe) },
    h('span', { class: 'icon', 'aria-hidden': 'true' }, '★'), h('span', { class: 'sr-only' }, `${t('note.collect')} `),
    h('span', { class: 'n' }, formatCount(note.collectCount)));
  collectBtn.addEventListener('click', async () => {
    if (!requireLogin() || note.state !== 'PUBLISHED') return;
    if (collectBtn.classList.contains('on')) {
      const r = await api.del(`/notes/${note.id}/collect`);
      setState(collectBtn, false, r.collectCount);
      return;
    }
    openBoardPicker(async (boardId) => {
      const r = await api.put(`/notes/${note.id}/collect`, { boardId });
      setState(collectBtn, true, r.collectCount);
      toast(t('note.collected'));
    });
  });
  const commentBtn = h('button', { class: 'action comment', onclick: () => document.querySelector('.comment-input')?.focus() },
    h('span', { class: 'icon', 'aria-hidden': 'true' }, icon('comment')), h('span', { class: 'sr-only' }, `${t('note.comment')} `),
    h('span', { class: 'n' }, formatCount(note.commentCount)));
  const shareBtn = h('button', { class: 'action share', name: 'share', 'aria-label': t('note.share') }, h('span', { class: 'icon' }, icon('share')));
  shareBtn.addEventListener('click', async () => {
    const link = `${location.origin}/#/note/${note.id}`;
    try {
      if (navigator.share) await navigator.share({ title: note.title, url: link });
      else { await navigator.clipboard.writeText(link); toast(t('note.linkCopied')); }
      if (note.state === 'PUBLISHED') track('SHARE', note.id);
    } catch { /* the reader cancelled the share sheet */ }
  });
  // "Say something…" opens the comment box, as the bottom bar of RedNote's note view does.
  const say = note.state === 'PUBLISHED' ? h('button', { class: 'say-something', type: 'button', name: 'saySomething', onclick: () => {
    const input = document.querySelector('.comment-input');
    input?.scrollIntoView({ block: 'center' });
    input?.focus();
  } }, t('comments.saySomething')) : null;
  return h('div', { class: 'action-bar' }, say, likeBtn, collectBtn, commentBtn, say ? null : h('span', { class: 'spacer' }),
    note.mine ? null : reportButton('NOTE', note.id), shareBtn);
}

function toggle(cls, icon, on, count, call, read) {
  // The name says what the button does and the count it shows ("Like 12"), as read aloud.
  const b = h('button', { class: `action ${cls} ${on ? 'on' : ''}`, 'aria-pressed': String(on) },
    h('span', { class: 'icon', 'aria-hidden': 'true' }, icon), h('span', { class: 'sr-only' }, `${t(`note.${cls}`)} `),
    h('span', { class: 'n' }, formatCount(count)));
  b.addEventListener('click', async () => {
    if (!requireLogin()) return;
    try {
      const [nowOn, n] = read(await call(b.classList.contains('on')));
      setState(b, nowOn, n);
    } catch (e) { toast(e.message, 'error'); }
  });
  return b;
}

function setState(button, on, count) {
  button.classList.toggle('on', on);
  button.setAttribute('aria-pressed', String(on));
  button.querySelector('.n').textContent = formatCount(count);
}

async function openBoardPicker(onPick) {
  const boards = await api.get(`/users/${encodeURIComponent(session.me.handle)}/boards`);
  const dialog = h('dialog', { class: 'sheet' });
  const close = () => { dialog.close(); dialog.remove(); };
  const name = h('input', { class: 'input', name: 'boardName', maxlength: '30', placeholder: t('board.newName') });
  const priv = h('input', { type: 'checkbox', name: 'boardPrivate' });
  add(dialog,
    h('h3', {}, t('board.pick')),
    h('button', { class: 'board-choice', onclick: () => { close(); onPick(null); } }, t('board.none')),
    boards.map((b) => h('button', { class: 'board-choice', onclick: () => { close(); onPick(b.id); } },
      b.name, b.isPrivate ? ` 🔒` : '', h('span', { class: 'muted' }, ` · ${b.noteCount}`))),
    h('form', { class: 'new-board', onsubmit: async (e) => {
      e.preventDefault();
      try {
        const b = await api.post('/boards', { name: name.value, isPrivate: priv.checked });
        close();
        onPick(b.id);
      } catch (err) { toast(err.field?.('name') || err.message, 'error'); }
    } }, name, h('label', { class: 'check' }, priv, t('board.private')), h('button', { class: 'btn primary small', type: 'submit' }, t('board.create'))),
    h('button', { class: 'btn ghost', onclick: close }, t('common.cancel')));
  document.body.append(dialog);
  dialog.showModal();
}

export { clear };

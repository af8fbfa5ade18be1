// Compose or edit a note: upload images (with progress), reorder them, write, save or publish.
import { h, toast } from '../dom.js';
import { t } from '../i18n.js';
import { api, ApiError } from '../api.js';
import { requireLogin } from '../session.js';
import { go } from '../router.js';
import { productPicker } from './tagging.js';
import { autocomplete } from './compose-autocomplete.js';
import { draftOf } from './compose-draft.js';
import { starPicker } from './stars.js';
import { session } from '../session.js';
import { chooseCrop } from './crop-sheet.js';

const MAX_IMAGES = 18;

export async function renderCompose(host, editId, query = new URLSearchParams()) {
  if (!requireLogin()) return;
  const existing = editId ? await api.get(`/notes/${editId}`) : null;
  // "Write a review" from an order arrives as ?review=<orderId>:<skuId>&product=<id>.
  const [reviewOrder, reviewSku] = (query.get('review') || '').split(':').map(Number);
  const review = reviewOrder && reviewSku ? { orderId: reviewOrder, skuId: reviewSku } : null;
  const stars = review ? starPicker() : null;
  const startWith = query.get('product') ? [Number(query.get('product'))] : [];
  // A note made for an accepted collaboration (?collab=<id>) is labelled sponsored by the platform.
  const collabId = existing?.collabId || (query.get('collab') ? Number(query.get('collab')) : null);
  const collab = collabId ? await api.get(`/collabs/${collabId}`) : null;
  const platformSponsor = existing?.sponsorByPlatform || !!collab;
  const sponsored = h('input', { type: 'checkbox', name: 'sponsored', checked: !!existing?.sponsoredBy || platformSponsor, disabled: platformSponsor });
  const brand = h('input', { class: 'input', name: 'sponsoredBy', maxlength: '60', placeholder: t('compose.brandPlaceholder'),
    value: collab?.brandName || existing?.sponsoredBy || '', disabled: platformSponsor });
  brand.hidden = !sponsored.checked;
  sponsored.addEventListener('change', () => { brand.hidden = !sponsored.checked; });
  // A label the platform applied (from the images' own metadata) cannot be taken off by the author.
  const aiGenerated = h('input', { type: 'checkbox', name: 'aiGenerated', checked: !!existing?.aiGenerated,
    disabled: !!existing?.aiGeneratedByPlatform, title: existing?.aiGeneratedByPlatform ? t('compose.aiByPlatform') : null });
  const tags = await productPicker((existing?.products || []).map((p) => p.id).concat(startWith.filter((id) => !existing)));
  /** Items: { media (server view) | null while uploading, file, progress, el } */
  const items = (existing?.media || []).map((m) => ({ media: m }));

  const tray = h('div', { class: 'tray', 'aria-label': t('compose.media') });
  const fileInput = h('input', { type: 'file', name: 'files', class: 'file-input', 'aria-label': t('compose.addMedia'),
    accept: 'image/jpeg,image/png,image/webp,image/gif,video/mp4,video/quicktime,video/webm', multiple: true });
  const addTile = h('button', { class: 'tile add', type: 'button', onclick: () => fileInput.click() }, h('span', {}, '+'), h('small', {}, t('compose.addMedia')));
  const title = h('input', { class: 'input title-input', name: 'title', maxlength: '50', placeholder: t('compose.titlePlaceholder'), value: existing?.title || '' });
  const titleCount = h('span', { class: 'char-count', name: 'titleCount', 'aria-live': 'polite' });
  const body = h('textarea', { class: 'input body-input', name: 'body', rows: '8', maxlength: '2000', placeholder: t('compose.bodyPlaceholder') });
  body.value = existing?.body || '';
  const bodyCount = h('span', { class: 'char-count', name: 'bodyCount', 'aria-live': 'polite' });
  const location_ = h('input', { class: 'input', name: 'location', maxlength: '40', placeholder: t('compose.locationPlaceholder'), value: existing?.locationName || '' });
  const errors = h('div', { class: 'form-errors', role: 'alert' });
  const count = (el, out, max) => { out.textContent = `${[...el.value].length}/${max}`; };
  // A plain new note keeps its draft on this device; edits, reviews and collaboration notes do not.
  const draft = !existing && !review && !collab ? draftOf(session.me.id) : null;
  const kept = draft?.load();
  if (kept) {
    title.value = kept.title || ''; body.value = kept.body || ''; location_.value = kept.locationName || '';
    (kept.media || []).forEach((m) => items.push({ media: m }));
  }
  const keep = () => draft?.saveSoon(() => ({ title: title.value, body: body.value, locationName: location_.value,
    media: items.filter((i) => i.media).map((i) => i.media) }));
  const restored = kept ? h('p', { class: 'draft-restored panel small', role: 'status' }, t('compose.draftRestored'), ' ',
    h('button', { class: 'link', type: 'button', name: 'discardDraft', onclick: () => {
      draft.clear();
      go('#/compose');
    } }, t('compose.discardDraft'))) : null;
  title.addEventListener('input', () => { count(title, titleCount, 50); keep(); });
  body.addEventListener('input', () => { count(body, bodyCount, 2000); keep(); });
  location_.addEventListener('input', keep);
  count(title, titleCount, 50); count(body, bodyCount, 2000);

  function renderTray() {
    keep();
    tray.replaceChildren(...items.map((item, i) => tile(item, i)), items.length < MAX_IMAGES ? addTile : '');
  }

  function tile(item, i) {
    const img = item.media?.gridUrl ? h('img', { src: item.media.gridUrl, alt: '' })
      : item.media ? h('div', { class: 'video-tile' }, '▶')
      : item.preview ? h('img', { src: item.preview, alt: '' }) : h('div', { class: 'video-tile' }, '…');
    const processing = item.media?.state === 'PROCESSING';
    const bar = item.media && !processing ? null : h('div', { class: 'progress' }, h('div', { class: 'progress-fill',
      style: `width:${processing ? item.media.progress : Math.round((item.progress || 0) * 100)}%` }));
    const stage = processing ? h('span', { class: 'tile-stage', role: 'status' }, t('compose.processing', item.media.progress)) : null;
    const el = h('div', { class: `tile ${item.error ? 'failed' : ''}`, draggable: 'true', dataset: { index: i } },
      img, bar, stage,
      item.error ? h('span', { class: 'tile-error' }, item.error) : null,
      i === 0 && item.media ? h('span', { class: 'cover-tag' }, t('compose.cover')) : null,
      item.media?.kind === 'IMAGE' ? cropChoice(item) : null,
      h('div', { class: 'tile-tools' },
        h('button', { type: 'button', 'aria-label': t('compose.moveLeft'), disabled: i === 0, onclick: () => move(i, i - 1) }, '‹'),
        h('button', { type: 'button', 'aria-label': t('compose.remove'), onclick: () => { items.splice(i, 1); renderTray(); } }, '×'),
        h('button', { type: 'button', 'aria-label': t('compose.moveRight'), disabled: i === items.length - 1, onclick: () => move(i, i + 1) }, '›')));
    el.addEventListener('dragstart', (e) => e.dataTransfer.setData('text/plain', String(i)));
    el.addEventListener('dragover', (e) => e.preventDefault());
    el.addEventListener('drop', (e) => { e.preventDefault(); move(Number(e.dataTransfer.getData('text/plain')), i); });
    item.el = el;
    return el;
  }

  /**
   * Crop to the grid's ratios: the person moves the frame over what to keep, and the server cuts
   * it as a new picture that takes this one's place.
   */
  function cropChoice(item) {
    return h('select', { class: 'crop-choice', name: 'crop', 'aria-label': t('compose.crop'), onchange: async (e) => {
      const ratio = e.target.value;
      if (!ratio) return;
      const where = await chooseCrop(item.media.url || item.media.gridUrl, ratio);
      if (!where) { e.target.value = ''; return; }
      e.target.disabled = true;
      try {
        item.media = await api.post('/media/crops', { mediaId: item.media.id, ratio, ...where });
      } catch (err) { toast(err.message, 'error'); }
      renderTray();
    } }, h('option', { value: '' }, t('compose.crop')), ['3:4', '1:1', '4:3'].map((r) => h('option', { value: r }, r)));
  }

  function move(from, to) {
    if (to < 0 || to >= items.length || from === to) return;
    const [it] = items.splice(from, 1);
    items.splice(to, 0, it);
    renderTray();
  }

  fileInput.addEventListener('change', () => {
    const files = [...fileInput.files].slice(0, MAX_IMAGES - items.length);
    fileInput.value = '';
    for (const file of files) {
      const item = { file, progress: 0, preview: file.type.startsWith('image/') ? URL.createObjectURL(file) : null };
      items.push(item);
      api.upload(file, (p) => {
        item.progress = p;
        const fill = item.el?.querySelector('.progress-fill');
        if (fill) fill.style.width = `${Math.round(p * 100)}%`;
      }).then((media) => { item.media = media; renderTray(); if (media.state === 'PROCESSING') followProcessing(item); })
        .catch((e) => { item.error = e.field?.('file') || e.message; renderTray(); });
    }
    renderTray();
  });

  /** A video is transcoded after its upload: show its progress until it is ready (or failed). */
  async function followProcessing(item) {
    while (item.media?.state === 'PROCESSING' && items.includes(item)) {
      await new Promise((r) => setTimeout(r, 1500));
      try {
        item.media = await api.get(`/media/${item.media.id}`);
      } catch (e) { item.error = e.message; break; }
      if (item.media.state === 'FAILED') item.error = t('compose.videoFailed');
      if (item.media.state !== 'PROCESSING') { renderTray(); break; }
      const fill = item.el?.querySelector('.progress-fill');
      if (fill) fill.style.width = `${item.media.progress}%`;
      const stage = item.el?.querySelector('.tile-stage');
      if (stage) stage.textContent = t('compose.processing', item.media.progress);
    }
  }
  // Videos restored from a kept draft may still be processing.
  items.filter((i) => i.media?.state === 'PROCESSING').forEach(followProcessing);

  async function save(publish) {
    errors.textContent = '';
    if (items.some((i) => !i.media && !i.error)) { errors.textContent = t('compose.waitUploads'); return; }
    if (publish && items.some((i) => i.media?.state === 'PROCESSING')) { errors.textContent = t('compose.waitProcessing'); return; }
    const payload = {
      title: title.value, body: body.value, locationName: location_.value || null, publish,
      mediaIds: items.filter((i) => i.media).map((i) => i.media.id),
      productIds: tags.ids(),
      sponsoredBy: sponsored.checked ? brand.value : null,
      aiGenerated: aiGenerated.checked,
      collabId: collab ? collab.id : null,
    };
    if (review && !existing) payload.review = { ...review, rating: stars.value() };
    try {
      const note = existing ? await api.put(`/notes/${existing.id}`, payload) : await api.post('/notes', payload);
      draft?.clear();
      toast(publish ? t('compose.published') : t('compose.saved'));
      go(`#/note/${note.id}`);
    } catch (e) {
      if (e instanceof ApiError && e.problem.errors) {
        errors.replaceChildren(...e.problem.errors.map((er) => h('p', { class: 'field-error', dataset: { field: er.field } }, `${t(`field.${er.field.replace(/\[\d+\]/, '')}`)}: ${er.message}`)));
      } else {
        errors.textContent = e.message;
      }
    }
  }

  renderTray();
  const published = existing?.state === 'PUBLISHED';
  host.append(h('section', { class: 'compose' },
    h('h1', {}, existing ? t('compose.editTitle') : review ? t('compose.reviewTitle') : t('compose.newTitle')),
    review ? h('p', { class: 'verified-banner' }, `✓ ${t('compose.reviewHint')}`) : null,
    stars ? stars.element : null,
    restored,
    fileInput, tray,
    h('p', { class: 'muted small' }, t('compose.mediaHint')),
    assistant(title, body),
    h('div', { class: 'field' }, title, titleCount),
    h('div', { class: 'field suggest-host' }, body, autocomplete(body), bodyCount),
    h('p', { class: 'muted small' }, t('compose.topicHint')),
    h('div', { class: 'field' }, location_),
    tags.element,
    h('div', { class: 'field label-fields' },
      platformSponsor ? h('p', { class: 'label sponsored' }, t('compose.collabLocked', collab?.brandName || existing?.sponsoredBy)) : null,
      h('label', { class: 'check' }, sponsored, t('compose.sponsored')), brand,
      h('label', { class: 'check' }, aiGenerated, t('compose.aiGenerated'))),
    errors,
    h('div', { class: 'compose-actions' },
      published ? null : h('button', { class: 'btn ghost', type: 'button', name: 'saveDraft', onclick: () => save(false) }, t('compose.saveDraft')),
      h('button', { class: 'btn primary', type: 'button', name: 'publish', onclick: () => save(true) }, published ? t('compose.update') : t('compose.publish')))));
}

/**
 * The content assistant: suggested titles, topics and a time to post, and adapting the draft
 * for the other language. Using a suggestion labels the note AI-assisted (the server sees it).
 */
function assistant(title, body) {
  const out = h('div', { class: 'assist-out' });
  const language = () => (/\p{Script=Han}/u.test(title.value + body.value) ? 'zh' : 'en');
  const suggest = h('button', { class: 'btn ghost small', type: 'button', name: 'suggest' }, `✦ ${t('assist.suggest')}`);
  const adapt = h('button', { class: 'btn ghost small', type: 'button', name: 'adapt' }, t('assist.adapt'));
  suggest.addEventListener('click', async () => {
    try {
      const s = await api.post('/assistant/suggestions', { title: title.value, body: body.value, language: language() });
      const hour = s.postingHourUtc === null || s.postingHourUtc === undefined ? null
        : new Date(Date.UTC(2000, 0, 1, s.postingHourUtc)).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
      out.replaceChildren(h('div', { class: 'panel assist-panel' },
        h('p', { class: 'muted small' }, t('assist.notice', s.provider), ' ', s.why),
        h('div', { class: 'chips' }, s.titles.map((x) => h('button', { class: 'chip', type: 'button', name: 'useTitle',
          onclick: () => { title.value = x; title.dispatchEvent(new Event('input')); } }, x))),
        h('div', { class: 'chips' }, s.topics.map((x) => h('button', { class: 'chip', type: 'button',
          onclick: () => { body.value = `${body.value} #${x}`.trim(); body.dispatchEvent(new Event('input')); } }, `#${x}`))),
        hour ? h('p', { class: 'small' }, t('assist.when', hour)) : null));
    } catch (e) { toast(e.message, 'error'); }
  });
  adapt.addEventListener('click', async () => {
    try {
      const a = await api.post('/assistant/adaptations', { title: title.value, body: body.value, language: language() === 'zh' ? 'en' : 'zh' });
      title.value = a.title; body.value = a.body;
      title.dispatchEvent(new Event('input')); body.dispatchEvent(new Event('input'));
      toast(a.wordLevel ? t('assist.adaptedWordLevel') : t('assist.adapted'));
    } catch (e) { toast(e.message, 'error'); }
  });
  return h('div', { class: 'assist' }, h('div', { class: 'row-actions' }, suggest, adapt), out);
}

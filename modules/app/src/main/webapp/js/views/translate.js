// "Translate" / "Show original" for a note, a comment or a product listing: the author's (or the
// merchant's) own words when they wrote them, otherwise the configured machine translation,
// always labelled as what it is.
import { h, richText } from '../dom.js';
import { t, locale } from '../i18n.js';
import { api } from '../api.js';

/** The reader's language as the translator knows it: en or zh. */
export function readerLanguage() {
  return locale().startsWith('zh') ? 'zh' : 'en';
}

/** True when the text is probably not in the reader's language (a Han character decides). */
export function foreign(text) {
  const chinese = /\p{Script=Han}/u.test(text || '');
  return readerLanguage() === 'zh' ? !chinese : chinese;
}

function label(r) {
  if (r.byAuthor) return t('translate.byAuthor');
  if (r.byMerchant) return t('translate.byMerchant');
  return r.wordLevel ? t('translate.wordLevel', r.provider) : t('translate.machine', r.provider);
}

/**
 * A toggle that swaps the given title/body elements between the original and the translation.
 * `path` is '/translate/note/1', '/translate/comment/2' or '/products/3/translation' (whose text
 * is in `description`, hence `textKey`).
 */
export function translateToggle(path, titleEl, bodyEl, textKey = 'body') {
  const original = { title: titleEl?.textContent, body: [...bodyEl.childNodes].map((n) => n.cloneNode(true)) };
  const note = h('p', { class: 'translation-label muted small', hidden: true });
  let showing = false;
  const button = h('button', { class: 'link translate', name: 'translate', type: 'button', onclick: async () => {
    if (showing) {
      if (titleEl) titleEl.textContent = original.title;
      bodyEl.replaceChildren(...original.body.map((n) => n.cloneNode(true)));
      note.hidden = true;
      button.textContent = t('translate.button');
      showing = false;
      return;
    }
    button.disabled = true;
    try {
      const r = await api.get(`${path}?to=${readerLanguage()}`);
      if (titleEl && r.title) titleEl.textContent = r.title;
      bodyEl.replaceChildren(...richText(r[textKey] || ''));
      note.textContent = label(r);
      note.hidden = false;
      button.textContent = t('translate.original');
      showing = true;
    } catch (e) {
      note.textContent = e.message;
      note.hidden = false;
    } finally {
      button.disabled = false;
    }
  } }, t('translate.button'));
  return h('span', { class: 'translate-wrap' }, button, note);
}

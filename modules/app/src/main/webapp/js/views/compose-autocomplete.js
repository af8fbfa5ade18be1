// @ and # while writing: after "@" it offers people, after "#" topics, both from the server's
// search, as the phone keyboard's suggestion strip does in RedNote. Arrow keys and Enter pick, Escape
// closes; picking replaces the word being typed with "@handle " or "#topic ".
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { api, q } from '../api.js';

const TYPING = /(^|\s)([@#])([\p{L}\p{N}_.-]{1,30})$/u;

export function autocomplete(textarea) {
  const list = h('ul', { class: 'suggest-list', role: 'listbox', id: 'compose-suggestions', hidden: true, 'aria-label': t('compose.suggestions') });
  textarea.setAttribute('aria-autocomplete', 'list');
  textarea.setAttribute('aria-controls', list.id);
  let options = [];
  let active = -1;
  let asked = 0;
  let timer = null;

  const close = () => { list.hidden = true; options = []; active = -1; textarea.removeAttribute('aria-activedescendant'); };

  function typed() {
    const m = TYPING.exec(textarea.value.slice(0, textarea.selectionStart));
    return m ? { sign: m[2], word: m[3], start: textarea.selectionStart - m[3].length - 1 } : null;
  }

  async function lookUp() {
    const at = typed();
    if (!at) { close(); return; }
    const mine = ++asked;
    try {
      const found = at.sign === '@'
        ? (await api.get(`/search/users${q({ q: at.word, limit: 6 })}`)).items.map((p) => ({ value: p.handle, label: `@${p.handle}`, hint: p.displayName }))
        : (await api.get(`/search/topics${q({ q: at.word, limit: 6 })}`)).map((x) => ({ value: x.topic, label: `#${x.topic}`, hint: t('search.topicNotes', x.notes) }));
      if (mine !== asked) return;
      show(found, at.sign);
    } catch { close(); }
  }

  function show(found, sign) {
    options = found.map((o) => ({ ...o, sign }));
    active = options.length ? 0 : -1;
    list.replaceChildren(...options.map((o, i) => h('li', { class: `suggest-option ${i === active ? 'on' : ''}`, role: 'option', id: `suggest-${i}`,
      'aria-selected': String(i === active), dataset: { value: o.value },
      onmousedown: (e) => { e.preventDefault(); pick(i); } }, h('strong', {}, o.label), o.hint ? h('span', { class: 'muted small' }, ` ${o.hint}`) : null)));
    list.hidden = !options.length;
    if (active >= 0) textarea.setAttribute('aria-activedescendant', `suggest-${active}`);
  }

  function pick(i) {
    const at = typed();
    const o = options[i];
    if (!at || !o) return;
    const before = textarea.value.slice(0, at.start);
    const after = textarea.value.slice(textarea.selectionStart);
    const insert = `${o.sign}${o.value} `;
    textarea.value = before + insert + after;
    textarea.selectionStart = textarea.selectionEnd = before.length + insert.length;
    textarea.dispatchEvent(new Event('input'));
    close();
    textarea.focus();
  }

  function move(by) {
    if (!options.length) return;
    active = (active + by + options.length) % options.length;
    [...list.children].forEach((li, i) => { li.classList.toggle('on', i === active); li.setAttribute('aria-selected', String(i === active)); });
    textarea.setAttribute('aria-activedescendant', `suggest-${active}`);
  }

  textarea.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(lookUp, 200); });
  textarea.addEventListener('keydown', (e) => {
    if (list.hidden) return;
    if (e.key === 'ArrowDown') { e.preventDefault(); move(1); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); move(-1); }
    else if (e.key === 'Enter' || e.key === 'Tab') { e.preventDefault(); pick(active); }
    else if (e.key === 'Escape') { e.preventDefault(); close(); }
  });
  textarea.addEventListener('blur', () => setTimeout(close, 150));
  return list;
}

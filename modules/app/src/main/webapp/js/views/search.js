// Search: one box with suggestions while typing; before searching, one's history and the hot
// searches; after, tabs for notes (sort, note type, time, other language), people and topics.
import { h, clear, avatar } from '../dom.js';
import { t } from '../i18n.js';
import { api, q as query } from '../api.js';
import { go } from '../router.js';
import { noteCard, session } from './cards.js';
import { masonry } from '../masonry.js';
import { productTile } from './shop.js';
import { buyerCurrency } from '../money.js';

const SORTS = ['relevance', 'latest', 'most_liked', 'most_collected'];
const TIMES = ['any', 'day', 'week', 'half_year'];
const TYPES = ['', 'images', 'video'];

function searchHash(params) {
  return `#/search${query(params)}`;
}

export async function renderSearch(host, params) {
  const state = {
    q: params.get('q') || '', tab: params.get('tab') || 'notes', sort: params.get('sort') || 'relevance',
    type: params.get('type') || '', time: params.get('time') || 'any', cross: params.get('cross') !== 'off',
  };
  const current = (changes) => searchHash({ ...{ q: state.q, tab: state.tab, sort: state.sort === 'relevance' ? '' : state.sort,
    type: state.type, time: state.time === 'any' ? '' : state.time, cross: state.cross ? '' : 'off' }, ...changes });

  const input = h('input', { type: 'search', name: 'q', value: state.q, placeholder: t('search.placeholder'), autocomplete: 'off',
    'aria-label': t('search.placeholder'), enterkeyhint: 'search' });
  const suggestions = h('ul', { class: 'suggestions', hidden: true, role: 'listbox' });
  const form = h('form', { class: 'search-box', role: 'search', onsubmit: (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (text) go(searchHash({ q: text, tab: state.tab }));
  } }, input, h('button', { class: 'btn primary small', type: 'submit' }, t('search.go')), suggestions);
  host.append(form);
  wireSuggestions(input, suggestions);
  if (!state.q) {
    input.focus();
    await renderStart(host);
    return;
  }
  document.title = `${state.q} · ${t('brand.name')}`;
  host.append(h('nav', { class: 'feed-tabs search-tabs' }, ['notes', 'products', 'users', 'topics'].map((tab) =>
    h('a', { class: `tab ${state.tab === tab ? 'on' : ''}`, name: `tab-${tab}`, href: current({ tab }) }, t(`search.tab.${tab}`)))));
  const results = h('div', { class: 'search-results' });
  host.append(results);
  if (state.tab === 'users') await renderPeople(results, state.q);
  else if (state.tab === 'topics') await renderTopics(results, state.q);
  else if (state.tab === 'products') await renderProducts(results, state.q);
  else renderNotes(results, state, current);
}

function wireSuggestions(input, list) {
  let timer = null;
  let asked = '';
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const text = input.value.trim();
      asked = text;
      if (!text) { list.hidden = true; return; }
      const s = await api.get(`/search/suggest${query({ q: text })}`).catch(() => null);
      if (!s || asked !== text) return;
      const items = [
        ...s.terms.map((term) => h('li', {}, h('a', { class: 'suggestion', href: searchHash({ q: term }) }, '🔍 ', term))),
        ...(s.notes || []).map((n) => h('li', {}, h('a', { class: 'suggestion suggestion-note', href: `#/note/${n.id}` }, '📝 ', n.title))),
        ...s.topics.map((tp) => h('li', {}, h('a', { class: 'suggestion', href: `#/topic/${encodeURIComponent(tp.topic)}` },
          `#${tp.topic}`, h('span', { class: 'muted small' }, ` · ${t('search.topicNotes', tp.notes)}`)))),
        ...s.users.map((p) => h('li', {}, h('a', { class: 'suggestion', href: `#/u/${encodeURIComponent(p.handle)}` },
          avatar(p, 'xs'), ' ', p.displayName, h('span', { class: 'muted small' }, ` @${p.handle}`)))),
      ];
      clear(list).append(...items);
      list.hidden = items.length === 0;
    }, 180);
  });
  input.addEventListener('blur', () => setTimeout(() => { list.hidden = true; }, 200));
}

async function renderStart(host) {
  const [hot, history] = await Promise.all([api.get('/search/hot').catch(() => []),
    session.me ? api.get('/search/history').catch(() => []) : Promise.resolve([])]);
  if (history.length) {
    const section = h('section', { class: 'search-history' },
      h('div', { class: 'section-head' }, h('h2', { class: 'section-title' }, t('search.history')),
        h('button', { class: 'link', name: 'clear-history', type: 'button', onclick: async () => {
          await api.del('/search/history');
          section.remove();
        } }, t('search.clearHistory'))),
      h('div', { class: 'chips' }, history.map((term) => h('a', { class: 'chip', href: searchHash({ q: term }) }, term))));
    host.append(section);
  }
  host.append(h('section', { class: 'hot-searches' }, h('h2', { class: 'section-title' }, t('search.hot')),
    hot.length ? h('ol', { class: 'hot-list' }, hot.map((x, i) => h('li', {},
      h('span', { class: `rank ${i < 3 ? 'top' : ''}` }, String(i + 1)),
      h('a', { href: searchHash({ q: x.term }) }, x.term)))) : h('p', { class: 'muted small' }, t('search.noHot'))));
}

function renderNotes(host, state, current) {
  const chip = (key, value, label, on) => h('a', { class: `chip ${on ? 'on' : ''}`, href: current({ [key]: value }) }, label);
  host.append(h('div', { class: 'search-filters' },
    h('label', { class: 'small' }, t('search.sort'), ' ', h('select', { name: 'sort', onchange: (e) => go(current({ sort: e.target.value })) },
      SORTS.map((s) => h('option', { value: s, selected: s === state.sort }, t(`search.sort.${s}`))))),
    h('div', { class: 'chips' }, TYPES.map((ty) => chip('type', ty, t(`search.type.${ty || 'all'}`), ty === state.type))),
    h('div', { class: 'chips' }, TIMES.map((tm) => chip('time', tm === 'any' ? '' : tm, t(`search.time.${tm}`), tm === state.time))),
    h('label', { class: 'small toggle' }, h('input', { type: 'checkbox', name: 'cross', checked: state.cross,
      onchange: (e) => go(current({ cross: e.target.checked ? '' : 'off' })) }), ' ', t('search.crossLanguage'))));
  const note = h('p', { class: 'muted small translated' });
  const grid = masonry();
  const status = h('p', { class: 'muted center' }, t('common.loading'));
  const more = h('button', { class: 'load-more', hidden: true }, t('feed.more'));
  host.append(note, grid.el, status, more);
  let offset = 0;
  async function load() {
    more.hidden = true;
    const page = await api.get(`/search/notes${query({ q: state.q, sort: state.sort, type: state.type,
      time: state.time === 'any' ? '' : state.time, crossLanguage: state.cross ? '' : 'false', offset, limit: 20 })}`);
    // Say how the query was read: as pinyin for one word ("kafei" → 咖啡), and in the other language.
    if (offset === 0) {
      note.textContent = [page.readAsPinyin ? t('search.readAsPinyin', page.readAsPinyin) : null,
        page.translatedQuery ? t('search.alsoSearched', page.translatedQuery) : null].filter(Boolean).join(' · ');
    }
    page.items.forEach((c) => grid.add(noteCard(c)));
    status.textContent = grid.size() ? '' : t('search.noNotes');
    offset = page.nextOffset ?? offset;
    more.hidden = page.nextOffset == null;
  }
  more.addEventListener('click', load);
  load().catch((e) => { status.textContent = e.message; });
}

async function renderPeople(host, text) {
  const page = await api.get(`/search/users${query({ q: text, limit: 30 })}`);
  host.append(page.items.length ? h('ul', { class: 'people' }, page.items.map((p) => h('li', {},
    h('a', { class: 'person', href: `#/u/${encodeURIComponent(p.handle)}` }, avatar(p, 'md'),
      h('span', {}, h('strong', {}, p.displayName), h('span', { class: 'muted small' }, ` @${p.handle}`))))))
    : h('p', { class: 'muted center' }, t('search.noPeople')));
}

async function renderTopics(host, text) {
  const topics = await api.get(`/search/topics${query({ q: text, limit: 30 })}`);
  host.append(topics.length ? h('ul', { class: 'topic-list' }, topics.map((tp) => h('li', {},
    h('a', { href: `#/topic/${encodeURIComponent(tp.topic)}` }, h('strong', {}, `#${tp.topic}`),
      h('span', { class: 'muted small' }, ` · ${t('search.topicNotes', tp.notes)}`)))))
    : h('p', { class: 'muted center' }, t('search.noTopics')));
}

async function renderProducts(host, text) {
  const grid = h('div', { class: 'grid products' });
  const status = h('p', { class: 'muted center' }, t('common.loading'));
  const more = h('button', { class: 'load-more', hidden: true }, t('feed.more'));
  host.append(grid, status, more);
  let offset = 0;
  async function load() {
    const page = await api.get(`/search/products${query({ q: text, offset, limit: 20, currency: buyerCurrency() })}`);
    page.items.forEach((p) => grid.append(productTile(p)));
    status.textContent = grid.children.length ? '' : t('search.noProducts');
    offset = page.nextOffset ?? offset;
    more.hidden = page.nextOffset == null;
  }
  more.addEventListener('click', load);
  await load();
}

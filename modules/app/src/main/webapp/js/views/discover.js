// The home feed: "for you" (from the reader's own searches and interactions) or, by choice and
// always for minors and without consent, the non-personalised latest / popular-nearby feeds.
// Every card can say why it is there, and "not interested" takes it away.
import { h, clear, toast } from '../dom.js';
import { t } from '../i18n.js';
import { api, q } from '../api.js';
import { go } from '../router.js';
import { noteCard, session } from './cards.js';
import { masonry } from '../masonry.js';

const MODES = ['FOR_YOU', 'LATEST', 'POPULAR_NEARBY'];
const CHANNELS = ['fashion', 'beauty', 'food', 'travel', 'home', 'fitness'];

/** One reason in the reader's language: "you searched 咖啡", "you collected 3 notes on #latte". */
export function reasonText(r) {
  if (r.kind === 'CHANNEL') return t('why.CHANNEL', t(`channel.${r.value}`));
  return t(`why.${r.kind}`, r.value ?? '', r.count ?? 0);
}

export async function renderDiscover(host, query) {
  const channel = CHANNELS.includes(query?.get('channel')) ? query.get('channel') : '';
  // One row above the cards: people followed, the feed itself, its channels, and the feed's
  // settings behind one button (how it is chosen stays one tap away, as the DSA asks).
  const settings = h('div', { class: 'feed-settings', hidden: true });
  const settingsButton = h('button', { class: 'feed-settings-toggle', type: 'button', name: 'feedSettings', hidden: !!channel,
    'aria-expanded': 'false', title: t('why.modeLabel'), onclick: () => {
      settings.hidden = !settings.hidden;
      settingsButton.setAttribute('aria-expanded', String(!settings.hidden));
    } }, h('span', { class: 'sr-only' }, t('why.modeLabel')), h('span', { 'aria-hidden': 'true' }, '⚙'));
  host.append(h('div', { class: 'channel-row' }, h('nav', { class: 'channels', 'aria-label': t('channel.label') },
    session.me ? h('a', { class: 'channel following-channel', href: '#/following' }, t('nav.following')) : null,
    h('a', { class: `channel ${channel ? '' : 'on'}`, href: '#/' }, t('channel.all')),
    CHANNELS.map((c) => h('a', { class: `channel ${channel === c ? 'on' : ''}`, href: `#/?channel=${c}`, dataset: { channel: c } },
      t(`channel.${c}`)))), settingsButton));
  const modes = h('div', { class: 'chips feed-modes', role: 'radiogroup', 'aria-label': t('why.modeLabel') });
  const hint = h('p', { class: 'muted small mode-hint' });
  settings.append(modes, hint);
  const grid = masonry();
  const status = h('p', { class: 'muted center' }, t('common.loading'));
  const more = h('button', { class: 'load-more', hidden: true }, t('feed.more'));
  host.append(settings, grid.el, status, more);
  let offset = 0;

  async function load() {
    more.hidden = true;
    const feed = await api.get(`/discovery/feed${q({ offset, limit: 20, channel })}`);
    if (offset === 0 && !channel) showModes(feed);
    feed.items.forEach((item) => grid.add(card(item, feed.mode)));
    status.textContent = grid.size() ? '' : t('feed.empty');
    offset = feed.nextOffset ?? offset;
    more.hidden = feed.nextOffset == null;
  }

  function showModes(feed) {
    clear(modes).append(...MODES.map((m) => {
      const locked = m === 'FOR_YOU' && !feed.personalisationAllowed;
      return h('button', { class: `chip ${feed.mode === m ? 'on' : ''}`, type: 'button', name: `mode-${m}`, role: 'radio',
        'aria-checked': String(feed.mode === m), disabled: !session.me || locked, onclick: async () => {
          await api.put('/discovery/mode', { mode: m });
          go('#/');
        } }, t(`why.mode.${m}`));
    }));
    hint.textContent = !session.me ? t('why.signedOut') : feed.personalisationAllowed ? '' : t('why.noConsent');
  }

  more.addEventListener('click', load);
  const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && load(), { rootMargin: '600px' });
  observer.observe(more);
  await load().catch((e) => { status.textContent = e.message; });
}

function card(item, mode) {
  const el = noteCard(item.note);
  const panel = h('div', { class: 'why-panel', hidden: true },
    h('p', { class: 'why-title' }, t('why.title')),
    h('ul', { class: 'why-reasons' }, item.reasons.map((r) => h('li', { dataset: { kind: r.kind } }, reasonText(r)))),
    session.me ? h('button', { class: 'btn ghost small', name: 'not-interested', type: 'button', onclick: async (e) => {
      e.preventDefault(); e.stopPropagation();
      await api.put(`/discovery/not-interested/${item.note.id}`);
      el.remove();
      toast(t('why.dismissed'));
    } }, t('why.notInterested')) : null);
  // Why a card is here is told when asked (the ⋯ on the card), not printed under every card.
  const button = h('button', { class: `why ${mode === 'FOR_YOU' ? 'personal' : ''}`, type: 'button', name: 'why', 'aria-expanded': 'false',
    title: t('why.title'), onclick: (e) => {
      e.preventDefault(); e.stopPropagation();
      panel.hidden = !panel.hidden;
      button.setAttribute('aria-expanded', String(!panel.hidden));
    } }, h('span', { class: 'sr-only' }, t('why.title')), h('span', { 'aria-hidden': 'true' }, '⋯'));
  el.querySelector('.card-meta').append(button);
  el.querySelector('.card-body').append(panel);
  return el;
}

// Boot: language, session, shell, then one view per route.
import { h, clear, fill, toast } from './dom.js';
import { icon } from './icons.js';
import { t, setLocale, initialLocale, locale, LOCALES } from './i18n.js';
import { api } from './api.js';
import { session, loadMe, logout } from './session.js';
import { currentRoute, go } from './router.js';
import { pagedGrid } from './views/cards.js';
import { renderNote } from './views/note.js';
import { renderCompose } from './views/compose.js';
import { renderProfile, renderBoard } from './views/profile.js';
import { renderNotifications } from './views/notifications.js';
import { renderLogin, renderSignup, renderForgot, renderResetPassword, renderVerifyEmail } from './views/auth.js';
import { renderSettings } from './views/settings.js';
import { renderProduct } from './views/product.js';
import { renderShop } from './views/shop.js';
import { renderCart } from './views/cart.js';
import { renderCheckout } from './views/checkout.js';
import { renderOrders, renderOrder } from './views/orders.js';
import { renderMerchant } from './views/merchant.js';
import { renderAdminShops } from './views/admin.js';
import { renderInsights } from './views/insights.js';
import { renderCollabs, renderCollab } from './views/collabs.js';
import { renderModeration } from './views/moderation.js';
import { renderStatements } from './views/statements.js';
import { renderSearch } from './views/search.js';
import { renderDiscover } from './views/discover.js';
import { renderTransparency } from './views/transparency.js';
import { renderNotice } from './views/report.js';
import { renderPrivacy } from './views/privacy.js';
import { leave, returnTo, shown } from './place-keeper.js';

const view = document.getElementById('view');
const shell = document.getElementById('shell');
const footer = document.getElementById('footer');
let unreadTimer = null;

async function refreshUnread() {
  const badge = document.querySelector('[data-unread]');
  if (!badge) return;
  if (!session.me) { badge.hidden = true; return; }
  try {
    const { unread } = await api.get('/notifications/unread-count');
    badge.textContent = unread > 99 ? '99+' : String(unread);
    badge.hidden = unread === 0;
  } catch { /* offline for a moment; try again on the next tick */ }
}

function renderShell() {
  const route = currentRoute();
  const me = session.me;
  const navLink = (href, icon, key, extra) => h('a', { class: `nav-item ${route.name === key.split('.')[1] ? 'on' : ''}`, href },
    h('span', { class: 'nav-icon', 'aria-hidden': 'true' }, icon), h('span', { class: 'nav-label' }, t(key)), extra);
  // The language menu: English, 简体中文, 繁體中文 (each named in its own language).
  const langMenu = h('div', { class: 'lang-menu', hidden: true, role: 'menu' }, LOCALES.map((tag) =>
    h('button', { class: `lang-option ${locale() === tag ? 'on' : ''}`, type: 'button', role: 'menuitem', dataset: { locale: tag },
      onclick: async () => {
        await setLocale(tag);
        if (session.me) api.patch('/me', { locale: tag }).catch(() => {});
        render();
      } }, t(`autonym.${tag}`))));
  const langToggle = h('span', { class: 'lang-wrap' }, h('button', { class: 'lang', name: 'lang', title: t('nav.language'),
    'aria-haspopup': 'menu', onclick: () => { langMenu.hidden = !langMenu.hidden; } },
  h('span', { class: 'sr-only' }, `${t('nav.language')}: `), t(`autonym.short.${locale()}`)), langMenu);
  clear(shell).append(
    // Keyboard and screen-reader users jump past the bars straight to the page.
    h('button', { class: 'skip-link', type: 'button', onclick: () => view.focus() }, t('nav.skip')),
    h('header', { class: 'topbar' },
      h('a', { class: 'brand', href: '#/' }, h('span', { class: 'logo' }, '❀'), h('span', { class: 'brand-text' }, t('brand.name'))),
      h('nav', { class: 'feed-tabs' },
        h('a', { class: `tab ${route.name === 'home' ? 'on' : ''}`, href: '#/' }, t('nav.discover')),
        h('a', { class: `tab ${route.name === 'latest' ? 'on' : ''}`, href: '#/latest' }, t('nav.latest')),
        h('a', { class: `tab ${route.name === 'following' ? 'on' : ''}`, href: '#/following' }, t('nav.following'))),
      h('div', { class: 'top-actions' },
        h('a', { class: 'icon-link', name: 'search', href: '#/search', 'aria-label': t('search.title'), title: t('search.title') }, icon('search')),
        langToggle,
        me ? h('a', { class: 'icon-link', name: 'cart', href: '#/cart', 'aria-label': t('cart.title'), title: t('cart.title') }, icon('cart')) : null,
        me ? h('button', { class: 'btn ghost small', name: 'logout', onclick: async () => { await logout(); go('#/'); } }, t('nav.logout'))
          : h('a', { class: 'btn primary small', href: '#/login' }, t('nav.login')))),
    h('nav', { class: 'bottombar' },
      navLink('#/', '⌂', 'nav.home'),
      navLink('#/compose', '＋', 'nav.compose'),
      navLink('#/notifications', '♡', 'nav.notifications', h('span', { class: 'badge', 'data-unread': '', hidden: true })),
      navLink(me ? `#/u/${encodeURIComponent(me.handle)}` : '#/login', '☺', 'nav.me')));
  // For readers who look for the rules and for developers who build on the API.
  fill(footer, h('a', { href: '#/transparency' }, t('tr.title')), ' · ',
    h('a', { href: '/api-docs/', name: 'apiDocs' }, t('footer.apiDocs')));
}

async function render() {
  const hash = location.hash || '#/';
  const context = `${locale()}|${session.me?.id ?? ''}`;
  leave(view, hash);
  renderShell();
  const r = currentRoute();
  document.body.dataset.route = r.name;
  document.title = t('brand.name');
  const back = returnTo(view, hash, context);
  shown(hash, r.name, context);
  if (back) { refreshUnread(); return; }
  clear(view);
  window.scrollTo(0, 0);
  try {
    switch (r.name) {
      case 'home': await renderDiscover(view, r.query); break;
      case 'latest': pagedGrid(view, '/feed/latest'); break;
      case 'following':
        if (!session.me) { go('#/login?next=%23%2Ffollowing'); return; }
        pagedGrid(view, '/feed/following', 'feed.emptyFollowing'); break;
      case 'topic':
        view.append(h('h1', { class: 'page-title' }, `#${r.params[0]}`));
        pagedGrid(view, `/topics/${encodeURIComponent(r.params[0])}/notes`); break;
      case 'search': await renderSearch(view, r.query); break;
      case 'note': await renderNote(view, r.params[0]); break;
      case 'compose': await renderCompose(view, r.params[0], r.query); break;
      case 'product': await renderProduct(view, r.params[0], r.query); break;
      case 'shop': await renderShop(view, r.params[0]); break;
      case 'cart': await renderCart(view); break;
      case 'checkout': await renderCheckout(view, r.params[0]); break;
      case 'orders': await renderOrders(view); break;
      case 'order': await renderOrder(view, r.params[0]); break;
      case 'merchant': await renderMerchant(view, r.params[0], r.params[1]); break;
      case 'admin': await renderAdminShops(view, r.params[0]); break;
      case 'insights': await renderInsights(view, r.params[0], r.query, r.params[1]); break;
      case 'collabs': await renderCollabs(view); break;
      case 'collab': await renderCollab(view, r.params[0]); break;
      case 'moderation': await renderModeration(view, r.params[0], r.params[1]); break;
      case 'statements': await renderStatements(view, r.query); break;
      case 'notice': await renderNotice(view, r.params[0], r.query); break;
      case 'transparency': await renderTransparency(view, r.query); break;
      case 'privacy': await renderPrivacy(view); break;
      case 'u': await renderProfile(view, r.params[0], r.params[1]); break;
      case 'board': await renderBoard(view, r.params[0]); break;
      case 'notifications': await renderNotifications(view, refreshUnread, r.params[0]); break;
      case 'login': renderLogin(view, r.query.get('next')); break;
      case 'signup': renderSignup(view); break;
      case 'forgot': renderForgot(view); break;
      case 'reset-password': renderResetPassword(view, r.query); break;
      case 'verify-email': await renderVerifyEmail(view, r.query); break;
      case 'settings': renderSettings(view, render); break;
      default: view.append(h('p', { class: 'muted center' }, t('error.notFound')));
    }
  } catch (e) {
    view.append(h('div', { class: 'error-page' }, h('h1', {}, e.status === 404 ? t('error.notFound') : t('error.generic')),
      h('p', { class: 'muted' }, e.message), h('a', { class: 'btn ghost', href: '#/' }, t('error.home'))));
  }
  refreshUnread();
}

async function boot() {
  // The app puts the scroll position back itself (place-keeper.js); the browser must not.
  history.scrollRestoration = 'manual';
  await setLocale(initialLocale());
  try { await loadMe(); } catch (e) { toast(e.message, 'error'); }
  if (session.me?.locale && session.me.locale !== locale() && !localStorage.getItem('ng.locale')) await setLocale(session.me.locale);
  window.addEventListener('hashchange', render);
  clearInterval(unreadTimer);
  unreadTimer = setInterval(refreshUnread, 30000);
  await render();
  document.body.classList.add('ready');
}

boot();

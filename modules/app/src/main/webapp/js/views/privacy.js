// Privacy centre: consents (one switch each, with their history), a copy of your data (a ZIP
// prepared in the background, progress shown), other requests, and deleting the account.
import { h, fill, toast } from '../dom.js';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { session, requireLogin } from '../session.js';
import { go } from '../router.js';

const PURPOSES = ['PERSONALISATION', 'MARKETING', 'ANALYTICS'];

export async function renderPrivacy(host) {
  if (!requireLogin()) return;
  const consentsBox = h('section', { class: 'panel', name: 'consents' });
  const requestsBox = h('section', { class: 'panel', name: 'requests' });
  host.append(h('h1', { class: 'page-title' }, t('privacy.title')),
    h('p', { class: 'muted small' }, t('privacy.intro')), consentsBox, requestsBox, eraseBox());
  await drawConsents(consentsBox);
  await drawRequests(requestsBox);
}

async function drawConsents(box) {
  const c = await api.get('/privacy/consents');
  fill(box, h('h2', { class: 'section-title' }, t('privacy.consents')),
    h('p', { class: 'muted small' }, t('privacy.noticeVersion', c.noticeVersion)),
    PURPOSES.map((p) => {
      const input = h('input', { type: 'checkbox', name: `consent-${p}`, checked: c.current[p] });
      input.addEventListener('change', async () => {
        try {
          await api.put('/privacy/consents', { purpose: p, granted: input.checked });
          toast(input.checked ? t('privacy.given') : t('privacy.withdrawn'));
          await drawConsents(box);
        } catch (e) { toast(e.message, 'error'); }
      });
      return h('label', { class: 'consent-row' }, input, h('span', {}, h('strong', {}, t(`privacy.purpose.${p}`)),
        h('span', { class: 'muted small block' }, t(`privacy.purposeHint.${p}`))));
    }),
    h('details', { class: 'small' }, h('summary', {}, t('privacy.history')),
      h('table', { class: 'simple small' }, c.history.map((r) => h('tr', {},
        h('td', {}, new Date(r.at).toLocaleString()), h('td', {}, t(`privacy.purpose.${r.purpose}`)),
        h('td', {}, r.granted ? t('privacy.given') : t('privacy.withdrawn')), h('td', { class: 'muted' }, t(`privacy.source.${r.source}`)))))));
}

async function drawRequests(box) {
  const list = await api.get('/privacy/requests');
  const running = list.some((r) => r.status === 'RECEIVED' || r.status === 'IN_PROGRESS');
  const details = h('input', { class: 'input', name: 'correction', maxlength: '2000', placeholder: t('privacy.correctHint') });
  fill(box, h('h2', { class: 'section-title' }, t('privacy.yourData')),
    h('div', { class: 'row-start' },
      h('button', { class: 'btn primary small', name: 'exportData', disabled: running, onclick: async () => {
        try { await api.post('/privacy/requests', { kind: 'EXPORT' }); await drawRequests(box); } catch (e) { toast(e.message, 'error'); }
      } }, t('privacy.export')),
      h('button', { class: 'btn ghost small', name: 'optOut', onclick: async () => {
        await api.post('/privacy/requests', { kind: 'OPT_OUT' });
        toast(t('privacy.optedOut'));
        await renderAgain(box);
      } }, t('privacy.optOut'))),
    h('form', { class: 'row-start', onsubmit: async (e) => {
      e.preventDefault();
      try { await api.post('/privacy/requests', { kind: 'CORRECT', details: details.value }); await drawRequests(box); }
      catch (err) { toast(err.field?.('details') || err.message, 'error'); }
    } }, details, h('button', { class: 'btn ghost small', type: 'submit' }, t('privacy.askCorrection'))),
    list.length ? h('table', { class: 'simple small requests' }, list.map((r) => h('tr', { dataset: { requestId: r.id } },
      h('td', {}, t(`privacy.kind.${r.kind}`)),
      h('td', {}, r.status === 'IN_PROGRESS' || r.status === 'RECEIVED'
        ? h('progress', { max: '100', value: String(r.progress), name: 'exportProgress' }) : t(`privacy.status.${r.status}`)),
      h('td', { class: 'muted' }, t('privacy.due', new Date(r.dueAt).toLocaleDateString(), r.regime)),
      h('td', {}, r.downloadable ? h('a', { class: 'btn ghost small', name: 'download', href: `/api/v1/privacy/requests/${r.id}/download` },
        t('privacy.download')) : null)))) : null);
  if (running) setTimeout(() => { if (box.isConnected) drawRequests(box); }, 1000);
}

async function renderAgain(box) {
  const consents = box.parentElement?.querySelector('[name=consents]');
  if (consents) await drawConsents(consents);
  await drawRequests(box);
}

function eraseBox() {
  const password = h('input', { class: 'input', type: 'password', name: 'erasePassword', autocomplete: 'current-password', placeholder: t('auth.password') });
  return h('section', { class: 'panel danger-zone' }, h('h2', { class: 'section-title' }, t('privacy.delete')),
    h('p', { class: 'small' }, t('privacy.deleteExplain')),
    h('form', { class: 'row-start', onsubmit: async (e) => {
      e.preventDefault();
      if (!window.confirm(t('privacy.deleteConfirm'))) return;
      try {
        await api.post('/privacy/erasure', { password: password.value });
        session.me = null;
        toast(t('privacy.deleted'));
        go('#/');
      } catch (err) { toast(err.field?.('password') || err.message, 'error'); }
    } }, password, h('button', { class: 'btn danger small', type: 'submit', name: 'deleteAccount' }, t('privacy.deleteButton'))));
}

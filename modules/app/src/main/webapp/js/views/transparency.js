// The public transparency report for a period, and for admins the compliance dashboard:
// audit-chain verification and fake-account signals.
import { h, add, fill, toast } from '../dom.js';
import { t } from '../i18n.js';
import { api, q } from '../api.js';
import { session } from '../session.js';

export async function renderTransparency(host, query) {
  const to = query?.get('to') || new Date().toISOString().slice(0, 10);
  const from = query?.get('from') || new Date(Date.now() - 29 * 864e5).toISOString().slice(0, 10);
  const fromIn = h('input', { class: 'input', type: 'date', name: 'from', value: from });
  const toIn = h('input', { class: 'input', type: 'date', name: 'to', value: to });
  const body = h('div', { class: 'report-body' });
  const load = async () => {
    try {
      const r = await api.get(`/transparency${q({ from: fromIn.value, to: toIn.value })}`);
      fill(body,
        h('div', { class: 'kpis' },
          kpi(r.notices, t('tr.notices')), kpi(r.heldByScreening, t('tr.held')), kpi(r.decisions, t('tr.decisions')),
          kpi(`${Math.round(r.automatedDetectionShare * 100)}%`, t('tr.autoDetected')),
          kpi(`${Math.round(r.automatedDecisionShare * 100)}%`, t('tr.autoDecided')),
          kpi(r.medianHandlingHours == null ? '—' : `${r.medianHandlingHours} h`, t('tr.median')),
          kpi(r.appeals, t('tr.appeals')), kpi(r.reversals, t('tr.reversals'))),
        table(t('tr.byCategory'), r.noticesByCategory, (k) => t(`report.cat.${k}`)),
        table(t('tr.bySource'), r.noticesBySource, (k) => t(`mod.source.${k}`)),
        table(t('tr.byAction'), r.actionsByType, (k) => t(`decision.${k}`)),
        h('p', { class: 'downloads' },
          h('a', { class: 'link small', href: `/api/v1/transparency${q({ from: fromIn.value, to: toIn.value })}`, download: 'transparency.json' }, t('tr.json')),
          ' · ',
          h('a', { class: 'link small', name: 'templateZip', href: `/api/v1/transparency/template/${toIn.value.slice(0, 4)}.zip` },
            t('tr.template', toIn.value.slice(0, 4)))));
    } catch (e) { toast(e.message, 'error'); }
  };
  host.append(h('h1', { class: 'page-title' }, t('tr.title')),
    h('p', { class: 'muted small' }, t('tr.intro')),
    h('form', { class: 'period', onsubmit: (e) => { e.preventDefault(); load(); } }, fromIn, toIn,
      h('button', { class: 'btn ghost small', type: 'submit' }, t('tr.show'))), body);
  await load();
  if (session.me?.roles?.includes('ADMIN')) await adminPanels(host);
}

function kpi(value, label) {
  return h('div', { class: 'kpi' }, h('div', { class: 'kpi-value' }, String(value)), h('div', { class: 'kpi-label muted small' }, label));
}

function table(title, map, name) {
  const rows = Object.entries(map || {});
  return h('section', { class: 'panel' }, h('h3', {}, title),
    rows.length ? h('table', { class: 'simple' }, rows.map(([k, v]) => h('tr', {}, h('td', {}, name(k)), h('td', { class: 'num' }, String(v)))))
      : h('p', { class: 'muted small' }, t('tr.nothing')));
}

async function adminPanels(host) {
  const [audit, signals, requests, tdb] = await Promise.all([api.get('/admin/audit?limit=20'), api.get('/admin/abuse-signals'),
    api.get('/admin/privacy-requests'), api.get('/admin/tdb')]);
  const v = audit.verification;
  host.append(h('h2', { class: 'section-title' }, t('cd.title')),
    h('section', { class: 'panel', name: 'privacyRequests' }, h('h3', {}, t('cd.requests')),
      requests.length ? h('table', { class: 'simple small' }, requests.map((r) => h('tr', { class: r.overdue ? 'overdue' : '' },
        h('td', {}, `#${r.id}`), h('td', {}, t(`privacy.kind.${r.kind}`)), h('td', {}, `${r.regime} · ${r.regionId}`),
        h('td', {}, t(`privacy.status.${r.status}`)), h('td', {}, r.details),
        h('td', { class: 'num' }, r.overdue ? t('cd.overdue') : t('cd.daysLeft', r.daysLeft)),
        h('td', {}, h('button', { class: 'btn ghost small', onclick: async (e) => {
          await api.post(`/admin/privacy-requests/${r.id}/status`, { status: 'COMPLETED' });
          e.target.closest('tr').remove();
          toast(t('privacy.status.COMPLETED'));
        } }, t('cd.markDone'))))))
        : h('p', { class: 'muted small' }, t('tr.nothing'))),
    tdbPanel(tdb),
    h('section', { class: `panel audit ${v.intact ? 'ok' : 'broken'}`, name: 'auditPanel' },
      h('h3', {}, t('cd.audit')),
      h('p', { name: 'auditState' }, v.intact ? t('cd.intact', v.entries) : t('cd.broken', v.firstBrokenSeq)),
      h('table', { class: 'simple small' }, audit.entries.map((e) => h('tr', {},
        h('td', { class: 'mono' }, `#${e.seq}`), h('td', {}, new Date(e.at).toLocaleString()), h('td', {}, e.action), h('td', {}, e.target),
        h('td', { class: 'muted' }, e.detail))))),
    h('section', { class: 'panel' }, h('h3', {}, t('cd.signals')),
      signals.counts.length ? h('table', { class: 'simple small' }, signals.counts.map((c) => h('tr', {},
        h('td', {}, c.kind), h('td', {}, c.regionId || '—'), h('td', { class: 'num' }, String(c.count)))))
        : h('p', { class: 'muted small' }, t('tr.nothing'))));
}

// Statements of reasons on their way to the Commission's DSA Transparency Database: how many are
// where, and the ones its validator refused, with its words and a retry once they are put right.
function tdbPanel(tdb) {
  const panel = h('section', { class: 'panel', name: 'tdbPanel' });
  const draw = (s) => fill(panel, h('h3', {}, t('cd.tdb')),
    h('p', { class: 'muted small' }, s.enabled ? t('cd.tdbOn') : t('cd.tdbOff')),
    h('div', { class: 'kpis' }, ['PENDING', 'SUBMITTED', 'FAILED', 'NOT_REQUIRED'].map((k) => kpi(s.counts[k] ?? 0, t(`cd.tdb.${k}`)))),
    s.refused.length ? h('table', { class: 'simple small', name: 'tdbRefused' }, s.refused.map((r) => h('tr', {},
      h('td', { class: 'mono' }, r.puid), h('td', {}, t(`decision.${r.decision}`)), h('td', {}, r.error),
      h('td', { class: 'num' }, String(r.attempts)),
      h('td', {}, h('button', { class: 'btn ghost small', name: 'tdbRetry', onclick: async () => {
        try { draw(await api.post(`/admin/tdb/${r.statementId}/retry`, {})); toast(t('cd.tdbRetried')); } catch (e) { toast(e.message, 'error'); }
      } }, t('cd.tdbRetry'))))))
      : h('p', { class: 'muted small' }, t('cd.tdbNoneRefused')));
  draw(tdb);
  return panel;
}

// "My statements and appeals": every decision about the reader's content or account, in
// plain words, with the facts and the rule relied on, and the way to appeal it.
import { h, add, toast } from '../dom.js';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { requireLogin } from '../session.js';

export async function renderStatements(host, query) {
  if (!requireLogin()) return;
  const [statements, appeals] = await Promise.all([api.get('/statements/mine'), api.get('/appeals/mine')]);
  host.append(h('h1', { class: 'page-title' }, t('statements.title')),
    h('p', { class: 'muted small' }, t('statements.intro')));
  if (!statements.length) host.append(h('p', { class: 'muted center empty' }, t('statements.none')));
  statements.forEach((s) => host.append(statementCard(s)));
  const caseToAppeal = query?.get('appealCase');
  if (caseToAppeal) host.append(appealForm(Number(caseToAppeal), t('appeal.asNotifier')));
  const notifierAppeals = appeals.filter((a) => a.role === 'NOTIFIER');
  if (notifierAppeals.length) {
    host.append(h('h2', { class: 'section-title' }, t('appeal.mineAsNotifier')));
    notifierAppeals.forEach((a) => host.append(h('div', { class: 'panel' },
      h('p', {}, t('appeal.onCase', a.caseId), ' · ', h('span', { class: 'state-badge' }, a.outcome ? t(`appeal.outcome.${a.outcome}`) : t('appeal.pending'))),
      a.decisionNote ? h('p', { class: 'small' }, a.decisionNote) : null)));
  }
}

function statementCard(s) {
  const card = h('article', { class: `panel statement ${s.reversedAt ? 'reversed' : ''}`, dataset: { statementId: s.id } },
    h('div', { class: 'order-row-head' },
      h('strong', {}, t(`decision.${s.decision}`)),
      h('span', { class: 'muted small' }, new Date(s.createdAt).toLocaleDateString())),
    h('p', { class: 'what' }, s.whatWasDone),
    h('dl', { class: 'facts' },
      h('dt', {}, t('statements.facts')), h('dd', { name: 'facts' }, s.facts),
      h('dt', {}, t('statements.ground')), h('dd', {}, s.policyClause, s.illegalGround ? ` · ${s.illegalGround}` : ''),
      s.restrictionEnd ? [h('dt', {}, t('statements.until')), h('dd', {}, new Date(s.restrictionEnd).toLocaleString())] : null,
      h('dt', {}, t('statements.how')), h('dd', {},
        s.automatedDetection ? t('statements.detectedAuto') : t('statements.detectedReport'), ' · ',
        s.automatedDecision ? t('statements.decidedAuto') : t('statements.decidedHuman')),
      h('dt', {}, t('statements.reference')), h('dd', { class: 'mono small' }, s.puid)),
    s.reversedAt ? h('p', { class: 'reversal' }, t('statements.reversed', new Date(s.reversedAt).toLocaleDateString()), ' ', s.reversalNote) : null,
    s.appeal ? h('p', { class: 'small' }, t('appeal.yours'), ' ',
      h('span', { class: 'state-badge', name: 'appealState' }, s.appeal.outcome ? t(`appeal.outcome.${s.appeal.outcome}`) : t('appeal.pending')),
      s.appeal.decisionNote ? ` — ${s.appeal.decisionNote}` : '') : null,
    s.canAppeal ? h('p', { class: 'muted small' }, t('appeal.until', new Date(s.appealUntil).toLocaleDateString())) : null);
  if (s.canAppeal) add(card, appealForm(s.caseId));
  return card;
}

function appealForm(caseId, heading) {
  const reason = h('textarea', { class: 'input', name: 'appealReason', rows: '3', maxlength: '2000', placeholder: t('appeal.placeholder') });
  const form = h('form', { class: 'appeal-form', onsubmit: async (e) => {
    e.preventDefault();
    try {
      await api.post('/appeals', { caseId, reason: reason.value });
      toast(t('appeal.sent'));
      form.replaceWith(h('p', { class: 'small' }, h('span', { class: 'state-badge', name: 'appealState' }, t('appeal.pending'))));
    } catch (err) { toast(err.field?.('reason') || err.field?.('caseId') || err.message, 'error'); }
  } }, heading ? h('h3', {}, heading) : null, reason,
  h('button', { class: 'btn primary small', type: 'submit', name: 'sendAppeal' }, t('appeal.send')));
  return form;
}

// Moderator console: the queue in the moderator's languages, a case with its context, claim and
// decide; appeals (never one's own decisions). Optimistic locking: the form sends the version read.
import { h, add, fill, toast } from '../dom.js';
import { t } from '../i18n.js';
import { api, q } from '../api.js';
import { session, requireLogin } from '../session.js';
import { go } from '../router.js';
import { CATEGORIES } from './report.js';

const LANGS = ['zh', 'en', 'other'];
const DECISIONS = ['NO_ACTION', 'LABEL', 'DEMOTE', 'AGE_RESTRICT', 'REMOVE', 'WARN', 'SUSPEND', 'TERMINATE'];

function allowed() {
  const roles = session.me?.roles || [];
  return roles.includes('MODERATOR') || roles.includes('ADMIN');
}

export async function renderModeration(host, tab, id) {
  if (!requireLogin()) return;
  if (!allowed()) { host.append(h('p', { class: 'muted center' }, t('error.notFound'))); return; }
  if (tab === 'case') { await renderCase(host, id); return; }
  const mine = await api.get('/moderation/languages');
  host.append(h('h1', { class: 'page-title' }, t('mod.title')),
    h('nav', { class: 'tabs' },
      h('a', { class: `tab ${!tab ? 'on' : ''}`, href: '#/moderation' }, t('mod.myQueue')),
      LANGS.map((l) => h('a', { class: `tab ${tab === l ? 'on' : ''}`, href: `#/moderation/${l}`, name: `queue-${l}` }, t(`lang.${l}`))),
      h('a', { class: `tab ${tab === 'appeals' ? 'on' : ''}`, href: '#/moderation/appeals', name: 'appeals' }, t('mod.appeals'))),
    languagePicker(mine.languages));
  if (tab === 'appeals') { await renderAppeals(host); return; }
  const cases = await api.get(`/moderation/queue${q({ language: LANGS.includes(tab) ? tab : undefined })}`);
  if (!cases.length) host.append(h('p', { class: 'muted center empty' }, t('mod.empty')));
  host.append(h('div', { class: 'case-list' }, cases.map((c) => h('a', { class: 'panel case-row', href: `#/moderation/case/${c.id}`, dataset: { caseId: c.id } },
    h('div', { class: 'order-row-head' },
      h('strong', {}, t(`subject.${c.subjectKind}`), ` #${c.subjectId}`),
      h('span', { class: `state-badge prio-${c.priority}` }, t(`mod.source.${c.source}`), ' · ', t(`lang.${c.language}`))),
    h('p', { class: 'snippet' }, c.snapshot.slice(0, 160)),
    h('p', { class: 'muted small' }, c.reasons, c.claimedBy ? ` · ${c.claimedByMe ? t('mod.claimedByYou') : t('mod.claimed')}` : '')))));
}

function languagePicker(current) {
  const boxes = LANGS.map((l) => h('label', { class: 'check' }, h('input', { type: 'checkbox', value: l, checked: current.includes(l) }), t(`lang.${l}`)));
  return h('form', { class: 'lang-picker muted small', onchange: async () => {
    const languages = boxes.map((b) => b.querySelector('input')).filter((i) => i.checked).map((i) => i.value);
    if (!languages.length) return;
    await api.put('/moderation/languages', { languages });
    toast(t('mod.languagesSaved'));
  } }, h('span', {}, t('mod.iReview')), boxes);
}

async function renderCase(host, id) {
  let c = await api.get(`/moderation/cases/${id}`);
  const box = h('section', { class: 'case-view' });
  host.append(h('a', { class: 'link back', href: '#/moderation' }, `‹ ${t('mod.title')}`), box);
  const draw = () => fill(box,
    h('h1', { class: 'page-title' }, t(`subject.${c.subjectKind}`), ` #${c.subjectId}`),
    h('p', {}, h('span', { class: 'state-badge' }, t(`mod.source.${c.source}`)), ' ', h('span', { class: 'state-badge' }, t(`lang.${c.language}`)),
      c.held ? h('span', { class: 'state-badge held' }, t('mod.held')) : null,
      h('span', { class: 'muted small' }, ` ${t('mod.strikes', c.authorStrikes)}`)),
    h('p', { class: 'muted small' }, c.reasons),
    h('h3', {}, t('mod.content')),
    h('pre', { class: 'snapshot', name: 'snapshot' }, c.currentText ?? c.snapshot),
    c.subjectKind === 'NOTE' ? h('a', { class: 'link small', href: `#/note/${c.subjectId}` }, t('mod.openNote')) : null,
    c.notices.length ? [h('h3', {}, t('mod.notices', c.notices.length)), c.notices.map((n) => h('div', { class: 'notice' },
      h('strong', {}, t(`report.cat.${n.category}`)), n.trusted ? h('span', { class: 'state-badge' }, t('mod.trusted')) : null,
      h('p', { class: 'small' }, n.explanation), n.url ? h('a', { class: 'small', href: n.url, rel: 'noopener noreferrer', target: '_blank' }, n.url) : null))] : null,
    c.state === 'DECIDED' ? h('p', { class: 'decided' }, t('mod.decided', t(`decision.${c.decision}`)))
      : (c.claimedByMe ? decisionForm(c, (next) => { c = next; draw(); })
        : h('button', { class: 'btn primary', name: 'claim', onclick: async () => {
          try { c = await api.post(`/moderation/cases/${c.id}/claim`, { version: c.version }); draw(); } catch (e) { toast(e.message, 'error'); }
        } }, t('mod.claim'))));
  draw();
}

function decisionForm(c, done) {
  const decision = h('select', { class: 'input', name: 'decision' }, DECISIONS.map((d) => h('option', { value: d }, t(`decision.${d}`))));
  const facts = h('textarea', { class: 'input', name: 'facts', rows: '3', maxlength: '2000', placeholder: t('mod.factsHint') });
  const clause = h('input', { class: 'input', name: 'policyClause', maxlength: '300', placeholder: t('mod.clauseHint') });
  const law = h('input', { class: 'input', name: 'illegalGround', maxlength: '300', placeholder: t('mod.lawHint') });
  const category = h('select', { class: 'input', name: 'category' }, h('option', { value: '' }, t('mod.categoryFromNotice')),
    CATEGORIES.map((k) => h('option', { value: k }, t(`report.cat.${k}`))));
  const days = h('input', { class: 'input', name: 'suspendDays', type: 'number', min: '1', max: '365', value: '7' });
  const daysField = h('label', { class: 'field', hidden: true }, h('span', {}, t('mod.suspendDays')), days);
  decision.addEventListener('change', () => { daysField.hidden = decision.value !== 'SUSPEND'; });
  const errors = h('p', { class: 'form-errors', role: 'alert' });
  return h('form', { class: 'panel decision-form', onsubmit: async (e) => {
    e.preventDefault();
    try {
      const next = await api.post(`/moderation/cases/${c.id}/decision`, { version: c.version, decision: decision.value,
        facts: facts.value || null, policyClause: clause.value || null, illegalGround: law.value || null,
        category: category.value || null, suspendDays: decision.value === 'SUSPEND' ? Number(days.value) : null });
      toast(t('mod.saved'));
      done(next);
    } catch (err) {
      errors.textContent = (err.problem?.errors || []).map((x) => `${x.field}: ${x.message}`).join(' · ') || err.message;
    }
  } }, h('h3', {}, t('mod.decide')),
  h('label', { class: 'field' }, h('span', {}, t('mod.decision')), decision),
  h('label', { class: 'field' }, h('span', {}, t('statements.facts')), facts),
  h('label', { class: 'field' }, h('span', {}, t('statements.ground')), clause),
  h('label', { class: 'field' }, h('span', {}, t('mod.law')), law),
  h('label', { class: 'field' }, h('span', {}, t('report.category')), category),
  daysField, errors,
  h('button', { class: 'btn primary', type: 'submit', name: 'decide' }, t('mod.decide')));
}

async function renderAppeals(host) {
  const appeals = await api.get('/moderation/appeals');
  if (!appeals.length) host.append(h('p', { class: 'muted center empty' }, t('mod.noAppeals')));
  appeals.forEach((a) => {
    const note = h('textarea', { class: 'input', name: 'appealNote', rows: '2', maxlength: '1000', placeholder: t('mod.appealNoteHint') });
    const decide = (outcome) => async () => {
      try {
        await api.post(`/moderation/appeals/${a.id}/decision`, { outcome, note: note.value, version: a.version });
        toast(t(`appeal.outcome.${outcome}`));
        go('#/moderation/appeals');
      } catch (e) { toast(e.field?.('note') || e.message, 'error'); }
    };
    host.append(h('div', { class: 'panel appeal', dataset: { appealId: a.id } },
      h('div', { class: 'order-row-head' }, h('strong', {}, t('appeal.onCase', a.caseId), ' · ', t(`decision.${a.decidedCase.decision}`)),
        h('span', { class: 'state-badge' }, t(`appeal.role.${a.appellantRole}`))),
      h('pre', { class: 'snapshot' }, a.decidedCase.snapshot),
      h('p', {}, h('strong', {}, t('appeal.reason')), ' ', a.reason),
      a.youDecidedTheCase ? h('p', { class: 'muted small' }, t('mod.notYourAppeal'))
        : h('div', { class: 'ship-form' }, note,
          h('button', { class: 'btn ghost small', name: 'uphold', onclick: decide('UPHELD') }, t('mod.uphold')),
          h('button', { class: 'btn primary small', name: 'reverse', onclick: decide('REVERSED') }, t('mod.reverse')))));
  });
}

// "Report": a notice anyone can file against a note, comment, product or account. Signed-out
// people give a name and e-mail (the law asks for them) except for child-safety reports.
import { h, add, toast } from '../dom.js';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { session } from '../session.js';

export const CATEGORIES = ['SPAM', 'SCAMS_AND_FRAUD', 'FAKE_ACCOUNT', 'ILLEGAL_OR_HARMFUL_SPEECH', 'PORNOGRAPHY_OR_SEXUALIZED_CONTENT',
  'CHILD_SAFETY', 'VIOLENCE', 'SELF_HARM', 'INTELLECTUAL_PROPERTY', 'PRIVACY', 'UNSAFE_PRODUCT', 'UNDISCLOSED_ADVERTISING', 'OTHER'];

export function reportButton(subjectKind, subjectId, extraClass = '') {
  return h('button', { class: `link report ${extraClass}`, name: 'report', type: 'button', title: t('report.title'),
    onclick: () => openReport(subjectKind, subjectId) }, t('report.button'));
}

export function openReport(subjectKind, subjectId) {
  const dialog = h('dialog', { class: 'sheet report-sheet' });
  const close = () => { dialog.close(); dialog.remove(); };
  const category = h('select', { class: 'input', name: 'category' },
    CATEGORIES.map((c) => h('option', { value: c }, t(`report.cat.${c}`))));
  const explanation = h('textarea', { class: 'input', name: 'explanation', rows: '4', maxlength: '2000', placeholder: t('report.explain') });
  const url = h('input', { class: 'input', name: 'url', type: 'url', maxlength: '500', placeholder: 'https://…' });
  const name = h('input', { class: 'input', name: 'name', maxlength: '100', placeholder: t('report.name') });
  const email = h('input', { class: 'input', name: 'email', type: 'email', maxlength: '200', placeholder: t('report.email') });
  const goodFaith = h('input', { type: 'checkbox', name: 'goodFaith' });
  const errors = h('p', { class: 'form-errors', role: 'alert' });
  const signedOut = !session.me;
  const who = signedOut ? h('div', { class: 'report-who' }, h('p', { class: 'muted small' }, t('report.whoHint')), name, email) : null;
  const form = h('form', { onsubmit: async (e) => {
    e.preventDefault();
    errors.textContent = '';
    try {
      const r = await api.post('/notices', { subjectKind, subjectId: Number(subjectId), category: category.value,
        explanation: explanation.value, url: url.value || null, name: name.value || null, email: email.value || null,
        goodFaith: goodFaith.checked });
      close();
      showReceipt(r);
    } catch (err) {
      errors.textContent = (err.problem?.errors || []).map((x) => `${t(`report.field.${x.field}`)}: ${x.message}`).join(' · ') || err.message;
    }
  } },
  h('h3', {}, t('report.title')),
  h('label', { class: 'field' }, h('span', {}, t('report.category')), category),
  h('label', { class: 'field' }, h('span', {}, t('report.explanation')), explanation),
  h('label', { class: 'field' }, h('span', {}, t('report.link')), url),
  who,
  h('label', { class: 'check' }, goodFaith, t('report.goodFaith')),
  errors,
  h('div', { class: 'row-end' }, h('button', { class: 'btn ghost', type: 'button', onclick: close }, t('common.cancel')),
    h('button', { class: 'btn primary', type: 'submit', name: 'sendReport' }, t('report.send'))));
  add(dialog, form);
  document.body.append(dialog);
  dialog.showModal();
}

function showReceipt(r) {
  const dialog = h('dialog', { class: 'sheet receipt' });
  const close = () => { dialog.close(); dialog.remove(); };
  // The token rides in the fragment of the page link (never sent to a server) and in a POST body to the API.
  const link = `${location.origin}/#/notice/${r.id}?token=${encodeURIComponent(r.token)}`;
  add(dialog, h('h3', {}, t('report.thanks')),
    h('p', {}, t('report.receipt', r.id)),
    h('p', { class: 'muted small' }, t('report.followHint')),
    h('input', { class: 'input', readonly: true, value: link, name: 'receiptLink', onclick: (e) => e.target.select() }),
    r.warning ? h('p', { class: 'warning small' }, r.warning) : null,
    h('div', { class: 'row-end' }, h('button', { class: 'btn primary', onclick: close }, t('common.ok'))));
  document.body.append(dialog);
  dialog.showModal();
  toast(t('report.sent'));
}

/** A notice's receipt page: where a (possibly signed-out) notifier follows the outcome. */
export async function renderNotice(host, id, query) {
  const token = query.get('token');
  const n = token ? await api.post(`/notices/${id}/status`, { token }) : await api.get(`/notices/${id}`);
  host.append(h('section', { class: 'panel narrow' },
    h('h1', { class: 'page-title' }, t('report.receiptTitle', n.id)),
    h('p', {}, t(`report.cat.${n.category}`), ' · ', t(`subject.${n.subjectKind}`), ` #${n.subjectId}`),
    h('p', { class: 'state-line' }, h('span', { class: `state-badge outcome-${n.outcome}` }, t(`report.outcome.${n.outcome}`))),
    h('p', { class: 'muted small' }, t('report.receivedAt', new Date(n.receivedAt).toLocaleString())),
    n.canAppeal ? h('a', { class: 'btn ghost', href: `#/statements?appealCase=${n.caseId}` }, t('appeal.disagree')) : null));
}

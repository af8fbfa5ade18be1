// Brand–creator collaborations: invitations a creator accepts or declines, the brand's
// invitation form, and how the collaboration's (sponsored) notes perform.
import { h, toast } from '../dom.js';
import { t, pick, timeAgo } from '../i18n.js';
import { api, q, ApiError } from '../api.js';
import { requireLogin } from '../session.js';
import { kpis, notesTable } from './insights.js';

function collabCard(c, redraw) {
  const act = (name, label, path, cls = 'ghost') => h('button', { class: `btn ${cls} small`, name, onclick: async () => {
    try { redraw(await api.post(`/collabs/${c.id}/${path}`)); } catch (e) { toast(e.message, 'error'); }
  } }, label);
  return h('div', { class: 'panel collab', dataset: { collabId: c.id } },
    h('div', { class: 'order-row-head' },
      h('strong', {}, c.mineAsBrand ? t('collab.withCreator', c.creator.displayName) : t('collab.fromBrand', c.brandName)),
      h('span', { class: `state-badge s-${c.state.toLowerCase()}` }, t(`collab.state.${c.state}`))),
    h('p', { class: 'bio' }, c.brief),
    h('p', { class: 'muted small' }, t('collab.compensation', c.compensation), ' · ', timeAgo(c.createdAt)),
    h('div', { class: 'row-actions' },
      !c.mineAsBrand && c.state === 'INVITED' ? [act('accept', t('collab.accept'), 'accept', 'primary'), act('decline', t('collab.decline'), 'decline')] : null,
      !c.mineAsBrand && c.state === 'ACCEPTED' ? h('a', { class: 'btn primary small', name: 'postForCollab',
        href: `#/compose?collab=${c.id}${c.productIds[0] ? `&product=${c.productIds[0]}` : ''}` }, t('collab.post')) : null,
      c.state === 'ACCEPTED' ? h('a', { class: 'btn ghost small', href: `#/collab/${c.id}` }, t('collab.performance')) : null));
}

export function collabList(list, onlyAsBrand) {
  const box = h('div', {});
  const draw = () => box.replaceChildren(...list.filter((c) => !onlyAsBrand || c.mineAsBrand).map((c) => collabCard(c, (next) => {
    list[list.indexOf(c)] = next;
    draw();
  })));
  draw();
  if (!box.children.length) box.append(h('p', { class: 'muted center' }, t('collab.none')));
  return box;
}

export async function renderCollabs(host) {
  if (!requireLogin()) return;
  host.append(h('h1', { class: 'page-title' }, t('collab.title')), collabList(await api.get('/collabs'), false));
}

export async function renderCollab(host, id) {
  if (!requireLogin()) return;
  const c = await api.get(`/collabs/${id}`);
  const d = await api.get(`/collabs/${id}/insights${q({ days: 90 })}`);
  host.append(h('section', { class: 'insights' },
    h('h1', { class: 'page-title' }, t('collab.performanceOf', c.brandName, c.creator.displayName)),
    collabCard(c, () => {}), kpis(d.totals, true, d.minReadsForRates), notesTable(d.notes, true, d.minReadsForRates)));
}

/** The brand's side, inside the merchant dashboard: invite a creator with a brief and products. */
export async function brandCollabs(body, shop) {
  const products = (await api.get(`/shops/${shop.id}/products${q({ limit: 100 })}`)).items.filter((p) => p.status === 'ACTIVE');
  const handle = h('input', { class: 'input', name: 'creatorHandle', placeholder: t('collab.creatorHandle') });
  const brief = h('textarea', { class: 'input', name: 'brief', rows: '3', maxlength: '1000', placeholder: t('collab.brief') });
  const pay = h('input', { class: 'input', name: 'compensation', maxlength: '200', placeholder: t('collab.compensationPlaceholder') });
  const picks = products.map((p) => h('label', { class: 'check block' }, h('input', { type: 'checkbox', name: 'collabProduct', value: p.id }), pick(p.titleEn, p.titleZh)));
  const errors = h('div', { class: 'form-errors', role: 'alert' });
  const list = h('div', {});
  const reload = async () => list.replaceChildren(collabList(await api.get('/collabs'), true));
  body.append(h('form', { class: 'panel', onsubmit: async (e) => {
    e.preventDefault();
    errors.textContent = '';
    try {
      await api.post('/collabs', { creatorHandle: handle.value, brief: brief.value, compensation: pay.value,
        productIds: picks.map((l) => l.querySelector('input')).filter((i) => i.checked).map((i) => Number(i.value)) });
      toast(t('collab.invited'));
      handle.value = ''; brief.value = ''; pay.value = '';
      await reload();
    } catch (err) {
      if (err instanceof ApiError && err.problem.errors?.length) {
        errors.replaceChildren(...err.problem.errors.map((x) => h('p', { class: 'field-error', dataset: { field: x.field } }, `${x.field}: ${x.message}`)));
      } else errors.textContent = err.message;
    }
  } }, h('h2', { class: 'panel-title' }, t('collab.invite')), handle, brief, pay,
  picks.length ? h('div', {}, h('span', { class: 'muted small' }, t('collab.products')), picks) : null,
  errors, h('button', { class: 'btn primary small', type: 'submit', name: 'invite' }, t('collab.send'))), list);
  await reload();
}

// Admin: shop applications to approve, or to reject with a reason the applicant can act on.
import { h, toast } from '../dom.js';
import { t } from '../i18n.js';
import { api, q } from '../api.js';
import { session, requireLogin } from '../session.js';

export async function renderAdminShops(host, status = 'PENDING') {
  if (!requireLogin()) return;
  if (!session.me.roles?.includes('ADMIN')) {
    host.append(h('p', { class: 'muted center' }, t('error.notFound')));
    return;
  }
  host.append(h('h1', { class: 'page-title' }, t('admin.shops')),
    h('nav', { class: 'tabs' }, ['PENDING', 'APPROVED', 'REJECTED'].map((s) =>
      h('a', { class: `tab ${status === s ? 'on' : ''}`, href: `#/admin/${s}` }, t(`merchant.status.${s}`)))));
  const shops = await api.get(`/admin/shops${q({ status, limit: 100 })}`);
  if (!shops.length) host.append(h('p', { class: 'muted center' }, t('admin.none')));
  shops.forEach((s) => host.append(application(s)));
}

function application(s) {
  const reason = h('input', { class: 'input', name: 'reason', maxlength: '500', placeholder: t('admin.reasonPlaceholder') });
  const box = h('div', { class: 'panel', dataset: { shopId: s.id } });
  const decide = async (approve) => {
    try {
      const next = await api.post(`/admin/shops/${s.id}/decision`, { approve, reason: reason.value || null });
      box.replaceWith(application(next));
      toast(t(`merchant.status.${next.status}`));
    } catch (e) { toast(e.field?.('reason') || e.message, 'error'); }
  };
  const tr = s.trader || {};
  box.append(
    h('div', { class: 'order-row-head' }, h('strong', {}, s.name), h('span', { class: 'state-badge' }, `${s.currency} · ${t(`merchant.status.${s.status}`)}`)),
    s.description ? h('p', { class: 'small' }, s.description) : null,
    h('p', { class: 'muted small' }, [tr.legalName, tr.address, tr.contactEmail, tr.contactPhone, tr.registrationNumber].filter(Boolean).join(' · ')),
    s.decisionReason ? h('p', { class: 'small' }, t('merchant.reason', s.decisionReason)) : null,
    s.status === 'PENDING' ? h('div', { class: 'ship-form' }, reason,
      h('button', { class: 'btn primary small', name: 'approve', onclick: () => decide(true) }, t('admin.approve')),
      h('button', { class: 'btn ghost small', name: 'reject', onclick: () => decide(false) }, t('admin.reject'))) : null);
  return box;
}

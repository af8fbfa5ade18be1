// The merchant's webhooks: register HTTPS endpoints for events, see the signing secret once,
// switch endpoints off and on, and read each one's delivery log (every try's answer, the body
// sent) with a "send again" for any delivery. Admins' platform-wide endpoints use the same API
// under /admin/webhooks.
import { h, toast } from '../dom.js';
import { t, timeAgo } from '../i18n.js';
import { api, q, ApiError } from '../api.js';

const EVENTS = ['order.placed', 'order.paid', 'order.shipped', 'order.received', 'order.cancelled', 'order.refunded',
  'product.out_of_stock', 'review.posted'];
const BASE = '/shops/mine/webhooks';

export async function merchantWebhooks(body) {
  const list = h('div', { class: 'webhook-list' });
  body.append(h('p', { class: 'muted small' }, t('webhooks.intro')),
    h('p', { class: 'muted small' }, t('webhooks.signatureHelp'), ' ', h('a', { href: '/api-docs/' }, 'API')),
    endpointForm(() => draw()), list);
  async function draw() {
    const endpoints = await api.get(BASE);
    list.replaceChildren(...(endpoints.length ? endpoints.map((e) => endpointPanel(e, draw)) : [h('p', { class: 'muted' }, t('webhooks.none'))]));
  }
  await draw();
}

/** URL, note and events; on success the secret is shown once, with a copy button. */
function endpointForm(onCreated) {
  const url = h('input', { class: 'input', name: 'url', type: 'url', placeholder: 'https://erp.example.com/hooks/notegarden', required: true });
  const description = h('input', { class: 'input', name: 'description', maxlength: '200' });
  const boxes = EVENTS.map((ev) => h('label', { class: 'chip-check' },
    h('input', { type: 'checkbox', name: 'events', value: ev, checked: ev === 'order.paid' }), ' ', t(`webhooks.event.${ev}`)));
  const errors = h('div', { class: 'form-errors', role: 'alert' });
  const secret = h('div', { class: 'webhook-secret', hidden: true });
  const form = h('form', { class: 'panel webhook-form' },
    h('label', {}, t('field.url'), url), h('label', {}, t('field.description'), description),
    h('fieldset', { class: 'event-choices' }, h('legend', {}, t('field.events')), ...boxes),
    errors, h('button', { class: 'btn primary', type: 'submit', name: 'add' }, t('webhooks.add')), secret);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    errors.replaceChildren();
    try {
      const created = await api.post(BASE, { url: url.value.trim(), description: description.value.trim(),
        events: boxes.map((b) => b.querySelector('input')).filter((i) => i.checked).map((i) => i.value) });
      const code = h('code', { class: 'secret' }, created.secret);
      const copy = h('button', { class: 'btn', type: 'button', name: 'copy' }, t('webhooks.copy'));
      copy.addEventListener('click', async () => { await navigator.clipboard.writeText(created.secret); toast(t('webhooks.copied')); });
      secret.replaceChildren(h('p', {}, t('webhooks.secretOnce')), code, copy);
      secret.hidden = false;
      url.value = '';
      description.value = '';
      onCreated();
    } catch (e) {
      showErrors(errors, e);
    }
  });
  return form;
}

function showErrors(box, e) {
  if (e instanceof ApiError && e.problem.errors?.length) {
    box.replaceChildren(...e.problem.errors.map((er) => h('p', { class: 'field-error', dataset: { field: er.field } },
      `${t(`field.${er.field.replace(/\[\d+\]/g, '')}`)}: ${er.message}`)));
  } else {
    box.textContent = e.message;
  }
}

function endpointPanel(e, redraw) {
  const active = h('input', { type: 'checkbox', role: 'switch', name: 'active', checked: e.active, 'aria-label': t('webhooks.active') });
  active.addEventListener('change', async () => {
    try { await api.put(`${BASE}/${e.id}`, { url: e.url, description: e.description, events: e.events, active: active.checked }); } catch (err) { toast(err.message, 'error'); }
  });
  const remove = h('button', { class: 'btn ghost', type: 'button', name: 'remove' }, t('webhooks.remove'));
  remove.addEventListener('click', async () => {
    if (!window.confirm(t('webhooks.removeConfirm'))) return;
    try { await api.del(`${BASE}/${e.id}`); await redraw(); } catch (err) { toast(err.message, 'error'); }
  });
  const log = h('div', { class: 'webhook-log', hidden: true });
  const toggle = h('button', { class: 'btn', type: 'button', name: 'log', 'aria-expanded': 'false' }, t('webhooks.log'));
  toggle.addEventListener('click', async () => {
    log.hidden = !log.hidden;
    toggle.setAttribute('aria-expanded', String(!log.hidden));
    if (!log.hidden) { log.replaceChildren(); await deliveries(log, e.id); }
  });
  return h('section', { class: 'panel webhook', dataset: { id: e.id } },
    h('div', { class: 'row-actions' }, h('strong', { class: 'grow break' }, e.url), h('label', { class: 'switch' }, t('webhooks.active'), ' ', active)),
    e.description ? h('p', { class: 'muted small' }, e.description) : null,
    h('p', { class: 'chips' }, ...e.events.map((ev) => h('span', { class: 'chip' }, t(`webhooks.event.${ev}`))),
      h('span', { class: 'muted small' }, ` ${t('webhooks.secretEnding', e.secretEnding)}`)),
    h('div', { class: 'row-actions' }, toggle, remove), log);
}

/** One page of the log, newest first, and a button for the page before it. */
async function deliveries(log, endpointId, cursor) {
  const page = await api.get(`${BASE}/${endpointId}/deliveries${q({ cursor, limit: 20 })}`);
  if (!cursor && !page.items.length) { log.append(h('p', { class: 'muted' }, t('webhooks.noDeliveries'))); return; }
  log.append(...page.items.map((d) => deliveryRow(d, endpointId, log)));
  if (page.nextCursor) {
    const more = h('button', { class: 'btn ghost', type: 'button', name: 'more' }, t('webhooks.more'));
    more.addEventListener('click', async () => { more.remove(); await deliveries(log, endpointId, page.nextCursor); });
    log.append(more);
  }
}

function deliveryRow(d, endpointId, log) {
  const detail = h('div', { class: 'delivery-detail', hidden: true });
  const replay = h('button', { class: 'btn small', type: 'button', name: 'replay' }, t('webhooks.replay'));
  replay.addEventListener('click', async (ev) => {
    ev.stopPropagation();
    try {
      const again = await api.post(`${BASE}/${endpointId}/deliveries/${d.id}/replay`);
      toast(t('webhooks.replayed'));
      log.prepend(deliveryRow(again, endpointId, log));
    } catch (err) { toast(err.message, 'error'); }
  });
  const answer = d.lastStatus ?? (d.attempts ? t('webhooks.noAnswer') : '');
  const summary = h('div', { class: 'delivery-row', role: 'button', tabindex: '0', 'aria-expanded': 'false' },
    h('span', { class: `state-badge s-${d.state.toLowerCase()}`, dataset: { state: d.state } }, t(`webhooks.state.${d.state}`)),
    h('span', { class: 'grow' }, t(`webhooks.event.${d.eventType}`), ' ', h('span', { class: 'muted small' }, timeAgo(d.createdAt))),
    h('span', { class: 'muted small' }, `${answer} · ${t('webhooks.attempts', d.attempts)}`,
      d.nextAttemptAt ? ` · ${t('webhooks.nextTry', new Date(d.nextAttemptAt).toLocaleTimeString())}` : ''), replay);
  const open = async () => {
    detail.hidden = !detail.hidden;
    summary.setAttribute('aria-expanded', String(!detail.hidden));
    if (detail.hidden || detail.childElementCount) return;
    const full = await api.get(`${BASE}/${endpointId}/deliveries/${d.id}`);
    detail.append(h('ol', { class: 'attempts' }, ...full.attempts.map((a) => h('li', {},
      `${new Date(a.at).toLocaleString()} — ${a.status ?? t('webhooks.noAnswer')} (${a.durationMs} ms)`, a.error ? h('span', { class: 'muted small' }, ` ${a.error}`) : null))),
    h('p', { class: 'muted small' }, t('webhooks.body')), h('pre', { class: 'payload' }, JSON.stringify(JSON.parse(full.body), null, 2)));
  };
  summary.addEventListener('click', open);
  summary.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); open(); } });
  return h('div', { class: 'delivery', dataset: { id: d.id } }, summary, detail);
}

// Creator and brand dashboards: totals, a daily chart, where reads come from, every note's
// figures, and what works for this account compared with its own median. Charts are ECharts,
// served from its WebJar and loaded only on this page.
import { h } from '../dom.js';
import { t, locale } from '../i18n.js';
import { api, q } from '../api.js';
import { requireLogin, session } from '../session.js';
import { formatMoney } from '../money.js';

// Keep in step with the echarts version in the parent pom.
const ECHARTS = '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';
const PERIODS = [7, 30, 90];

const percent = (x) => new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(x);
const number = (x) => new Intl.NumberFormat(locale()).format(x);
// The viewer's own time zone: posting hours are grouped by the viewer's clock, not UTC.
const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
/** A rate, or "—" while there are too few reads for it to mean anything (the server's Dashboard.minReadsForRates). */
const rate = (value, reads, minReads) => (reads >= minReads ? percent(value) : '—');
const money = (m) => Object.entries(m || {}).map(([c, v]) => formatMoney(v, c)).join(' + ') || formatMoney(0, 'CNY');

export async function renderInsights(host, who = 'creator', query = new URLSearchParams(), noteId = null) {
  if (!requireLogin()) return;
  if (who === 'note') {
    await renderNoteInsights(host, noteId, query);
    return;
  }
  const brand = who === 'brand';
  const days = PERIODS.includes(Number(query.get('days'))) ? Number(query.get('days')) : 30;
  const d = await api.get(`/insights/${brand ? 'brand' : 'creator'}${q({ days, tz: zone() })}`);
  const isMerchant = session.me.roles?.includes('MERCHANT');
  host.append(h('section', { class: 'insights' },
    h('div', { class: 'order-row-head' },
      h('h1', { class: 'page-title' }, brand ? t('insights.brandTitle') : t('insights.creatorTitle')),
      h('a', { class: 'btn ghost small', name: 'csv', href: `/api/v1/insights/${brand ? 'brand' : 'creator'}.csv${q({ days, tz: zone() })}` }, t('insights.csv'))),
    h('nav', { class: 'tabs' },
      h('a', { class: `tab ${brand ? '' : 'on'}`, href: `#/insights/creator?days=${days}` }, t('insights.creator')),
      isMerchant ? h('a', { class: `tab ${brand ? 'on' : ''}`, href: `#/insights/brand?days=${days}` }, t('insights.brand')) : null,
      h('span', { class: 'spacer' }),
      PERIODS.map((p) => h('a', { class: `chip ${p === days ? 'on' : ''}`, href: `#/insights/${who}?days=${p}` }, t('insights.days', p)))),
    kpis(d.totals, brand, d.minReadsForRates),
    h('div', { class: 'chart-grid' },
      h('div', { class: 'panel' }, h('h2', { class: 'panel-title' }, t('insights.daily')), h('div', { class: 'chart', id: 'chart-daily' })),
      h('div', { class: 'panel' }, h('h2', { class: 'panel-title' }, t('insights.whereFrom')), h('div', { class: 'chart', id: 'chart-origin' }))),
    d.best.length || d.notes.length > 1 ? whatWorks(d) : null,
    d.byTopic.length ? topicsTable(d.byTopic, d.minReadsForRates) : null,
    notesTable(d.notes, brand, d.minReadsForRates)));
  await drawCharts(d);
}

/** One of the creator's notes, day by day. */
async function renderNoteInsights(host, noteId, query) {
  const days = PERIODS.includes(Number(query.get('days'))) ? Number(query.get('days')) : 30;
  const d = await api.get(`/insights/notes/${noteId}${q({ days, tz: zone() })}`);
  const row = d.notes[0];
  host.append(h('section', { class: 'insights' },
    h('div', { class: 'order-row-head' }, h('h1', { class: 'page-title' }, row.title),
      h('a', { class: 'btn ghost small', href: `#/note/${noteId}` }, t('insights.openNote'))),
    h('nav', { class: 'tabs' }, h('a', { class: 'tab', href: '#/insights' }, `‹ ${t('insights.creator')}`), h('span', { class: 'spacer' }),
      PERIODS.map((p) => h('a', { class: `chip ${p === days ? 'on' : ''}`, href: `#/insights/note/${noteId}?days=${p}` }, t('insights.days', p)))),
    kpis(d.totals, false, d.minReadsForRates),
    h('div', { class: 'chart-grid' },
      h('div', { class: 'panel' }, h('h2', { class: 'panel-title' }, t('insights.daily')), h('div', { class: 'chart', id: 'chart-daily' })),
      h('div', { class: 'panel' }, h('h2', { class: 'panel-title' }, t('insights.whereFrom')), h('div', { class: 'chart', id: 'chart-origin' })))));
  await drawCharts(d);
}

function topicsTable(rows, minReads) {
  return h('div', { class: 'panel table-wrap' }, h('h2', { class: 'panel-title' }, t('insights.byTopic')),
    h('table', { class: 'data-table', name: 'topics' },
      h('thead', {}, h('tr', {}, h('th', {}, t('insights.dim.topic')), ['notes', 'reads', 'engagementRate', 'productClicks', 'orders']
        .map((c) => h('th', { class: 'num' }, t(`insights.col.${c}`))))),
      h('tbody', {}, rows.slice(0, 20).map((r) => h('tr', { dataset: { topic: r.topic } },
        h('td', {}, h('a', { href: `#/topic/${encodeURIComponent(r.topic)}` }, `#${r.topic}`)),
        h('td', { class: 'num' }, number(r.notes)), h('td', { class: 'num' }, number(r.reads)),
        h('td', { class: 'num' }, rate(r.engagementRate, r.reads, minReads)), h('td', { class: 'num' }, number(r.productClicks)),
        h('td', { class: 'num' }, number(r.orders)))))));
}

export function kpis(x, brand, minReads) {
  const tile = (key, value, hint) => h('div', { class: 'kpi', dataset: { kpi: key } },
    h('span', { class: 'kpi-value' }, value), h('span', { class: 'kpi-label' }, t(`insights.${key}`)), hint ? h('span', { class: 'muted small' }, hint) : null);
  const enough = x.reads >= minReads;
  const notYet = t('insights.notEnough', number(minReads));
  return h('div', { class: 'kpis' },
    tile('reads', number(x.reads), t('insights.impressionsHint', number(x.impressions))),
    tile('engagementRate', rate(x.engagementRate, x.reads, minReads),
      enough ? t('insights.engagementHint', number(x.likes), number(x.comments), number(x.shares)) : notYet),
    tile('collects', number(x.collects)),
    brand ? null : tile('followersGained', number(x.followersGained)),
    tile('clickThroughRate', rate(x.clickThroughRate, x.reads, minReads), enough ? t('insights.clicksHint', number(x.productClicks)) : notYet),
    tile('orders', number(x.orders)),
    tile('revenue', money(x.revenueMinor)));
}

function whatWorks(d) {
  const top = d.best.slice(0, 8);
  if (!top.length) {
    return h('div', { class: 'panel what-works' }, h('h2', { class: 'panel-title' }, t('insights.whatWorks')),
      h('p', { class: 'muted small not-enough' }, t('insights.notEnough', number(d.minReadsForRates))));
  }
  // Within half a percent of the median is "as usual": neither green nor red.
  const trend = (lift) => (Math.abs(lift - 1) < 0.005 ? 'same' : lift > 1 ? 'up' : 'down');
  const mark = { same: '＝', up: '▲', down: '▼' };
  return h('div', { class: 'panel what-works' }, h('h2', { class: 'panel-title' }, t('insights.whatWorks')),
    h('p', { class: 'muted small' }, t('insights.whatWorksHint', number(d.accountMedianReads))),
    h('ul', { class: 'works' }, top.map((i) => h('li', { class: trend(i.lift) },
      h('span', { class: 'muted small' }, t(`insights.dim.${i.dimension}`)), ' ', h('strong', {}, i.group),
      h('span', { class: 'lift' }, trend(i.lift) === 'same' ? mark.same : `${mark[trend(i.lift)]} ${percent(Math.abs(i.lift - 1))}`),
      h('span', { class: 'muted small' }, t('insights.groupHint', i.notes, number(i.medianReads)))))));
}

export function notesTable(rows, brand, minReads) {
  if (!rows.length) return h('p', { class: 'muted center' }, t('insights.noNotes'));
  const cols = ['reads', 'engagementRate', 'collects', 'clickThroughRate', 'orders', 'revenue'];
  return h('div', { class: 'table-wrap' }, h('table', { class: 'data-table', name: 'notes' },
    h('thead', {}, h('tr', {}, h('th', {}, t('merchant.note')), brand ? h('th', {}, t('insights.author')) : null,
      cols.map((c) => h('th', { class: 'num' }, t(`insights.${c}`))))),
    h('tbody', {}, rows.map((r) => h('tr', { dataset: { noteId: r.noteId } },
      h('td', {}, h('a', { href: brand ? `#/note/${r.noteId}` : `#/insights/note/${r.noteId}` }, r.title)),
      brand ? h('td', {}, r.author) : null,
      h('td', { class: 'num' }, number(r.reads)), h('td', { class: 'num' }, rate(r.engagementRate, r.reads, minReads)),
      h('td', { class: 'num' }, number(r.collects)), h('td', { class: 'num' }, rate(r.clickThroughRate, r.reads, minReads)),
      h('td', { class: 'num' }, number(r.orders)), h('td', { class: 'num' }, money(r.revenueMinor)))))));
}

async function drawCharts(d) {
  const echarts = await import(ECHARTS);
  const daily = echarts.init(document.getElementById('chart-daily'));
  // A series day is a calendar date: formatted as such, it never shows as the day before west of UTC.
  const days = d.series.map((x) => new Date(`${x.day}T00:00:00Z`).toLocaleDateString(locale(),
    { month: 'short', day: 'numeric', timeZone: 'UTC' }));
  const line = (key, color) => ({ name: t(`insights.${key}`), type: 'line', smooth: true, showSymbol: false,
    data: d.series.map((x) => x[key]), itemStyle: { color } });
  daily.setOption({
    tooltip: { trigger: 'axis' }, legend: { bottom: 0 }, grid: { left: 40, right: 16, top: 16, bottom: 40 },
    xAxis: { type: 'category', data: days }, yAxis: { type: 'value', minInterval: 1 },
    series: [line('reads', '#ff2442'), line('engagements', '#f6b400'), line('followersGained', '#1d4ed8')],
  });
  const origin = echarts.init(document.getElementById('chart-origin'));
  const names = new Intl.DisplayNames([locale()], { type: 'region' });
  // Each doughnut says what it splits: regions on the left, languages on the right.
  origin.setOption({
    title: [{ text: t('insights.region'), left: '28%', top: 0, textAlign: 'center', textStyle: { fontSize: 13 } },
      { text: t('insights.locale'), left: '75%', top: 0, textAlign: 'center', textStyle: { fontSize: 13 } }],
    tooltip: { trigger: 'item' }, legend: { bottom: 0 },
    series: [
      { name: t('insights.region'), type: 'pie', radius: ['35%', '60%'], center: ['28%', '52%'],
        data: d.byRegion.map((r) => ({ name: r.key === '--' ? t('insights.unknown') : names.of(r.key), value: r.reads })) },
      { name: t('insights.locale'), type: 'pie', radius: ['35%', '60%'], center: ['75%', '52%'],
        data: d.byLocale.map((r) => ({ name: r.key === 'other' ? t('insights.locale.other') : t(`autonym.${r.key}`), value: r.reads })) },
    ],
  });
  const resize = () => { daily.resize(); origin.resize(); };
  window.addEventListener('resize', resize);
}

// A community's page (/communities/{code}): money, payments over time, broadband, CART, PAAS
// and the reconciliation of declared against computed figures, kept live.
import { downloadCsv, getJson } from './api.js';
import { barChart, COLOURS, lineChart } from './charts.js';
import { t } from './i18n.js';
import { countElement, formatCount, formatDate, formatDifference, moneyElement } from './format.js';
import { keepLive } from './live.js';
import { pageHref, setUpPage } from './page.js';
import { renderTable } from './tables.js';
import { moneyColumns, moneyRows, renderMoneyByLine } from './money.js';
import { fundingLineNames, notKnownReason, shortName, withCsvButton } from './shared.js';

const code = decodeURIComponent(window.location.pathname.split('/').filter(Boolean).pop());
const { query } = setUpPage();
const base = `/api/v1/communities/${encodeURIComponent(code)}`;
const overTime = { path: `${base}/totals/over-time`, params: { measure: 'paid', interval: 'quarter' } };

document.getElementById('back').href = pageHref('/');
withCsvButton('money-csv', () => downloadCsv('/api/v1/allocations', { communityCode: code, size: 500 }, `${code}-assegnazioni.csv`));
withCsvButton('over-time-csv', () => downloadCsv(overTime.path, { ...overTime.params, ...query }, `${code}-liquidazioni.csv`));
withCsvButton('broadband-csv', () => downloadCsv('/api/v1/broadband', { community: code, size: 500 }, `${code}-banda-larga.csv`));
withCsvButton('nal-csv', () => downloadCsv('/api/v1/nal-nodes', { community: code, size: 500 }, `${code}-nal.csv`));
withCsvButton('interpro-csv', () => downloadCsv('/api/v1/interpro-statuses', { community: code, size: 500 }, `${code}-interpro.csv`));
withCsvButton('paas-csv', () => downloadCsv('/api/v1/paas-points', { community: code, size: 500 }, `${code}-paas.csv`));
withCsvButton('reconciliation-csv', () => downloadCsv('/api/v1/declared-totals', { communityCode: code, size: 500 }, `${code}-cifre-dichiarate.csv`));

keepLive(`/api/v1/stream?community=${encodeURIComponent(code)}`, async () => {
  const [totals, perMunicipality, lineNames, paymentsOverTime] = await Promise.all([
    getJson(`${base}/totals`, query),
    getJson(`${base}/totals`, { ...query, by: 'municipality' }),
    fundingLineNames(),
    getJson(overTime.path, { ...overTime.params, ...query }),
  ]);
  renderIdentity(totals);
  renderMissingParts(totals);
  renderHeadline(totals);
  renderMoney(totals, lineNames);
  renderOverTime(paymentsOverTime);
  renderBroadband(totals, perMunicipality);
  renderCart(totals);
  renderRollout(totals);
  renderPaas(totals, perMunicipality);
  renderReconciliation(totals.reconciliation || [], lineNames);
  return totals.lastChangedAt;
});

function renderIdentity(totals) {
  const community = totals.community;
  document.title = `${community.name} — Regione Toscana`;
  document.getElementById('community-name').textContent = community.name;
  document.getElementById('community-facts').textContent = [
    t(community.kind),
    (community.provinces || []).join(', '),
    totals.population > 0
      ? t('municipalitiesCount', { count: formatCount(totals.municipalities.length), population: formatCount(totals.population) })
      : t('municipalitiesOnly', { count: formatCount((totals.municipalities || []).length) }),
  ].filter(Boolean).join(' · ');
}

// A part of the totals (money, paas, cart, broadband) is null when nothing of its kind is recorded
// for the community at the date asked: its figures show as not known, with the API's reason.
const NOTHING = {};

/** Under each section whose part of the totals is not known as a whole, the API's reason. */
function renderMissingParts(totals) {
  document.querySelectorAll('[data-missing-part]').forEach((note) => {
    const part = note.dataset.missingPart;
    const reason = totals[part] == null ? notKnownReason(totals, part) || t('notKnownReason') : '';
    note.hidden = !reason;
    note.textContent = reason && `${t('notKnown')}: ${reason}`;
  });
}

function renderHeadline(totals) {
  const money = totals.money || NOTHING;
  const paas = totals.paas || NOTHING;
  setContent('headline-assigned', moneyElement(money.assigned, notKnownReason(totals, 'money.assigned')));
  setContent('headline-paid', moneyElement(money.paid, notKnownReason(totals, 'money.paid')));
  setContent('headline-to-pay', moneyElement(money.toPay, notKnownReason(totals, 'money.toPay')));
  setContent('headline-paas-users', countElement(paas.registeredUsers, notKnownReason(totals, 'paas.registeredUsers')));
  setContent('headline-paas-accesses', countElement(paas.accesses, notKnownReason(totals, 'paas.accesses')));
  setContent('headline-flagged', formatCount((totals.reconciliation || []).filter((r) => r.flagged).length));
}

function setContent(id, content) {
  document.getElementById(id).replaceChildren(content);
}

function renderMoney(totals, lineNames) {
  const money = totals.money || NOTHING;
  renderTable(document.getElementById('table-sections'), [
    { id: 'section', label: 'section', type: 'text', value: (row) => t(row.key) },
    ...moneyColumns(totals, (row) => `money.bySection.${row.key}`),
  ], moneyRows(money.bySection));

  renderMoneyByLine(totals, lineNames, document.getElementById('chart-lines'), document.getElementById('table-lines'));

  renderTable(document.getElementById('table-categories'), [
    { id: 'category', label: 'category', type: 'text', value: (row) => t(row.key) },
    ...moneyColumns(totals, (row) => `money.byCategory.${row.key}`),
  ], moneyRows(money.byCategory));
}

function renderOverTime(series) {
  const points = series.points || [];
  document.getElementById('over-time-none').hidden = points.length > 0;
  lineChart(document.getElementById('chart-over-time'), points.map((p) => p.period), t('cumulativePaid'), points.map((p) => p.value));
  renderTable(document.getElementById('table-over-time'), [
    { id: 'period', label: 'period', type: 'text', value: (p) => p.period },
    { id: 'value', label: 'cumulativePaid', type: 'money', value: (p) => p.value },
    { id: 'change', label: 'change', type: 'money', value: (p) => p.change },
  ], points);
}

function renderBroadband(totals, perMunicipality) {
  const rows = (perMunicipality.breakdown || []).filter((slice) => slice.broadband && slice.broadband.municipalities > 0)
    .map((slice) => ({
      name: slice.name || slice.key,
      coverage: Object.keys(slice.broadband.coverage || {}).map((value) => t(value)).join(', '),
      connected: t(slice.broadband.connectedToRegionalNetwork > 0 ? 'yes' : 'no'),
      unservable: slice.broadband.unservableUsers,
    }));
  renderTable(document.getElementById('table-broadband'), [
    { id: 'municipality', label: 'municipality', type: 'text', value: (row) => row.name },
    { id: 'coverage', label: 'coverage', type: 'text', value: (row) => row.coverage },
    { id: 'connected', label: 'connectedRtrt', type: 'text', value: (row) => row.connected },
    { id: 'unservable', label: 'unservableUsers', type: 'count', value: (row) => row.unservable },
  ], rows, { sortable: true });
}

function renderCart(totals) {
  const cart = totals.cart || NOTHING;
  setContent('cart-nal-hosted', countElement(cart.nalHosted, notKnownReason(totals, 'cart.nalHosted')));
  setContent('cart-nal-users', countElement(cart.nalUsers, notKnownReason(totals, 'cart.nalUsers')));
  setContent('cart-interpro-messages', countElement(cart.interProMessages, notKnownReason(totals, 'cart.interProMessages')));
  renderTable(document.getElementById('table-interpro'), [
    { id: 'status', label: 'status', type: 'text', value: (row) => t(row.key) },
    { id: 'entities', label: 'entities', type: 'count', value: (row) => row.count },
  ], Object.entries(cart.interProByStatus || {}).map(([key, count]) => ({ key, count })));
}

function renderPaas(totals, perMunicipality) {
  const paas = totals.paas || NOTHING;
  document.getElementById('paas-partial').hidden = !paas.partial;
  setContent('paas-points', countElement(paas.points, notKnownReason(totals, 'paas.points')));
  setContent('paas-active-points', countElement(paas.activePoints, notKnownReason(totals, 'paas.activePoints')));
  const statuses = Object.entries(paas.pointsByStatus || {}).map(([key, count]) => ({ key, name: t(key), count }));
  barChart(document.getElementById('chart-paas-status'), statuses.map((s) => s.name), [
    { name: t('points'), values: statuses.map((s) => s.count), colour: COLOURS.count },
  ], { money: false });
  renderTable(document.getElementById('table-paas-status'), [
    { id: 'status', label: 'status', type: 'text', value: (row) => row.name },
    { id: 'points', label: 'points', type: 'count', value: (row) => row.count },
  ], statuses);

  const rows = (perMunicipality.breakdown || []).filter((slice) => slice.paas && slice.paas.points > 0)
    .map((slice) => ({ name: slice.name || slice.key, ...slice.paas }));
  renderTable(document.getElementById('table-paas-municipalities'), [
    { id: 'municipality', label: 'municipality', type: 'text', value: (row) => row.name },
    { id: 'points', label: 'points', type: 'count', value: (row) => row.points },
    { id: 'users', label: 'paasUsers', type: 'count', value: (row) => row.registeredUsers },
    { id: 'accesses', label: 'paasAccesses', type: 'count', value: (row) => row.accesses },
  ], rows, { sortable: true });
}

/** Telecentres, VoIP, FORe-gov and justice offices: each a line of facts, or not known; then START, SUAP and URP. */
function renderRollout(totals) {
  const rollout = totals.rollout || NOTHING;
  const facts = {
    telecentres: ['count', 'workstations', 'jobsCreated'],
    voip: ['installations', 'switchboards', 'terminals'],
    foreGov: ['adhesions', 'managersTrained', 'employeesTrained', 'expectedAdhesions', 'employeesExpected'],
    justice: ['offices', 'activeOffices', 'accesses'],
  };
  Object.entries(facts).forEach(([part, fields]) => {
    const figures = rollout[part] || NOTHING;
    fields.forEach((field) => setContent(`rollout-${part}-${field}`,
      countElement(figures[field], notKnownReason(totals, `rollout.${part}.${field}`))));
  });
  renderServiceAdhesions(totals, rollout.serviceAdhesions || NOTHING);
}

/** START, SUAP and URP: the entities of each service by status; a service nobody reported is not known. */
function renderServiceAdhesions(totals, adhesions) {
  const rows = ['start', 'suap', 'urp'].map((service) => ({ service, figures: adhesions[service] }));
  const figure = (value) => (row) => (row.figures ? value(row.figures) : null);
  const reason = (row) => notKnownReason(totals, `rollout.serviceAdhesions.${row.service}`);
  const columns = [{ id: 'service', label: 'service', type: 'text', value: (row) => row.service.toUpperCase() },
    { id: 'entities', label: 'entities', type: 'count', value: figure((f) => f.entities), reason }];
  ['PLANNED', 'JOINED', 'IN_PROGRESS', 'ACTIVE'].forEach((status) => columns.push({ id: status, label: `adhesion${status}`,
    type: 'count', value: figure((f) => f.byStatus[status] || 0), reason }));
  columns.push({ id: 'staffTrained', label: 'staffTrained', type: 'count', value: figure((f) => f.staffTrained), reason });
  renderTable(document.getElementById('table-service-adhesions'), columns, rows);
}

/** Every declared figure beside the computed one; flagged differences first. */
function renderReconciliation(entriesOfTotals, lineNames) {
  const rows = [...entriesOfTotals].sort((a, b) => Number(b.flagged) - Number(a.flagged));
  renderTable(document.getElementById('table-reconciliation'), [
    { id: 'scope', label: 'scope', type: 'text', value: (row) => t(`scope${row.scope}`) },
    { id: 'item', label: 'item', type: 'text', value: (row) => row.label || (row.fundingLine && shortName(lineNames.get(row.fundingLine) || row.fundingLine)) || t('total') },
    { id: 'declared', label: 'declared', type: 'money', value: (row) => row.declared },
    { id: 'computed', label: 'computed', type: 'money', value: (row) => row.computed,
      cell: (row) => (row.computed == null ? document.createTextNode('—') : moneyElement(row.computed)) },
    { id: 'difference', label: 'difference', type: 'money', value: (row) => row.difference,
      cell: (row) => document.createTextNode(row.difference == null ? '—' : formatDifference(row.difference)) },
    { id: 'flagged', label: 'flagged', type: 'text', value: (row) => row.flagged, cell: flagCell },
    { id: 'document', label: 'document', type: 'text', value: (row) => row.declaredSource && row.declaredSource.document },
    { id: 'documentDate', label: 'documentDate', type: 'text',
      value: (row) => row.declaredSource && row.declaredSource.documentDate && formatDate(row.declaredSource.documentDate) },
    { id: 'location', label: 'location', type: 'text', value: (row) => row.declaredSource && row.declaredSource.location },
  ], rows, { rowClass: (row) => (row.flagged ? 'flagged' : '') });
}

function flagCell(row) {
  const cell = document.createElement('span');
  cell.className = row.flagged ? 'flag' : '';
  cell.textContent = row.flagged ? `⚠ ${t('yes')}` : t('no');
  return cell;
}

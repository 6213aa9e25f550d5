// The region page (/): headline figures, the communities' table and three charts, kept live.
import { downloadCsv, getJson } from './api.js';
import { barChart, COLOURS } from './charts.js';
import { t } from './i18n.js';
import { formatCount, moneyElement } from './format.js';
import { keepLive } from './live.js';
import { pageHref, setUpPage } from './page.js';
import { renderTable } from './tables.js';
import { renderMoneyByLine, paidAndToPay } from './money.js';
import { fundingLineNames, notKnownReason, withCsvButton } from './shared.js';

const { query } = setUpPage();
const COMMUNITIES_CSV = ['/api/v1/communities/totals', 'comunita-totali.csv'];

withCsvButton('communities-csv', () => downloadCsv(COMMUNITIES_CSV[0], query, COMMUNITIES_CSV[1]));
withCsvButton('lines-csv', () => downloadCsv('/api/v1/allocations?size=500', {}, 'assegnazioni.csv'));
withCsvButton('paid-csv', () => downloadCsv(COMMUNITIES_CSV[0], query, COMMUNITIES_CSV[1]));
withCsvButton('paas-csv', () => downloadCsv(COMMUNITIES_CSV[0], query, COMMUNITIES_CSV[1]));

keepLive('/api/v1/stream', async () => {
  const [totals, lineNames] = await Promise.all([getJson('/api/v1/totals', query), fundingLineNames()]);
  renderHeadline(totals);
  renderCommunities(totals);
  renderCharts(totals, lineNames);
  return totals.lastChangedAt;
});

function renderHeadline(totals) {
  const money = totals.money || {};
  // Table 1's printed total stands beside two sums: of the communities' printed totals, and of the
  // allocations (the rows); the headline's computed figure is the latter.
  const table1Totals = (totals.reconciliation || []).filter((r) => r.scope === 'TABLE1' && !r.fundingLine);
  const table1 = table1Totals.find((r) => (r.computedFrom || '').startsWith('allocations')) || table1Totals[0] || {};
  const flagged = (totals.reconciliation || []).filter((r) => r.flagged).length
    + (totals.communities || []).reduce((sum, row) => sum + (row.flaggedDifferences || 0), 0);
  setMoney('headline-assigned', money.assigned, notKnownReason(totals, 'money.assigned'));
  setMoney('headline-paid', money.paid, notKnownReason(totals, 'money.paid'));
  setMoney('headline-to-pay', money.toPay, notKnownReason(totals, 'money.toPay'));
  setMoney('headline-table1-declared', table1.declared);
  setMoney('headline-table1-computed', table1.computed);
  document.getElementById('headline-flagged').textContent = formatCount(flagged);
}

function setMoney(id, value, reason) {
  document.getElementById(id).replaceChildren(moneyElement(value, reason));
}

/** A column of the communities' table; a row says itself why a null figure of it is not known. */
function rowColumn(id, label, type, value = (row) => row[id]) {
  return { id, label, type, value, reason: (row) => (row.notKnown || {})[id] };
}

function renderCommunities(totals) {
  const columns = [
    { id: 'name', label: 'community', type: 'text', value: (row) => row.name, cell: communityLink },
    rowColumn('provinces', 'provinces', 'text'),
    rowColumn('assigned', 'assigned', 'money'),
    rowColumn('paid', 'paid', 'money'),
    rowColumn('toPay', 'toPay', 'money'),
    rowColumn('basis', 'basis', 'text', (row) => row.basis && t(`basis${row.basis}`)),
    rowColumn('table1Declared', 'table1Declared', 'money'),
    rowColumn('table1Difference', 'table1Difference', 'money'),
    rowColumn('activePaasPoints', 'activePaasPoints', 'count'),
    rowColumn('registeredUsers', 'paasUsers', 'count'),
    rowColumn('accesses', 'paasAccesses', 'count'),
    rowColumn('connectedToRegionalNetwork', 'connected', 'count'),
    rowColumn('flaggedDifferences', 'flaggedDifferences', 'count'),
  ];
  renderTable(document.getElementById('communities-table'), columns, totals.communities || [], {
    sortable: true,
    rowClass: (row) => (row.flaggedDifferences > 0 || row.table1Flagged ? 'flagged' : ''),
  });
}

function communityLink(row) {
  const link = document.createElement('a');
  link.href = pageHref(`/communities/${encodeURIComponent(row.code)}`);
  link.textContent = row.name;
  return link;
}

function renderCharts(totals, lineNames) {
  renderMoneyByLine(totals, lineNames, document.getElementById('chart-lines'), document.getElementById('table-lines'));

  const communities = [...(totals.communities || [])].sort((a, b) => (b.assigned || 0) - (a.assigned || 0));
  barChart(document.getElementById('chart-paid'), communities.map((row) => row.name), paidAndToPay(communities), { stacked: true });
  renderTable(document.getElementById('table-paid'), [
    { id: 'name', label: 'community', type: 'text', value: (row) => row.name },
    rowColumn('assigned', 'assigned', 'money'),
    rowColumn('paid', 'paid', 'money'),
    rowColumn('toPay', 'toPay', 'money'),
  ], communities);

  const paas = [...(totals.communities || [])].sort((a, b) => (b.accesses ?? -1) - (a.accesses ?? -1));
  barChart(document.getElementById('chart-paas'), paas.map((row) => row.name), [
    { name: t('paasAccesses'), values: paas.map((row) => row.accesses), colour: COLOURS.count },
  ], { money: false });
  renderTable(document.getElementById('table-paas'), [
    { id: 'name', label: 'community', type: 'text', value: (row) => row.name },
    rowColumn('registeredUsers', 'paasUsers', 'count'),
    rowColumn('accesses', 'paasAccesses', 'count'),
  ], paas);
}

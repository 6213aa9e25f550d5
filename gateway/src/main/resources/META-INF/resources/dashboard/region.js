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
  const table1 = (totals.reconciliation || []).find((r) => r.scope === 'TABLE1' && !r.fundingLine) || {};
  const flagged = (totals.reconciliation || []).filter((r) => r.flagged).length
    + (totals.communities || []).reduce((sum, row) => sum + (row.flaggedDifferences || 0), 0);
  setMoney('headline-assigned', totals.money.assigned, notKnownReason(totals, 'money.assigned'));
  setMoney('headline-paid', totals.money.paid, notKnownReason(totals, 'money.paid'));
  setMoney('headline-to-pay', totals.money.toPay, notKnownReason(totals, 'money.toPay'));
  setMoney('headline-table1-declared', table1.declared);
  setMoney('headline-table1-computed', table1.computed);
  document.getElementById('headline-flagged').textContent = formatCount(flagged);
}

function setMoney(id, value, reason) {
  document.getElementById(id).replaceChildren(moneyElement(value, reason));
}

function renderCommunities(totals) {
  const rows = totals.communities || [];
  const has = (field) => rows.some((row) => row[field] !== undefined);
  const rowReason = (field) => (row) => notKnownReason(totals, `communities.${row.code}.${field}`);
  const columns = [
    { id: 'name', label: 'community', type: 'text', value: (row) => row.name, cell: communityLink },
    { id: 'provinces', label: 'provinces', type: 'text', value: (row) => row.provinces },
    { id: 'assigned', label: 'assigned', type: 'money', value: (row) => row.assigned, reason: rowReason('assigned') },
    { id: 'paid', label: 'paid', type: 'money', value: (row) => row.paid, reason: rowReason('paid') },
    { id: 'toPay', label: 'toPay', type: 'money', value: (row) => row.toPay, reason: rowReason('toPay') },
    has('table1Declared') && { id: 'table1Declared', label: 'table1Declared', type: 'money', value: (row) => row.table1Declared },
    has('table1Difference') && { id: 'table1Difference', label: 'table1Difference', type: 'money', value: (row) => row.table1Difference },
    has('basis') && { id: 'basis', label: 'basis', type: 'text', value: (row) => row.basis && t(`basis${row.basis}`) },
    has('activePaasPoints')
      ? { id: 'activePaasPoints', label: 'activePaasPoints', type: 'count', value: (row) => row.activePaasPoints }
      : { id: 'paasPoints', label: 'paasPoints', type: 'count', value: (row) => row.paasPoints },
    { id: 'registeredUsers', label: 'paasUsers', type: 'count', value: (row) => row.registeredUsers },
    { id: 'accesses', label: 'paasAccesses', type: 'count', value: (row) => row.accesses },
    { id: 'connected', label: 'connected', type: 'count', value: (row) => row.connectedToRegionalNetwork },
    { id: 'flagged', label: 'flaggedDifferences', type: 'count', value: (row) => row.flaggedDifferences },
  ].filter(Boolean);
  renderTable(document.getElementById('communities-table'), columns, rows, {
    sortable: true,
    rowClass: (row) => (row.flaggedDifferences > 0 ? 'flagged' : ''),
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
    { id: 'paid', label: 'paid', type: 'money', value: (row) => row.paid },
    { id: 'toPay', label: 'toPay', type: 'money', value: (row) => row.toPay },
  ], communities);

  const paas = [...(totals.communities || [])].sort((a, b) => b.accesses - a.accesses);
  barChart(document.getElementById('chart-paas'), paas.map((row) => row.name), [
    { name: t('paasAccesses'), values: paas.map((row) => row.accesses), colour: COLOURS.count },
  ], { money: false });
  renderTable(document.getElementById('table-paas'), [
    { id: 'name', label: 'community', type: 'text', value: (row) => row.name },
    { id: 'users', label: 'paasUsers', type: 'count', value: (row) => row.registeredUsers },
    { id: 'accesses', label: 'paasAccesses', type: 'count', value: (row) => row.accesses },
  ], paas);
}

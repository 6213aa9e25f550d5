// Money tables and charts both pages draw: assigned, paid and to pay per row.
import { barChart, COLOURS } from './charts.js';
import { t } from './i18n.js';
import { notKnownReason, shortName } from './shared.js';
import { renderTable } from './tables.js';

/** The rows of a {key: {assigned, paid, toPay}} map, such as money.byLine. */
export function moneyRows(map) {
  return Object.entries(map || {}).map(([key, money]) => ({ key, ...money }));
}

/** Assigned, paid and to pay columns, each with the API's reason where a figure is not known. */
export function moneyColumns(totals, pathOf) {
  return ['assigned', 'paid', 'toPay'].map((field) => ({
    id: field, label: field, type: 'money', value: (row) => row[field], reason: (row) => notKnownReason(totals, `${pathOf(row)}.${field}`),
  }));
}

/**
 * Paid and to pay, stacking up to the amount assigned; where payments are not known (a Table 1
 * line total) the amount assigned stands as a third series of its own rather than as unpaid.
 */
export function paidAndToPay(rows) {
  return [
    { name: t('paid'), values: rows.map((row) => row.paid), colour: COLOURS.paid },
    { name: t('toPay'), values: rows.map((row) => row.toPay), colour: COLOURS.toPay },
    { name: t('assignedPaymentsNotKnown'), values: rows.map((row) => (row.paid == null ? row.assigned : null)), colour: COLOURS.assigned },
  ];
}

/** Money by funding line, largest assignment first: the chart and its data table. */
export function renderMoneyByLine(totals, lineNames, chart, table) {
  const lines = moneyRows((totals.money || {}).byLine).map((line) => ({ ...line, name: lineNames.get(line.key) || line.key }))
    .sort((a, b) => (b.assigned || 0) - (a.assigned || 0));
  barChart(chart, lines.map((line) => shortName(line.name)), paidAndToPay(lines), { stacked: true, horizontal: true });
  renderTable(table, [
    { id: 'line', label: 'fundingLine', type: 'text', value: (row) => row.name },
    ...moneyColumns(totals, (row) => `money.byLine.${row.key}`),
  ], lines, { sortable: true });
}

// Charts drawn by Apache ECharts (served by the gateway from the org.webjars.npm:echarts jar),
// on canvas: no inline styles or scripts, so they work under the page's Content-Security-Policy.
// Each chart is an image for assistive technology; its figures are in the data table beside it.
import * as echarts from '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';
import { lang, t } from './i18n.js';
import { formatCount, formatMoney } from './format.js';

// Colours with at least 3:1 contrast against the white background (WCAG non-text contrast).
export const COLOURS = { assigned: '#1f4e8c', paid: '#2e7031', toPay: '#b5530a', count: '#6a3d9a' };

const charts = new Map();

function chartFor(container) {
  if (!charts.has(container)) {
    container.setAttribute('role', 'img');
    container.setAttribute('aria-label', t('chartAlt', { title: container.closest('figure').querySelector('figcaption').textContent }));
    const chart = echarts.init(container, null, { renderer: 'canvas' });
    new ResizeObserver(() => chart.resize()).observe(container);
    charts.set(container, chart);
  }
  return charts.get(container);
}

/**
 * Bars per category, one series per {name, values, colour}; stacked when asked, horizontal
 * when the category names are long. {money: true} formats the axis and tooltip as EUR.
 */
export function barChart(container, categories, series, { stacked = false, horizontal = false, money = true } = {}) {
  const format = (value) => (value === null || value === undefined ? t('notKnown') : (money ? formatMoney : formatCount)(value));
  const valueAxis = { type: 'value', axisLabel: { formatter: (value) => shortNumber(value) } };
  const categoryAxis = {
    type: 'category',
    data: categories,
    inverse: horizontal,
    axisLabel: horizontal ? { width: 150, overflow: 'truncate' } : { interval: 0, rotate: 40, width: 110, overflow: 'truncate' },
  };
  chartFor(container).setOption({
    animation: false,
    color: series.map((s) => s.colour),
    grid: { containLabel: true, left: 24, right: 24, top: 36, bottom: 8 },
    legend: { show: series.length > 1, top: 0 },
    tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: format },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: series.map((s) => ({ type: 'bar', name: s.name, data: s.values, stack: stacked ? 'total' : undefined })),
  }, true);
}

/** A cumulative line over periods. */
export function lineChart(container, periods, name, values) {
  chartFor(container).setOption({
    animation: false,
    color: [COLOURS.paid],
    grid: { containLabel: true, left: 8, right: 16, top: 16, bottom: 8 },
    tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: (value) => formatMoney(value) },
    xAxis: { type: 'category', data: periods },
    yAxis: { type: 'value', axisLabel: { formatter: (value) => shortNumber(value) } },
    series: [{ type: 'line', name, data: values, step: 'end' }],
  }, true);
}

/** 1.200.000 as "1,2 M" on an axis; the exact figure is in the data table. */
function shortNumber(value) {
  const number = (n) => n.toLocaleString(lang === 'it' ? 'it-IT' : 'en-GB', { maximumFractionDigits: 1 });
  const abs = Math.abs(value);
  if (abs >= 1e6) {
    return `${number(value / 1e6)} M`;
  }
  return abs >= 1e3 ? `${number(value / 1e3)} k` : number(value);
}

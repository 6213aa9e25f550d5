// What both pages share around their figures: labels in the page's language, the live line
// (live or not, when the data last changed) and the date picker for ?asOf=.
import { applyLabels, lang, t } from './i18n.js';
import { formatDate } from './format.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** @returns the query every read of the page carries: {asOf} when a date is picked */
export function setUpPage() {
  applyLabels();
  const params = new URLSearchParams(window.location.search);
  const asOf = ISO_DATE.test(params.get('asOf') || '') ? params.get('asOf') : '';
  document.getElementById('toolbar').append(liveLine(), asOfForm(asOf, params.get('lang')));
  return { query: asOf ? { asOf } : {} };
}

/** A link to another page of the dashboard that keeps the language and date asked for. */
export function pageHref(path) {
  const current = new URLSearchParams(window.location.search);
  const kept = new URLSearchParams();
  ['lang', 'asOf'].forEach((name) => current.get(name) && kept.set(name, current.get(name)));
  const search = kept.toString();
  return search ? `${path}?${search}` : path;
}

function liveLine() {
  const line = element('p', 'live');
  const status = element('span', 'live-status');
  status.id = 'live-status';
  status.setAttribute('role', 'status');
  const dot = element('span', 'live-dot');
  dot.setAttribute('aria-hidden', 'true');
  status.append(dot, element('span', 'live-label'));
  const lastChange = element('span', 'live-detail');
  lastChange.id = 'last-change';
  const refreshed = element('span', 'live-detail');
  refreshed.id = 'refreshed-at';
  line.append(status, lastChange, refreshed);
  return line;
}

/** A plain GET form: picking a date reloads the page with ?asOf=, "today" drops it. */
function asOfForm(asOf, language) {
  const form = element('form', 'as-of');
  form.method = 'get';
  form.action = window.location.pathname;
  const label = element('label');
  label.htmlFor = 'as-of';
  label.textContent = t('asOfLabel');
  const input = element('input');
  input.type = 'date';
  input.id = 'as-of';
  input.name = 'asOf';
  input.min = '2000-01-01';
  input.value = asOf;
  const show = element('button');
  show.type = 'submit';
  show.textContent = t('asOfApply');
  form.append(label, input);
  if (language) {
    const keep = element('input');
    keep.type = 'hidden';
    keep.name = 'lang';
    keep.value = lang;
    form.append(keep);
  }
  const today = element('a', 'as-of-today');
  today.href = language ? `${window.location.pathname}?lang=${lang}` : window.location.pathname;
  today.textContent = t('asOfToday');
  const shown = element('span', 'as-of-shown');
  shown.id = 'as-of-shown';
  shown.textContent = asOf ? t('asOfShown', { date: formatDate(asOf) }) : t('asOfLive');
  form.append(show, today, shown);
  return form;
}

function element(name, className) {
  const made = document.createElement(name);
  if (className) {
    made.className = className;
  }
  return made;
}

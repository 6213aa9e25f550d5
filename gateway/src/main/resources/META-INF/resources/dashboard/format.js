// Figures as the booklets print them: 1.111.465,10 € in Italian, €1,111,465.10 in English.
// Written by hand rather than with Intl: Italian CLDR data leaves four-digit numbers ungrouped (5000,00).
import { lang, t } from './i18n.js';

const SEPARATORS = { it: { group: '.', decimal: ',' }, en: { group: ',', decimal: '.' } };
const NBSP = '\u00a0';

function grouped(digits) {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, SEPARATORS[lang].group);
}

/** A count: 8.361 (it), 8,361 (en). */
export function formatCount(value) {
  const number = Number(value);
  return (number < 0 ? '-' : '') + grouped(String(Math.abs(Math.round(number))));
}

/** An amount in EUR with two decimals; the API sends exact two-decimal numbers. */
export function formatMoney(value) {
  const number = Number(value);
  const [whole, cents] = Math.abs(number).toFixed(2).split('.');
  const amount = grouped(whole) + SEPARATORS[lang].decimal + cents;
  const sign = number < 0 ? '-' : '';
  return lang === 'it' ? `${sign}${amount}${NBSP}€` : `${sign}€${amount}`;
}

/** A money difference with its sign: +90,10 €. */
export function formatDifference(value) {
  return (Number(value) > 0 ? '+' : '') + formatMoney(value);
}

/** An instant in local time: 19/09/2009 14:03:05 (it), 19/09/2009, 14:03:05 (en-GB). */
export function formatInstant(iso) {
  return new Date(iso).toLocaleString(lang === 'it' ? 'it-IT' : 'en-GB');
}

export function formatTime(date) {
  return date.toLocaleTimeString(lang === 'it' ? 'it-IT' : 'en-GB');
}

/** A business date (YYYY-MM-DD) as 19/09/2009. */
export function formatDate(isoDate) {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

/**
 * A figure, or "n.d." with the API's reason when it is not known at this level (null, never
 * shown as 0). The reason is a tooltip, and text for screen readers.
 */
export function figureElement(value, reason, format) {
  const element = document.createElement('span');
  if (value === null || value === undefined) {
    element.className = 'not-known';
    element.textContent = t('notKnown');
    element.title = reason || t('notKnownReason');
    const said = document.createElement('span');
    said.className = 'visually-hidden';
    said.textContent = ` (${element.title})`;
    element.append(said);
  } else {
    element.textContent = format(value);
  }
  return element;
}

export function moneyElement(value, reason) {
  return figureElement(value, reason, formatMoney);
}

export function countElement(value, reason) {
  return figureElement(value, reason, formatCount);
}

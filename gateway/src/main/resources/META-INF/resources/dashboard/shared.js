// Small helpers both pages' scripts use.
import { getJson } from './api.js';
import { showError } from './live.js';

let lineNames;

/** Funding line names by code, read once per page (they are the Table 1 rows' titles). */
export function fundingLineNames() {
  lineNames ??= getJson('/api/v1/funding-lines', { size: 500 })
    .then((page) => new Map(page.items.map((line) => [line.code, line.name])));
  return lineNames;
}

/**
 * The API's reason for a figure it reports as not known (null), by the figure's path; a figure
 * inside a part that is not known as a whole (money.paid inside a null money) takes the part's.
 */
export function notKnownReason(totals, path) {
  const reasons = totals.notKnown || {};
  for (let at = path; at; at = at.includes('.') ? at.slice(0, at.lastIndexOf('.')) : '') {
    if (reasons[at]) {
      return reasons[at];
    }
  }
  return undefined;
}

/** The booklets' line titles run to a paragraph: the part before the first dash or colon, for a chart axis. */
export function shortName(name) {
  const head = name.split(/ - |: |\s–\s/)[0];
  return head.length > 60 ? `${head.slice(0, 57)}…` : head;
}

/** Wires a "download CSV" button to the API's own CSV. */
export function withCsvButton(id, download) {
  document.getElementById(id).addEventListener('click', () => download().catch(showError));
}

// Keeps a page's figures current: subscribes to the API's server-sent events and reads the
// figures again when they change, at most once per MIN_GAP_MS so that a burst of changes (an
// ERP import) stays well inside the gateway's anonymous rate limit (20 requests/s).
import { t } from './i18n.js';
import { formatInstant, formatTime } from './format.js';

const MIN_GAP_MS = 500;

/**
 * @param streamUrl /api/v1/stream, with ?community= for one community
 * @param refresh reads and renders the figures; resolves with the totals' lastChangedAt
 */
export function keepLive(streamUrl, refresh) {
  const status = document.getElementById('live-status');
  let running = null;
  let again = false;
  let lastStart = 0;

  const show = (state, label) => {
    status.dataset.state = state;
    status.querySelector('.live-label').textContent = t(label);
  };

  async function run() {
    lastStart = Date.now();
    try {
      showChange(await refresh());
      showError(null);
    } catch (error) {
      showError(error);
    }
    running = null;
    if (again) {
      again = false;
      schedule();
    }
  }

  function schedule() {
    if (running) {
      again = true;
      return;
    }
    running = new Promise((resolve) => setTimeout(resolve, Math.max(0, lastStart + MIN_GAP_MS - Date.now())))
      .then(run);
  }

  let source = null;
  function subscribe() {
    show('connecting', 'liveConnecting');
    source = new EventSource(streamUrl);
    source.onopen = () => show('live', 'liveOn');
    source.onerror = () => show('lost', 'liveLost'); // EventSource reconnects by itself
    source.onmessage = () => schedule();
  }

  // A page left for another may stay in the browser's back/forward cache: close its stream then, so it does
  // not hold one of the client's few stream slots at the gateway, and subscribe again (and read the figures
  // that changed meanwhile) when the page is shown from that cache.
  window.addEventListener('pagehide', () => source.close());
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) {
      subscribe();
      schedule();
    }
  });
  subscribe();
  running = run();
  return running;
}

/** The page's one error line: what could not be read, or nothing. */
export function showError(error) {
  const line = document.getElementById('page-error');
  line.hidden = !error;
  line.textContent = !error ? '' : error.status === 404 ? t('notFound') : t('loadFailed', { status: error.status || error.message });
}

function showChange(lastChangedAt) {
  document.getElementById('last-change').textContent = lastChangedAt
    ? t('lastChange', { time: formatInstant(lastChangedAt) })
    : t('lastChangeNone');
  document.getElementById('refreshed-at').textContent = t('refreshedAt', { time: formatTime(new Date()) });
}

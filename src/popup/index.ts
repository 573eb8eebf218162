/**
 * Toolbar popup: the reading view of the active tab, or of `?tabId=N` (testability contract).
 */
import '../shared/use-polyfill';
import { sanitizeArticleFragment } from '../core/sanitize';
import { ext } from '../shared/browser-api';
import { keepReadOfTab, openReaderTab, requestPage, tabIdFromLocation } from '../shared/snapshot';
import { startEarlySnapshot, takeEarlySnapshot, type EarlySnapshot } from './early-snapshot';
import { startApp } from '../ui/app';
import { t } from '../ui/i18n';
import { readPage } from '../ui/read';

performance.mark('lede:start');
const tabIdFromUrl = tabIdFromLocation(location.search);
/** A real popup closes itself after handing off; a popup opened as a tab (tests) stays. */
const isRealPopup = tabIdFromUrl === null;

// Usually already under way (popup-early.js); the first load takes it, "Try again" asks afresh.
let early: EarlySnapshot | null = takeEarlySnapshot(window) ?? startEarlySnapshot(window);
const tabId = early.tabId;
/** The hand-on of the shown article to the worker (keepRead), once under way; "open in full tab" waits for it. */
let kept: Promise<unknown> = Promise.resolve();

/** Resolves after the next frame has been painted, so copying the article to the worker never delays it. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

startApp(document, {
  mode: 'popup',
  async loadSnapshot() {
    const first = early;
    early = null;
    const id = await tabId;
    if (id === null) return { ok: false, reason: 'error', message: t('errorNoTab') };
    const result = (first ? await first.snapshot : null) ?? await requestPage(id);
    // A real popup was opened by a toolbar click, which grants activeTab on any web page. A refusal
    // now (the tab's URL hidden, scripting denied) means a page the browser protects, such as a blank
    // tab: say so, rather than asking for the click the user just made.
    if (isRealPopup && !result.ok && result.reason === 'no-access') {
      return { ok: false, reason: 'restricted', message: result.message };
    }
    return result;
  },
  read: readPage,
  sanitize: (html, doc) => sanitizeArticleFragment(html, doc),
  onArticleRead(read, fingerprint) {
    // One read per click: the reader tab ("open in full tab", "Listen") and an overlay opened from here
    // ("always on this site") show this read instead of reading the page again.
    kept = Promise.all([tabId, afterPaint()]).then(([id]) => (id === null ? false : keepReadOfTab(id, fingerprint, read)));
  },
  async openFullTab(options) {
    const id = await tabId;
    if (id === null) return t('errorNoTab');
    await kept;
    const opened = await openReaderTab(id, options?.listen === true);
    if (!opened.ok) return opened.message || t('errorUnknown');
    if (isRealPopup) window.close();
    return null;
  },
  openSettings() {
    void ext().runtime.openOptionsPage();
    if (isRealPopup) window.close();
  },
});

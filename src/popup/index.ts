/**
 * Toolbar popup: the reading view of the active tab, or of `?tabId=N` (testability contract).
 */
import '../shared/use-polyfill';
import { sanitizeArticleFragment } from '../core/sanitize';
import { ext } from '../shared/browser-api';
import { openReaderTab, requestSnapshot, tabIdFromLocation } from '../shared/snapshot';
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

startApp(document, {
  mode: 'popup',
  async loadSnapshot() {
    const first = early;
    early = null;
    const id = await tabId;
    if (id === null) return { ok: false, reason: 'error', message: t('errorNoTab') };
    const result = (first ? await first.snapshot : null) ?? await requestSnapshot(id);
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
  async openFullTab(options) {
    const id = await tabId;
    if (id === null) return t('errorNoTab');
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

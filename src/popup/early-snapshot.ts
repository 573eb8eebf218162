/**
 * The popup's snapshot request, sent as early as possible. The page serializes itself in the worker's
 * executeScript while the popup is still loading its stylesheets and compiling popup.js (a quarter of
 * a megabyte), instead of after: popup-early.js (src/popup/early.ts, a few KB, first in <head>)
 * starts the request, popup.js takes it over. Without popup-early.js (tests, a failed load) popup.js
 * starts it itself: same result, later.
 */
import { ext } from '../shared/browser-api';
import type { PageLoad } from '../shared/messages';
import { requestPage, tabIdFromLocation } from '../shared/snapshot';

export interface EarlySnapshot {
  /** The tab the popup reads: `?tabId=N` (tests), else the active tab of the current window. */
  tabId: Promise<number | null>;
  /** Its first snapshot, or the popup's earlier read of the same page (null tab id: no request was made). */
  snapshot: Promise<PageLoad | null>;
}

/** A global of the popup page only (extension pages share nothing with web pages). */
const KEY = '__ledeEarlySnapshot';
type Holder = { [KEY]?: EarlySnapshot };

async function targetTabId(search: string): Promise<number | null> {
  const fromUrl = tabIdFromLocation(search);
  if (fromUrl !== null) return fromUrl;
  try {
    const [tab] = await ext().tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  } catch {
    return null;
  }
}

/** Starts the request and leaves it on `win` for popup.js. */
export function startEarlySnapshot(win: Window): EarlySnapshot {
  const tabId = targetTabId(win.location.search);
  const snapshot = tabId.then((id) => (id === null ? null : requestPage(id)));
  // Never an unhandled rejection while nobody has taken it yet (requestPage does not throw anyway).
  snapshot.catch(() => undefined);
  // When the answer reached the popup (lede:arrived), apart from when popup.js could take it
  // (lede:snapshot, src/ui/app.ts): the bench's split tells a slow round trip from a busy popup.
  snapshot.then(() => { try { win.performance.mark('lede:arrived'); } catch { /* no User Timing */ } }, () => undefined);
  const early = { tabId, snapshot };
  (win as unknown as Holder)[KEY] = early;
  return early;
}

/** The request popup-early.js started, once (a retry asks again); null when there is none. */
export function takeEarlySnapshot(win: Window): EarlySnapshot | null {
  const holder = win as unknown as Holder;
  const early = holder[KEY] ?? null;
  delete holder[KEY];
  return early;
}

/**
 * Opens and closes the automatic-mode overlay in a tab by injecting code into the extension's
 * isolated world there (shared with the content script): overlay.js to open, a one-line function to
 * close. Needs host access to the tab, which we have wherever the content script runs.
 */
import { ext } from '../shared/browser-api';

const OVERLAY_KEY_PREFIX = 'overlay:';

export async function openOverlayIn(tabId: number): Promise<boolean> {
  try {
    // Marked first: the frame asks for its snapshot as soon as it loads.
    await ext().storage.session.set({ [OVERLAY_KEY_PREFIX + tabId]: Date.now() });
    await ext().scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['overlay.js'] });
    return true;
  } catch {
    await forgetOverlay(tabId);
    return false;
  }
}

/**
 * Did the worker open an overlay in `tabId`? reader.html is web-accessible (the overlay frames it into
 * pages), so any page could frame it; only a frame in a tab where we opened the overlay gets a snapshot.
 */
export async function overlayOpenedIn(tabId: number): Promise<boolean> {
  const key = OVERLAY_KEY_PREFIX + tabId;
  const stored: Record<string, unknown> = await ext().storage.session.get(key);
  return typeof stored[key] === 'number';
}

export async function forgetOverlay(tabId: number): Promise<void> {
  await ext().storage.session.remove(OVERLAY_KEY_PREFIX + tabId).catch(() => undefined);
}

/** Runs in the page's isolated world: closes the overlay if one is open (see src/content/overlay-handle.ts). */
function closeInPage(): boolean {
  const handle = (globalThis as { __ledeOverlay?: { close(): boolean } }).__ledeOverlay;
  return handle ? handle.close() : false;
}

export async function closeOverlayIn(tabId: number): Promise<boolean> {
  await forgetOverlay(tabId);
  try {
    const [injection] = await ext().scripting.executeScript({ target: { tabId, frameIds: [0] }, func: closeInPage });
    return injection?.result === true;
  } catch {
    return false;
  }
}

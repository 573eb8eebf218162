/**
 * Opens and closes the automatic-mode overlay in a tab by injecting code into the extension's
 * isolated world there (shared with the content script): overlay.js to open, a one-line function to
 * close. Needs host access to the tab, which we have wherever the content script runs.
 */
import { ext } from '../shared/browser-api';

export async function openOverlayIn(tabId: number): Promise<boolean> {
  try {
    await ext().scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['overlay.js'] });
    return true;
  } catch {
    return false;
  }
}

/** Runs in the page's isolated world: closes the overlay if one is open (see src/content/overlay-handle.ts). */
function closeInPage(): boolean {
  const handle = (globalThis as { __ledeOverlay?: { close(): boolean } }).__ledeOverlay;
  return handle ? handle.close() : false;
}

export async function closeOverlayIn(tabId: number): Promise<boolean> {
  try {
    const [injection] = await ext().scripting.executeScript({ target: { tabId, frameIds: [0] }, func: closeInPage });
    return injection?.result === true;
  } catch {
    return false;
  }
}

/**
 * Automatic reader mode: the worker decides, per tab, from the recorded detection and the settings.
 * The overlay opens when automatic mode newly applies to an article: on a page report, or when a
 * settings change turns it on for that site. Turning it off closes nothing (the reader stays until
 * the user leaves it), and a page the user has closed the overlay on stays closed until its
 * setting turns on again or the page changes.
 */
import type { TabDetection } from '../shared/messages';
import { readSettings, shouldAutoOpen, type Settings } from '../shared/settings';
import { openOverlayIn } from './overlay-control';
import { allTabDetections, saveTabDetection } from './tab-state';

/** Should the overlay open now, given the previous decision and the new one? */
export function shouldOpenOverlay(isArticle: boolean, autoBefore: boolean, autoNow: boolean): boolean {
  return isArticle && autoNow && !autoBefore;
}

/** Decides for a freshly reported page (the previous decision belongs to the previous page: false). */
export async function decideForNewPage(tabId: number, state: TabDetection, settings?: Settings): Promise<boolean> {
  const autoNow = shouldAutoOpen(settings ?? (await readSettings()), state.url);
  await saveTabDetection(tabId, { ...state, autoOpen: autoNow });
  if (shouldOpenOverlay(state.detection.isArticle, false, autoNow)) return openOverlayIn(tabId);
  return false;
}

/** Re-decides for every known tab after a settings change. Returns the tabs where the overlay opened. */
export async function reapplySettings(settings?: Settings): Promise<number[]> {
  const current = settings ?? (await readSettings());
  const opened: number[] = [];
  for (const [tabId, state] of await allTabDetections()) {
    const autoNow = shouldAutoOpen(current, state.url);
    if (autoNow === state.autoOpen) continue;
    await saveTabDetection(tabId, { ...state, autoOpen: autoNow });
    if (shouldOpenOverlay(state.detection.isArticle, state.autoOpen, autoNow) && (await openOverlayIn(tabId))) opened.push(tabId);
  }
  return opened;
}

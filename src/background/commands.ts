/**
 * Keyboard commands. `_execute_action` (open the popup) is handled by the browser; this is
 * `toggle-site-auto`: flip automatic mode for the current site. The content script reacts to the
 * settings change by itself (storage.onChanged): it opens the reader if the page is an article.
 */
import { ext } from '../shared/browser-api';
import { normalizeHost, readSettings, setSiteMode, shouldAutoOpen, type SiteMode } from '../shared/settings';

export const TOGGLE_SITE_AUTO = 'toggle-site-auto';

/** The site rule that flips the current effective automatic mode for `url`. */
export function toggledSiteMode(autoNow: boolean): SiteMode {
  return autoNow ? 'never' : 'always';
}

export async function toggleSiteAuto(tab: { id?: number; url?: string } | undefined): Promise<SiteMode | null> {
  const api = ext();
  let target = tab;
  if (!target?.url) [target] = await api.tabs.query({ active: true, currentWindow: true });
  const url = target?.url;
  if (!url || !/^https?:/.test(url) || !normalizeHost(url)) return null;
  const mode = toggledSiteMode(shouldAutoOpen(await readSettings(), url));
  await setSiteMode(url, mode);
  if (mode === 'always' && target?.id !== undefined) await ensureContentScript(target.id);
  return mode;
}


/**
 * Injects the content script (a no-op where it already runs: it guards itself) so a site without
 * granted access gets detected — the command's activeTab grant allows it once. Its report then goes
 * through the usual automatic-mode decision, which now says 'always'.
 */
async function ensureContentScript(tabId: number): Promise<void> {
  await ext().scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['content.js'] }).catch(() => undefined);
}

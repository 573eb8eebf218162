/**
 * Registers our content script on the sites the user granted at run time (optional host
 * permissions), so detection and automatic mode work there too. The news sites are covered by the
 * manifest's content_scripts and excluded here (no double injection).
 */
import { ext } from '../shared/browser-api';

const SCRIPT_ID = 'lede-granted-sites';

/** The content script's match patterns from the manifest (generated from the site rules at build time). */
export function newsSiteMatches(): string[] {
  const manifest = ext().runtime.getManifest() as { content_scripts?: { matches?: string[] }[] };
  return manifest.content_scripts?.flatMap((script) => script.matches ?? []) ?? [];
}

/** The granted origins that are web sites and not already covered by the manifest. */
export function extraOrigins(granted: readonly string[], news: readonly string[]): string[] {
  const newsSet = new Set(news);
  return [...new Set(granted)].filter((origin) => /^(?:https?|\*):\/\//.test(origin) && !newsSet.has(origin)).sort();
}

/** Brings the registered content script in line with the granted permissions. Safe to call any time. */
export async function syncGrantedContentScripts(): Promise<string[]> {
  const api = ext();
  const news = newsSiteMatches();
  const granted = (await api.permissions.getAll()).origins ?? [];
  const matches = extraOrigins(granted, news);
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }).catch(() => []);
  if (matches.length === 0) {
    if (existing.length > 0) await api.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return [];
  }
  const script = {
    id: SCRIPT_ID,
    matches,
    excludeMatches: news.length > 0 ? news : undefined,
    js: ['content.js'],
    runAt: 'document_idle' as const,
    allFrames: false,
  };
  if (existing.length > 0) await api.scripting.updateContentScripts([script]);
  else await api.scripting.registerContentScripts([script]);
  return matches;
}

/**
 * Runs the content script in tabs already open on newly granted origins, so detection and automatic
 * mode apply there without a reload (the registered script only runs on later page loads).
 */
export async function injectIntoOpenTabs(origins: readonly string[]): Promise<number> {
  const api = ext();
  const web = origins.filter((origin) => /^(?:https?|\*):\/\//.test(origin));
  if (web.length === 0) return 0;
  const tabs = await api.tabs.query({ url: [...web] }).catch(() => []);
  let injected = 0;
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    const ok = await api.scripting
      .executeScript({ target: { tabId: tab.id, frameIds: [0] }, files: ['content.js'] })
      .then(() => true, () => false);
    if (ok) injected++;
  }
  return injected;
}

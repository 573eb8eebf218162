/**
 * Per-tab detection state, kept in storage.session (survives worker restarts, gone when the browser
 * closes), and the toolbar button that shows it: the "article here" icon, a ✓ badge and a title.
 */
import type { Detection } from '../core/types';
import { ext } from '../shared/browser-api';
import type { TabDetection } from '../shared/messages';
import { isDetection } from './validate';

const TAB_KEY_PREFIX = 'tab:';
const ICON_SIZES = [16, 32, 48, 128] as const;
const BADGE_COLOR = '#1a7f4b';

function tabKey(tabId: number): string {
  return TAB_KEY_PREFIX + tabId;
}

function iconPaths(active: boolean): Record<string, string> {
  const name = active ? 'icon-active' : 'icon';
  return Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icons/${name}-${size}.png`]));
}

function message(name: string, fallback: string): string {
  try {
    return ext().i18n.getMessage(name) || fallback;
  } catch {
    return fallback;
  }
}

function parseTabDetection(value: unknown): TabDetection | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (typeof record.url !== 'string' || typeof record.at !== 'number' || !isDetection(record.detection)) return null;
  return { url: record.url, detection: record.detection, at: record.at, autoOpen: record.autoOpen === true };
}

export async function getTabDetection(tabId: number): Promise<TabDetection | null> {
  const key = tabKey(tabId);
  const stored: Record<string, unknown> = await ext().storage.session.get(key);
  return parseTabDetection(stored[key]);
}

/** Every tab's state (after a settings change the worker re-decides automatic mode for each). */
export async function allTabDetections(): Promise<Map<number, TabDetection>> {
  const stored: Record<string, unknown> = await ext().storage.session.get(null);
  const states = new Map<number, TabDetection>();
  for (const [key, value] of Object.entries(stored)) {
    if (!key.startsWith(TAB_KEY_PREFIX)) continue;
    const state = parseTabDetection(value);
    const tabId = Number(key.slice(TAB_KEY_PREFIX.length));
    if (state && Number.isInteger(tabId)) states.set(tabId, state);
  }
  return states;
}

export async function saveTabDetection(tabId: number, state: TabDetection): Promise<void> {
  await ext().storage.session.set({ [tabKey(tabId)]: state });
}

/** Records what the content script found (automatic mode not decided yet) and updates the toolbar button. */
export async function recordDetection(tabId: number, url: string, detection: Detection): Promise<TabDetection> {
  const state: TabDetection = { url, detection, at: Date.now(), autoOpen: false };
  await saveTabDetection(tabId, state);
  await showOnToolbar(tabId, detection.isArticle);
  return state;
}

/** Moves a tab's state to its replacement (prerendering swaps tab ids) and shows it on the new tab's button. */
export async function moveTabDetection(fromTabId: number, toTabId: number): Promise<void> {
  const state = await getTabDetection(fromTabId);
  // The popup's read (read:<id>) was of the replaced document: it is not carried over.
  await ext().storage.session.remove([tabKey(fromTabId), `overlay:${fromTabId}`, `read:${fromTabId}`]);
  if (!state) return;
  await saveTabDetection(toTabId, state);
  await showOnToolbar(toTabId, state.detection.isArticle);
}

/** Forgets a tab (closed, or navigated to another document), with the popup's read of it (kept-reads.ts). */
export async function clearTabDetection(tabId: number, resetButton: boolean): Promise<void> {
  await ext().storage.session.remove([tabKey(tabId), `overlay:${tabId}`, `read:${tabId}`]);
  if (resetButton) await showOnToolbar(tabId, false);
}

/** Sets the tab's toolbar icon, badge and title. Errors (tab gone) are ignored. */
export async function showOnToolbar(tabId: number, articleHere: boolean): Promise<void> {
  const action = ext().action;
  const title = articleHere
    ? message('actionTitleArticle', 'Lede: article on this page — open the reading view')
    : message('actionTitle', 'Lede');
  await Promise.all([
    settle(() => action.setIcon({ tabId, path: iconPaths(articleHere) })),
    settle(() => action.setBadgeText({ tabId, text: articleHere ? '✓' : '' })),
    articleHere ? settle(() => action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR })) : undefined,
    settle(() => action.setTitle({ tabId, title })),
  ]);
}

/** Runs one toolbar call, ignoring its failure (tab closed meanwhile, API missing): the rest still apply. */
async function settle(call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch {
    // ignored on purpose
  }
}

/**
 * A tab started loading a document. Keeps the state when the URL is the one already reported (a
 * same-document update), otherwise drops it; the content script reports again at document_idle.
 */
export async function onTabLoading(tabId: number, newUrl: string | undefined): Promise<void> {
  const current = await getTabDetection(tabId);
  if (!current) return;
  if (newUrl !== undefined && newUrl === current.url) return;
  await clearTabDetection(tabId, true);
}

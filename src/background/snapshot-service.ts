/**
 * Takes a snapshot of a tab for the UI by injecting the serializer with scripting.executeScript
 * (host access on the news and granted sites; activeTab on any page after a toolbar click). Pages the browser protects get 'restricted' without trying.
 */
import { ext } from '../shared/browser-api';
import { errorText, MAX_SNAPSHOT_CHARS, MAX_TEXT_NODE_CHARS, type SnapshotResult } from '../shared/messages';
import { restrictedKind, type RestrictedKind } from '../shared/restricted-url';
import { serializeDocument } from '../shared/serialize-page';
import { DEFAULT_MAX_ELEMENTS } from '../core/extract/budget';
import { isSnapshotResult } from './validate';

const RESTRICTED_TEXT: Record<RestrictedKind, string> = {
  'browser-page': 'Browser pages cannot be read by extensions.',
  'extension-page': 'Extension pages cannot be read.',
  'web-store': 'The browser does not let extensions read the add-on store.',
  pdf: 'PDF documents open in the browser’s PDF viewer, which extensions cannot read.',
  'file-no-access': 'Allow access to file URLs for Lede in the browser’s extension settings to read local files.',
  'unsupported-scheme': 'Lede reads web pages (http and https) only.',
};

function restricted(kind: RestrictedKind): SnapshotResult {
  return { ok: false, reason: 'restricted', message: RESTRICTED_TEXT[kind] };
}

async function fileAccessAllowed(): Promise<boolean> {
  try {
    return await ext().extension.isAllowedFileSchemeAccess();
  } catch {
    return false;
  }
}

/** Error texts of executeScript that mean "the browser forbids this page" (Chrome and Firefox wording). */
const RESTRICTED_ERRORS = /chrome:\/\/|edge:\/\/|about:|extensions gallery|cannot be scripted|chrome-extension:|moz-extension:|file:\/\/|view-source/i;
const NO_ACCESS_ERRORS = /permission|cannot access contents|missing host/i;

/** Snapshot of `tabId` (top frame), capped at MAX_SNAPSHOT_CHARS. Never throws. */
export async function snapshotTab(tabId: number): Promise<SnapshotResult> {
  const api = ext();
  let url: string | undefined;
  try {
    const tab = await api.tabs.get(tabId);
    // tab.url is only visible with host access or activeTab; without it we learn from executeScript's error.
    url = tab.url || undefined;
  } catch (error) {
    return { ok: false, reason: 'error', message: `No such tab (${errorText(error)}).` };
  }
  if (url !== undefined) {
    const kind = restrictedKind(url, { fileAccess: url.startsWith('file:') ? await fileAccessAllowed() : false });
    if (kind) return restricted(kind);
  }
  // The serializer is injected, never shipped in the content script: we have host access wherever the
  // content script runs, and activeTab after a toolbar click everywhere else.
  try {
    const [injection] = await api.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: serializeDocument,
      // The extractor refuses pages over its element budget: refuse them before carrying them over.
      args: [MAX_SNAPSHOT_CHARS, MAX_TEXT_NODE_CHARS, DEFAULT_MAX_ELEMENTS],
    });
    const result: unknown = injection?.result;
    if (isSnapshotResult(result)) return result;
    return { ok: false, reason: 'error', message: 'The page did not answer.' };
  } catch (error) {
    const text = errorText(error);
    if (RESTRICTED_ERRORS.test(text)) return { ok: false, reason: 'restricted', message: text };
    if (NO_ACCESS_ERRORS.test(text)) return { ok: false, reason: 'no-access', message: text };
    return { ok: false, reason: 'error', message: text };
  }
}

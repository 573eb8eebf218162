/**
 * What the UI (popup, reader tab, overlay frame) calls to get the page to read. The page itself is
 * never parsed in the page: the worker returns a serialized snapshot which the caller parses with
 * DOMParser (see EXTENSION.md "Where parsing happens").
 */
import { errorText, sendToWorker, type PageFingerprint, type PageLoad, type ReadPage, type SnapshotResult } from './messages';

export type { PageLoad, PageSnapshot, ReadPage, SnapshotFailureReason, SnapshotResult } from './messages';

/** Snapshot of tab `tabId`. Never throws: failures come back as `{ok: false, reason, message}`. */
export async function requestSnapshot(tabId: number): Promise<SnapshotResult> {
  try {
    return await sendToWorker('getSnapshot', { tabId });
  } catch (error) {
    return { ok: false, reason: 'error', message: errorText(error) };
  }
}

/**
 * The page of tab `tabId` to show in the popup: its own earlier read of it when the page has not
 * changed since, else a snapshot. Never throws.
 */
export async function requestPage(tabId: number): Promise<PageLoad> {
  try {
    return await sendToWorker('getPage', { tabId });
  } catch (error) {
    return { ok: false, reason: 'error', message: errorText(error) };
  }
}

/**
 * The page of the tab this view is framed in (the overlay): the popup's read of it when it still
 * matches the page, else a snapshot. Never throws.
 */
export async function requestFramingPage(): Promise<PageLoad> {
  try {
    return await sendToWorker('getSnapshotForSender', {});
  } catch (error) {
    return { ok: false, reason: 'error', message: errorText(error) };
  }
}

/**
 * Leaves the popup's read of tab `tabId` (in the page state `fingerprint`) with the worker for the
 * reader tab and the overlay. Never throws: at worst they read the page themselves.
 */
export async function keepReadOfTab(tabId: number, fingerprint: PageFingerprint, read: ReadPage): Promise<boolean> {
  try {
    return (await sendToWorker('keepRead', { tabId, fingerprint, read })).kept;
  } catch {
    return false;
  }
}

/** The page handed to a reader tab opened with reader.html?handoff=<token>. Never throws. */
export async function requestHandoff(token: string): Promise<PageLoad> {
  try {
    return await sendToWorker('getHandoff', { token });
  } catch (error) {
    return { ok: false, reason: 'error', message: errorText(error) };
  }
}

/**
 * Opens the full-tab reader for tab `tabId` (the worker hands over the popup's read of it, or a
 * fresh snapshot when there is none that still matches the page); `listen`
 * makes the reader start reading aloud.
 */
export async function openReaderTab(tabId: number, listen = false): Promise<{ ok: true; token: string } | Extract<SnapshotResult, { ok: false }>> {
  try {
    return await sendToWorker('openReaderTab', listen ? { tabId, listen } : { tabId });
  } catch (error) {
    return { ok: false, reason: 'error', message: errorText(error) };
  }
}

/** Asks the worker to close the overlay this frame is shown in (Esc / exit button in overlay mode). */
export async function closeOverlayFromFrame(): Promise<void> {
  await sendToWorker('closeOverlay', {}).catch(() => undefined);
}

/** Reads `?tabId=N` (popup testability contract), or null. */
export function tabIdFromLocation(search: string): number | null {
  const value = new URLSearchParams(search).get('tabId');
  if (value === null || !/^\d{1,10}$/.test(value)) return null;
  return Number(value);
}

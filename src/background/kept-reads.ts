/**
 * The page the popup last read in each tab (issue 12: one parse per click), so "open in full tab",
 * "Listen" and an overlay opened from the popup show it without serializing, parsing and reading the
 * page again. One entry per tab in storage.session (`read:<tabId>`: survives a worker restart, gone
 * with the browser session), replaced by the next read, dropped when the tab starts loading another
 * document or changes its address (index.ts), when it closes, and when the page no longer matches
 * the fingerprint it was read in. Anything missing or stale means a fresh snapshot, as before.
 */
import { ext } from '../shared/browser-api';
import type { PageFingerprint, ReadPage } from '../shared/messages';
import { pageFingerprint, sameFingerprint } from '../shared/serialize-page';
import { isPageFingerprint, isReadPage } from './validate';

const READ_KEY_PREFIX = 'read:';

interface KeptRead {
  fingerprint: PageFingerprint;
  read: ReadPage;
}

export function readKey(tabId: number): string {
  return READ_KEY_PREFIX + tabId;
}

/**
 * Keeps `read` for `tabId`. The session area has a quota (10 MB in Chrome): when it is full, the other
 * tabs' reads go first (this tab's is the one about to be used); if it still does not fit, nothing is
 * kept and the reader reads the page itself.
 */
export async function keepRead(tabId: number, fingerprint: PageFingerprint, read: ReadPage): Promise<boolean> {
  const session = ext().storage.session;
  const entry: KeptRead = { fingerprint, read };
  try {
    await session.set({ [readKey(tabId)]: entry });
    return true;
  } catch {
    const stored: Record<string, unknown> = await session.get(null).catch(() => ({}));
    const others = Object.keys(stored).filter((key) => key.startsWith(READ_KEY_PREFIX));
    await session.remove(others).catch(() => undefined);
    try {
      await session.set({ [readKey(tabId)]: entry });
      return true;
    } catch {
      return false;
    }
  }
}

export async function forgetRead(tabId: number): Promise<void> {
  await ext().storage.session.remove(readKey(tabId)).catch(() => undefined);
}

async function keptRead(tabId: number): Promise<KeptRead | null> {
  const key = readKey(tabId);
  const stored: Record<string, unknown> = await ext().storage.session.get(key).catch(() => ({}));
  const value = stored[key];
  if (typeof value !== 'object' || value === null) return null;
  const { fingerprint, read } = value as Record<string, unknown>;
  return isPageFingerprint(fingerprint) && isReadPage(read) ? { fingerprint, read } : null;
}

/** The page's fingerprint now, read in its top frame; null when it cannot be read (then nothing is reused). */
async function currentFingerprint(tabId: number): Promise<PageFingerprint | null> {
  try {
    const [injection] = await ext().scripting.executeScript({ target: { tabId, frameIds: [0] }, func: pageFingerprint });
    const result: unknown = injection?.result;
    return isPageFingerprint(result) ? result : null;
  } catch {
    return null;
  }
}

/**
 * The read kept for `tabId` if the page is still in the state it was read in, else null (and a stale
 * entry is dropped). Costs one small script injection instead of a serialization, parse and read.
 */
export async function freshRead(tabId: number): Promise<ReadPage | null> {
  const kept = await keptRead(tabId);
  if (!kept) return null;
  if (sameFingerprint(kept.fingerprint, await currentFingerprint(tabId))) return kept.read;
  await forgetRead(tabId);
  return null;
}

/**
 * Reader-tab handoff: the page goes to the new reader tab through storage.session under a random
 * token (reader.html?handoff=<token>), never through the URL: either the popup's read of it (article,
 * key facts, glance; kept-reads.ts) or, when there is none that still matches the page, a snapshot.
 * Pages too big for the session quota (10 MB in Chrome) stay in worker memory for the short moment
 * the reader tab needs.
 */
import { ext } from '../shared/browser-api';
import type { PageLoad, PageSnapshot, ReadPage } from '../shared/messages';
import { isPageSnapshot, isReadPage } from './validate';

/** What a handoff carries: a snapshot to read, or a page already read. */
export type Handed = PageSnapshot | { read: ReadPage };

const HANDOFF_PREFIX = 'handoff:';
const INDEX_KEY = 'handoffs';
/** Older handoffs are dropped beyond this many (a reader tab reload keeps working for the recent ones). */
const KEEP = 3;

const inMemory = new Map<string, Handed>();

async function readIndex(): Promise<string[]> {
  const stored: Record<string, unknown> = await ext().storage.session.get(INDEX_KEY);
  const value = stored[INDEX_KEY];
  return Array.isArray(value) ? value.filter((token): token is string => typeof token === 'string') : [];
}

/** Stores `snapshot` (or a read page) and returns its token. */
export async function storeHandoff(snapshot: Handed): Promise<string> {
  const token = crypto.randomUUID();
  const session = ext().storage.session;
  const index = await readIndex().catch(() => [] as string[]);
  const dropped = index.slice(0, Math.max(0, index.length - (KEEP - 1)));
  const kept = index.slice(dropped.length);
  if (dropped.length > 0) await session.remove(dropped.map((old) => HANDOFF_PREFIX + old)).catch(() => undefined);
  for (const old of dropped) inMemory.delete(old);
  try {
    await session.set({ [HANDOFF_PREFIX + token]: snapshot, [INDEX_KEY]: [...kept, token] });
  } catch {
    // Over quota: keep it in memory (and trim memory to the same limit).
    inMemory.set(token, snapshot);
    while (inMemory.size > KEEP) inMemory.delete(inMemory.keys().next().value as string);
    await session.set({ [INDEX_KEY]: [...kept, token] }).catch(() => undefined);
  }
  return token;
}

function asPageLoad(value: unknown): PageLoad | null {
  if (isPageSnapshot(value)) return { ok: true, snapshot: value };
  if (typeof value === 'object' && value !== null && isReadPage((value as { read?: unknown }).read)) {
    return { ok: true, read: (value as { read: ReadPage }).read };
  }
  return null;
}

/** The page stored under `token`. */
export async function readHandoff(token: string): Promise<PageLoad> {
  const remembered = asPageLoad(inMemory.get(token));
  if (remembered) return remembered;
  const key = HANDOFF_PREFIX + token;
  const stored: Record<string, unknown> = await ext().storage.session.get(key);
  const handed = asPageLoad(stored[key]);
  if (handed) return handed;
  return { ok: false, reason: 'error', message: 'This reading view has expired. Open it again from the page.' };
}

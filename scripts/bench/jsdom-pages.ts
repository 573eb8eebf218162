/**
 * jsdom windows for the bench: one parse per run, and a way to let closed windows go.
 * jsdom frees a closed window only after the event loop turns. A synchronous loop over hundreds of
 * pages grew the heap by about 4 MB per page even with `gc()` after each close (the first full
 * `npm run bench` ran out of a 4 GB heap); awaiting one macrotask per page keeps it flat (~50 MB
 * after 40 extraction-dev pages instead of 200 MB).
 */
import { JSDOM, VirtualConsole } from 'jsdom';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** A fresh window for html at url; scripts off, CSS and console noise silenced. */
export const parsePage = (html: string, url: string): JSDOM => new JSDOM(html, { url, virtualConsole: new VirtualConsole() });

/** Lets closed windows be freed, then collects, so the next timing does not pay for them. */
export async function settle(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  gc();
}

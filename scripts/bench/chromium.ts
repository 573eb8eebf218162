/** Debian's Chromium driven by playwright-core, for the bench's browser timings; null when either is missing. */
import fs from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

export async function loadChromium(): Promise<typeof import('playwright-core').chromium | null> {
  if (!fs.existsSync(CHROMIUM)) return null;
  try {
    return (await import('playwright-core')).chromium;
  } catch {
    return null;
  }
}

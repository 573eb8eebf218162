/**
 * Does a granted host permission (a match pattern such as "https://*.example.com/*") already cover a
 * host? Used to decide, synchronously inside a click, whether a permission request is needed at all.
 */

const PATTERN = /^(\*|https?|file|ftp|wss?):\/\/(\*|\*\.[^/*]+|[^/*]+)\//;

export function patternCoversHost(pattern: string, host: string): boolean {
  if (pattern === '<all_urls>') return true;
  const match = PATTERN.exec(pattern);
  if (!match) return false;
  const [, scheme, patternHost] = match;
  if (scheme !== '*' && scheme !== 'https') return false; // the reader runs on https pages first
  const wanted = host.toLowerCase();
  if (patternHost === '*') return true;
  if (patternHost.startsWith('*.')) {
    const base = patternHost.slice(2).toLowerCase();
    return wanted === base || wanted.endsWith(`.${base}`);
  }
  return patternHost.toLowerCase() === wanted;
}

/** True when `origins` cover `host` or `www.host` (news sites are granted as e.g. https://www.chosun.com/*). */
export function originsCoverSite(origins: readonly string[], host: string): boolean {
  const bare = host.replace(/^www\./, '');
  const covered = (name: string) => origins.some((pattern) => patternCoversHost(pattern, name));
  return covered(bare) || covered(`www.${bare}`);
}

/**
 * The headline of a page without a site rule: Readability's title (the best single source on the
 * dev sets: it already weighs <title> against the headings), with what Readability leaves in it
 * taken out: entities the page escaped twice, and the site's name as a prefix or suffix. A title
 * that is only the site's name gives way to the page's own headline (og:title, then <h1>).
 */
import { squash } from './entities';

/** Separators between a headline and a site name: " - ", " | ", " – ", " — ", " :: ", " · ". */
const SEPARATOR = /\s+(?:[-|–—·•]|::)\s+/;

/** Comparable form of a name: NFKC, lower case, no spaces, dots or hyphens. */
const comparable = (name: string): string => name.normalize('NFKC').toLowerCase().replace(/[\s.\-_'’]+/g, '');

/** Names a page goes by: its declared site name, and its host without www. and the TLD ("golem.de" → "golem", "golem.de"). */
function siteNames(siteName: string | null, pageHost: string): Set<string> {
  const names = new Set<string>();
  if (siteName) names.add(comparable(siteName));
  const host = pageHost.replace(/^www\d?\./, '');
  names.add(comparable(host));
  names.add(comparable(host.split('.')[0]));
  names.delete('');
  return names;
}

export interface TitleSources {
  readability: string | null;
  siteName: string | null;
  ogTitle: string | null;
  h1: string | null;
  /** The page's host name. */
  host: string;
  decode: (text: string) => string;
}

/** Drops one leading or trailing part that is the site's name. */
function withoutSiteName(title: string, names: Set<string>): string {
  const first = SEPARATOR.exec(title);
  const last = [...title.matchAll(new RegExp(SEPARATOR.source, 'g'))].pop();
  if (!first || !last) return title;
  if (names.has(comparable(title.slice(last.index + last[0].length)))) return title.slice(0, last.index);
  if (names.has(comparable(title.slice(0, first.index)))) return title.slice(first.index + first[0].length);
  return title;
}

export function pageTitle(sources: TitleSources): string | null {
  const names = siteNames(sources.siteName, sources.host);
  const clean = (raw: string | null): string | null => {
    if (!raw) return null;
    const decoded = squash(/&(?:[a-z]+|#\d+|#x[\da-f]+);/i.test(raw) ? sources.decode(raw) : raw);
    return squash(withoutSiteName(decoded, names)) || null;
  };
  const title = clean(sources.readability);
  if (title && !names.has(comparable(title))) return title;
  return [clean(sources.ogTitle), clean(sources.h1)].find((t) => t && !names.has(comparable(t))) ?? title;
}

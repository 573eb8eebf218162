/** Open Graph and article:* meta signals, read from <head> only (small, and where they belong). */
import { firstItems } from './dom';

export interface MetaSignals {
  /** og:type, lower-cased ('article', 'website', 'video.other'...), or ''. */
  ogType: string;
  /** article:published_time (or a similar published-date meta) is present. */
  published: boolean;
}

/** Published-date meta names, lower-cased (a Set, not a regex: no compilation on the page's first call). */
const PUBLISHED = new Set(['article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate', 'date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date']);
const MAX_META = 400;

export function metaSignals(doc: Document): MetaSignals {
  const result: MetaSignals = { ogType: '', published: false };
  for (const meta of firstItems(doc.head?.getElementsByTagName('meta'), MAX_META)) {
    const key = meta.getAttribute('property') || meta.getAttribute('name') || meta.getAttribute('itemprop') || '';
    if (!key) continue;
    const content = (meta.getAttribute('content') ?? '').trim();
    if (!content) continue;
    const lower = key.toLowerCase();
    if (lower === 'og:type') result.ogType = content.toLowerCase();
    else if (PUBLISHED.has(lower)) result.published = true;
  }
  return result;
}

/** Open Graph and article:* meta signals, read from <head> only (small, and where they belong). */

export interface MetaSignals {
  /** og:type, lower-cased ('article', 'website', 'video.other'...), or ''. */
  ogType: string;
  /** article:published_time (or a similar published-date meta) is present. */
  published: boolean;
}

/** Published-date meta names (case-insensitive). */
const PUBLISHED = ['article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate', 'date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date'];
const KEYS = ['property', 'name', 'itemprop'];
/** Selectors for `names` under any of the key attributes, with content (one native query each). */
const selector = (names: string[]): string => names.flatMap((n) => KEYS.map((k) => `meta[${k}="${n}" i][content]`)).join(',');
const OG_TYPE = selector(['og:type']);
const PUBLISHED_META = selector(PUBLISHED);

/**
 * Two selector queries on <head> rather than a loop over its <meta>s: each element read from
 * script is one more wrapper to make on a page's first call, and heads hold dozens to hundreds.
 */
export function metaSignals(doc: Document): MetaSignals {
  const head = doc.head;
  const ogType = (head?.querySelector(OG_TYPE)?.getAttribute('content') ?? '').trim().toLowerCase();
  let published = false;
  const dated = head?.querySelectorAll(PUBLISHED_META);
  // A blank content does not count (rare: the first match usually has one).
  for (let i = 0; dated && !published && i < dated.length && i < 10; i++) published = !!dated[i].getAttribute('content')?.trim();
  return { ogType, published };
}

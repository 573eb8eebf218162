/** URL signals: the outlet's own rule first, then path shapes every CMS uses. */
import { SITE_RULES, type SiteRule } from '../sites';

export interface UrlSignals {
  site?: SiteRule;
  /** 'article' / 'non-article' by the site rule or a generic path shape; 'unknown' otherwise. */
  verdict: 'article' | 'non-article' | 'unknown';
  /** Why, e.g. 'url:search', 'url:home', 'url:article-path'. */
  reason?: string;
}

/**
 * The path shapes below are tested on the lower-cased path and query (ASCII: the parser escapes the
 * rest), not with the i flag: case-insensitive regexes cost more to compile on a page's first call.
 */
/** First path segment naming a page that lists, searches or shows media rather than one article. */
const LISTING_FIRST = /^\/(search|tags?|topics?|categor(?:y|ies)|sections?|authors?|archives?|galler(?:y|ies)|photos?|videos?|list)(?:[/.?]|$)/;
/** Last path segment naming a listing: /news/index.html, /politics/list, /page/3. */
const LISTING_LAST = /\/(index|list|search|main|home|page\/\d+)(?:\.\w+)?\/?$/;
/** A bare section name as the whole path (/world/, /politics): a section front. */
const SECTION_ONLY = /^\/(?:news|latest|world|national|nation|international|politics|business|economy|finance|markets|sports?|entertainment|culture|opinion|tech(?:nology)?|science|health|society|local|lifestyle|life)\/?$/;
/** Query keys that pick one item on a home-like path (WordPress ?p=, CMS ?id=/?aid=). */
const ITEM_QUERY = /[?&](?:p|id|aid|no|idx|news_?id|article_?id|story_?id)=/;
/** Weak article shapes: a date in the path, a long hyphenated slug, or a long numeric id. */
const ARTICLE_SHAPE = /\/(?:19|20)\d\d\/[01]?\d\/|\/[^/]*[a-z0-9]+(?:[-_][a-z0-9]+){3,}[^/]*\/?$|\d{6,}/;
/** A slug: a path segment (any, not only the last) of four or more words joined by - or _. */
const SLUG = /\/[^/]*[a-z0-9]+(?:[-_][a-z0-9]+){3,}/;
/** A date in the path: /2019/11/18, /2019/11/, /2023/apr/28, /2024-10-15, /20241013. */
const DATE = /\/(?:19|20)\d\d(?:\/(?:[01]?\d|[a-z]{3,9})(?:\/[0-3]?\d)?(?=\/)|-[01]\d-[0-3]\d|[01]\d[0-3]\d(?!\d))/;
/** What may follow a date in an archive's path: nothing, or its index or paging. */
const ARCHIVE_TAIL = /^\/?(?:(?:index|list|main|home|page\/?\d*)(?:\.\w+)?\/?)?$/;


/**
 * [hostname, pathname, search] of `url`, like `new URL(url)` gives them; throws on a bad URL.
 * An http(s) URL already in the form the parser gives back (as `location.href` is) is split with
 * string operations: a host of lower-case letters, digits, dots and hyphens (no port or user), not
 * an IP number (its last label starts with a letter) nor an xn-- name, then a path and query that
 * encodeURI leaves as they are, without dot segments, escapes or quotes. (Chromium and Node's
 * parsers give such URLs back unchanged.) In a content script's fresh world, the first
 * `new URL()` costs ~0.1 ms and a first regex ~0.05 ms more: anything else still goes through the parser.
 */
export function urlParts(url: string): [string, string, string] {
  const start = url.startsWith('https://') ? 8 : url.startsWith('http://') ? 7 : 0;
  let end = start;
  for (let c; start && ((c = url.charCodeAt(end)) === 45 || c === 46 || (c > 47 && c < 58) || (c > 96 && c < 123)); end++);
  const host = url.slice(start, end);
  const rest = url.slice(end).split('#')[0];
  const query = rest.indexOf('?');
  const pathname = (query < 0 ? rest : rest.slice(0, query)) || '/';
  const search = query < 0 ? '' : rest.slice(query);
  try {
    if (host.charCodeAt(host.lastIndexOf('.') + 1) > 96 && !host.includes('xn--') && (!rest || '/?'.includes(rest[0]))
      && !pathname.includes('/.') && !rest.includes("'") && encodeURI(rest) === rest) return [host, pathname, search === '?' ? '' : search];
  } catch {
    // a lone surrogate: the parser replaces it
  }
  const u = new URL(url);
  return [u.hostname.toLowerCase(), u.pathname, u.search];
}

/** Classifies `url` by site rules and generic path shapes. Never throws. */
export function urlSignals(url: string): UrlSignals {
  let host: string, pathname: string, search: string;
  try {
    [host, pathname, search] = urlParts(url);
  } catch {
    return { verdict: 'unknown' };
  }
  // The outlet owning the host (plain loops: each closure is one more function to compile on the first call).
  let site: SiteRule | undefined;
  for (let i = 0; !site && i < SITE_RULES.length; i++) {
    for (const h of SITE_RULES[i].hosts) if (h[0] === '.' ? host.endsWith(h) || host === h.slice(1) : host === h) site = SITE_RULES[i];
  }
  const path = pathname + search;
  if (site) {
    if (site.articlePath.test(path)) return { site, verdict: 'article', reason: 'url:site-article' };
    if (site.nonArticlePath?.test(path) && !datedOrSlugged(pathname.toLowerCase())) return { site, verdict: 'non-article', reason: 'url:site-listing' };
  }
  return pathShape(pathname, search, site);
}

/**
 * Generic path shapes, for a URL no site rule decided. A function apart: V8 compiles a function on
 * its first call, at a cost that grows with its size, so a page the site rule decides never compiles
 * this.
 */
function pathShape(pathname: string, search: string, site: SiteRule | undefined): UrlSignals {
  const lower = pathname.toLowerCase();
  const listing = listingReason(pathname, lower, search);
  // A listing word never vetoes a dated, slugged path (/videos/2024/05/01/a-story,
  // /2019/11/18/politics/a-story/index.html): the page's own signals decide.
  if (listing && !datedOrSlugged(lower)) return { site, verdict: 'non-article', reason: listing };
  if (listing || ARTICLE_SHAPE.test(lower)) return { site, verdict: 'unknown', reason: 'url:article-shape' };
  return { site, verdict: 'unknown' };
}

/** Why the path looks like a home, list, search, gallery or section page ('url:list'...), or ''. */
function listingReason(pathname: string, lower: string, search: string): string {
  const first = LISTING_FIRST.exec(lower);
  if (first) return 'url:' + (first[1] === 'search' ? 'search' : /^[gpv]/.test(first[1]) ? 'gallery' : 'list');
  if (search && ITEM_QUERY.test(search.toLowerCase())) return '';
  if (/^\/(?:index\.\w+)?$/.test(pathname)) return 'url:home';
  if (LISTING_LAST.test(lower)) return 'url:list';
  if (SECTION_ONLY.test(lower)) return 'url:section';
  return '';
}

/**
 * A path naming one story: a slug of four or more words in any segment, or a date followed by
 * more than an archive's index or paging (/2019/11/18/politics/x, /2024-10-15/x, /20241013-216478).
 * Only asked when a listing rule matched, so most URLs never compile these regexes.
 */
export function datedOrSlugged(lower: string): boolean {
  if (SLUG.test(lower)) return true;
  const date = DATE.exec(lower);
  return !!date && !ARCHIVE_TAIL.test(lower.slice(date.index + date[0].length));
}

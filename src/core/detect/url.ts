/** URL signals: the outlet's own rule first, then path shapes every CMS uses. */
import type { SiteRule } from '../sites';
import type { PageAddress } from '../page-address';

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


/** Classifies the page's address by site rules and generic path shapes. Never throws. */
export function urlSignals(address: PageAddress): UrlSignals {
  if (!address.valid) return { verdict: 'unknown' };
  const { pathname, search, rule: site } = address;
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

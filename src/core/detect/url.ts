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

function hostOwner(host: string): SiteRule | undefined {
  return SITE_RULES.find((rule) => rule.hosts.some((h) => (h[0] === '.' ? host.endsWith(h) || host === h.slice(1) : host === h)));
}

/**
 * An http(s) URL already in the form the URL parser gives back (as `location.href` is): lower-case
 * host without port or user, not an IP number (last label starts with a letter), no xn-- label, a
 * path without dot segments or escapes, a plain query. Such a URL is split without the parser: a
 * content script's first `new URL()` costs ~0.1 ms (Blink sets the URL interface up in each new
 * world); anything else still goes through it.
 */
const CANONICAL = /^https?:\/\/(?!.*xn--)(?!.*\/\.)((?:[a-z\d-]+\.)*[a-z][a-z\d-]*)(\/[\w\-.~!$&()*+,;=:@/]*)?(\?[\w\-.~!$&()*+,;=:@/?%]+)?\??(?:#|$)/;

/** [hostname, pathname, search] of `url`, like `new URL(url)` gives them; throws on a bad URL. */
export function urlParts(url: string): [string, string, string] {
  const m = CANONICAL.exec(url);
  if (m) return [m[1], m[2] ?? '/', m[3] ?? ''];
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
  const site = hostOwner(host);
  const path = pathname + search;
  if (site) {
    if (site.articlePath.test(path)) return { site, verdict: 'article', reason: 'url:site-article' };
    if (site.nonArticlePath?.test(path)) return { site, verdict: 'non-article', reason: 'url:site-listing' };
  }
  // Each regex costs a compilation on a page's first call: the cheap guards below skip the ones that cannot match.
  const lower = pathname.toLowerCase();
  const first = LISTING_FIRST.exec(lower);
  if (first) return { site, verdict: 'non-article', reason: 'url:' + normalizeListing(first[1]) };
  if (!search || !ITEM_QUERY.test(search.toLowerCase())) {
    if (pathname === '/' || (pathname.startsWith('/index.') && /^\/index\.\w+$/.test(pathname))) return { site, verdict: 'non-article', reason: 'url:home' };
    if (LISTING_LAST.test(lower)) return { site, verdict: 'non-article', reason: 'url:list' };
    const slash = pathname.indexOf('/', 1);
    if ((slash < 0 || slash === pathname.length - 1) && SECTION_ONLY.test(lower)) return { site, verdict: 'non-article', reason: 'url:section' };
  }
  if (ARTICLE_SHAPE.test(lower)) return { site, verdict: 'unknown', reason: 'url:article-shape' };
  return { site, verdict: 'unknown' };
}

function normalizeListing(word: string): string {
  const w = word.toLowerCase();
  if (w.startsWith('galler') || w.startsWith('photo') || w.startsWith('video')) return 'gallery';
  if (w.startsWith('search')) return 'search';
  return 'list';
}

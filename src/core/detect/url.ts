/** URL signals: the outlet's own rule first, then path shapes every CMS uses. */
import { SITE_RULES, type SiteRule } from '../sites';

export interface UrlSignals {
  site?: SiteRule;
  /** 'article' / 'non-article' by the site rule or a generic path shape; 'unknown' otherwise. */
  verdict: 'article' | 'non-article' | 'unknown';
  /** Why, e.g. 'url:search', 'url:home', 'url:article-path'. */
  reason?: string;
}

/** First path segment naming a page that lists, searches or shows media rather than one article. */
const LISTING_FIRST = /^\/(search|tags?|topics?|categor(?:y|ies)|sections?|authors?|archives?|galler(?:y|ies)|photos?|videos?|list)(?:[/.?]|$)/i;
/** Last path segment naming a listing: /news/index.html, /politics/list, /page/3. */
const LISTING_LAST = /\/(index|list|search|main|home|page\/\d+)(?:\.\w+)?\/?$/i;
/** A bare section name as the whole path (/world/, /politics): a section front. */
const SECTION_ONLY = /^\/(?:news|latest|world|national|nation|international|politics|business|economy|finance|markets|sports?|entertainment|culture|opinion|tech(?:nology)?|science|health|society|local|lifestyle|life)\/?$/i;
/** Query keys that pick one item on a home-like path (WordPress ?p=, CMS ?id=/?aid=). */
const ITEM_QUERY = /[?&](?:p|id|aid|no|idx|news_?id|article_?id|story_?id)=/i;
/** Weak article shapes: a date in the path, a long hyphenated slug, or a long numeric id. */
const ARTICLE_SHAPE = /\/(?:19|20)\d\d\/[01]?\d\/|\/[^/]*[a-z0-9]+(?:[-_][a-z0-9]+){3,}[^/]*\/?$|\d{6,}/i;

function hostOwner(host: string): SiteRule | undefined {
  return SITE_RULES.find((rule) => rule.hosts.some((h) => (h[0] === '.' ? host.endsWith(h) || host === h.slice(1) : host === h)));
}

/** Classifies `url` by site rules and generic path shapes. Never throws. */
export function urlSignals(url: string): UrlSignals {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { verdict: 'unknown' };
  }
  const site = hostOwner(u.hostname.toLowerCase());
  const path = u.pathname + u.search;
  if (site) {
    if (site.articlePath.test(path)) return { site, verdict: 'article', reason: 'url:site-article' };
    if (site.nonArticlePath?.test(path)) return { site, verdict: 'non-article', reason: 'url:site-listing' };
  }
  const first = LISTING_FIRST.exec(u.pathname);
  if (first) return { site, verdict: 'non-article', reason: 'url:' + normalizeListing(first[1]) };
  if (!ITEM_QUERY.test(u.search)) {
    if (/^\/(?:index\.\w+)?$/.test(u.pathname)) return { site, verdict: 'non-article', reason: 'url:home' };
    if (LISTING_LAST.test(u.pathname)) return { site, verdict: 'non-article', reason: 'url:list' };
    if (SECTION_ONLY.test(u.pathname)) return { site, verdict: 'non-article', reason: 'url:section' };
  }
  if (ARTICLE_SHAPE.test(u.pathname)) return { site, verdict: 'unknown', reason: 'url:article-shape' };
  return { site, verdict: 'unknown' };
}

function normalizeListing(word: string): string {
  const w = word.toLowerCase();
  if (/^(?:galler|photo|video)/.test(w)) return 'gallery';
  if (w.startsWith('search')) return 'search';
  return 'list';
}

/**
 * Page metadata read from the intact copy before any cleanup: JSON-LD, meta tags, the site
 * rule's selectors and visible dates. Each field records where it came from only implicitly,
 * by the order of preference written here.
 */
import type { SiteRule } from '../../sites/site-rule';
import type { PageAddress } from '../../page-address';
import { parseDate, type DateOptions } from './dates';
import { decodeEntities, squash } from './entities';
import { readJsonLd, type LdArticle } from './jsonld';
import { firstMeta, readMeta } from './meta';
import { elementsByTag } from '../../dom';

export interface PageMetadata {
  /** The headline by the site rule's selectors; null without a rule (see title.ts). */
  title: string | null;
  /** og:title / twitter:title and the first <h1>, as written (for title.ts). */
  ogTitle: string | null;
  h1: string | null;
  /** Printed byline (site selector) or JSON-LD author names. */
  byline: string | null;
  /** `<meta name="author">`-style byline, less trusted than the page's own. */
  metaByline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  modifiedTime: string | null;
  lang: string | null;
  description: string | null;
  image: string | null;
  canonicalUrl: string | null;
  ld: LdArticle | null;
  /** Options for turning printed dates into ISO strings on this page. */
  dateOptions: DateOptions;
}

const KST = 540;

/** Korean outlets (and .kr hosts) print times in KST and we report them in +09:00. */
export function dateOptionsFor(address: PageAddress): DateOptions {
  return address.rule || /\.kr$/.test(address.host) ? { assumeOffsetMinutes: KST, outputOffsetMinutes: KST } : {};
}

function selectText(doc: Document, selector: string | undefined): string | null {
  if (!selector) return null;
  const el = doc.querySelector(selector);
  return el ? squash(el.textContent) || null : null;
}

/** A printed byline reduced to the name: e-mail, "By", and place prefixes before a Korean name removed. */
export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let text = squash(raw).replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '').replace(/[()[\]<>]/g, ' ').replace(/^(by|von|par|por)\s+/i, '');
  const korean = /(?:^|[\s,])([가-힣]{2,4})\s?(기자|특파원|에디터|통신원|PD|앵커)(?![가-힣])/.exec(text);
  if (korean) text = `${korean[1]} ${korean[2]}`;
  text = squash(text.replace(/\s*[|·,]\s*$/, ''));
  return text || null;
}

/**
 * An organisation's name rather than a person's: the site's own name, or a short name with a
 * media word in it ("SBS NEWS", "연합뉴스 | 네이버"). Longer bylines that merely mention an outlet
 * ("Brenda Goodman, MA WebMD Health News") stay. A person's name is preferred to it, but an
 * organisation credited as author is still a byline.
 */
export function isOrganisationByline(byline: string, siteNames: (string | null | undefined)[]): boolean {
  if (isSiteName(byline, siteNames)) return true;
  if (/(기자|특파원|에디터)$/.test(byline) || byline.split(/\s+/).length > 3) return false;
  return /\b(news|press|agency|times|herald|staff|desk|newsroom|editorial)\b|뉴스|일보|신문|방송|\||네이버/i.test(byline);
}

const comparableName = (name: string): string => name.normalize('NFKC').toLowerCase().replace(/[\s.]+/g, '');

/** The site's own name ("BBC News" on BBC News, "SBS NEWS" on SBS's "SBS NEWS"), compared without case, spaces or dots. */
export function isSiteName(byline: string, siteNames: (string | null | undefined)[]): boolean {
  const b = comparableName(byline);
  return siteNames.some((n) => n && comparableName(n) === b);
}

/**
 * An organisation byline worth showing when no person is named: an agency or outlet credited as
 * author ("Associated Press", "연합뉴스", "MND Staff"), not page chrome joined by separators
 * ("연합뉴스 | 네이버") nor a sentence.
 */
export function isCreditLine(byline: string): boolean {
  return byline.length <= 60 && !/[|·•]|네이버|다음뉴스/.test(byline) && byline.split(/\s+/).length <= 6;
}

/**
 * Decodes left-over entities and applies the rule's title cleanups. For og:title only the
 * suffix cleanups apply: og:title has no section prefix, and "[단독]"-style labels are headline.
 */
function cleanTitle(raw: string | null, rule: SiteRule | undefined, doc: Document, suffixesOnly = false): string | null {
  if (!raw) return null;
  let title = squash(decodeEntities(raw, doc)).replace(/″/g, '"');
  for (const re of rule?.titleCleanup ?? []) if (!suffixesOnly || re.source.endsWith('$')) title = title.replace(re, '');
  return squash(title) || null;
}

/** Reads everything except the body. `doc` must be the untouched clone. */
export function readMetadata(doc: Document, address: PageAddress): PageMetadata {
  const { url, rule } = address;
  const meta = readMeta(doc);
  const ld = readJsonLd(doc);
  const dateOptions = dateOptionsFor(address);
  const siteName = firstMeta(meta, 'og:site_name', 'application-name') ?? ld?.publisher ?? rule?.name ?? null;

  const title = cleanTitle(selectText(doc, rule?.titleSelector), rule, doc)
    ?? (rule ? cleanTitle(firstMeta(meta, 'og:title', 'twitter:title'), rule, doc, true) ?? cleanTitle(ld?.headline ?? null, rule, doc) : null);

  // Agencies and outlets credited as authors stay (they tell where the story comes from); a site's
  // own name as byline is left to the view, which does not print it twice.
  const credited = (b: string | null): b is string => !!b && !/^https?:/.test(b);
  const pageBylines = [
    cleanByline(selectText(doc, rule?.bylineSelector)),
    ld?.authors.length ? ld.authors.map((a) => cleanByline(a) ?? a).join(', ') : null,
  ];
  const byline = pageBylines.find(credited) ?? null;
  const metaByline = rule?.metaAuthorIsByline === false ? null
    : [cleanByline(firstMeta(meta, 'author', 'article:author', 'byl', 'dable:author'))].find(credited) ?? null;

  const visibleDate = selectText(doc, rule?.dateSelector);
  const timeEl = elementsByTag(doc, 'time').find((t) => t.hasAttribute('datetime'))?.getAttribute('datetime') ?? null;
  const publishedRaw = [ld?.datePublished, firstMeta(meta, 'article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'dcterms.created'), visibleDate, timeEl];
  const publishedTime = publishedRaw.map((d) => parseDate(d, dateOptions)).find((d) => d) ?? null;
  const modifiedTime = [ld?.dateModified, firstMeta(meta, 'article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified')]
    .map((d) => parseDate(d, dateOptions)).find((d) => d) ?? null;

  const htmlLang = doc.documentElement.getAttribute('lang') || firstMeta(meta, 'og:locale', 'content-language') || ld?.inLanguage || null;
  const lang = htmlLang ? htmlLang.trim().toLowerCase().split(/[-_]/)[0].replace(/^kr$/, 'ko') || null : null;

  const canonicalLink = elementsByTag(doc, 'link').find((l) => /(^|\s)canonical(\s|$)/i.test(l.getAttribute('rel') ?? ''));
  const canonicalHref = canonicalLink?.getAttribute('href') ?? firstMeta(meta, 'og:url') ?? ld?.url ?? null;
  let canonicalUrl: string | null = null;
  try { canonicalUrl = canonicalHref ? new URL(canonicalHref, url).href : null; } catch { canonicalUrl = null; }

  let image = firstMeta(meta, 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src') ?? ld?.image ?? null;
  try { image = image ? new URL(image, url).href : null; } catch { image = null; }

  const description = firstMeta(meta, 'og:description', 'description', 'twitter:description') ?? ld?.description ?? null;
  return { title, ogTitle: firstMeta(meta, 'og:title', 'twitter:title'), h1: squash(elementsByTag(doc, 'h1')[0]?.textContent) || null, byline, metaByline, siteName, publishedTime, modifiedTime, lang, description: description ? squash(decodeEntities(description, doc)) : null, image, canonicalUrl, ld, dateOptions };
}

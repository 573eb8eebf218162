/**
 * Cheap article detection, run on every matched page load: URL and site rules first, then
 * <head> metadata and JSON-LD, then the shape of the text. Never runs Readability.
 */
import type { Detection } from '../types';
import { firstItems } from './dom';
import { isArticleType, isNewsType, jsonLdSignals } from './jsonld';
import { listPageReason, overwhelmingList } from './list-page';
import { metaSignals } from './meta';
import { MIN_SCORE, textShape } from './readerable';
import { urlSignals } from './url';
import { pageAddress, type PageAddress } from '../page-address';

const LISTING_TYPES = ['CollectionPage', 'SearchResultsPage', 'ItemList', 'ProfilePage'];

function result(isArticle: boolean, news: boolean, evidence: number, site: string | undefined, reasons: string[]): Detection {
  const confidence = Math.round(Math.min(0.99, 0.5 + Math.abs(evidence) / 10) * 100) / 100;
  const detection: Detection = { isArticle, kind: isArticle ? (news ? 'news' : 'article') : 'none', confidence, reasons };
  if (site) detection.site = site;
  return detection;
}

/**
 * Decides whether `doc` (at `url`) is an article worth a reading view.
 * - A known outlet's rule decides by URL alone (article path / listing path).
 * - Home, section, list, search and gallery pages are never articles, whatever og:type says.
 * - Otherwise: enough article-like text (readerable test weighted for dense scripts), or structured
 *   article data (JSON-LD Article with a date or body, og:type=article with
 *   article:published_time, itemprop=articleBody), and no list-page shape. Structured data and
 *   readerable text together outweigh a list shape unless it is overwhelming.
 * `kind` is 'news' with a news signal (site rule, NewsArticle, a published time).
 */
export function detectArticle(doc: Document, page: string | PageAddress): Detection {
  // Plain text, JSON, XML and SVG responses are shown by the browser's own viewers: never an article.
  const type = (doc.contentType || 'text/html').toLowerCase();
  if (type !== 'text/html' && type !== 'application/xhtml+xml') return result(false, false, 4, undefined, ['doc:' + doc.contentType]);
  const reasons: string[] = [];
  const fromUrl = urlSignals(typeof page === 'string' ? pageAddress(page) : page);
  const site = fromUrl.site?.id;
  if (site) reasons.push('site:' + site);
  if (fromUrl.reason) reasons.push(fromUrl.reason);
  if (fromUrl.verdict === 'article') return result(true, true, site ? 4.5 : 3, site, reasons);
  if (fromUrl.verdict === 'non-article') return result(false, false, 4, site, reasons);
  return fromPage(doc, fromUrl.reason === 'url:article-shape' ? 0.5 : 0, site, reasons);
}

/**
 * The page's own signals, when the URL did not decide. Apart from detectArticle so that a page the
 * URL decides never compiles it (V8 compiles a function on its first call, a cost paid on every page load).
 */
function fromPage(doc: Document, evidence: number, site: string | undefined, reasons: string[]): Detection {
  const meta = metaSignals(doc);
  const ld = jsonLdSignals(doc);
  const ldArticle = ld.types.some(isArticleType);
  const ldNews = ld.types.some(isNewsType);
  const ogArticle = meta.ogType === 'article';
  let structured = false;
  if (ldArticle) {
    reasons.push('jsonld:' + (ld.types.find(isNewsType) ?? ld.types.find(isArticleType)));
    evidence += ld.articleDated || ld.articleBody ? 2 : 1;
    structured = ld.articleDated || ld.articleBody;
  } else if (ld.types.some((t) => LISTING_TYPES.includes(t))) {
    reasons.push('jsonld:listing');
    evidence -= 1;
  }
  if (ogArticle) {
    reasons.push(meta.published ? 'og:article' : 'og:article-undated');
    evidence += meta.published ? 1.5 : 0.5;
    structured ||= meta.published;
  } else if (meta.ogType === 'website') {
    reasons.push('og:website');
    evidence -= 0.5;
  }

  const shape = textShape(doc);
  const readerable = shape.score > MIN_SCORE;
  if (readerable) {
    reasons.push('readerable');
    evidence += 2;
  }
  let listReason = listPageReason(doc, shape);
  // Strong structured evidence with article text outweighs a list shape (related-story rails and
  // "most read" boxes look like one), unless teasers hold several times the article's text.
  if (listReason && structured && readerable && !overwhelmingList(shape)) {
    reasons.push(listReason + ':outweighed');
    evidence -= 1;
    listReason = '';
  } else if (listReason) {
    reasons.push(listReason);
    evidence -= 4;
  }
  if (!readerable && !structured && !listReason && hasArticleBodyItemprop(doc)) {
    reasons.push('itemprop:articleBody');
    evidence += 1.5;
    structured = true;
  }
  const isArticle = !listReason && (readerable || structured) && evidence > 0;
  const news = !!site || ldNews || meta.published;
  return result(isArticle, news, evidence, site, reasons);
}

/**
 * An itemprop=articleBody container around one of the first paragraphs or <br>-broken blocks.
 * (A document-wide attribute query costs milliseconds in big pages; this walks a few ancestors.)
 */
function hasArticleBodyItemprop(doc: Document): boolean {
  for (const tag of ['p', 'br']) {
    for (const start of firstItems(doc.getElementsByTagName(tag), 40)) {
      let node = start.parentElement;
      for (let depth = 0; node && depth < 8; depth++, node = node.parentElement) {
        if (/\barticleBody\b/.test(node.getAttribute('itemprop') ?? '')) return true;
      }
    }
  }
  return false;
}

export type { Detection } from '../types';

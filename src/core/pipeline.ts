/**
 * readArticle(doc, url): the whole core in one call, as a click runs it — detection (reported,
 * never a veto), extraction with its floor, the view decided from the result, key facts and
 * "at a glance" — with the time each step took. Used by the CLI and the views.
 */
import { detectArticle } from './detect';
import { articleView, extractPage, type ArticleView, type BodyShape, type ExtractionOptions, type Fallback } from './extract';
import { atAGlance, keyFacts } from './keyfacts';
import { pageAddress } from './page-address';
import type { Article, Detection, Glance, KeyFact } from './types';

export interface ReadOptions extends ExtractionOptions {
  /** "Show anyway": show whatever body was extracted, even when the view says it is no article. */
  force?: boolean;
}

export interface ReadTimings {
  detectMs: number;
  extractMs: number;
  keyFactsMs: number;
}

export interface ReadResult {
  /** The page-load verdict (toolbar icon, automatic mode). A click does not depend on it. */
  detection: Detection;
  /** The extracted article; null when the page has no article body in its DOM. */
  article: Article | null;
  /** What the views show: the article, or "no article here" (decided from the extracted body). */
  view: ArticleView;
  /** The Lede step that fell short of Readability's own result and was replaced by it, or null. */
  fallback: Fallback | null;
  keyFacts: KeyFact[];
  glance: Glance | null;
  timings: ReadTimings;
}

/** Page-load signals of a listing: list markup, JSON-LD listing types, listing or section URLs. */
const LISTING_REASON = /^(?:list:|jsonld:listing|url:)/;
const looksListed = (detection: Detection): boolean => !detection.isArticle && detection.reasons.some((r) => LISTING_REASON.test(r) && r !== 'url:article-shape');

/** What a click shows for an extraction: the article when its body reads as one (or when forced). */
export function clickView(article: Article | null, shape: BodyShape | null, detection: Detection, force = false): ArticleView {
  return article && (force || articleView(shape, { looksListed: looksListed(detection), looksLikeArticle: detection.isArticle }) === 'article') ? 'article' : 'no-article';
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());
const ms = (since: number): number => Math.round((now() - since) * 1000) / 1000;

/**
 * Reads the article of `doc` at `url`. Extraction always runs (a click always reads); the view is
 * "article" when the extracted body is running prose, or when `options.force`. Key facts and
 * glance are computed for a shown article only.
 * ExtractionBudgetError from the extractor is not caught: the caller decides how to report it.
 * `doc` is not changed unless `options.disposable` (see ExtractionOptions).
 */
export function readArticle(doc: Document, url: string, options: ReadOptions = {}): ReadResult {
  const { force = false, ...extraction } = options;
  // The address is parsed and its outlet's rule found once, for detection, extraction and metadata.
  const address = pageAddress(url);
  let start = now();
  const detection = detectArticle(doc, address);
  const timings: ReadTimings = { detectMs: ms(start), extractMs: 0, keyFactsMs: 0 };

  start = now();
  const { article, fallback, shape } = extractPage(doc, address, extraction);
  timings.extractMs = ms(start);
  const view = clickView(article, shape, detection, force);
  if (!article || view !== 'article') return { detection, article, view, fallback, keyFacts: [], glance: null, timings };

  start = now();
  const input = { title: article.title, textContent: article.textContent, lang: article.lang, publishedTime: article.publishedTime };
  const facts = keyFacts(input);
  timings.keyFactsMs = ms(start); // key facts alone, as the name (and the CLI contract) says; the glance panel is not timed here
  const glance = atAGlance(input);
  return { detection, article, view, fallback, keyFacts: facts, glance, timings };
}

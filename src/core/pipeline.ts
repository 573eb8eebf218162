/**
 * readArticle(doc, url): the whole core in one call — detect, extract, key facts and "at a glance" —
 * with the time each step took. Used by the CLI and the views.
 */
import { detectArticle } from './detect';
import { extractArticle, type ExtractionOptions } from './extract';
import { atAGlance, keyFacts } from './keyfacts';
import type { Article, Detection, Glance, KeyFact } from './types';

export interface ReadOptions extends ExtractionOptions {
  /** Extract even when detection says the page is not an article ("show anyway"). */
  force?: boolean;
}

export interface ReadTimings {
  detectMs: number;
  extractMs: number;
  keyFactsMs: number;
}

export interface ReadResult {
  detection: Detection;
  /** null when the page is not an article (and not forced), or has no article body in its DOM. */
  article: Article | null;
  keyFacts: KeyFact[];
  glance: Glance | null;
  timings: ReadTimings;
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());
const ms = (since: number): number => Math.round((now() - since) * 1000) / 1000;

/**
 * Reads the article of `doc` at `url`. Extraction runs only when detection finds an article (or
 * `options.force`); key facts and glance only when an article body was extracted.
 * ExtractionBudgetError from the extractor is not caught: the caller decides how to report it.
 * `doc` is not changed unless `options.disposable` (see ExtractionOptions).
 */
export function readArticle(doc: Document, url: string, options: ReadOptions = {}): ReadResult {
  const { force = false, ...extraction } = options;
  let start = now();
  const detection = detectArticle(doc, url);
  const timings: ReadTimings = { detectMs: ms(start), extractMs: 0, keyFactsMs: 0 };
  if (!detection.isArticle && !force) return { detection, article: null, keyFacts: [], glance: null, timings };

  start = now();
  const article = extractArticle(doc, url, extraction);
  timings.extractMs = ms(start);
  if (!article) return { detection, article: null, keyFacts: [], glance: null, timings };

  start = now();
  const input = { title: article.title, textContent: article.textContent, lang: article.lang, publishedTime: article.publishedTime };
  const facts = keyFacts(input);
  timings.keyFactsMs = ms(start); // key facts alone, as the name (and the CLI contract) says; the glance panel is not timed here
  const glance = atAGlance(input);
  return { detection, article, keyFacts: facts, glance, timings };
}

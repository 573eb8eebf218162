/** `extract`: a saved page in, the pipeline's result out as one JSON object. */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { detectArticle } from '../core/detect';
import { ExtractionBudgetError } from '../core/extract';
import { readArticle, type ReadResult } from '../core/pipeline';
import { sanitizeArticleHtml } from '../core/sanitize';
import type { Article } from '../core/types';
import { decodeHtml } from './decode';
import type { ExtractInput } from './args';

/**
 * Why the output has no article: the extracted body is not an article (a list, a menu), no body
 * exists in the static DOM, the page is past the extraction budget (too many elements, too deep), or
 * it threw inside the parser even without its CSS (`error` says what).
 */
export type NoArticle = 'not-an-article' | 'no-article-body' | 'over-budget' | 'unreadable';

/**
 * The object printed per page: the keys of issue 2 §6, `noArticle` (null when an article is shown),
 * and what a click shows: `view`, the Lede step that fell back to Readability's result
 * (`fallback`), and `contentHtml` sanitized as the views render it.
 */
export interface ExtractOutput {
  url: string;
  /** The page-load verdict (toolbar icon, automatic mode); the click does not depend on it. */
  isArticle: boolean;
  kind: string;
  site: string | null;
  confidence: number;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  modifiedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  leadImage: Article['leadImage'];
  contentHtml: string | null;
  textContent: string | null;
  readingMinutes: number | null;
  keyFacts: { text: string; sentenceIndex: number }[];
  glance: unknown;
  timings: { detectMs: number; extractMs: number; keyFactsMs: number };
  noArticle: NoArticle | null;
  /** What the popup shows for this page. */
  view: 'article' | 'no-article';
  /** The Lede step that fell short of Readability's own result and was replaced by it, or null. */
  fallback: string | null;
  /** Why the page could not be read (over-budget and unreadable pages only). */
  error?: string;
}

/** Reads FILE, or all of standard input for '-'. Errors say which file. */
export function readInput(file: string): Uint8Array {
  try {
    return fs.readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new Error(`cannot read ${file === '-' ? 'standard input' : file}: ${why}`);
  }
}

/** The page's own address from <link rel=canonical> or og:url, used when no --url is given. */
function declaredUrl(html: string): string | null {
  const head = html.slice(0, 200_000);
  const canonical = /<link\b[^>]*\brel=["']?canonical["']?[^>]*>/i.exec(head)?.[0];
  const og = /<meta\b[^>]*\bproperty=["']og:url["'][^>]*>/i.exec(head)?.[0];
  for (const tag of [canonical, og]) {
    const href = tag && /\b(?:href|content)=["']([^"']+)["']/i.exec(tag)?.[1];
    if (href && /^https?:\/\//i.test(href) && URL.canParse(href)) return href;
  }
  return null;
}

const quiet = new VirtualConsole();
/** The extension keeps pages responsive with a 5 s budget; a batch run on a busy machine may take longer. */
const CLI_MAX_MS = 60_000;

/** A jsdom document for html at url: scripts never run, console and CSS errors silenced. */
function parse(text: string, url: string): Document {
  return new JSDOM(text, { url, virtualConsole: quiet }).window.document;
}

/**
 * Stylesheets and style attributes removed: jsdom evaluates a page's CSS selectors (visibility,
 * computed style), and one selector its parser rejects throws inside the extraction. The article
 * does not need the page's CSS.
 */
function withoutStyles(doc: Document): Document {
  for (const el of Array.from(doc.querySelectorAll('style, link[rel~="stylesheet" i]'))) el.remove();
  for (const el of Array.from(doc.querySelectorAll('[style]'))) el.removeAttribute('style');
  return doc;
}

/** Reads a parsed page as a click does (readArticle); replaceable in tests. */
export type PageReader = (doc: Document, url: string) => ReadResult;
const clickRead: PageReader = (doc, url) => readArticle(doc, url, { disposable: true, maxMs: CLI_MAX_MS });

/** Why a page could not be read at all: past the budget, or the parser threw on it twice. */
export type Unreadable = ExtractionBudgetError | { unreadable: string };

/**
 * The pipeline as a click runs it. A page whose markup throws inside the parser is read again
 * without its CSS; a page that still throws, or is past the budget, comes back as the reason
 * (the caller prints a clear no-article), never as an exception.
 */
export function readPage(text: string, url: string, read: PageReader = clickRead): ReadResult | Unreadable {
  const attempt = (doc: () => Document): ReadResult | ExtractionBudgetError => {
    try {
      return read(doc(), url);
    } catch (error) {
      if (error instanceof ExtractionBudgetError) return error;
      throw error;
    }
  };
  try {
    return attempt(() => parse(text, url));
  } catch {
    try {
      return attempt(() => withoutStyles(parse(text, url)));
    } catch (error) {
      return { unreadable: error instanceof Error ? error.message : String(error) };
    }
  }
}

/** A page that could not be read: the page-load verdict (when even that can be had) and a clear no-article. */
function noArticleResult(text: string, url: string): ReadResult {
  let detection: ReadResult['detection'];
  try {
    detection = detectArticle(parse(text, url), url);
  } catch {
    detection = { isArticle: false, kind: 'none', confidence: 0, reasons: ['error'] };
  }
  return {
    detection, article: null, view: 'no-article', fallback: null, keyFacts: [], glance: null,
    timings: { detectMs: 0, extractMs: 0, keyFactsMs: 0 },
  };
}

/** Runs the pipeline on one page. Throws (with a message naming the file) when it cannot. */
export function extractPage(input: ExtractInput, encoding?: string, reader?: PageReader): ExtractOutput {
  const bytes = readInput(input.file);
  const { text } = decodeHtml(bytes, encoding);
  const fallback = input.file === '-' ? 'file:///dev/stdin' : pathToFileURL(path.resolve(input.file)).href;
  const url = input.url ?? declaredUrl(text) ?? fallback;
  const read = readPage(text, url, reader);
  const failed = read instanceof ExtractionBudgetError ? read.message : 'unreadable' in read ? read.unreadable : null;
  const result = failed === null ? (read as ReadResult) : noArticleResult(text, url);
  const { detection, keyFacts, glance, timings, view } = result;
  const article = view === 'article' ? result.article : null;
  const noArticle: NoArticle | null = article ? null : read instanceof ExtractionBudgetError ? 'over-budget'
    : failed !== null ? 'unreadable' : result.article ? 'not-an-article' : 'no-article-body';
  // The sanitizer needs a window; a blank one, so nothing of the page is in scope.
  const contentHtml = article ? sanitizeArticleHtml(article.contentHtml, new JSDOM('', { url }).window as unknown as Window & typeof globalThis) : null;
  return {
    url,
    isArticle: detection.isArticle,
    kind: detection.kind,
    site: detection.site ?? null,
    confidence: detection.confidence,
    title: article?.title ?? null,
    byline: article?.byline ?? null,
    siteName: article?.siteName ?? null,
    publishedTime: article?.publishedTime ?? null,
    modifiedTime: article?.modifiedTime ?? null,
    lang: article?.lang ?? null,
    excerpt: article?.excerpt ?? null,
    leadImage: article?.leadImage ?? null,
    contentHtml,
    textContent: article?.textContent ?? null,
    readingMinutes: article?.readingMinutes ?? null,
    keyFacts: keyFacts.map(({ text: factText, sentenceIndex }) => ({ text: factText, sentenceIndex })),
    glance,
    timings,
    noArticle,
    view,
    fallback: result.fallback,
    ...(failed !== null ? { error: failed } : {}),
  };
}

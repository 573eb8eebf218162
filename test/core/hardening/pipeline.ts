/**
 * The core pipeline as the extension runs it, over a jsdom document built the way a browser builds
 * one from a response (bytes sniffed for their encoding, XML parsed as XML, text and JSON wrapped
 * in a <pre>): detect → extract → sanitize → key facts and glance.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { detectArticle } from '../../../src/core/detect';
import { ExtractionBudgetError, extractArticle, type ExtractionOptions } from '../../../src/core/extract';
import { atAGlance, keyFacts } from '../../../src/core/keyfacts';
import { sanitizeArticleHtml } from '../../../src/core/sanitize';
import type { Article, Detection, Glance, KeyFact } from '../../../src/core/types';

const quiet = new VirtualConsole();

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A Document for a response body, as a browser would present it to a content script. */
export function documentFor(body: string | Uint8Array, contentType: string, url: string): Document {
  const mime = contentType.split(';')[0].trim().toLowerCase();
  if (mime === 'text/plain' || mime === 'application/json') {
    const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
    const doc = new JSDOM(`<html><head></head><body><pre>${escapeText(text)}</pre></body></html>`, { url, virtualConsole: quiet }).window.document;
    // A browser's text/JSON viewer document keeps the response type (jsdom cannot parse these types itself).
    Object.defineProperty(doc, 'contentType', { value: mime });
    return doc;
  }
  // jsdom sniffs bytes like a browser (BOM, then <meta charset>, else windows-1252) and honours a charset parameter.
  const input = typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  return new JSDOM(input, { url, contentType, virtualConsole: quiet }).window.document;
}

export interface PipelineResult {
  detection: Detection;
  article: Article | null;
  budgetError: ExtractionBudgetError | null;
  sanitizedHtml: string | null;
  keyFacts: KeyFact[];
  glance: Glance | null;
}

/**
 * Runs every core step; only ExtractionBudgetError is caught (and reported), anything else throws.
 * `options` go to extractArticle (default: the extension's own budget).
 */
export function runPipeline(doc: Document, url: string, options?: ExtractionOptions): PipelineResult {
  const detection = detectArticle(doc, url);
  let article: Article | null = null;
  let budgetError: ExtractionBudgetError | null = null;
  try {
    article = extractArticle(doc, url, options);
  } catch (error) {
    if (!(error instanceof ExtractionBudgetError)) throw error;
    budgetError = error;
  }
  if (!article) return { detection, article, budgetError, sanitizedHtml: null, keyFacts: [], glance: null };
  const win = new JSDOM('').window as unknown as Window & typeof globalThis;
  const sanitizedHtml = sanitizeArticleHtml(article.contentHtml, win);
  const input = { title: article.title, textContent: article.textContent, lang: article.lang, publishedTime: article.publishedTime };
  return { detection, article, budgetError, sanitizedHtml, keyFacts: keyFacts(input), glance: atAGlance(input) };
}

/** Parses sanitized HTML into a container, as the reader view would insert it. */
export function renderedRoot(html: string): HTMLElement {
  const doc = new JSDOM('<body></body>', { virtualConsole: quiet }).window.document;
  const root = doc.createElement('div');
  root.innerHTML = html;
  return root;
}

/**
 * Every Article field except contentHtml is plain data for textContent / attributes: strings,
 * numbers or null (leadImage: an object of those). Returns the fields that are not.
 */
export function nonPlainFields(article: Article): string[] {
  const bad: string[] = [];
  const plain = (v: unknown): boolean => v === null || typeof v === 'string' || typeof v === 'number';
  for (const [key, value] of Object.entries(article)) {
    if (key === 'leadImage') {
      if (value !== null && !(typeof value === 'object' && Object.values(value as object).every(plain))) bad.push(key);
    } else if (!plain(value)) bad.push(key);
  }
  return bad;
}

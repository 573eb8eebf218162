/**
 * Access to the shared corpus (../shared/corpus beside the repository, or $LEDE_CORPUS).
 * Files are decoded by the encoding the corpus index records, not by their <meta> tag.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS_DIR = process.env.LEDE_CORPUS ?? path.resolve(repoRoot, '../shared/corpus');

export interface CorpusPage {
  file: string;
  url: string;
  site: string;
  isArticle: boolean;
  lang: string;
  kind: 'article' | 'home' | 'section' | 'search';
  title?: string;
  author?: string | null;
  metaAuthor?: string;
  ldAuthor?: string;
  published?: string;
  publishedRaw?: string;
  firstSentence?: string;
  lastSentence?: string;
  bytesEncoding: string;
  declaredCharset?: string[];
  notes?: string;
}

export function corpusPages(): CorpusPage[] {
  return JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, 'pages/index.json'), 'utf8'));
}

/** The page's HTML as a string, decoded by its real byte encoding. */
export function corpusPageHtml(page: CorpusPage): string {
  const bytes = fs.readFileSync(path.join(CORPUS_DIR, 'pages', page.file));
  return new TextDecoder(page.bytesEncoding).decode(bytes);
}

/** A jsdom Document for HTML at URL (scripts never run). */
export function parseHtml(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}

export function corpusPageDocument(page: CorpusPage): Document {
  return parseHtml(corpusPageHtml(page), page.url);
}

/** Collapse whitespace the way the corpus expectations were written. */
export const norm = (s: string | null | undefined): string => String(s ?? '').replace(/\s+/g, ' ').trim();

export interface ReadabilityTestPage {
  slug: string;
  sourceHtml: string;
  expectedHtml: string;
  metadata: {
    title?: string; byline?: string | null; excerpt?: string | null; siteName?: string | null;
    publishedTime?: string | null; lang?: string; dir?: string; readerable: boolean;
  };
}

/** Readability's own test pages; parse them with the URL it uses. */
export const READABILITY_TEST_URL = 'http://fakehost/test/page.html';

export function readabilityTestPages(): ReadabilityTestPage[] {
  const dir = path.join(CORPUS_DIR, 'readability-test-pages');
  return fs.readdirSync(dir).filter((slug) => fs.existsSync(path.join(dir, slug, 'source.html'))).sort().map((slug) => ({
    slug,
    sourceHtml: fs.readFileSync(path.join(dir, slug, 'source.html'), 'utf8'),
    expectedHtml: fs.existsSync(path.join(dir, slug, 'expected.html')) ? fs.readFileSync(path.join(dir, slug, 'expected.html'), 'utf8') : '',
    metadata: JSON.parse(fs.readFileSync(path.join(dir, slug, 'expected-metadata.json'), 'utf8')),
  }));
}

/** `extract`: a saved page in, the pipeline's result out as one JSON object. */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { readArticle } from '../core/pipeline';
import type { Article } from '../core/types';
import { decodeHtml } from './decode';
import type { ExtractInput } from './args';

/** Why the output has no article: detection said no, or no body exists in the static DOM. */
export type NoArticle = 'not-an-article' | 'no-article-body';

/** The object printed per page: the keys of issue 2 §6, plus `noArticle` (null when extracted). */
export interface ExtractOutput {
  url: string;
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

/** Runs the pipeline on one page. Throws (with a message naming the file) when it cannot. */
export function extractPage(input: ExtractInput, encoding?: string): ExtractOutput {
  const bytes = readInput(input.file);
  const { text } = decodeHtml(bytes, encoding);
  const fallback = input.file === '-' ? 'file:///dev/stdin' : pathToFileURL(path.resolve(input.file)).href;
  const url = input.url ?? declaredUrl(text) ?? fallback;
  const doc = new JSDOM(text, { url, virtualConsole: quiet }).window.document;
  // Our own parse, thrown away afterwards: the extractor may work on it without a copy.
  const { detection, article, keyFacts, glance, timings } = readArticle(doc, url, { disposable: true, maxMs: CLI_MAX_MS });
  const noArticle: NoArticle | null = article ? null : detection.isArticle ? 'no-article-body' : 'not-an-article';
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
    contentHtml: article?.contentHtml ?? null,
    textContent: article?.textContent ?? null,
    readingMinutes: article?.readingMinutes ?? null,
    keyFacts: keyFacts.map(({ text: factText, sentenceIndex }) => ({ text: factText, sentenceIndex })),
    glance,
    timings,
    noArticle,
  };
}

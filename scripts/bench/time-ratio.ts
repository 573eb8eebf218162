/**
 * Lede's time against plain Readability (issue 12), per dev set: the ratio of totals, the median of
 * per-page ratios, and how much of Lede's time is Readability's own passes inside its pipeline
 * (extractPage's `readabilityMs`), so what Lede adds can be told from what Readability costs.
 * `timeSetsInJsdom` times the sets main.ts does not already time page by page (news-world-dev, the
 * corpus's article pages); browser-extract.ts times all three in Chromium with the same summary.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { extractPage } from '../../src/core/extract';
import { keyFacts } from '../../src/core/keyfacts';
import { parsePage, settle } from './jsdom-pages';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** One page's times: plain Readability.parse(); Lede's extraction + key facts; Readability inside Lede's extraction. */
export interface PageTime { plainMs: number; ledeMs: number; readabilityMs: number }

export interface RatioFigures {
  pages: number;
  plainMs: number;
  ledeMs: number;
  /** Σ Readability's passes inside Lede's pipeline. */
  readabilityInsideMs: number;
  /** Σ Lede ÷ Σ plain Readability. */
  ratio: number;
  /** Median over pages of Lede ÷ plain Readability. */
  medianPageRatio: number;
  /** Σ Readability inside Lede ÷ Σ plain Readability (above 1: a site rule's container is read too). */
  insideOverPlain: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

export function ratioFigures(times: PageTime[]): RatioFigures {
  const plainMs = sum(times.map((t) => t.plainMs)), ledeMs = sum(times.map((t) => t.ledeMs));
  const readabilityInsideMs = sum(times.map((t) => t.readabilityMs));
  return {
    pages: times.length, plainMs, ledeMs, readabilityInsideMs,
    ratio: ledeMs / plainMs,
    medianPageRatio: median(times.filter((t) => t.plainMs > 0).map((t) => t.ledeMs / t.plainMs)),
    insideOverPlain: readabilityInsideMs / plainMs,
  };
}

const seconds = (ms: number): string => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);

/** "1.15× (37.0 s vs 32.2 s); median page 1.21×; Readability inside Lede 31.0 s (0.96× plain), Lede's own steps 6.0 s" */
export function describeRatio(f: RatioFigures): string {
  return `${f.ratio.toFixed(2)}× (${seconds(f.ledeMs)} vs ${seconds(f.plainMs)}); median page ${f.medianPageRatio.toFixed(2)}×; `
    + `Readability inside Lede ${seconds(f.readabilityInsideMs)} (${f.insideOverPlain.toFixed(2)}× plain), Lede's own steps ${seconds(f.ledeMs - f.readabilityInsideMs)}`;
}

export interface TimedPage { name: string; html: string; url: string }

/** The dev sets besides extraction-dev: news-world-dev's pages and the corpus's article pages, decoded. */
export function otherTimedSets(corpusDir: string, limit = Infinity): { set: string; pages: TimedPage[] }[] {
  const worldDir = path.join(corpusDir, 'news-world-dev');
  const world = (JSON.parse(fs.readFileSync(path.join(worldDir, 'index.json'), 'utf8')) as { pages: { file: string; url: string }[] }).pages;
  const corpusPages = (JSON.parse(fs.readFileSync(path.join(corpusDir, 'pages/index.json'), 'utf8')) as { file: string; url: string; isArticle: boolean; bytesEncoding: string }[])
    .filter((p) => p.isArticle);
  return [
    { set: 'news-world-dev', pages: world.slice(0, limit).map((p) => ({ name: p.file, url: p.url, html: fs.readFileSync(path.join(worldDir, 'html', p.file), 'utf8') })) },
    { set: 'corpus articles', pages: corpusPages.slice(0, limit).map((p) => ({ name: p.file, url: p.url, html: new TextDecoder(p.bytesEncoding).decode(fs.readFileSync(path.join(corpusDir, 'pages', p.file))) })) },
  ];
}

/** One page in jsdom: plain Readability and Lede, each on a fresh parse after a collection. */
async function timePage(page: TimedPage): Promise<PageTime> {
  let dom = parsePage(page.html, page.url);
  await settle();
  let t0 = performance.now();
  try { new Readability(dom.window.document).parse(); } catch { /* timed as done */ }
  const plainMs = performance.now() - t0;
  dom.window.close();

  dom = parsePage(page.html, page.url);
  await settle();
  t0 = performance.now();
  let readabilityMs = 0;
  let article: ReturnType<typeof extractPage>['article'] = null;
  try {
    ({ article, readabilityMs } = extractPage(dom.window.document, page.url, { disposable: true, maxMs: 60_000 }));
  } catch { /* timed as done */ }
  let ledeMs = performance.now() - t0;
  // As main.ts's runPage: key facts start on a collected heap, not paying for jsdom's garbage.
  if (article) {
    gc();
    t0 = performance.now();
    keyFacts({ title: article.title, textContent: article.textContent, lang: article.lang, publishedTime: article.publishedTime });
    ledeMs += performance.now() - t0;
  }
  dom.window.close();
  return { plainMs, ledeMs, readabilityMs };
}

export async function timeSetsInJsdom(corpusDir: string, limit = Infinity): Promise<{ set: string; figures: RatioFigures }[]> {
  const out: { set: string; figures: RatioFigures }[] = [];
  for (const { set, pages } of otherTimedSets(corpusDir, limit)) {
    const times: PageTime[] = [];
    for (const page of pages) times.push(await timePage(page));
    out.push({ set, figures: ratioFigures(times) });
  }
  return out;
}

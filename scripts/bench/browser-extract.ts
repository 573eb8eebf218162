/**
 * Extraction time where the extension really extracts: in a Chromium page, on a document parsed
 * from the page's HTML with DOMParser (the reading view parses the page snapshot the same way,
 * then extracts from that throw-away parse: `disposable`). For each extraction-dev page, in the
 * same page and run: plain `new Readability(doc).parse()` on one fresh parse, and Lede's
 * `extractArticle(doc, url, { disposable: true })` + `keyFacts()` on another. Each is repeated
 * (fresh parses every time, order alternating, garbage collected before each timed call) and the
 * per-page median kept, so a busy machine moves both sides alike; parsing is never timed.
 * Ratio = Σ Lede ÷ Σ Readability over the pages. Skipped (null) when Chromium or playwright-core
 * is missing. Runnable by itself:
 *   npx esbuild scripts/bench/browser-extract.ts --bundle --platform=node --format=esm --packages=external \
 *     --outfile=node_modules/.cache/browser-extract.mjs && node node_modules/.cache/browser-extract.mjs [--limit N] [--repeat R]
 */
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { BROWSER_TARGETS, SUPPORTED } from '../esbuild-targets.mjs';
import { CHROMIUM, loadChromium } from './chromium';

export interface BrowserExtractFigures {
  pages: number;
  repeat: number;
  ledeMs: number;
  plainMs: number;
  ratio: number;
  extractMs: number;
  keyFactsMs: number;
  medianPageRatio: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : 0;
};

interface PageTimes { plain: number; extract: number; keyFacts: number }

/** Runs inside the Chromium page. `which` is 'plain' or 'lede'. */
function timeInPage(args: { html: string; url: string; which: 'plain' | 'lede' }): PageTimes {
  type Bench = {
    Readability: new (doc: Document) => { parse(): unknown };
    extractArticle: (doc: Document, url: string, o: object) => { title: string; textContent: string; lang: string | null; publishedTime: string | null } | null;
    keyFacts: (input: object) => unknown;
  };
  const g = globalThis as unknown as { LedeBench: Bench; gc?: () => void };
  const doc = new DOMParser().parseFromString(args.html, 'text/html');
  // Relative URLs resolve against the article's address, as in the reading view.
  const base = doc.createElement('base');
  base.href = args.url;
  doc.head?.prepend(base);
  g.gc?.();
  const out: PageTimes = { plain: 0, extract: 0, keyFacts: 0 };
  if (args.which === 'plain') {
    const t0 = performance.now();
    try { new g.LedeBench.Readability(doc).parse(); } catch { /* counted as done */ }
    out.plain = performance.now() - t0;
    return out;
  }
  let t0 = performance.now();
  let article = null;
  try { article = g.LedeBench.extractArticle(doc, args.url, { disposable: true, maxMs: 60_000 }); } catch { article = null; }
  out.extract = performance.now() - t0;
  if (article) {
    t0 = performance.now();
    g.LedeBench.keyFacts({ title: article.title, textContent: article.textContent, lang: article.lang, publishedTime: article.publishedTime });
    out.keyFacts = performance.now() - t0;
  }
  return out;
}

export async function browserExtractTimes(root: string, corpusDir: string, options: { limit?: number; repeat?: number } = {}): Promise<BrowserExtractFigures | null> {
  const chromium = await loadChromium();
  if (!chromium) return null;
  const repeat = Math.max(1, options.repeat ?? 3);
  const bundle = await esbuild.build({
    entryPoints: [path.join(root, 'scripts/bench/browser-extract-entry.ts')], bundle: true, minify: true, write: false,
    format: 'iife', globalName: 'LedeBench', platform: 'browser', target: BROWSER_TARGETS, supported: SUPPORTED,
  });
  const code = bundle.outputFiles[0].text + ';globalThis.LedeBench = LedeBench;';
  const dir = path.join(corpusDir, 'extraction-dev');
  const pages: { file: string; extractUrl: string }[] = JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')).slice(0, options.limit ?? Infinity);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc'] });
  try {
    const context = await browser.newContext();
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent('<!doctype html><title>bench</title>');
    await page.evaluate(code);
    let plainSum = 0, extractSum = 0, keyFactsSum = 0;
    const pageRatios: number[] = [];
    for (const entry of pages) {
      const html = fs.readFileSync(path.join(dir, entry.file), 'utf8');
      const plain: number[] = [], extract: number[] = [], facts: number[] = [];
      // One untimed warm-up of each side, then `repeat` timed runs in alternating order.
      for (let r = -1; r < repeat; r++) {
        const order: ('plain' | 'lede')[] = r % 2 ? ['plain', 'lede'] : ['lede', 'plain'];
        for (const which of order) {
          const t = await page.evaluate(timeInPage, { html, url: entry.extractUrl, which });
          if (r < 0) continue;
          if (which === 'plain') plain.push(t.plain); else { extract.push(t.extract); facts.push(t.keyFacts); }
        }
      }
      const p = median(plain), e = median(extract), k = median(facts);
      plainSum += p; extractSum += e; keyFactsSum += k;
      if (p > 0) pageRatios.push((e + k) / p);
    }
    const ledeMs = extractSum + keyFactsSum;
    return { pages: pages.length, repeat, ledeMs, plainMs: plainSum, ratio: ledeMs / plainSum, extractMs: extractSum, keyFactsMs: keyFactsSum, medianPageRatio: median(pageRatios) };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const arg = (name: string): number | undefined => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : undefined;
  };
  const corpus = process.env.LEDE_CORPUS ?? path.resolve(process.cwd(), '../shared/corpus');
  const r = await browserExtractTimes(process.cwd(), corpus, { limit: arg('--limit'), repeat: arg('--repeat') });
  if (!r) { console.log('Chromium or playwright-core missing: skipped'); return; }
  console.log(`Chromium, ${r.pages} extraction-dev pages, median of ${r.repeat} runs each:`);
  console.log(`  Readability.parse() ${r.plainMs.toFixed(0)} ms; Lede extract ${r.extractMs.toFixed(0)} ms + key facts ${r.keyFactsMs.toFixed(0)} ms = ${r.ledeMs.toFixed(0)} ms`);
  console.log(`  ratio ${r.ratio.toFixed(3)}× (median per-page ratio ${r.medianPageRatio.toFixed(3)}×)`);
}

if (process.argv[1] && /browser-extract/.test(process.argv[1])) main().catch((error) => { console.error(error); process.exitCode = 1; });

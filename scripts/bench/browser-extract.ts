/**
 * Extraction time where the extension really extracts: in a Chromium page, on a document parsed
 * from the page's HTML with DOMParser (the reading view parses the page snapshot the same way,
 * then extracts from that throw-away parse: `disposable`). For each page of extraction-dev,
 * news-world-dev and the corpus's articles, in the same page and run: plain
 * `new Readability(doc).parse()` on one fresh parse, and Lede's `extractPage(doc, url,
 * { disposable: true })` + `keyFacts()` on another (with the time of Readability's passes inside
 * it). Each is repeated (fresh parses every time, order alternating, garbage collected before each
 * timed call) and the per-page median kept, so a busy machine moves both sides alike; parsing is
 * never timed. Summed per set by time-ratio.ts. Skipped (null) when Chromium or playwright-core
 * is missing. Runnable by itself:
 *   npx esbuild scripts/bench/browser-extract.ts --bundle --platform=node --format=esm --packages=external \
 *     --outfile=node_modules/.cache/browser-extract.mjs && node node_modules/.cache/browser-extract.mjs [--limit N] [--repeat R]
 */
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { BROWSER_TARGETS, SUPPORTED } from '../esbuild-targets.mjs';
import { CHROMIUM, loadChromium } from './chromium';
import { describeRatio, otherTimedSets, ratioFigures, type PageTime, type RatioFigures, type TimedPage } from './time-ratio';

export interface BrowserExtractFigures {
  repeat: number;
  sets: { set: string; figures: RatioFigures; keyFactsMs: number }[];
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : 0;
};

interface PageTimes { plain: number; extract: number; keyFacts: number; inside: number }

/** Runs inside the Chromium page. `which` is 'plain' or 'lede'. */
function timeInPage(args: { html: string; url: string; which: 'plain' | 'lede' }): PageTimes {
  type Bench = {
    Readability: new (doc: Document) => { parse(): unknown };
    extractPage: (doc: Document, url: string, o: object) => {
      article: { title: string; textContent: string; lang: string | null; publishedTime: string | null } | null;
      readabilityMs: number;
    };
    keyFacts: (input: object) => unknown;
  };
  const g = globalThis as unknown as { LedeBench: Bench; gc?: () => void };
  const doc = new DOMParser().parseFromString(args.html, 'text/html');
  // Relative URLs resolve against the article's address, as in the reading view.
  const base = doc.createElement('base');
  base.href = args.url;
  doc.head?.prepend(base);
  g.gc?.();
  const out: PageTimes = { plain: 0, extract: 0, keyFacts: 0, inside: 0 };
  if (args.which === 'plain') {
    const t0 = performance.now();
    try { new g.LedeBench.Readability(doc).parse(); } catch { /* counted as done */ }
    out.plain = performance.now() - t0;
    return out;
  }
  let t0 = performance.now();
  let article = null;
  try {
    const extraction = g.LedeBench.extractPage(doc, args.url, { disposable: true, maxMs: 60_000 });
    article = extraction.article;
    out.inside = extraction.readabilityMs;
  } catch { article = null; }
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
  const dev: TimedPage[] = (JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')) as { file: string; extractUrl: string }[])
    .slice(0, options.limit ?? Infinity).map((p) => ({ name: p.file, url: p.extractUrl, html: fs.readFileSync(path.join(dir, p.file), 'utf8') }));
  const sets = [{ set: 'extraction-dev', pages: dev }, ...otherTimedSets(corpusDir, options.limit)];
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc'] });
  try {
    const context = await browser.newContext();
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent('<!doctype html><title>bench</title>');
    await page.evaluate(code);
    const out: BrowserExtractFigures['sets'] = [];
    for (const { set, pages } of sets) {
      const times: PageTime[] = [];
      let keyFactsMs = 0;
      for (const entry of pages) {
        const plain: number[] = [], lede: number[] = [], facts: number[] = [], inside: number[] = [];
        // One untimed warm-up of each side, then `repeat` timed runs in alternating order.
        for (let r = -1; r < repeat; r++) {
          const order: ('plain' | 'lede')[] = r % 2 ? ['plain', 'lede'] : ['lede', 'plain'];
          for (const which of order) {
            const t = await page.evaluate(timeInPage, { html: entry.html, url: entry.url, which });
            if (r < 0) continue;
            if (which === 'plain') plain.push(t.plain);
            else { lede.push(t.extract + t.keyFacts); facts.push(t.keyFacts); inside.push(t.inside); }
          }
        }
        times.push({ plainMs: median(plain), ledeMs: median(lede), readabilityMs: median(inside) });
        keyFactsMs += median(facts);
      }
      out.push({ set, figures: ratioFigures(times), keyFactsMs });
    }
    return { repeat, sets: out };
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
  console.log(`Chromium, median of ${r.repeat} runs per page:`);
  for (const { set, figures, keyFactsMs } of r.sets) console.log(`  ${set} (${figures.pages} pages): ${describeRatio(figures)}; key facts ${keyFactsMs.toFixed(0)} ms`);
}

if (process.argv[1] && /browser-extract/.test(process.argv[1])) main().catch((error) => { console.error(error); process.exitCode = 1; });

/**
 * Detection timed where it really runs: in headless Chromium (the content script's engine), on the
 * corpus pages and on huge synthetic pages. Page scripts are off and the network is closed; each
 * page is served under its real address with COOP/COEP headers, so the page is cross-origin
 * isolated and performance.now() ticks in 5 µs steps (100 µs otherwise, too coarse for this).
 *
 * What is timed. A content script runs detection once per page load, in a fresh isolated world:
 * its first detectArticle() call pays V8's lazy compilation of the functions it reaches, the first
 * compilation of every regex it runs and Blink's first-use set-up of every DOM interface it touches
 * (the first element wrapper alone costs ~0.4 ms). A warm call costs 10–50× less and says little
 * about a page load. So:
 * - **cold** (the reported medianMs / p95Ms / maxMs): the first detectArticle(document, url) call in
 *   a fresh renderer (a new tab; Chromium gives each new tab of a site its own process, so no V8
 *   regex or code cache is warm), right after the detection bundle (src/core/detect/index.ts as
 *   an IIFE, as the content script bundles it) was evaluated, 50 ms after DOMContentLoaded (the
 *   content script runs at document_idle). Each page gets `runs` such loads (3; --runs N or
 *   LEDE_DETECT_RUNS=N);
 *   its figure is the median of them; median / p95 / max are over pages.
 * - **load**: evaluating the bundle itself (compile + top level) before that call, timed apart, so
 *   work moved to the top level cannot hide. (This bundle carries the site rules' extraction hints
 *   too, which dist/chrome/content.js leaves out: load is an upper bound.)
 * - **warm**: the median of 5 more calls on the same page (for reference only).
 * - **domPath**: the same pages with a neutral URL (https://example.org/p/<name>) that no URL rule
 *   decides, so metadata, JSON-LD and the text walk all run: what a page of an outlet without a
 *   site rule costs (the corpus pages are all outlets with rules, which decide most of them by URL).
 * - **huge**: cold first call on three synthetic pages built in the page (generic article URL).
 * The calls run in the page's main world with page scripts off; a content script runs in an
 * isolated world of a page whose own scripts may already have warmed parts of V8 that this bench
 * pays for inside the timed call, so these figures are the pessimistic side.
 *
 * Skipped (null) when Chromium or playwright-core is missing. Run alone:
 *   npx esbuild scripts/bench/browser-detect.ts --bundle --platform=node --format=esm \
 *     --packages=external --outfile=node_modules/.cache/bd.mjs && node node_modules/.cache/bd.mjs \
 *     [--runs 3] [--json] [--pages] [--entry other/detect/index.ts] [--no-world] [--undecided-only]
 * (--entry times another copy of the detector, to compare versions in the same conditions;
 * --undecided-only times only the pages no URL rule decides: the neutral-URL loads and news-world-dev.)
 * (from the repository root, or set LEDE_ROOT; LEDE_CORPUS defaults to ../shared/corpus).
 */
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { BROWSER_TARGETS, SUPPORTED } from '../esbuild-targets.mjs';
import { CHROMIUM, loadChromium } from './chromium';

interface Spread { medianMs: number; p95Ms: number; maxMs: number }
export interface BrowserDetectFigures extends Spread {
  /** Corpus pages timed. */
  pages: number;
  /** Cold loads per page (the page's figure is their median). */
  runs: number;
  /** Cold first call on the synthetic huge pages. */
  huge: Record<string, number>;
  /** Warm calls (median of 5 per page) on the same pages. */
  warm: Spread;
  /** Evaluating the detection bundle before the first call. */
  load: Spread;
  /** Cold and warm on the same pages under a neutral URL (no URL rule decides). */
  domPath: Spread & { warm: Spread };
  /** Step of performance.now() in the timed pages (5 µs when cross-origin isolated). */
  timerStepMs: number;
  /** Per page: cold median (real URL), cold median (neutral URL). */
  perPage: { file: string; coldMs: number; domPathColdMs: number }[];
  /** Cold first call on the news-world-dev pages at their own URLs (no site rule: the page decides). */
  world?: Spread & { pages: number };
}

export interface BrowserDetectOptions {
  /** Cold loads per page (LEDE_DETECT_RUNS, default 3). */
  runs?: number;
  /** Detector entry to bundle (default src/core/detect/index.ts): a copy of an older version, to compare. */
  entry?: string;
  /** Also time the news-world-dev pages (default true). */
  world?: boolean;
  /** Time only the neutral-URL path, news-world-dev and nothing else (for quick before/after runs). */
  undecidedOnly?: boolean;
}

const WARM_CALLS = 5;
const SETTLE_MS = 50;
const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : 0;
};
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const spread = (xs: number[]): Spread => ({ medianMs: median(xs), p95Ms: quantile(xs, 0.95), maxMs: quantile(xs, 1) });

interface Timing { load: number; cold: number; warm: number[] }

/** In the page: evaluate the bundle, then time the first call and WARM_CALLS more. */
function inPage([code, url, warmCalls]: [string, string, number]): Timing {
  const t0 = performance.now();
  (0, eval)(code);
  const load = performance.now() - t0;
  const detect = (globalThis as unknown as { LedeDetect: { detectArticle: (d: Document, u: string) => unknown } }).LedeDetect.detectArticle;
  const doc = document;
  const t1 = performance.now();
  detect(doc, url);
  const cold = performance.now() - t1;
  const warm: number[] = [];
  for (let i = 0; i < warmCalls; i++) {
    const t = performance.now();
    detect(doc, url);
    warm.push(performance.now() - t);
  }
  return { load, cold, warm };
}

export async function browserDetectTimes(root: string, corpusDir: string, options: BrowserDetectOptions = {}): Promise<BrowserDetectFigures | null> {
  const chromium = await loadChromium();
  if (!chromium) return null;
  const runs = Math.max(1, options.runs ?? (Number(process.env.LEDE_DETECT_RUNS) || 3));
  const bundle = await esbuild.build({
    entryPoints: [options.entry ?? path.join(root, 'src/core/detect/index.ts')], bundle: true, minify: true, write: false,
    format: 'iife', globalName: 'LedeDetect', platform: 'browser', target: BROWSER_TARGETS, supported: SUPPORTED,
  });
  const code = bundle.outputFiles[0].text + ';globalThis.LedeDetect = LedeDetect;';
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  let serial = 0;
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    let body = '';
    // Only the tab's own document is served; frames and every sub-resource are refused (a frame
    // served the page again would nest pages in pages and keep the renderer busy).
    await context.route('**/*', (route) => {
      const request = route.request();
      return request.resourceType() === 'document' && !request.frame().parentFrame()
        ? route.fulfill({
          status: 200, contentType: 'text/html; charset=utf-8', body,
          headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
        })
        : route.abort();
    });
    /** One page load in a new tab (a new renderer), then the bundle and the timed calls (one retry). */
    const load = async (html: string, pageUrl: string, detectUrl: string, build?: string, retry = true): Promise<Timing> => {
      body = html;
      const page = await context.newPage();
      try {
        await page.goto(pageUrl, { waitUntil: 'domcontentloaded', timeout: 60_000 });
        if (build) await page.evaluate(build);
        // Let the new renderer finish its own start-up work (2 cores): it is not detection's time.
        await page.waitForTimeout(SETTLE_MS);
        // A unique tail: no script-cache hit across loads, whatever the process model does.
        return await page.evaluate(inPage, [`${code}\n//${serial++}`, detectUrl, WARM_CALLS] as [string, string, number]);
      } catch (error) {
        if (!retry || build) throw error;
        console.error(`Chromium: ${pageUrl}: ${(error as Error).message.split('\n')[0]}; once more`);
        return load(html, pageUrl, detectUrl, build, false);
      } finally {
        await page.close();
      }
    };

    const index: { file: string; url: string; bytesEncoding: string }[] = JSON.parse(fs.readFileSync(path.join(corpusDir, 'pages/index.json'), 'utf8'));
    const perPage: BrowserDetectFigures['perPage'] = [];
    const cold: number[] = [], warm: number[] = [], loads: number[] = [], domCold: number[] = [], domWarm: number[] = [];
    for (const entry of index) {
      const html = new TextDecoder(entry.bytesEncoding).decode(fs.readFileSync(path.join(corpusDir, 'pages', entry.file)));
      const neutral = `https://example.org/p/${entry.file.replace(/\.html$/, '')}`;
      const real: Timing[] = [], dom: Timing[] = [];
      for (let r = 0; r < runs; r++) {
        if (!options.undecidedOnly) real.push(await load(html, entry.url, entry.url));
        dom.push(await load(html, neutral, neutral));
      }
      const c = median(real.map((t) => t.cold)), d = median(dom.map((t) => t.cold));
      cold.push(c);
      domCold.push(d);
      loads.push(median([...real, ...dom].map((t) => t.load)));
      warm.push(median(real.flatMap((t) => t.warm)));
      domWarm.push(median(dom.flatMap((t) => t.warm)));
      perPage.push({ file: entry.file, coldMs: c, domPathColdMs: d });
    }

    // The world pages at their own addresses: publishers no site rule knows, so the page signals decide.
    let world: BrowserDetectFigures['world'];
    if (options.world ?? true) {
      const worldIndex: { pages: { file: string; url: string }[] } = JSON.parse(fs.readFileSync(path.join(corpusDir, 'news-world-dev/index.json'), 'utf8'));
      const worldCold: number[] = [];
      for (const entry of worldIndex.pages) {
        const html = fs.readFileSync(path.join(corpusDir, 'news-world-dev/html', entry.file), 'utf8');
        const times: number[] = [];
        for (let r = 0; r < runs; r++) times.push((await load(html, entry.url, entry.url)).cold);
        worldCold.push(median(times));
      }
      world = { ...spread(worldCold), pages: worldCold.length };
    }

    const huge: Record<string, number> = {};
    const builders: Record<string, string> = {
      '60,000 paragraphs': `for (let i = 0; i < 60000; i++) document.body.appendChild(document.createElement('p')).textContent = 'Short line of text.';`,
      // Chromium's renderer itself crashes laying out 3,000 nested boxes (with or without Lede), so
      // the outermost box is display:none: no layout, the same DOM for detection.
      '3,000-deep nesting': `let n = document.body.appendChild(document.createElement('div')); n.style.display = 'none'; for (let i = 0; i < 3000; i++) n = n.appendChild(document.createElement('div')); for (let i = 0; i < 5; i++) n.appendChild(document.createElement('p')).textContent = 'Long enough paragraph text. '.repeat(20);`,
      '5 MB text node': `document.body.appendChild(document.createElement('p')).appendChild(document.createTextNode('word '.repeat(1000000)));`,
    };
    const hugeUrl = 'https://example.com/2024/05/01/a-long-story-slug';
    for (const [name, build] of Object.entries(options.undecidedOnly ? {} : builders)) {
      try {
        huge[name] = (await load('<html><body></body></html>', hugeUrl, hugeUrl, build)).cold;
      } catch (error) {
        // A renderer may crash on such a page (layout, not detection); record it and go on.
        console.error(`Chromium: ${name}: ${(error as Error).message.split('\n')[0]}`);
        huge[name] = NaN;
      }
    }

    body = '<html><body></body></html>';
    const probe = await context.newPage();
    await probe.goto('https://example.org/', { waitUntil: 'domcontentloaded' });
    const timerStepMs = await probe.evaluate(() => {
      let step = Infinity;
      for (let i = 0, last = performance.now(); i < 100000 && step > 0.001; i++) {
        const now = performance.now();
        if (now !== last) step = Math.min(step, now - last);
        last = now;
      }
      return step;
    });
    await probe.close();

    return {
      pages: cold.length, runs, ...spread(cold), huge,
      warm: spread(warm), load: spread(loads), domPath: { ...spread(domCold), warm: spread(domWarm) },
      timerStepMs, perPage, world,
    };
  } finally {
    await browser.close();
  }
}

const ms = (x: number): string => x.toFixed(3);
const line = (name: string, s: Spread): string => `${name.padEnd(34)} median ${ms(s.medianMs)}  p95 ${ms(s.p95Ms)}  max ${ms(s.maxMs)} ms`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const arg = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  const root = process.env.LEDE_ROOT ?? process.cwd();
  const corpus = process.env.LEDE_CORPUS ?? path.resolve(root, '../shared/corpus');
  const started = Date.now();
  const figures = await browserDetectTimes(root, corpus, {
    runs: arg('--runs') ? Number(arg('--runs')) : undefined, entry: arg('--entry'),
    world: !args.includes('--no-world'), undecidedOnly: args.includes('--undecided-only'),
  });
  if (!figures) {
    console.log('Chromium or playwright-core missing: skipped');
    return;
  }
  if (args.includes('--json')) {
    console.log(JSON.stringify(figures, null, 2));
    return;
  }
  if (args.includes('--pages')) {
    for (const p of figures.perPage) console.log(`${p.file.padEnd(22)} cold ${ms(p.coldMs)}  neutral-URL cold ${ms(p.domPathColdMs)} ms`);
  }
  console.log([
    `${figures.pages} corpus pages × ${figures.runs} cold loads, timer step ${ms(figures.timerStepMs)} ms, ${((Date.now() - started) / 1000).toFixed(0)} s`,
    line('cold first call (real URL)', figures),
    line('warm calls (real URL)', figures.warm),
    line('bundle evaluation', figures.load),
    line('cold first call (neutral URL)', figures.domPath),
    line('warm calls (neutral URL)', figures.domPath.warm),
    ...(figures.world ? [line(`cold, news-world-dev (${figures.world.pages} pages)`, figures.world)] : []),
    `huge pages, cold: ${Object.entries(figures.huge).map(([k, v]) => `${k} ${ms(v)} ms`).join('; ')}`,
  ].join('\n'));
}

if (/browser-detect|\/bd\.mjs$/.test(process.argv[1] ?? '')) main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

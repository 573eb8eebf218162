/**
 * Where a cold detection's time goes on pages no URL rule decides, in headless Chromium, set up as
 * browser-detect.ts (fresh tab per load, page scripts off, cross-origin isolated for a 5 µs timer).
 * Per load, one of:
 * - steps: the detection steps timed one by one (detect-profile-entry.ts), cold;
 * - floor: first-use probes alone (first element read, first query, first textContent...), cold;
 * - trivial: a single document.querySelector('p') as the first call: the least any detection pays.
 * With --compare A.ts B.ts…: instead, the cold first detectArticle() call of each detector entry
 * (copies of src/core/detect/index.ts), the entries taking turns on each page so that machine load
 * falls on all alike, plus the bundle evaluation before it (load). --compare and its entries go last.
 * Prints the median over pages of each figure. Run alone:
 *   npx esbuild scripts/bench/detect-profile.ts --bundle --platform=node --format=esm \
 *     --packages=external --outfile=node_modules/.cache/dev/detect-profile.mjs && node node_modules/.cache/dev/detect-profile.mjs [--runs 1] [--world]
 */
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { BROWSER_TARGETS, SUPPORTED } from '../esbuild-targets.mjs';
import { CHROMIUM, loadChromium } from './chromium';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const p95 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(0.95 * xs.length))];

type Mode = 'steps' | 'floor' | 'trivial' | 'detect';

function inPage([code, url, mode]: [string, string, Mode]): Record<string, number> {
  const t0 = performance.now();
  (0, eval)(code);
  const load = performance.now() - t0;
  if (mode === 'detect') {
    const detect = (globalThis as unknown as { LedeDetect: { detectArticle: (d: Document, u: string) => unknown } }).LedeDetect.detectArticle;
    const t = performance.now();
    detect(document, url);
    return { cold: performance.now() - t, load };
  }
  const api = (globalThis as unknown as { LedeProfile: { steps: (d: Document, u: string) => Record<string, number>; floor: (d: Document) => Record<string, number> } }).LedeProfile;
  if (mode === 'trivial') {
    const t = performance.now();
    document.querySelector('p');
    return { 'querySelector(p) alone': performance.now() - t };
  }
  const t = performance.now();
  const times = mode === 'steps' ? api.steps(document, url) : api.floor(document);
  times.total = performance.now() - t;
  return times;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runs = Number(args[args.indexOf('--runs') + 1]) || 1;
  const root = process.env.LEDE_ROOT ?? process.cwd();
  const corpus = process.env.LEDE_CORPUS ?? path.resolve(root, '../shared/corpus');
  const chromium = await loadChromium();
  if (!chromium) throw new Error('Chromium or playwright-core missing');
  const compare = args.includes('--compare') ? args.slice(args.indexOf('--compare') + 1).filter((a) => !a.startsWith('--')) : [];
  const bundle = async (entry: string, name: string): Promise<string> => (await esbuild.build({
    entryPoints: [entry], bundle: true, minify: true, write: false,
    format: 'iife', globalName: name, platform: 'browser', target: BROWSER_TARGETS, supported: SUPPORTED,
  })).outputFiles[0].text + `;globalThis.${name} = ${name};`;
  const variants: { label: string; mode: Mode; code: string }[] = compare.length
    ? await Promise.all(compare.map(async (entry) => ({ label: entry, mode: 'detect' as Mode, code: await bundle(path.resolve(entry), 'LedeDetect') })))
    : await Promise.all((['steps', 'floor', 'trivial'] as Mode[]).map(async (mode) => ({ label: mode, mode, code: await bundle(path.join(root, 'scripts/bench/detect-profile-entry.ts'), 'LedeProfile') })));
  const pages: { html: string; url: string }[] = [];
  const index: { file: string; bytesEncoding: string }[] = JSON.parse(fs.readFileSync(path.join(corpus, 'pages/index.json'), 'utf8'));
  for (const e of index) pages.push({ html: new TextDecoder(e.bytesEncoding).decode(fs.readFileSync(path.join(corpus, 'pages', e.file))), url: `https://example.org/p/${e.file.replace(/\.html$/, '')}` });
  if (args.includes('--world')) {
    const world: { pages: { file: string; url: string }[] } = JSON.parse(fs.readFileSync(path.join(corpus, 'news-world-dev/index.json'), 'utf8'));
    for (const e of world.pages) pages.push({ html: fs.readFileSync(path.join(corpus, 'news-world-dev/html', e.file), 'utf8'), url: e.url });
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const figures: Record<string, number[]> = {};
  let serial = 0;
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    let body = '';
    await context.route('**/*', (route) => {
      const request = route.request();
      return request.resourceType() === 'document' && !request.frame().parentFrame()
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body, headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' } })
        : route.abort();
    });
    for (const page of pages) {
      for (let r = 0; r < runs; r++) {
        for (const { label, mode, code } of variants) {
          body = page.html;
          const tab = await context.newPage();
          try {
            await tab.goto(page.url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
            await tab.waitForTimeout(50);
            const times = await tab.evaluate(inPage, [`${code}\n//${serial++}`, page.url, mode] as [string, string, Mode]);
            for (const [k, v] of Object.entries(times)) (figures[`${label}: ${k}`] ??= []).push(v);
          } catch (error) {
            console.error(`${page.url}: ${(error as Error).message.split('\n')[0]}`);
          } finally {
            await tab.close();
          }
        }
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`${pages.length} pages × ${runs} cold loads per variant`);
  for (const [k, xs] of Object.entries(figures)) console.log(`${k.padEnd(44)} median ${median(xs).toFixed(3)}  p95 ${p95(xs).toFixed(3)} ms  (n ${xs.length})`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

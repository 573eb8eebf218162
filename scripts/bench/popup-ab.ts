/**
 * Popup speed A/B (issue 12): the same popup-paint timing (scripts/bench/popup-paint.ts) for two
 * builds of the extension at once, interleaved popup by popup, so both see the same machine load.
 * On a shared 2-core machine two runs made one after the other differ by more than most changes
 * gain; here each round opens one popup from A and one from B on the same page (the order
 * alternating), and the paired differences B − A are reported beside each side's spread.
 *
 * Each build runs in its own browser (one persistent context per extension, both up for the whole
 * run); the corpus pages are served to both by request interception, as in popup-paint.
 *
 * Run (after building both dist/chrome folders):
 *   npx esbuild scripts/bench/popup-ab.ts --bundle --platform=node --format=esm \
 *     --packages=external --outfile=node_modules/.cache/dev/ab.mjs && \
 *   node node_modules/.cache/dev/ab.mjs --a <dir with manifest.json> --b <dir> [--rounds 3] [--page popup.html]
 *   --page / --page-a / --page-b: another page of the extension to open as the popup.
 *   --floor: both sides run a copy of --a with two pages added that time the floor under the same load:
 *     floor.html (no Lede code: a trivial extension page whose state goes 'ready' at once, i.e. what
 *     the tab, the renderer and the harness cost before and after any script of ours) and snap.html
 *     (popup-early.js alone: the snapshot round trip with nothing else loading in the popup). E.g.
 *     --floor --page-a floor.html --page-b snap.html, or --floor --page-a snap.html --page-b popup.html.
 *   --one-browser: both builds in one browser, their popups on the same page tab (see openShared).
 *   --cold-worker: the extension's service worker is stopped before each popup (CDP
 *     ServiceWorker.stopAllWorkers), as after 30 s idle; the tab ids and kept reads go through an
 *     extension page instead.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { CHROMIUM, loadChromium } from './chromium';
import { PAINT_PROBE, dropKeptReads, quantile, tabIdOf, type Probe } from './popup-paint';

interface Side { name: string; dir: string; ctx: BrowserContext; worker: Worker; id: string; userDataDir: string; control: Page; cdp: import('playwright-core').CDPSession }

/**
 * A headless Chromium with the extensions in `dirs` loaded, serving `served` by URL (everything else
 * aborted as offline), with the paint probe in every page.
 */
async function launchWith(dirs: string[], userDataDir: string, served: Map<string, string>): Promise<BrowserContext> {
  const chromium = (await loadChromium())!;
  const ctx = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM, headless: true, colorScheme: 'light', locale: 'en-US',
    args: [`--disable-extensions-except=${dirs.join(',')}`, `--load-extension=${dirs.join(',')}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  await ctx.route((url) => url.protocol === 'http:' || url.protocol === 'https:', async (route, request) => {
    const body = served.get(request.url().split('#')[0]);
    if (body !== undefined) await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }).catch(() => undefined);
    else await route.abort('internetdisconnected').catch(() => undefined);
  });
  await ctx.addInitScript(PAINT_PROBE);
  return ctx;
}

async function open(name: string, dir: string, served: Map<string, string>): Promise<Side> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), `lede-ab-${name}-`));
  const ctx = await launchWith([dir], userDataDir, served);
  const worker = ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))
    ?? await ctx.waitForEvent('serviceworker', { timeout: 15_000 });
  const id = new URL(worker.url()).host;
  // An extension page that stays open: with --cold-worker the worker is stopped before each popup,
  // so the tab ids and the kept reads are handled from here instead of through the worker.
  const control = await ctx.newPage();
  await control.goto(`chrome-extension://${id}/options.html`);
  const cdp = await ctx.newCDPSession(control);
  return { name, dir, ctx, worker, id, userDataDir, control, cdp };
}

/** Chromium's id for an unpacked extension: the SHA-256 of its absolute path, first 32 hex digits as a–p. */
function unpackedId(dir: string): string {
  return createHash('sha256').update(dir).digest('hex').slice(0, 32).replace(/[0-9a-f]/g, (c) => String.fromCharCode(97 + parseInt(c, 16)));
}

/**
 * --one-browser: both builds loaded side by side in one browser, and both popups read the same page
 * tab, so nothing differs between the sides but the build (two browsers can differ by ~10 ms for the
 * whole run: their first-script medians, which no change to our code can move, did).
 */
async function openShared(dirA: string, dirB: string, served: Map<string, string>): Promise<[Side, Side]> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-ab-'));
  const ctx = await launchWith([dirA, dirB], userDataDir, served);
  const side = async (name: string, dir: string): Promise<Side> => {
    const id = unpackedId(dir);
    let worker = ctx.serviceWorkers().find((w) => new URL(w.url()).host === id);
    for (let waited = 0; !worker && waited < 150; waited += 1) {
      await new Promise((r) => setTimeout(r, 100));
      worker = ctx.serviceWorkers().find((w) => new URL(w.url()).host === id);
    }
    if (!worker) throw new Error(`no service worker for ${dir} (id ${id})`);
    const control = await ctx.newPage();
    await control.goto(`chrome-extension://${id}/options.html`);
    return { name, dir, ctx, worker, id, userDataDir, control, cdp: await ctx.newCDPSession(control) };
  };
  return [await side('A', dirA), await side('B', dirB)];
}

async function popup(side: Side, pageName: string, tabId: number): Promise<Probe> {
  const page = await side.ctx.newPage();
  try {
    await page.setViewportSize({ width: 460, height: 600 });
    await page.goto(`chrome-extension://${side.id}/${pageName}?tabId=${tabId}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => Boolean((window as any).__ledePainted), undefined, { timeout: 15_000, polling: 20 });
    return await page.evaluate(() => {
      const painted = (window as any).__ledePainted as { state: string; at: number };
      const marks: Record<string, number> = {};
      for (const entry of performance.getEntriesByType('mark')) if (entry.name.startsWith('lede:')) marks[entry.name.slice(5)] = entry.startTime;
      return { state: painted.state, paintMs: painted.at, marks };
    });
  } finally {
    await page.close({ runBeforeUnload: false }).catch(() => undefined);
  }
}

const argv = process.argv.slice(2);
const arg = (name: string) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const root = process.cwd();
const corpus = process.env.LEDE_CORPUS ?? path.resolve(root, '../shared/corpus');
const rounds = Number(arg('--rounds') ?? 3);
/** Stops the extension's service worker before each popup: a click after the worker went idle (30 s in Chrome). */
const coldWorker = argv.includes('--cold-worker');

async function tabIdIn(side: Side, page: Page): Promise<number> {
  await page.bringToFront();
  return side.control.evaluate(async () => (await (globalThis as any).chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id as number);
}
async function dropKept(side: Side): Promise<void> {
  await side.control.evaluate(async () => {
    const session = (globalThis as any).chrome.storage.session;
    await session.remove(Object.keys(await session.get(null)).filter((key) => key.startsWith('read:')));
  });
}
async function stopWorker(side: Side): Promise<void> {
  await side.cdp.send('ServiceWorker.enable' as never);
  await side.cdp.send('ServiceWorker.stopAllWorkers' as never);
  await new Promise((r) => setTimeout(r, 150));
}
const pageA = arg('--page-a') ?? arg('--page') ?? 'popup.html';
const pageB = arg('--page-b') ?? arg('--page') ?? 'popup.html';
type Entry = { file: string; url: string; kind: string; bytesEncoding: string };
const index = (JSON.parse(fs.readFileSync(path.join(corpus, 'pages/index.json'), 'utf8')) as Entry[]).filter((p) => p.kind === 'article');
const served = new Map<string, string>();
for (const page of index) served.set(page.url.split('#')[0], new TextDecoder(page.bytesEncoding).decode(fs.readFileSync(path.join(corpus, 'pages', page.file))));

/** A copy of `dir` with the floor pages (see --floor above). */
function withFloorPages(dir: string): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-ab-floor-'));
  fs.cpSync(dir, copy, { recursive: true });
  const page = (head: string, body = '') => `<!doctype html><html><head><meta charset="utf-8">${head}</head><body data-state="loading"><p>Lede</p>${body}</body></html>`;
  fs.writeFileSync(path.join(copy, 'floor.html'), page('<script src="floor-start.js"></script>', '<script src="floor-end.js"></script>'));
  fs.writeFileSync(path.join(copy, 'floor-start.js'), "performance.mark('lede:early');\n");
  fs.writeFileSync(path.join(copy, 'floor-end.js'), "document.body.dataset.state = 'ready'; performance.mark('lede:rendered');\n");
  fs.writeFileSync(path.join(copy, 'snap.html'), page('<script src="popup-early.js"></script><script src="snap.js"></script>'));
  fs.writeFileSync(path.join(copy, 'snap.js'), `const early = window.__ledeEarlySnapshot;
const body = new Promise((resolve) => (document.body ? resolve() : document.addEventListener('DOMContentLoaded', resolve)));
early.snapshot.then(async (result) => {
  performance.mark('lede:snapshot');
  await body;
  document.body.dataset.state = result && result.ok ? 'ready' : 'error';
  performance.mark('lede:rendered');
});
`);
  return copy;
}

const floor = argv.includes('--floor') ? withFloorPages(path.resolve(arg('--a')!)) : null;
const oneBrowser = argv.includes('--one-browser') && !floor;
const [a, b] = oneBrowser
  ? await openShared(path.resolve(arg('--a')!), path.resolve(arg('--b')!), served)
  : [await open('A', floor ?? path.resolve(arg('--a')!), served), await open('B', floor ?? path.resolve(arg('--b')!), served)];
const times: Record<'A' | 'B', number[]> = { A: [], B: [] };
const marks: Record<'A' | 'B', Record<string, number[]>> = { A: {}, B: {} };
const diffs: number[] = [];
const loads: number[] = [];
try {
  for (const [i, entry] of index.entries()) {
    const tabs = new Map<Side, { page: Page; tabId: number }>();
    for (const side of [a, b]) {
      if (oneBrowser && side === b) { tabs.set(b, tabs.get(a)!); continue; }
      const page = await side.ctx.newPage();
      await page.setViewportSize({ width: 1100, height: 800 });
      await page.goto(entry.url, { waitUntil: 'domcontentloaded' });
      tabs.set(side, { page, tabId: coldWorker ? await tabIdIn(side, page) : await tabIdOf(side.worker, page) });
    }
    // One untimed popup per side on the first page: the first load of the worker and the bundles.
    for (let round = i === 0 ? -1 : 0; round < rounds; round += 1) {
      const order = (i + round) % 2 === 0 ? [a, b] : [b, a];
      const got = new Map<Side, Probe>();
      for (const side of order) {
        if (coldWorker) { await dropKept(side); await stopWorker(side); } else await dropKeptReads(side.worker);
        // A popup that never settles (a stuck page) is counted as such, not fatal to the run.
        got.set(side, await popup(side, side === a ? pageA : pageB, tabs.get(side)!.tabId)
          .catch((error: unknown): Probe => ({ state: `failed: ${String(error).split('\n')[0]}`, paintMs: NaN, marks: {} })));
      }
      loads.push(os.loadavg()[0]);
      const pa = got.get(a)!, pb = got.get(b)!;
      if (round >= 0) for (const [side, probe] of [[a, pa], [b, pb]] as const) if (probe.state !== 'ready') process.stderr.write(`  ${side.name} ${entry.file}: ${probe.state}\n`);
      if (round < 0 || pa.state !== 'ready' || pb.state !== 'ready') continue;
      for (const [side, probe] of [[a, pa], [b, pb]] as const) {
        const key = side.name as 'A' | 'B';
        times[key].push(probe.paintMs);
        const m = probe.marks;
        const split: Record<string, number> = {
          first: m.early ?? m.start, js: m.start - (m.early ?? m.start), arrived: m.arrived, shell: m.shell, warm: m.warm - m.shell, snapshot: m.snapshot, framewait: m.framewait - m.snapshot, parse: m.parsed - m.snapshot, read: m.read - m.parsed,
          render: m.rendered - m.read, paint: probe.paintMs - m.rendered,
        };
        for (const [k, v] of Object.entries(split)) if (Number.isFinite(v)) (marks[key][k] ??= []).push(v);
      }
      diffs.push(pb.paintMs - pa.paintMs);
    }
    for (const { page } of new Set(tabs.values())) await page.close();
    process.stderr.write(`${i + 1}/${index.length} ${entry.file}\n`);
  }
} finally {
  for (const side of oneBrowser ? [a] : [a, b]) {
    await side.ctx.close().catch(() => undefined);
    fs.rmSync(side.userDataDir, { recursive: true, force: true });
  }
  if (floor) fs.rmSync(floor, { recursive: true, force: true });
}
const f = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : '—');
for (const key of ['A', 'B'] as const) {
  const xs = times[key];
  const split = Object.entries(marks[key]).map(([k, v]) => `${k} ${f(quantile(v, 0.5))}`).join(' / ');
  console.log(`${key} (${key === 'A' ? a.dir : b.dir}): n ${xs.length}, median ${f(quantile(xs, 0.5))} / p95 ${f(quantile(xs, 0.95))} / max ${f(Math.max(...xs))} ms; split medians: ${split}`);
}
const better = diffs.filter((d) => d < 0).length;
console.log(`B − A per popup pair: median ${f(quantile(diffs, 0.5))} ms, B faster in ${better}/${diffs.length}; load average (1 min) during run median ${quantile(loads, 0.5).toFixed(1)}, max ${Math.max(...loads).toFixed(1)}`);

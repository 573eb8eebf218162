/**
 * Popup speed (issue 12): from the click to the article painted, in headless Chromium with the
 * built extension (dist/chrome) loaded, the way test/e2e/popup.test.ts opens the popup
 * (popup.html?tabId=N in its own 460×600 tab, the page served by request interception on a closed network).
 *
 * What is timed, per page: the popup document's navigation start (performance.timeOrigin, t = 0) to
 * the first frame presented after body[data-state] left 'loading' (an init script watches the
 * attribute, then waits requestAnimationFrame + a task, which runs after that frame's paint). The
 * popup's own marks (src/ui/app.ts: lede:snapshot / parsed / read / rendered) split the time into
 * snapshot (worker + serializer in the page + message transfer), parse (DOMParser), read (detect,
 * extract, key facts, glance) and render.
 * - corpus: every article page of the corpus index (kind 'article'), `runs` popups each (a fresh
 *   popup page each time; the page tab stays open); median / p95 over all popups. Each popup is a
 *   first click on its page: the worker's kept read of the tab (src/background/kept-reads.ts) is
 *   dropped before it opens. With `--reopen`, one untimed popup reads each page first and the timed
 *   ones are the popup opened again on a page it has read (shown from that read).
 * - `--reader`: after each timed popup, its "open in full tab" is clicked once the worker keeps the
 *   popup's read (given up after 3 s on builds that keep none); timed from the click (the popup's
 *   clock) to the reader tab's article painted (the reader's clock, both epoch-based), with where the
 *   reader's page came from (body[data-read-source]: 'handed-over' = the popup's read, no second read).
 * - bad inputs: every test/fixtures/bad-inputs document that is not browserOnly, served at its own
 *   address and read through activeTab after a toolbar click (CDP Extensions.triggerAction, as
 *   test/e2e/bad-inputs.test.ts does): time to a clear state (any state but 'loading').
 *
 * Run alone (after `node build.mjs`):
 *   npx esbuild scripts/bench/popup-paint.ts --bundle --platform=node --format=esm \
 *     --packages=external --outfile=/tmp/pp/pp.mjs && node /tmp/pp/pp.mjs [--runs 3] [--only corpus|bad] [--reopen]
 *   (LEDE_ROOT=<checkout> times that checkout's dist/chrome, e.g. a build of the previous commit.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { BAD_INPUTS } from '../../test/fixtures/bad-inputs';
import { CHROMIUM, loadChromium } from './chromium';

interface Spread { medianMs: number; p95Ms: number; maxMs: number }
interface Split { firstScriptMs: number; snapshotMs: number; parseMs: number; readMs: number; renderMs: number; paintMs: number }
export interface PopupPaintFigures {
  pages: number;
  runs: number;
  /** Navigation start → article painted, over all corpus popups. */
  paint: Spread;
  /** Median of each phase (ms since the previous mark; snapshotMs from navigation start). */
  split: Split;
  /** Popups that did not reach 'ready' (state per page file). */
  notReady: Record<string, string>;
  /** Bad inputs: navigation start → clear state, per input, and median / p95 / max over them. */
  bad: Spread & { perInput: Record<string, { state: string; ms: number }> };
  perPage: { file: string; paintMs: number; state: string }[];
  /** `--reader`: click on "open in full tab" → reader tab's article painted, and how many were handed the popup's read. */
  reader?: Spread & { count: number; handedOver: number };
}

export const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] : NaN;
};
const spread = (xs: number[]): Spread => ({ medianMs: quantile(xs, 0.5), p95Ms: quantile(xs, 0.95), maxMs: Math.max(...xs) });

/** Installed in every page before its own scripts: records when the first non-loading state was painted. */
export const PAINT_PROBE = `(() => {
  if (!location.href.startsWith('chrome-extension://')) return;
  const w = window;
  const watch = () => {
    const check = () => {
      const state = document.body && document.body.dataset.state;
      if (!state || state === 'loading' || w.__ledeSettled) return;
      w.__ledeSettled = { state, at: performance.now() };
      requestAnimationFrame(() => setTimeout(() => { w.__ledePainted = { state, at: performance.now() }; }, 0));
    };
    new MutationObserver(check).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
    check();
  };
  watch();
})();`;

export interface Probe { state: string; paintMs: number; marks: Record<string, number> }

export async function popupRun(ctx: BrowserContext, extensionId: string, tabId: number, timeoutMs: number): Promise<Probe> {
  const popup = await ctx.newPage();
  try {
    await popup.setViewportSize({ width: 460, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`, { waitUntil: 'commit' });
    await popup.waitForFunction(() => Boolean((window as any).__ledePainted), undefined, { timeout: timeoutMs, polling: 20 });
    return await popup.evaluate(() => {
      const painted = (window as any).__ledePainted as { state: string; at: number };
      const marks: Record<string, number> = {};
      for (const entry of performance.getEntriesByType('mark')) if (entry.name.startsWith('lede:')) marks[entry.name.slice(5)] = entry.startTime;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      if (nav) { marks.responseEnd = nav.responseEnd; marks.domInteractive = nav.domInteractive; }
      return { state: painted.state, paintMs: painted.at, marks };
    });
  } finally {
    await popup.close({ runBeforeUnload: false }).catch(() => undefined);
  }
}

/**
 * Opens the popup for `tabId`, waits for its article (and for the worker to keep its read, when
 * `waitForKept`), clicks "open in full tab" and times the click → the reader tab's article painted.
 */
async function readerRun(ctx: BrowserContext, worker: import('playwright-core').Worker, extensionId: string, tabId: number, waitForKept: boolean): Promise<{ ms: number; source: string; kept: boolean } | null> {
  const popup = await ctx.newPage();
  let reader: Page | null = null;
  try {
    await popup.setViewportSize({ width: 460, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`, { waitUntil: 'commit' });
    await popup.waitForFunction(() => Boolean((window as any).__ledePainted), undefined, { timeout: 15_000, polling: 20 });
    if (await popup.evaluate(() => document.body.dataset.state) !== 'ready') return null;
    const kept = waitForKept ? await keptReadOf(worker, tabId) : false;
    const opened = ctx.waitForEvent('page', { timeout: 15_000 });
    const clickAt = await popup.evaluate(() => {
      const at = performance.timeOrigin + performance.now();
      document.querySelector<HTMLButtonElement>('[data-action="open-tab"]')!.click();
      return at;
    });
    reader = await opened;
    await reader.waitForFunction(() => Boolean((window as any).__ledePainted), undefined, { timeout: 15_000, polling: 20 });
    const shown = await reader.evaluate(() => ({ at: performance.timeOrigin + (window as any).__ledePainted.at as number, source: document.body.dataset.readSource ?? 'page', state: document.body.dataset.state }));
    if (shown.state !== 'ready') return null;
    return { ms: shown.at - clickAt, source: shown.source, kept };
  } finally {
    await reader?.close({ runBeforeUnload: false }).catch(() => undefined);
    await popup.close({ runBeforeUnload: false }).catch(() => undefined);
  }
}

export async function tabIdOf(worker: import('playwright-core').Worker, page: Page): Promise<number> {
  for (let attempt = 0; attempt < 30; attempt += 1) {
    await page.bringToFront();
    const id = await worker.evaluate(async () => {
      const [active] = await (globalThis as any).chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return active ? (active.id as number) : null;
    });
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab id for ${page.url()}`);
}

/** Drops the worker's kept reads (read:<tabId> in storage.session), so the next popup reads its page. */
export async function dropKeptReads(worker: import('playwright-core').Worker): Promise<void> {
  await worker.evaluate(async () => {
    const session = (globalThis as any).chrome.storage.session;
    const stored = await session.get(null);
    await session.remove(Object.keys(stored).filter((key) => key.startsWith('read:')));
  });
}

/** Waits (up to 3 s) until the worker keeps a read of `tabId`; false when it does not. */
async function keptReadOf(worker: import('playwright-core').Worker, tabId: number): Promise<boolean> {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const kept = await worker.evaluate(async (id) => Object.keys(await (globalThis as any).chrome.storage.session.get(`read:${id}`)).length > 0, tabId);
    if (kept) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

export async function popupPaintTimes(root: string, corpus: string, options: { runs?: number; only?: 'corpus' | 'bad'; reopen?: boolean; reader?: boolean } = {}): Promise<PopupPaintFigures | null> {
  const chromium = await loadChromium();
  const extensionDir = path.join(root, 'dist/chrome');
  if (!chromium || !fs.existsSync(path.join(extensionDir, 'manifest.json'))) return null;
  const runs = options.runs ?? Number(process.env.LEDE_POPUP_RUNS ?? 3);
  type Entry = { file: string; url: string; kind: string; bytesEncoding: string };
  const index = JSON.parse(fs.readFileSync(path.join(corpus, 'pages/index.json'), 'utf8')) as Entry[];
  const served = new Map<string, { body: string | Buffer; contentType: string }>();
  for (const page of index) {
    const html = new TextDecoder(page.bytesEncoding).decode(fs.readFileSync(path.join(corpus, 'pages', page.file)));
    served.set(page.url.split('#')[0], { body: html, contentType: 'text/html; charset=utf-8' });
  }
  const badOnly = process.env.LEDE_BAD_ONLY;
  const bad = BAD_INPUTS.filter((input) => !input.browserOnly && (!badOnly || input.id === badOnly));
  for (const input of bad) {
    const body = input.body;
    served.set(input.url, { body: typeof body === 'string' ? body : Buffer.from(body), contentType: input.contentType });
  }

  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-popup-bench-'));
  const ctx = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM, headless: true, colorScheme: 'light', locale: 'en-US',
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    await ctx.route((url) => url.protocol === 'http:' || url.protocol === 'https:', async (route, request) => {
      const page = served.get(request.url().split('#')[0]);
      if (page) await route.fulfill({ status: 200, contentType: page.contentType, body: page.body }).catch(() => undefined);
      else await route.abort('internetdisconnected').catch(() => undefined);
    });
    await ctx.addInitScript(PAINT_PROBE);
    const worker = ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))
      ?? await ctx.waitForEvent('serviceworker', { timeout: 15_000 });
    const extensionId = new URL(worker.url()).host;
    const cdp = await ctx.browser()!.newBrowserCDPSession();

    const paint: number[] = [];
    const phases: Record<keyof Split, number[]> = { firstScriptMs: [], snapshotMs: [], parseMs: [], readMs: [], renderMs: [], paintMs: [] };
    const notReady: Record<string, string> = {};
    const perPage: PopupPaintFigures['perPage'] = [];
    const readerTimes: number[] = [];
    let handedOver = 0;
    let readerKeeps = true;
    const articles = index.filter((p) => p.kind === 'article');
    if (options.only !== 'bad') {
      // One warm-up popup so the first timed one does not pay for the worker's and the bundle's first load alone.
      for (const [i, entry] of articles.entries()) {
        const page = await ctx.newPage();
        await page.setViewportSize({ width: 1100, height: 800 });
        await page.goto(entry.url, { waitUntil: 'domcontentloaded' });
        const tabId = await tabIdOf(worker, page);
        const times: number[] = [];
        let state = '';
        for (let run = i === 0 || options.reopen ? -1 : 0; run < runs; run += 1) {
          if (!options.reopen) await dropKeptReads(worker);
          const probe = await popupRun(ctx, extensionId, tabId, 15_000);
          if (run < 0) {
            if (options.reopen && !(await keptReadOf(worker, tabId))) notReady[entry.file] = `${probe.state}, nothing kept`;
            continue;
          }
          state = probe.state;
          if (probe.state !== 'ready') { notReady[entry.file] = probe.state; continue; }
          times.push(probe.paintMs);
          paint.push(probe.paintMs);
          const m = probe.marks;
          phases.firstScriptMs.push(m.early ?? m.start);
          phases.snapshotMs.push(m.snapshot);
          if (process.env.LEDE_POPUP_MARKS) process.stderr.write(`  ${JSON.stringify(Object.fromEntries(Object.entries(m).map(([k, v]) => [k, Math.round(v)])))} paint ${Math.round(probe.paintMs)}\n`);
          phases.parseMs.push(m.parsed - m.snapshot);
          phases.readMs.push(m.read - m.parsed);
          phases.renderMs.push(m.rendered - m.read);
          phases.paintMs.push(probe.paintMs - m.rendered);
        }
        for (let run = 0; options.reader && run < runs; run += 1) {
          await dropKeptReads(worker);
          const timed = await readerRun(ctx, worker, extensionId, tabId, readerKeeps);
          if (!timed) continue;
          // A build that keeps no read (before issue 12's handover): stop waiting for one.
          if (!timed.kept) readerKeeps = false;
          readerTimes.push(timed.ms);
          if (timed.source === 'handed-over') handedOver += 1;
        }
        perPage.push({ file: entry.file, paintMs: quantile(times, 0.5), state });
        await page.close();
        process.stderr.write(`popup paint ${i + 1}/${articles.length} ${entry.file} ${quantile(times, 0.5)?.toFixed(0)} ms\n`);
      }
    }

    const perInput: Record<string, { state: string; ms: number }> = {};
    if (options.only !== 'corpus') {
      for (const input of bad) {
        const page = await ctx.newPage();
        await page.setViewportSize({ width: 1100, height: 800 });
        await page.goto(input.url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
        const tabId = await tabIdOf(worker, page);
        // A toolbar click grants activeTab on this ordinary (not news-site) page; the real popup is off for that click.
        const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never);
        const target = [...targetInfos].reverse().find((t) => t.type === 'tab' && t.url === page.url());
        if (!target) throw new Error(`no tab target shows ${page.url()}`);
        await worker.evaluate(() => (globalThis as any).chrome.action.setPopup({ popup: '' }));
        await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: target.targetId } as never);
        await worker.evaluate(() => (globalThis as any).chrome.action.setPopup({ popup: 'popup.html' }));
        const probe = await popupRun(ctx, extensionId, tabId, 30_000).catch(() => ({ state: 'timeout', paintMs: 30_000, marks: {} }));
        perInput[input.id] = { state: probe.state, ms: probe.paintMs };
        await page.close();
        process.stderr.write(`bad input ${input.id}: ${probe.state} ${probe.paintMs.toFixed(0)} ms${process.env.LEDE_POPUP_MARKS ? ` ${JSON.stringify(Object.fromEntries(Object.entries(probe.marks).map(([k, v]) => [k, Math.round(v)])))}` : ''}\n`);
      }
    }
    await cdp.detach().catch(() => undefined);
    const badTimes = Object.values(perInput).map((v) => v.ms);
    const med = (xs: number[]) => quantile(xs, 0.5);
    return {
      pages: perPage.length, runs,
      paint: spread(paint),
      split: { firstScriptMs: med(phases.firstScriptMs), snapshotMs: med(phases.snapshotMs), parseMs: med(phases.parseMs), readMs: med(phases.readMs), renderMs: med(phases.renderMs), paintMs: med(phases.paintMs) },
      notReady,
      bad: { ...spread(badTimes), perInput },
      perPage,
      reader: options.reader ? { ...spread(readerTimes), count: readerTimes.length, handedOver } : undefined,
    };
  } finally {
    await ctx.close().catch(() => undefined);
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

/** Table rows for main.ts. */
export function formatPopupPaint(f: PopupPaintFigures): string[] {
  const n = (x: number | undefined) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(0) : '—');
  // The pages whose popup never painted an article are out of the figures: say which, and what the popup showed.
  const unpainted = Object.entries(f.notReady);
  const painted = unpainted.length ? `; ${f.pages - unpainted.length} painted, not: ${unpainted.map(([file, state]) => `${file} (${state})`).join(', ')}` : '';
  const rows = [
    `| popup: navigation start → article painted, headless Chromium, corpus articles median / p95 / max (${f.pages} pages × ${f.runs}${painted}) | ${n(f.paint.medianMs)} / ${n(f.paint.p95Ms)} / ${n(f.paint.maxMs)} ms | — | ≤ 150 / ≤ 300 ms |`,
    `| popup time split, medians: first script runs, snapshot in the popup (both from nav start) / then parse / read (detect, extract, key facts, glance) / render / paint | ${n(f.split.firstScriptMs)}, ${n(f.split.snapshotMs)} / ${n(f.split.parseMs)} / ${n(f.split.readMs)} / ${n(f.split.renderMs)} / ${n(f.split.paintMs)} ms | — | — |`,
  ];
  if (f.reader) {
    rows.push(`| reader tab from the popup: click on "open in full tab" → article painted, median / p95 / max (${f.reader.count} opens, ${f.reader.handedOver} handed the popup's read) | ${n(f.reader.medianMs)} / ${n(f.reader.p95Ms)} / ${n(f.reader.maxMs)} ms | — | — |`);
  }
  if (Object.keys(f.bad.perInput).length) {
    const each = Object.entries(f.bad.perInput).map(([id, v]) => `${id} ${n(v.ms)} (${v.state})`).join('; ');
    rows.push(`| popup: bad inputs, navigation start → clear state median / p95 / max | ${n(f.bad.medianMs)} / ${n(f.bad.p95Ms)} / ${n(f.bad.maxMs)} ms (${each}) | — | p95 ≤ 1,000 ms |`);
  }
  return rows;
}

// Run alone: node <bundle> [--runs N] [--only corpus|bad] [--json]
const argv = process.argv.slice(2);
if (process.argv[1] && /popup-paint|pp\.mjs/.test(process.argv[1])) {
  const arg = (name: string) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
  const root = process.env.LEDE_ROOT ?? process.cwd();
  const corpus = process.env.LEDE_CORPUS ?? path.resolve(root, '../shared/corpus');
  popupPaintTimes(root, corpus, { runs: arg('--runs') ? Number(arg('--runs')) : undefined, only: arg('--only') as 'corpus' | 'bad' | undefined, reopen: argv.includes('--reopen'), reader: argv.includes('--reader') })
    .then((f) => {
      if (!f) { console.error('Chromium or dist/chrome missing'); process.exit(1); }
      if (argv.includes('--json')) console.log(JSON.stringify(f, null, 2));
      console.log(formatPopupPaint(f).join('\n'));
      console.log(`load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
    }, (error) => { console.error(error); process.exit(1); });
}

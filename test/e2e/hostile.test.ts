/**
 * Hostile pages in real Chromium (issue 4 §1): every vector of test/fixtures/hostile, planted in
 * every place the extractor reads (hostilePage 'everywhere'), one page per vector family, read by
 * the popup, the full-tab reader page and the automatic-mode overlay. Zero executions (canary
 * function, title, canary requests, dialogs) from any extension context, and an inert rendered DOM.
 *
 * The hostile pages are served with `script-src 'none'`, so the page's own copy of the vectors
 * stays quiet and anything that fires can only have fired in Lede's views.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HOSTILE_ARTICLE, HOSTILE_VECTORS, hostilePage, type HostileVector } from '../fixtures/hostile';
import { launchLede, type Lede } from './harness/launch';
import { openPage, openPopupFor, overlayFrame, screenshot, settledState, sleep, tabIdOf } from './harness/helpers';
import { inspectView, type ViewDomReport } from './harness/dom-checks';
import { setSettings } from './harness/settings';
import { canaryRequests, watch, type Watch } from './harness/watch';
import { norm } from '../helpers/corpus';

/** A Korea Herald article address: the content script runs there and Lede has host access. */
const HOST = 'koreaherald.com';
const pageUrl = (n: number) => `https://www.koreaherald.com/article/${9_100_000 + n}`;
const PAGE_CSP = { 'Content-Security-Policy': "script-src 'none'; object-src 'none'" };

interface Batch { name: string; vectors: HostileVector[]; mustRender: boolean }

function batches(): Batch[] {
  const hides = HOSTILE_VECTORS.filter((v) => v.disruptsHostPage === 'hides-content');
  const byFamily = new Map<string, HostileVector[]>();
  for (const v of HOSTILE_VECTORS) {
    if (v.disruptsHostPage === 'hides-content') continue;
    byFamily.set(v.family, [...(byFamily.get(v.family) ?? []), v]);
  }
  return [
    ...[...byFamily].map(([name, vectors]) => ({ name, vectors, mustRender: true })),
    // Styles that hide or cover the article: the page may legitimately read as "no article".
    ...(hides.length ? [{ name: 'hides-content', vectors: hides, mustRender: false }] : []),
  ];
}

let lede: Lede;
let seen: Watch;
const tally = { vectors: 0, pages: 0, views: 0 };

beforeAll(async () => {
  lede = await launchLede();
  seen = await watch(lede);
});
afterAll(async () => {
  console.log(`hostile: ${tally.vectors} vectors on ${tally.pages} pages, ${tally.views} rendered views checked`);
  await lede?.close();
});

/** A view must be a clear state and, when rendered, inert. */
function viewFailures(where: string, report: ViewDomReport, mustRender: boolean): string[] {
  const failures: string[] = [];
  if (mustRender && report.state !== 'ready') failures.push(`${where}: state ${report.state}, expected ready (${report.stateText})`);
  if (!['ready', 'no-article', 'error'].includes(report.state)) failures.push(`${where}: state ${report.state}`);
  if (/^PWNED:/.test(report.title)) failures.push(`${where}: title changed to ${report.title}`);
  if (report.state === 'ready') {
    failures.push(...report.articleProblems.map((p) => `${where} article: ${p}`));
  }
  failures.push(...report.documentProblems.map((p) => `${where} document: ${p}`));
  return failures;
}

async function settleAndInspect(view: Page | import('playwright-core').Frame, script: 'popup.js' | 'reader.js'): Promise<ViewDomReport> {
  await sleep(250); // image error/load events and lazy loads would fire now
  return inspectView(view, script);
}

describe('the canary harness', () => {
  it('sees a canary fired in an extension page, and the DOM check sees an unsafe node', async () => {
    lede.routes.html(pageUrl(0), hostilePage([]), PAGE_CSP);
    const page = await openPage(lede, pageUrl(0));
    const popup = await openPopupFor(lede, page);
    expect(await settledState(popup)).toBe('ready');
    const since = Date.now();
    expect(await popup.evaluate(() => typeof (self as any).__ledeCanary)).toBe('function');
    await popup.evaluate(() => (self as any).__ledeCanary('control'));
    await popup.evaluate(() => fetch('https://canary.invalid/control-request').catch(() => undefined));
    await expect.poll(() => seen.byExtension(since).canaryCalls.map((c) => c.id)).toEqual(['control']);
    expect(canaryRequests(seen.byExtension(since).requests).map((r) => r.url)).toEqual(['https://canary.invalid/control-request']);
    await popup.evaluate(() => document.querySelector('[data-role="article"]')!.insertAdjacentHTML('beforeend', '<img src="x" onerror="void 0">'));
    expect((await inspectView(popup, 'popup.js')).articleProblems.join('\n')).toMatch(/onerror/);
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('hostile pages render inert in the popup, the reader page and the automatic-mode view', () => {
  batches().forEach((batch, index) => {
    it(`${batch.name} (${batch.vectors.length} vectors)`, async () => {
      const url = pageUrl(index + 1);
      lede.routes.html(url, hostilePage(batch.vectors, 'everywhere'), PAGE_CSP);
      const since = Date.now();
      const failures: string[] = [];

      // Popup and full-tab reader page, automatic mode off.
      await setSettings(lede, { autoMode: false, sites: { [HOST]: null } });
      const page = await openPage(lede, url);
      await page.waitForSelector('html[data-lede-article]', { state: 'attached', timeout: 10_000 });
      const popup = await openPopupFor(lede, page);
      if ((await popup.evaluate(() => document.body.dataset.state)) === 'no-article' && !batch.mustRender) {
        await popup.click('[data-action="show-anyway"]');
        await settledState(popup);
      }
      const popupReport = await settleAndInspect(popup, 'popup.js');
      failures.push(...viewFailures('popup', popupReport, batch.mustRender));
      if (popupReport.state === 'ready' && batch.mustRender) {
        const body = norm(await popup.locator('[data-role="article"]').textContent());
        if (!body.includes(HOSTILE_ARTICLE.lastSentence)) failures.push('popup: the benign article did not survive');
      }
      if (index === 0) await screenshot(popup, `hostile-popup-${batch.name}`);

      // "Open in full tab": the snapshot is handed over by the worker to reader.html?handoff=… (the
      // button is only shown for a rendered article; otherwise the reader page reads the tab itself).
      let reader: Page;
      if (popupReport.state === 'ready') {
        [reader] = await Promise.all([
          lede.ctx.waitForEvent('page', { timeout: 10_000 }),
          popup.click('[data-action="open-tab"]'),
        ]);
        await expect.poll(() => reader.url(), { timeout: 5_000 }).toMatch(/\/reader\.html\?handoff=/);
      } else {
        reader = await lede.ctx.newPage();
        await reader.goto(lede.url(`reader.html?tabId=${await tabIdOf(lede, page)}`));
      }
      await settledState(reader);
      failures.push(...viewFailures('reader', await settleAndInspect(reader, 'reader.js'), batch.mustRender));
      await Promise.all([popup.close(), reader.close(), page.close()]);

      // The automatic-mode view (reader.html?mode=overlay framed into the page).
      await setSettings(lede, { sites: { [HOST]: 'always' } });
      const autoPage = await openPage(lede, url);
      await autoPage.waitForSelector('html[data-lede-article]', { state: 'attached', timeout: 10_000 });
      if ((await autoPage.getAttribute('html', 'data-lede-article')) === 'yes') {
        const frame = await overlayFrame(lede, autoPage);
        await frame.waitForFunction(() => document.body?.dataset.state && document.body.dataset.state !== 'loading', undefined, { timeout: 10_000 });
        failures.push(...viewFailures('overlay', await settleAndInspect(frame, 'reader.js'), batch.mustRender));
        tally.views += 1;
      } else if (batch.mustRender) {
        failures.push('automatic mode: the page was not detected as an article');
      }
      await autoPage.close();
      await setSettings(lede, { sites: { [HOST]: null } });

      // Nothing ran, nothing was loaded from the canary host, no dialog, from any Lede context.
      const activity = seen.byExtension(since);
      failures.push(...activity.canaryCalls.map((c) => `EXECUTED ${c.id} in ${c.frameUrl}`));
      failures.push(...canaryRequests(activity.requests).map((r) => `canary request ${r.url} from ${r.frameUrl}`));
      failures.push(...activity.dialogs.map((d) => `dialog ${d.type}: ${d.message}`));
      tally.vectors += batch.vectors.length;
      tally.pages += 1;
      tally.views += 2;
      expect(failures).toEqual([]);
    });
  });
});

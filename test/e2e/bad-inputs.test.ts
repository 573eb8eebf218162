/**
 * Bad input in real Chromium (issue 4 §2): every BAD_INPUTS document (test/fixtures/bad-inputs),
 * served at its own address (an ordinary site: no content script, no host permission; Lede reads it
 * after a click on its toolbar button, through activeTab), ends in a clear popup state within
 * 5 seconds, leaves the page as it was, and Lede still works for the next page. Browser, PDF-viewer and blank tabs
 * end in 'restricted'.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BAD_INPUTS } from '../fixtures/bad-inputs';
import { clickToolbarButton, launchLede, type Lede } from './harness/launch';
import { corpusPage } from './harness/routes';
import { CLEAR_STATES, openPopupForTab, sleep, tabIdOf } from './harness/helpers';
import { tinyPdf } from './harness/pdf';
import { readRealPopup } from './harness/real-popup';
import { norm } from '../helpers/corpus';

const STATE_DEADLINE_MS = 5_000;

let lede: Lede;
const timings: string[] = [];
beforeAll(async () => { lede = await launchLede(); });
afterAll(async () => {
  console.log(`bad inputs: ${timings.length} popup runs\n  ${timings.join('\n  ')}`);
  await lede?.close();
});

/** Length and a 32-bit hash of the page's serialization, and its title: "the page as it was". */
function fingerprint(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const html = root ? new XMLSerializer().serializeToString(root) : '';
    let hash = 0;
    for (let i = 0; i < html.length; i += 1) hash = (Math.imul(hash, 31) + html.charCodeAt(i)) | 0;
    return `${document.title}|${html.length}|${hash}|${document.contentType}`;
  });
}

/** Opens the popup for `page`; the state must be clear within the deadline. Returns [state, ms]. */
async function popupState(page: Page): Promise<{ state: string; ms: number; popup: Page }> {
  const tabId = await tabIdOf(lede, page);
  const started = Date.now();
  const popup = await openPopupForTab(lede, tabId, { waitForState: false });
  try {
    await popup.waitForFunction((clear) => clear.includes(document.body?.dataset.state ?? ''), [...CLEAR_STATES], {
      timeout: Math.max(500, STATE_DEADLINE_MS - (Date.now() - started)),
    });
  } catch {
    // Say how long it really takes (or that it hangs), then fail.
    const late = await popup.waitForFunction((clear) => clear.includes(document.body?.dataset.state ?? ''), [...CLEAR_STATES], { timeout: 20_000 })
      .then(async () => `reached '${await popup.evaluate(() => document.body.dataset.state)}' after ${Date.now() - started} ms (parse+read ${await popup.evaluate(() => document.body.dataset.readMs)} ms)`, () => 'no clear state after 25 s');
    await popup.close({ runBeforeUnload: false }).catch(() => undefined);
    throw new Error(`no clear popup state within ${STATE_DEADLINE_MS} ms: ${late}`);
  }
  const ms = Date.now() - started;
  const { state, readMs } = await popup.evaluate(() => ({ state: document.body.dataset.state ?? '', readMs: document.body.dataset.readMs ?? '-' }));
  timings.push(`  (parse+read in the popup: ${readMs} ms)`);
  return { state, ms, popup };
}

/** Lede still reads an ordinary article. */
async function stillWorks(): Promise<void> {
  const article = corpusPage('yna-en-2.html');
  const page = await lede.ctx.newPage();
  await page.goto(article.url, { waitUntil: 'domcontentloaded' });
  const { state, popup } = await popupState(page);
  expect(state).toBe('ready');
  expect(norm(await popup.locator('.lede-title').textContent())).toBe(article.title);
  await Promise.all([popup.close(), page.close()]);
}

describe('bad inputs end in a clear state, leave the page alone, and break nothing', () => {
  for (const input of BAD_INPUTS) {
    it(`${input.id}: ${input.note}`, async () => {
      const url = input.url;
      lede.routes.set(url, { body: input.body, contentType: input.contentType });
      const page = await lede.ctx.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      await sleep(input.browserOnly ? 400 : 150); // the page's own after-load changes, and Lede's detection
      const before = await fingerprint(page);
      await clickToolbarButton(lede, url);
      const { state, ms, popup } = await popupState(page);
      timings.push(`${input.id}: ${state} in ${ms} ms`);
      expect(CLEAR_STATES).toContain(state);
      if (input.expectArticle === true) expect(state).toBe('ready');
      if (input.expectArticle === false) expect(state).not.toBe('ready');
      // One 5 MB paragraph is carried cut (MAX_TEXT_NODE_CHARS), and the view says so.
      if (input.id === 'huge-paragraph' && state === 'ready') expect(await popup.locator('[data-role="cut-note"]').count()).toBe(1);
      expect(await fingerprint(page)).toBe(before);
      await Promise.all([popup.close(), page.close()]);
      // The worker still answers.
      expect(await lede.worker.evaluate(() => 1 + 1)).toBe(2);
    });
  }

  it('Lede still reads the next ordinary page after all of them', stillWorks);
});

describe('pages Lede may not read', () => {
  const restricted = async (page: Page, name: string) => {
    await clickToolbarButton(lede, page.url());
    const { state, ms, popup } = await popupState(page);
    timings.push(`${name}: ${state} in ${ms} ms`);
    const panel = await popup.evaluate(() => document.querySelector('[data-panel]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
    expect(`${state}: ${panel}`).toMatch(/^restricted: /);
    await popup.close();
  };

  it('about:blank is restricted in the popup a toolbar click opens', async () => {
    // Chromium hides a blank tab's URL from the worker even after the click, and refuses scripting
    // with the same words as for a tab without a grant; only the real popup knows a click opened it.
    const page = await lede.ctx.newPage();
    await page.goto('about:blank#lede-blank');
    const { state, panelText } = await readRealPopup(lede, page);
    timings.push(`about:blank (real popup): ${state}`);
    expect(`${state}: ${panelText}`).toMatch(/^restricted: /);
    await page.close();
  });

  it('a chrome:// page is restricted', async () => {
    const page = await lede.ctx.newPage();
    await page.goto('chrome://version');
    await restricted(page, 'chrome://version');
    await page.close();
  });

  // The Chrome Web Store is not tried here: Debian's Chromium 156 crashes when a store page is fulfilled by
  // Playwright's interception (verified with both store hosts). test/glue/restricted-url.test.ts covers its URLs.

  it('a PDF in the PDF viewer is restricted', async () => {
    const url = 'https://bad-input.example/report.pdf';
    lede.routes.set(url, { body: tinyPdf('Annual report'), contentType: 'application/pdf' });
    const page = await lede.ctx.newPage();
    await page.goto(url).catch(() => undefined); // the viewer is a plugin document: goto may report an abort
    await sleep(500);
    await restricted(page, 'pdf viewer');
    await page.close();
  });

  it('without a click on the button, a site without host access gets a clear state, not a blank popup', async () => {
    const url = 'https://bad-input.example/plain-article';
    lede.routes.html(url, '<!doctype html><title>Plain</title><article><h1>Plain</h1><p>Text.</p></article>');
    const page = await lede.ctx.newPage();
    await page.goto(url);
    const { state, ms, popup } = await popupState(page);
    timings.push(`no host access, no click: ${state} in ${ms} ms`);
    expect(state).toBe('error');
    await Promise.all([popup.close(), page.close()]);
  });

  it('Lede still works afterwards', stillWorks);
});

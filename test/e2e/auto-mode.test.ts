/**
 * Automatic reader mode in real Chromium (issue 3 §4, §8): the reading view opens on an article by
 * itself, Esc gives the page back exactly as it was (title, DOM, scroll position), "never on this
 * site" beats the global switch, settings apply to open tabs, and settings survive a worker restart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launchLede, stopWorker, type Lede } from './harness/launch';
import { corpusPage } from './harness/routes';
import { PAGE_VIEWPORT, openPage, openPopupFor, overlayFrame, screenshot, settledState, sleep, tabIdOf, textOf } from './harness/helpers';
import { setSettings, storedSettings } from './harness/settings';
import { norm } from '../helpers/corpus';

const ARTICLE = corpusPage('yna-en-2.html');
const OTHER_ARTICLE = corpusPage('yna-en-6.html');
const KOREAN_ARTICLE = corpusPage('sbs-2.html');
const YNA_HOST = 'en.yna.co.kr';

let lede: Lede;
beforeAll(async () => { lede = await launchLede(); });
afterAll(async () => { await lede?.close(); });

/** What the page looks like to its owner: title, DOM, scroll, with Lede's overlay host left out. */
async function pageState(page: Page): Promise<{ title: string; html: string; scrollY: number; overlays: number }> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('[data-lede-overlay]').forEach((el) => el.remove());
    return {
      title: document.title,
      html: clone.outerHTML,
      scrollY: Math.round(window.scrollY),
      overlays: document.querySelectorAll('[data-lede-overlay]').length,
    };
  });
}

/**
 * Waits until the page's own scripts are done changing it (load event, then 300 ms without a DOM
 * mutation), so a later difference can only be Lede's.
 */
async function pageSettled(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise<void>((resolve) => {
    let timer = setTimeout(done, 300);
    // A page that never stops mutating (a ticker) must not hang the test: give up waiting after 5 s.
    const cap = setTimeout(done, 5_000);
    const observer = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(done, 300); });
    function done(): void { clearTimeout(cap); clearTimeout(timer); observer.disconnect(); resolve(); }
    observer.observe(document, { attributes: true, childList: true, subtree: true, characterData: true });
  }));
}

async function frameState(frame: Frame, timeout = 10_000): Promise<string> {
  await frame.waitForFunction(() => {
    const state = document.body?.dataset.state;
    return Boolean(state) && state !== 'loading';
  }, undefined, { timeout });
  return frame.evaluate(() => document.body.dataset.state ?? '');
}

/** The worker's automatic-mode decision for the tab, once it has made one. */
async function autoDecision(tabId: number): Promise<boolean | null> {
  for (let i = 0; i < 50; i += 1) {
    const decided = await lede.worker.evaluate(async (id) => {
      const chrome = (globalThis as any).chrome;
      const state = (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`];
      return state ? { autoOpen: state.autoOpen as boolean, at: state.at as number } : null;
    }, tabId);
    if (decided) return decided.autoOpen;
    await sleep(100);
  }
  return null;
}

/** Where two serializations first differ (for a readable failure). */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return i === a.length && i === b.length ? '' : `at ${i}: …${a.slice(Math.max(0, i - 80), i + 120)}… vs …${b.slice(Math.max(0, i - 80), i + 120)}…`;
}

describe('automatic mode', () => {
  it('opens the reading view on an article by itself; Esc restores the page exactly', async () => {
    await setSettings(lede, { autoMode: true, sites: { [YNA_HOST]: null } });
    const page = await openPage(lede, ARTICLE.url);
    const frame = await overlayFrame(lede, page);
    expect(await frameState(frame)).toBe('ready');
    expect(await textOf(frame as unknown as Page, '.lede-title')).toBe(ARTICLE.title);
    expect(await textOf(frame as unknown as Page, '[data-role="article"]')).toContain(norm(ARTICLE.firstSentence));
    expect(await frame.locator('[data-role="key-fact"]').count()).toBeGreaterThan(0);
    // The overlay covers the viewport.
    const box = await page.locator('[data-lede-overlay]').boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, ...PAGE_VIEWPORT });
    await pageSettled(page);
    // The picture first: Playwright's screenshot itself leaves a style="" on a hidden input of this page.
    await screenshot(page, 'auto-mode-overlay');
    const underneath = await pageState(page);
    expect(underneath.overlays).toBe(1);

    await page.keyboard.press('Escape'); // focus is in the reading view's frame
    await page.waitForSelector('[data-lede-overlay]', { state: 'detached', timeout: 5_000 });
    const after = await pageState(page);
    expect(after.overlays).toBe(0);
    expect(after.title).toBe(underneath.title);
    expect(firstDifference(after.html, underneath.html)).toBe('');
    expect(after.scrollY).toBe(underneath.scrollY);
    await page.close();
  });

  it('switching it on applies to an open tab; Esc gives back the same title, DOM and scroll position', async () => {
    await setSettings(lede, { autoMode: false, sites: { [YNA_HOST]: null } });
    const page = await openPage(lede, OTHER_ARTICLE.url);
    await page.waitForSelector('html[data-lede-article="yes"]', { state: 'attached', timeout: 10_000 });
    const tabId = await tabIdOf(lede, page);
    expect(await autoDecision(tabId)).toBe(false);
    await pageSettled(page);
    await page.evaluate(() => window.scrollTo(0, 640));
    await page.waitForFunction(() => Math.round(window.scrollY) === 640);
    const before = await pageState(page);
    expect(before.overlays).toBe(0);

    await setSettings(lede, { autoMode: true }); // as the options page or another device would
    const frame = await overlayFrame(lede, page);
    expect(await frameState(frame)).toBe('ready');
    // Page scrolling is locked while the view is open.
    await page.mouse.move(500, 400);
    await page.mouse.wheel(0, 800);
    await sleep(200);
    expect(await page.evaluate(() => Math.round(window.scrollY))).toBe(640);

    // Esc pressed while the page itself (not the frame) has focus closes it too.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.focus('body').catch(() => undefined);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-lede-overlay]', { state: 'detached', timeout: 5_000 });
    const after = await pageState(page);
    expect(after.title).toBe(before.title);
    expect(firstDifference(after.html, before.html)).toBe('');
    expect(after.scrollY).toBe(640);
    await page.close();
  });

  it('"Back to page" in the view closes it like Esc', async () => {
    await setSettings(lede, { autoMode: true, sites: { [YNA_HOST]: null } });
    const page = await openPage(lede, KOREAN_ARTICLE.url);
    const frame = await overlayFrame(lede, page);
    expect(await frameState(frame)).toBe('ready');
    expect(await frame.getAttribute('[data-role="article"]', 'lang')).toBe('ko');
    await screenshot(page, 'auto-mode-overlay-sbs-ko');
    await frame.click('[data-action="back"]');
    await page.waitForSelector('[data-lede-overlay]', { state: 'detached', timeout: 5_000 });
    await page.close();
  });

  it('"never on this site" wins over the global switch', async () => {
    await setSettings(lede, { autoMode: true, sites: { [YNA_HOST]: 'never' } });
    const page = await openPage(lede, ARTICLE.url);
    await page.waitForSelector('html[data-lede-article="yes"]', { state: 'attached', timeout: 10_000 });
    const tabId = await tabIdOf(lede, page);
    expect(await autoDecision(tabId)).toBe(false);
    await sleep(500);
    expect(await page.locator('[data-lede-overlay]').count()).toBe(0);
    // Another site without a rule still follows the global switch.
    const other = await openPage(lede, KOREAN_ARTICLE.url);
    await overlayFrame(lede, other);
    await Promise.all([page.close(), other.close()]);
    await setSettings(lede, { autoMode: false, sites: { [YNA_HOST]: null } });
  });

  it('keeps settings across a restart of the service worker', async () => {
    await setSettings(lede, { autoMode: false, sites: { [YNA_HOST]: null } });
    // Turn automatic mode on from the popup's switch, as a person would.
    const article = await openPage(lede, corpusPage('kbs-2.html').url);
    const popup = await openPopupFor(lede, article);
    expect(await settledState(popup)).toBe('ready');
    await popup.check('[data-action="auto-mode"]');
    // …and "never on this site" for SBS, written through the worker.
    await setSettings(lede, { sites: { 'news.sbs.co.kr': 'never' } });
    await expect.poll(async () => (await storedSettings(lede)).autoMode, { timeout: 5_000 }).toBe(true);
    await popup.close();
    // The overlay may have opened in the KBS tab (settings apply to open tabs): leave it.
    await article.close();

    await lede.worker.evaluate(() => { (self as any).__e2eBeforeRestart = true; });
    await stopWorker(lede);
    // Wake it with a page load: the content script reports, the worker starts again.
    const page = await openPage(lede, ARTICLE.url);
    await overlayFrame(lede, page); // automatic mode is still on…
    expect(await lede.worker.evaluate(() => (self as any).__e2eBeforeRestart ?? false)).toBe(false); // …in a new worker
    const stored = await storedSettings(lede);
    expect(stored.autoMode).toBe(true);
    expect(stored['site:news.sbs.co.kr']).toBe('never');
    const sbs = await openPage(lede, KOREAN_ARTICLE.url);
    await sbs.waitForSelector('html[data-lede-article="yes"]', { state: 'attached', timeout: 10_000 });
    expect(await autoDecision(await tabIdOf(lede, sbs))).toBe(false);
    expect(await sbs.locator('[data-lede-overlay]').count()).toBe(0);
    await Promise.all([page.close(), sbs.close()]);
    await setSettings(lede, { autoMode: false, sites: { 'news.sbs.co.kr': null } });
  });
});

/**
 * What a person does with Lede, as test steps: open a page, open the popup for it, read the state,
 * change settings, take screenshots. Contract: EXTENSION.md and issue 3 §7.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { ARTIFACTS_DIR, type Lede } from './launch';

/** Chrome sizes an action popup to its content, at most 800×600; Lede's popup is 460 px wide. */
export const POPUP_VIEWPORT = { width: 460, height: 600 };
export const CLEAR_STATES: readonly string[] = ['ready', 'no-article', 'restricted', 'error'];

export const PAGE_VIEWPORT = { width: 1100, height: 800 };

/**
 * Opens `url` in a new tab (served by the route table) and waits for the DOM. The viewport is set
 * before loading: a resize afterwards would run the page's own resize handlers.
 */
export async function openPage(lede: Lede, url: string): Promise<Page> {
  const page = await lede.ctx.newPage();
  await page.setViewportSize(PAGE_VIEWPORT);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}

/** The Chrome tab id of `page`: bring it to the front, ask the worker for the active tab. */
export async function tabIdOf(lede: Lede, page: Page): Promise<number> {
  await page.bringToFront();
  const pageUrl = page.url();
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const tab = await lede.worker.evaluate(async () => {
      const chrome = (globalThis as any).chrome;
      const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return active ? { id: active.id as number, url: (active.url ?? active.pendingUrl ?? null) as string | null } : null;
    });
    // tab.url is only visible where the extension has host access; when visible it must match.
    if (tab && (tab.url === null || tab.url === pageUrl || pageUrl === 'about:blank')) return tab.id;
    await page.bringToFront();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`could not find the tab id of ${pageUrl}`);
}

/** body[data-state] once it is no longer 'loading' (or the timeout elapses). */
export async function settledState(view: Page, timeout = 10_000): Promise<string> {
  await view.waitForFunction(() => {
    const state = document.body?.dataset.state;
    return Boolean(state) && state !== 'loading';
  }, undefined, { timeout });
  return view.evaluate(() => document.body.dataset.state ?? '');
}

export interface PopupOptions { waitForState?: boolean; timeout?: number; colorScheme?: 'light' | 'dark' }

/** Opens popup.html?tabId=N for `page` in its own popup-sized tab, as the toolbar popup would show it. */
export async function openPopupFor(lede: Lede, page: Page, options: PopupOptions = {}): Promise<Page> {
  const tabId = await tabIdOf(lede, page);
  return openPopupForTab(lede, tabId, options);
}

export async function openPopupForTab(lede: Lede, tabId: number, options: PopupOptions = {}): Promise<Page> {
  const popup = await lede.ctx.newPage();
  await popup.setViewportSize(POPUP_VIEWPORT);
  if (options.colorScheme) await popup.emulateMedia({ colorScheme: options.colorScheme });
  await popup.goto(lede.url(`popup.html?tabId=${tabId}`));
  if (options.waitForState !== false) await settledState(popup, options.timeout);
  return popup;
}

export async function screenshot(view: Page, name: string, fullPage = false): Promise<string> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await view.screenshot({ path: file, fullPage });
  return file;
}

/** Text of the first element matching `selector`, whitespace collapsed ('' when absent). */
export async function textOf(view: Page, selector: string): Promise<string> {
  const text = await view.locator(selector).first().textContent({ timeout: 2_000 }).catch(() => null);
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The automatic-mode overlay's reading view in `page`: the reader.html?mode=overlay frame (an
 * extension page inside a closed shadow root, so it is found among the page's frames, not by selector).
 */
export async function overlayFrame(lede: Lede, page: Page, timeout = 10_000): Promise<Frame> {
  await page.waitForSelector('[data-lede-overlay]', { state: 'attached', timeout });
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((f) => f.url().includes('/reader.html') && f.url().includes('mode=overlay'));
    if (frame) return frame;
    if (Date.now() > deadline) break;
    await sleep(50);
  }
  // Say what the browser has, to tell a frame that never loaded from one the harness did not see.
  let targets = '(no CDP)';
  const browser = lede.ctx.browser();
  if (browser) {
    const cdp = await browser.newBrowserCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets');
    targets = targetInfos.filter((t) => t.type === 'iframe' || t.url.includes('reader.html')).map((t) => `${t.type} ${t.url}`).join(', ') || 'none';
    await cdp.detach().catch(() => undefined);
  }
  throw new Error(`overlay frame not found; Playwright frames: ${page.frames().map((f) => f.url()).join(', ')}; CDP targets: ${targets}`);
}

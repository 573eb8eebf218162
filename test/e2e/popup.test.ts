/**
 * The toolbar button and the popup, in real Chromium with dist/chrome loaded (issue 3 §8):
 * article marking, the clean view for an English and a Korean article, "not an article" with
 * "show anyway", keyboard-only use, light/dark screenshots, and "open in full tab".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickToolbarButton, launchLede, type Lede } from './harness/launch';
import { corpusPage } from './harness/routes';
import { PAGE_VIEWPORT, openPage, openPopupFor, screenshot, settledState, tabIdOf, textOf } from './harness/helpers';
import { setSettings, storedSettings } from './harness/settings';
import { norm } from '../helpers/corpus';

const YNA = corpusPage('yna-en-2.html');
const KBS = corpusPage('kbs-1.html');
const NAVER_HOME = corpusPage('naver-2.html');

let lede: Lede;
beforeAll(async () => { lede = await launchLede(); });
afterAll(async () => { await lede?.close(); });

async function closeAll(...pages: Page[]): Promise<void> {
  await Promise.all(pages.map((p) => p.close().catch(() => undefined)));
}

/** The toolbar badge text and the worker's per-tab record for `tabId`, once the content script reported. */
async function toolbarFor(tabId: number): Promise<{ badge: string; isArticle: boolean | null }> {
  return lede.worker.evaluate(async (id) => {
    const chrome = (globalThis as any).chrome;
    const stored = await chrome.storage.session.get(`tab:${id}`);
    const state = stored[`tab:${id}`];
    return { badge: await chrome.action.getBadgeText({ tabId: id }), isArticle: state ? state.detection.isArticle : null };
  }, tabId);
}

async function waitForToolbar(tabId: number): Promise<{ badge: string; isArticle: boolean | null }> {
  let last = await toolbarFor(tabId);
  for (let i = 0; i < 50 && last.isArticle === null; i += 1) {
    await new Promise((r) => setTimeout(r, 100));
    last = await toolbarFor(tabId);
  }
  return last;
}

/** Normalised text of the rendered article body. */
const bodyText = (popup: Page) => textOf(popup, '[data-role="article"]');

async function keyFactTexts(popup: Page): Promise<string[]> {
  return (await popup.locator('[data-role="key-fact"]').allTextContents()).map(norm);
}

describe('toolbar button', () => {
  it('marks a Yonhap English article', async () => {
    const page = await openPage(lede, YNA.url);
    await page.waitForSelector('html[data-lede-article="yes"]', { state: 'attached', timeout: 10_000 });
    const tabId = await tabIdOf(lede, page);
    const toolbar = await waitForToolbar(tabId);
    expect(toolbar.isArticle).toBe(true);
    expect(toolbar.badge).not.toBe('');
    await closeAll(page);
  });

  it('does not mark the Naver News home page', async () => {
    const page = await openPage(lede, NAVER_HOME.url);
    await page.waitForSelector('html[data-lede-article="no"]', { state: 'attached', timeout: 10_000 });
    const tabId = await tabIdOf(lede, page);
    const toolbar = await waitForToolbar(tabId);
    expect(toolbar.isArticle).toBe(false);
    expect(toolbar.badge).toBe('');
    await closeAll(page);
  });
});

describe('popup', () => {
  it('shows title, byline, key facts and body of a Yonhap English article', async () => {
    const page = await openPage(lede, YNA.url);
    const popup = await openPopupFor(lede, page);
    expect(await popup.evaluate(() => document.body.dataset.state)).toBe('ready');
    expect(await textOf(popup, '.lede-title')).toBe(YNA.title);
    expect(await textOf(popup, '.lede-byline')).toContain(YNA.author!);
    const body = await bodyText(popup);
    expect(body).toContain(norm(YNA.firstSentence));
    expect(body).toContain(norm(YNA.lastSentence));
    const facts = await keyFactTexts(popup);
    expect(facts.length).toBeGreaterThanOrEqual(2);
    for (const fact of facts) expect(body).toContain(fact); // verbatim sentences of the body
    expect(await popup.getAttribute('[data-role="article"]', 'lang')).toBe('en');
    // Fits the popup: no sideways scrolling, within Chrome's 800×600 limit; the view scrolls vertically.
    const size = await popup.evaluate(() => ({
      width: document.documentElement.scrollWidth, viewport: innerWidth, height: document.documentElement.scrollHeight,
    }));
    expect(size.width).toBeLessThanOrEqual(Math.min(size.viewport, 800));
    expect(size.height).toBeGreaterThan(600);
    await screenshot(popup, 'popup-yna-en-light');
    await closeAll(popup, page);
  });

  it("shows title, byline, key facts and body of a Korean broadcaster's article (KBS)", async () => {
    const page = await openPage(lede, KBS.url);
    const popup = await openPopupFor(lede, page);
    expect(await popup.evaluate(() => document.body.dataset.state)).toBe('ready');
    expect(await textOf(popup, '.lede-title')).toBe(norm(KBS.title));
    expect(await textOf(popup, '.lede-byline')).toContain(KBS.author!);
    const body = await bodyText(popup);
    expect(body).toContain(norm(KBS.firstSentence));
    expect(body).toContain(norm(KBS.lastSentence));
    const facts = await keyFactTexts(popup);
    expect(facts.length).toBeGreaterThanOrEqual(2);
    for (const fact of facts) expect(body).toContain(fact);
    expect(await popup.getAttribute('[data-role="article"]', 'lang')).toBe('ko');
    // Korean typography: words are not broken inside.
    expect(await popup.$eval('[data-role="article"]', (el) => getComputedStyle(el).wordBreak)).toBe('keep-all');
    await screenshot(popup, 'popup-kbs-ko-light');
    await closeAll(popup, page);
  });

  it('says "not an article" on the Naver News home page, and "show anyway" extracts all the same', async () => {
    const page = await openPage(lede, NAVER_HOME.url);
    const popup = await openPopupFor(lede, page);
    expect(await popup.evaluate(() => document.body.dataset.state)).toBe('no-article');
    await screenshot(popup, 'popup-naver-home-no-article');
    await popup.click('[data-action="show-anyway"]');
    expect(await settledState(popup)).toBe('ready');
    expect((await bodyText(popup)).length).toBeGreaterThan(100);
    await closeAll(popup, page);
  });

  it('reads an article a web component shows from its open shadow root, slots filled as on the page', async () => {
    const url = 'https://news.example.org/2026/12/07/city-closes-old-bridge';
    const paragraphs = [
      'The city council voted on Tuesday to close the old bridge to traffic after engineers found cracks in two of its supports.',
      'Repairs are expected to take eighteen months and cost about 40 million dollars, the council said in a statement on Wednesday.',
      'Residents of the east bank will be able to use a temporary ferry service that starts running next week, officials said.',
      'The bridge, opened in 1931, carried about 20,000 vehicles a day before it was closed, according to the transport department.',
    ];
    // The light DOM holds only the byline; everything else is drawn by the component's shadow tree.
    lede.routes.html(url, `<!doctype html><html lang="en"><head><title>City closes old bridge</title>
      <meta property="og:type" content="article"><meta property="og:title" content="City closes old bridge"></head>
      <body><story-body><span slot="byline">By Jane Roe</span></story-body><script>
      customElements.define('story-body', class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' }).innerHTML = '<article><h1>City closes old bridge</h1><p class="byline"><slot name="byline"></slot></p>'
            + ${JSON.stringify(paragraphs.map((p) => `<p>${p}</p>`).join(''))} + '</article>';
        }
      });
      </script></body></html>`);
    const page = await openPage(lede, url);
    await page.waitForFunction(() => !!document.querySelector('story-body')?.shadowRoot);
    await clickToolbarButton(lede, url); // an address outside the known sites: read through activeTab
    const popup = await openPopupFor(lede, page);
    expect(await settledState(popup)).toBe('ready');
    const text = await bodyText(popup);
    for (const p of paragraphs) expect(text).toContain(p);
    expect(await textOf(popup, '.lede-title')).toBe('City closes old bridge');
    await closeAll(popup, page);
  });

  it('can be used with the keyboard alone: Tab to a key fact, Enter highlights it; Tab to the theme, change it', async () => {
    await setSettings(lede, { theme: 'system' });
    const page = await openPage(lede, YNA.url);
    const popup = await openPopupFor(lede, page);
    const focused = () => popup.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { role: el?.dataset.role ?? null, action: el?.dataset.action ?? null, tag: el?.tagName ?? null, text: el?.textContent ?? '' };
    });
    let current = await focused();
    for (let i = 0; i < 40 && current.role !== 'key-fact'; i += 1) {
      await popup.keyboard.press('Tab');
      current = await focused();
    }
    expect(current.role).toBe('key-fact');
    // Visible focus: the focused key fact draws an outline (or a box shadow).
    const ring = await popup.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0, shadow: style.boxShadow !== 'none' };
    });
    expect(ring.outline || ring.shadow).toBe(true);
    await popup.keyboard.press('Enter');
    const mark = popup.locator('[data-role="article"] mark[data-lede-highlight]').first();
    await mark.waitFor({ state: 'visible', timeout: 5_000 });
    const marked = norm((await popup.locator('[data-role="article"] mark[data-lede-highlight]').allTextContents()).join(''));
    expect(norm(current.text)).toContain(marked.slice(0, 40));
    // It was scrolled into view (smooth scrolling: give it a moment).
    await popup.waitForFunction(() => {
      const m = document.querySelector('[data-role="article"] mark[data-lede-highlight]')!.getBoundingClientRect();
      return m.bottom > 0 && m.top < innerHeight;
    }, undefined, { timeout: 5_000 });

    // Back to the top with Shift+Tab until the theme control has focus, then change it with the arrow key.
    for (let i = 0; i < 80 && current.action !== 'theme'; i += 1) {
      await popup.keyboard.press('Shift+Tab');
      current = await focused();
    }
    expect(current.action).toBe('theme');
    await popup.keyboard.press('ArrowDown'); // system → light
    await expect.poll(async () => (await storedSettings(lede)).theme, { timeout: 5_000 }).toBe('light');
    expect(await popup.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    // + and − change the text size (focus back on the view, not in the select).
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('+');
    await expect.poll(async () => (await storedSettings(lede)).textSize, { timeout: 5_000 }).toBe(1);
    await popup.keyboard.press('-');
    await expect.poll(async () => (await storedSettings(lede)).textSize, { timeout: 5_000 }).toBe(0);
    await setSettings(lede, { theme: 'system' });
    await closeAll(popup, page);
  });

  it('looks right in light and dark (screenshots) and follows the theme setting', async () => {
    const page = await openPage(lede, YNA.url);
    const background = (view: Page) => view.evaluate(() => {
      const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+(\.\d+)?/g)!.map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    });

    await setSettings(lede, { theme: 'system' });
    const light = await openPopupFor(lede, page, { colorScheme: 'light' });
    expect(await background(light)).toBeGreaterThan(0.7);
    await screenshot(light, 'popup-light');
    await light.close();

    const dark = await openPopupFor(lede, page, { colorScheme: 'dark' });
    expect(await background(dark)).toBeLessThan(0.3);
    await screenshot(dark, 'popup-dark');
    // The theme setting wins over the system: light theme on a dark system, applied live.
    await setSettings(lede, { theme: 'light' });
    await expect.poll(() => background(dark), { timeout: 5_000 }).toBeGreaterThan(0.7);
    await setSettings(lede, { theme: 'dark' });
    await expect.poll(() => background(dark), { timeout: 5_000 }).toBeLessThan(0.3);
    await screenshot(dark, 'popup-dark-setting', true);
    await setSettings(lede, { theme: 'system' });
    await closeAll(dark, page);
  });

  it('opens the article in a full tab (reader.html), handed over by the worker', async () => {
    const page = await openPage(lede, YNA.url);
    const popup = await openPopupFor(lede, page);
    const [reader] = await Promise.all([
      lede.ctx.waitForEvent('page', { timeout: 10_000 }),
      popup.click('[data-action="open-tab"]'),
    ]);
    // (A chrome-error:// URL here means Chrome refused to load reader.html in a tab.)
    await expect.poll(() => reader.url(), { timeout: 5_000 }).toMatch(/^chrome-extension:\/\/[a-p]{32}\/reader\.html\?/);
    await reader.setViewportSize(PAGE_VIEWPORT);
    expect(await settledState(reader)).toBe('ready');
    // The article travels through the worker, not the URL.
    expect(reader.url()).not.toContain(encodeURIComponent(YNA.url));
    expect(reader.url()).not.toContain('yna.co.kr');
    expect(await textOf(reader, '.lede-title')).toBe(YNA.title);
    expect(await bodyText(reader)).toContain(norm(YNA.firstSentence));
    expect(await reader.title()).toContain(YNA.title!);
    await screenshot(reader, 'reader-full-tab');
    await closeAll(reader, popup, page);
  });
});

/**
 * Smoke test of the Firefox build (dist/firefox) in real headless Firefox ESR: it installs as a
 * temporary add-on, the content script detects pages on a news site, an extension page stores the
 * automatic-mode setting the way the options page does, and the background script then opens the
 * reading view over a Yonhap English article by itself (overlay → reader.html frame → snapshot from
 * the background → extraction and key facts in the frame). "Back to page" closes it again. Read aloud
 * runs in that overlay with the unit tests' fake speech engine put in the frame (headless Firefox here
 * has no voices): the highlight moves sentence by sentence, pause and stop work.
 *
 * Driven by puppeteer-core over WebDriver BiDi (Debian has no geckodriver; Playwright drives only its
 * own patched Firefox). BiDi will not navigate to moz-extension:// URLs, so the extension's UUID is
 * fixed with the pref extensions.webextensions.uuids and a page of the news site sets location.href to
 * reader.html, which the shipped manifest makes web-accessible (for the overlay). See
 * ../shared/docs/browser-testing.md, "Firefox".
 *
 * Needs /usr/bin/firefox-esr (or $LEDE_FIREFOX). Without it the file is skipped with a message,
 * except under CI, where a missing Firefox fails (.ci/run installs firefox-esr).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Frame, type HTTPRequest, type Page } from 'puppeteer-core';
import { ARTIFACTS_DIR, REPO_ROOT } from './harness/launch';
import { PAGE_VIEWPORT } from './harness/helpers';
import { TINY_PNG, corpusPage } from './harness/routes';
import { corpusPageHtml, corpusPages, norm } from '../helpers/corpus';
import { installFakeSpeech } from '../helpers/fake-speech';

const FIREFOX = process.env.LEDE_FIREFOX ?? '/usr/bin/firefox-esr';
const EXTENSION_DIR = path.join(REPO_ROOT, 'dist/firefox');
const GECKO_ID = 'lede@lede.example';
const IN_CI = Boolean(process.env.CI) && process.env.CI !== 'false';
const HAVE_FIREFOX = fs.existsSync(FIREFOX);
const WAIT = 20_000;

const ARTICLE = corpusPage('yna-en-2.html');
/** A Yonhap section page (not an article): the content script runs there and says so. */
const SECTION = corpusPage('yna-ko-1.html');

if (!HAVE_FIREFOX && !IN_CI) {
  console.warn(`firefox.test.ts: skipped, no Firefox at ${FIREFOX} (apt-get install firefox-esr, or set LEDE_FIREFOX)`);
}

const IMAGE_URL = /\.(png|jpe?g|gif|webp|avif|svg|ico|bmp)(\?|$)/i;
const withoutHash = (url: string): string => url.split('#')[0];

/** The same closed network as harness/routes.ts: corpus pages at their real URLs, a tiny PNG for images, nothing else. */
const served = new Map(corpusPages().map((page) => [withoutHash(page.url), page] as const));
async function closedNetwork(page: Page): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    // (HTTPRequest.resourceType() is CDP-only: images are told by their URL.)
    const reply = async (): Promise<void> => {
      const url = withoutHash(request.url());
      const corpus = served.get(url);
      if (corpus) await request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: corpusPageHtml(corpus) });
      else if (!/^https?:/i.test(url)) await request.continue();
      else if (IMAGE_URL.test(url)) await request.respond({ status: 200, contentType: 'image/png', body: TINY_PNG });
      else await request.abort('internetdisconnected');
    };
    reply().catch(() => undefined);
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!HAVE_FIREFOX && !IN_CI)('Firefox build in headless Firefox ESR', () => {
  const uuid = randomUUID();
  const extensionUrl = (file: string): string => `moz-extension://${uuid}/${file}`;
  let browser: Browser;
  let addonId: string;

  beforeAll(async () => {
    if (!HAVE_FIREFOX) throw new Error(`no Firefox at ${FIREFOX}: CI must install firefox-esr (.ci/run does)`);
    if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
      throw new Error(`${EXTENSION_DIR}/manifest.json is missing: run \`node build.mjs\` first`);
    }
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }) },
    });
    addonId = await browser.installExtension(EXTENSION_DIR);
  });
  afterAll(async () => { await browser?.close(); });

  async function openPage(url: string): Promise<Page> {
    const page = await browser.newPage();
    await closedNetwork(page);
    await page.setViewport(PAGE_VIEWPORT);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    return page;
  }

  /**
   * The overlay's reader.html?mode=overlay frame. Puppeteer over BiDi keeps the frame's first URL
   * (about:blank), so each child frame is asked where it really is.
   */
  async function overlayFrame(page: Page): Promise<Frame> {
    await page.waitForSelector('[data-lede-overlay]', { timeout: WAIT });
    const deadline = Date.now() + WAIT;
    for (;;) {
      for (const frame of page.frames()) {
        if (frame === page.mainFrame()) continue;
        const href = await frame.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(extensionUrl('reader.html')) && href.includes('mode=overlay')) return frame;
      }
      if (Date.now() > deadline) throw new Error(`no reader.html overlay frame; frames: ${page.frames().map((f) => f.url()).join(', ')}`);
      await sleep(100);
    }
  }

  it('installs as a temporary add-on; the content script runs on a news site', async () => {
    expect(addonId).toBe(GECKO_ID);
    const section = await openPage(SECTION.url);
    await section.waitForSelector('html[data-lede-article]', { timeout: WAIT });
    expect(await section.$eval('html', (root) => root.getAttribute('data-lede-article'))).toBe('no');
    await section.close();
  });

  it('an extension page stores automatic mode the way the options page does', async () => {
    const section = await openPage(SECTION.url);
    // BiDi cannot navigate to moz-extension://, but a news page can (reader.html is web-accessible).
    await section.evaluate((url) => { location.href = url; }, extensionUrl('reader.html'));
    await section.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete',
      { timeout: WAIT });
    const stored = await section.evaluate(async () => {
      const api = (globalThis as any).browser;
      // updateSettings({autoMode: true}) in src/shared/settings.ts: one key per field, with the version.
      await api.storage.sync.set({ autoMode: true, version: 2 });
      return { id: api.runtime.id as string, sync: await api.storage.sync.get(null) };
    });
    expect(stored).toEqual({ id: GECKO_ID, sync: { autoMode: true, version: 2 } });
    await section.close();
  });

  it('automatic mode: the reading view opens over a Yonhap article with its title and key facts', async () => {
    const page = await openPage(ARTICLE.url);
    const frame = await overlayFrame(page);
    await frame.waitForFunction(() => {
      const state = document.body?.dataset.state;
      return Boolean(state) && state !== 'loading';
    }, { timeout: WAIT });
    const view = await frame.evaluate(() => {
      const text = (el: Element | null): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
      return {
        state: document.body.dataset.state,
        title: text(document.querySelector('.lede-title')),
        article: text(document.querySelector('[data-role="article"]')),
        keyFacts: [...document.querySelectorAll('[data-role="key-fact"]')].map(text),
      };
    });
    expect(view.state).toBe('ready');
    expect(view.title).toBe(ARTICLE.title);
    expect(view.article).toContain(norm(ARTICLE.firstSentence));
    expect(view.keyFacts.length).toBeGreaterThan(0);
    for (const fact of view.keyFacts) expect(view.article).toContain(fact); // verbatim sentences of the body
    // The page underneath is the article, marked by the content script.
    expect(await page.$eval('html', (root) => root.getAttribute('data-lede-article'))).toBe('yes');

    fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'firefox-auto-mode-overlay.png') });

    // "Back to page": the frame asks the background script, which closes the overlay in the tab.
    await frame.evaluate(() => (document.querySelector('[data-action="back"]') as HTMLElement).click());
    await page.waitForSelector('[data-lede-overlay]', { hidden: true, timeout: WAIT });
    expect(await page.$$eval('[data-lede-overlay]', (hosts) => hosts.length)).toBe(0);
    expect(await page.title()).toContain(ARTICLE.title!);
  });

  it('the overlay follows the text settings, changes them from its panel, and copies the article as Markdown', async () => {
    // Stored the way the options page stores them (one key per field), from an extension page.
    const section = await openPage(SECTION.url);
    await section.evaluate((url) => { location.href = url; }, extensionUrl('reader.html'));
    await section.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete', { timeout: WAIT });
    await section.evaluate(() => (globalThis as any).browser.storage.sync.set({ fontFamily: 'serif', lineHeight: 'relaxed', contentWidth: 'narrow' }));
    await section.close();

    const page = await openPage(ARTICLE.url);
    const frame = await overlayFrame(page);
    await frame.waitForFunction(() => document.body?.dataset.state === 'ready', { timeout: WAIT });
    await frame.waitForFunction(() => document.documentElement.dataset.font === 'serif', { timeout: WAIT });
    const applied = await frame.evaluate(() => {
      const body = document.querySelector('[data-role="article"]')!;
      const value = (role: string) => document.querySelector<HTMLSelectElement>(`select[data-role="${role}"]`)?.value;
      return {
        font: getComputedStyle(body).fontFamily,
        lineScale: document.documentElement.style.getPropertyValue('--lede-line-scale'),
        // The column in em of the article text (32em = "narrow").
        width: (() => { const view = getComputedStyle(document.querySelector('.lede-view')!); return Math.round(parseFloat(view.maxWidth) / parseFloat(view.fontSize)); })(),
        selects: [value('font-family'), value('line-height'), value('content-width')],
        print: document.querySelectorAll('[data-role="print"]').length,
      };
    });
    expect(applied.font.startsWith('Charter')).toBe(true);
    expect(applied.lineScale).toBe('1.15');
    expect(applied.width).toBe(32);
    expect(applied.selects).toEqual(['serif', 'relaxed', 'narrow']);
    expect(applied.print).toBe(0); // printing is the full-tab reader's
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'firefox-overlay-serif-relaxed-narrow.png') });

    // The panel writes a change, and the view follows it.
    const stored = await frame.evaluate(async () => {
      (document.querySelector('[data-action="typography"]') as HTMLElement).click();
      const select = document.querySelector<HTMLSelectElement>('select[data-role="font-family"]')!;
      select.value = 'sans';
      select.dispatchEvent(new Event('change'));
      for (let i = 0; i < 50; i += 1) {
        const sync = await (globalThis as any).browser.storage.sync.get('fontFamily');
        if (sync.fontFamily === 'sans') return { sync: sync.fontFamily, font: document.documentElement.dataset.font };
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return null;
    });
    expect(stored).toEqual({ sync: 'sans', font: 'sans' });

    // Copy as Markdown (the clipboard call is recorded: a scripted click is no user gesture in Firefox).
    const markdown = await frame.evaluate(async () => {
      let copied = '';
      navigator.clipboard.writeText = async (text: string) => { copied = text; };
      (document.querySelector('[data-role="copy-markdown"]') as HTMLElement).click();
      for (let i = 0; i < 50 && !copied; i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
      return copied;
    });
    expect(markdown.startsWith(`# ${ARTICLE.title}\n\nSource: [`)).toBe(true);
    expect(markdown).toContain('\n## Key facts\n\n- ');
    expect(norm(markdown)).toContain(norm(ARTICLE.firstSentence));

    await frame.evaluate(() => (globalThis as any).browser.storage.sync.remove(['fontFamily', 'lineHeight', 'contentWidth']));
    await page.close();
  });

  it('read aloud in the overlay: the highlight moves sentence by sentence; pause and stop work (fake speech engine)', async () => {
    const page = await openPage(ARTICLE.url); // automatic mode is still on from the test above
    const frame = await overlayFrame(page);
    await frame.waitForFunction(() => document.body?.dataset.state === 'ready', { timeout: WAIT });
    // Headless Firefox here has no voices: the unit tests' fake engine replaces speechSynthesis in the
    // frame (Lede looks it up on each call). Init scripts don't reach moz-extension frames over BiDi.
    await frame.evaluate(`(${installFakeSpeech.toString()})(window)`);
    const step = () => frame.evaluate(() => {
      const speech = (window as any).__ledeSpeech;
      const speaking = [...document.querySelectorAll('[data-role="speaking"]')].map((el) => el.textContent).join('').replace(/\s+/g, ' ').trim();
      return {
        state: document.querySelector<HTMLElement>('[data-role="read-aloud-state"]')?.dataset.state ?? null,
        current: (speech.current() as string | null)?.replace(/\s+/g, ' ').trim() ?? null,
        speaking,
      };
    });
    const follows = async () => {
      const deadline = Date.now() + WAIT;
      for (;;) {
        const now = await step();
        if (now.current && now.speaking === now.current) return now;
        if (Date.now() > deadline) throw new Error(`highlight did not follow: ${JSON.stringify(now)}`);
        await sleep(50);
      }
    };
    await frame.evaluate(() => (document.querySelector('[data-role="read-aloud"]') as HTMLElement).click());
    const first = await follows();
    expect(first).toMatchObject({ state: 'playing', current: ARTICLE.title });
    const heard = [first.current];
    for (let i = 0; i < 5; i += 1) {
      await frame.evaluate(() => (window as any).__ledeSpeech.finish());
      heard.push((await follows()).current);
    }
    expect(new Set(heard).size).toBeGreaterThan(3); // the highlight moved on each time
    const body = norm(await frame.evaluate(() => document.querySelector('[data-role="article"]')?.textContent ?? ''));
    expect(body).toContain(heard[heard.length - 1]);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'firefox-read-aloud-overlay.png') });

    await frame.evaluate(() => (document.querySelector('[data-role="read-aloud"]') as HTMLElement).click());
    expect(await step()).toMatchObject({ state: 'paused', current: null, speaking: heard[heard.length - 1] });
    await frame.evaluate(() => (document.querySelector('[data-action="read-aloud-stop"]') as HTMLElement).click());
    expect(await step()).toMatchObject({ state: 'idle', current: null, speaking: '' });
    await frame.evaluate(() => (document.querySelector('[data-action="back"]') as HTMLElement).click());
    await page.waitForSelector('[data-lede-overlay]', { hidden: true, timeout: WAIT });
    await page.close();
  });
});

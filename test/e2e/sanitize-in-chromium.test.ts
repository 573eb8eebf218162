/**
 * The one sanitizer in real Chromium, on its own (issue 4 §1; the extension flow is tested in
 * hostile.test.ts): every hostile vector, and a page with every vector everywhere, sanitized with
 * Chromium's own DOM and inserted into a LIVE document (scripts enabled, no CSP to hide behind).
 * No canary may fire or be requested, the DOM check must pass, and output must be a fixed point.
 * A positive control proves the canary channels work. Written by the SANITIZE helper.
 */
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY_HOST, HOSTILE_VECTORS, hostilePage } from '../fixtures/hostile';

const CHROMIUM = process.env.LEDE_CHROMIUM ?? '/usr/bin/chromium';
const ORIGIN = 'http://sanitize.test/';

let browser: Browser;
let page: Page;
const fired: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  const bundle = await build({
    stdin: {
      contents: `import { sanitizeArticleHtml, sanitizeArticleFragment } from './src/core/sanitize';
        import { findUnsafeMarkup } from './test/fixtures/hostile/dom-check';
        window.lede = { sanitizeArticleHtml, sanitizeArticleFragment, findUnsafeMarkup };`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true, format: 'iife', write: false, logLevel: 'silent',
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage();
  page.on('request', (r) => { if (new URL(r.url()).hostname === CANARY_HOST) requests.push(r.url()); });
  await page.route('**/*', (route) => (route.request().url() === ORIGIN
    ? route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><title>clean</title><body></body>' })
    : route.abort()));
  await page.exposeFunction('__ledeCanary', (id: string) => { fired.push(id); });
  await page.goto(ORIGIN);
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
}, 60_000);

afterAll(async () => { await browser?.close(); });

/** Inserts `html` (sanitized first unless `raw`) into the live page; returns problems found. */
async function insert(htmls: string[], raw = false): Promise<{ problems: string[]; unstable: number }> {
  return page.evaluate(async ({ htmls, raw }) => {
    const L = (window as unknown as { lede: { sanitizeArticleHtml(h: string): string; sanitizeArticleFragment(h: string, d: Document): DocumentFragment; findUnsafeMarkup(r: ParentNode): string[] } }).lede;
    const problems: string[] = [];
    let unstable = 0;
    for (const dirty of htmls) {
      const html = raw ? dirty : L.sanitizeArticleHtml(dirty);
      if (!raw && L.sanitizeArticleHtml(html) !== html) unstable++;
      const holder = document.createElement('div');
      holder.innerHTML = html; // a live document: anything executable would run now
      document.body.append(holder);
      if (!raw) {
        document.body.append(L.sanitizeArticleFragment(dirty, document));
        problems.push(...L.findUnsafeMarkup(holder));
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 1500)); // let load/error/animation events fire
    return { problems, unstable };
  }, { htmls, raw });
}

describe('sanitizeArticleHtml in Chromium', () => {
  it('every vector: inert, stable, no canary call or request', async () => {
    const { problems, unstable } = await insert(HOSTILE_VECTORS.map((v) => v.html));
    expect(problems).toEqual([]);
    expect(unstable).toBe(0);
    expect(fired).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.title()).toBe('clean');
  }, 60_000);

  it('a page with every vector everywhere: inert, no canary', async () => {
    const { problems, unstable } = await insert([hostilePage([...HOSTILE_VECTORS])]);
    expect(problems).toEqual([]);
    expect(unstable).toBe(0);
    expect(fired).toEqual([]);
    expect(requests).toEqual([]);
  }, 60_000);

  it('positive control: the same vectors unsanitized do fire and request', async () => {
    const ids = ['img-onerror', 'iframe-srcdoc-script', 'style-import-remote'];
    await insert(HOSTILE_VECTORS.filter((v) => ids.includes(v.id)).map((v) => v.html), true);
    expect(fired).toEqual(expect.arrayContaining(['img-onerror', 'iframe-srcdoc-script']));
    expect(requests.some((u) => u.includes('style-import-remote'))).toBe(true);
  }, 60_000);
});

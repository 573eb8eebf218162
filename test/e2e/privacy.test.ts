/**
 * Lede sends nothing anywhere (issue 4 §5): every request made by the extension's own pages,
 * frames and service worker while a person reads an article (popup, full-tab reader, automatic-mode
 * view, options page) is recorded; the only ones allowed are images of the article being read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchLede, type Lede } from './harness/launch';
import { corpusPage } from './harness/routes';
import { openPage, openPopupFor, settledState, sleep, tabIdOf } from './harness/helpers';
import { setSettings } from './harness/settings';
import { watch, type Watch } from './harness/watch';
import { corpusPageHtml } from '../helpers/corpus';

const ARTICLES = [corpusPage('yna-en-2.html'), corpusPage('sbs-2.html')];

let lede: Lede;
let seen: Watch;
beforeAll(async () => {
  lede = await launchLede();
  seen = await watch(lede);
});
afterAll(async () => { await lede?.close(); });

/** Is `url` an image that the saved page itself references (absolute, protocol-relative or relative)? */
function isImageOfPage(url: string, pageHtml: string, pageUrl: string): boolean {
  const target = new URL(url);
  const candidates = pageHtml.match(/(?:src|srcset|data-src|content|href)\s*=\s*["']?[^"'\s>]+/gi) ?? [];
  return candidates.some((attribute) => {
    const raw = attribute.replace(/^[^=]+=\s*["']?/, '').replace(/&amp;/g, '&');
    try {
      const resolved = new URL(raw, pageUrl);
      return resolved.host === target.host && resolved.pathname === target.pathname;
    } catch {
      return false;
    }
  });
}

describe('privacy', () => {
  for (const article of ARTICLES) {
    it(`reading ${article.file} sends nothing but the article's own images`, async () => {
      const since = Date.now();
      await setSettings(lede, { autoMode: false });
      const page = await openPage(lede, article.url);
      await page.waitForSelector('html[data-lede-article="yes"]', { state: 'attached', timeout: 10_000 });

      const popup = await openPopupFor(lede, page);
      expect(await settledState(popup)).toBe('ready');
      await popup.locator('[data-role="key-fact"]').first().click();
      const reader = await lede.ctx.newPage();
      await reader.goto(lede.url(`reader.html?tabId=${await tabIdOf(lede, page)}`));
      expect(await settledState(reader)).toBe('ready');
      const options = await lede.ctx.newPage();
      await options.goto(lede.url('options.html'));
      await options.waitForLoadState('load');
      await Promise.all([popup.close(), reader.close(), options.close(), page.close()]);

      await setSettings(lede, { autoMode: true });
      const autoPage = await openPage(lede, article.url);
      await autoPage.waitForSelector('[data-lede-overlay]', { state: 'attached', timeout: 10_000 });
      await sleep(1_000);
      await autoPage.close();
      await setSettings(lede, { autoMode: false });

      const requests = seen.byExtension(since).requests;
      const html = corpusPageHtml(article);
      const notAllowed = requests.filter((r) => !(r.resourceType === 'image' && /^https?:/.test(r.url) && isImageOfPage(r.url, html, article.url)));
      expect(notAllowed.map((r) => `${r.resourceType} ${r.url} from ${r.frameUrl}`)).toEqual([]);
      // The recorder does see the extension's own image loads (so the empty list above means something).
      expect(requests.filter((r) => r.resourceType === 'image').length).toBeGreaterThan(0);
      console.log(`${article.file}: ${requests.length} requests by Lede, all images of the article`);
    });
  }
});

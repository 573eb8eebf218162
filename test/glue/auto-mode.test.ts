import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { decideForNewPage, reapplySettings, shouldOpenOverlay } from '../../src/background/auto-mode';
import { toggledSiteMode } from '../../src/background/commands';
import { getTabDetection, recordDetection } from '../../src/background/tab-state';
import type { Detection } from '../../src/core/types';
import { DEFAULT_SETTINGS, parseSettings, shouldAutoOpen, siteModeFor, type Settings } from '../../src/shared/settings';

(globalThis as { browser?: unknown }).browser = fakeBrowser;

const article: Detection = { isArticle: true, kind: 'news', confidence: 0.95, site: 'yna-en', reasons: ['site:yna-en'] };
const home: Detection = { isArticle: false, kind: 'none', confidence: 0.9, site: 'naver', reasons: ['site:naver'] };
const settings = (patch: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, sites: {}, ...patch });

let injected: { tabId: number; files?: string[] }[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  injected = [];
  // fake-browser does not implement these; record what the worker asks for.
  fakeBrowser.scripting.executeScript = vi.fn(async (injection: { target: { tabId: number }; files?: string[] }) => {
    injected.push({ tabId: injection.target.tabId, files: injection.files });
    return [];
  }) as unknown as typeof fakeBrowser.scripting.executeScript;
  fakeBrowser.action.setIcon = vi.fn(async () => undefined) as unknown as typeof fakeBrowser.action.setIcon;
});

describe('shouldAutoOpen (the effective setting for a page)', () => {
  it.each<[string, Partial<Settings>, string, boolean]>([
    ['global off, no rule', {}, 'https://en.yna.co.kr/view/1', false],
    ['global on, no rule', { autoMode: true }, 'https://en.yna.co.kr/view/1', true],
    ['"never" wins over the global switch', { autoMode: true, sites: { 'en.yna.co.kr': 'never' } }, 'https://en.yna.co.kr/view/1', false],
    ['"always" with the global switch off', { sites: { 'en.yna.co.kr': 'always' } }, 'https://en.yna.co.kr/view/1', true],
    ['a rule for the parent domain covers a subdomain', { sites: { 'yna.co.kr': 'always' } }, 'https://en.yna.co.kr/view/1', true],
    ['the more specific rule wins', { sites: { 'yna.co.kr': 'always', 'en.yna.co.kr': 'never' } }, 'https://en.yna.co.kr/', false],
    ['www. is ignored', { sites: { 'koreaherald.com': 'always' } }, 'https://www.koreaherald.com/article/1', true],
    ['another site is not affected', { autoMode: false, sites: { 'kbs.co.kr': 'always' } }, 'https://news.sbs.co.kr/', false],
  ])('%s', (_label, patch, url, expected) => {
    expect(shouldAutoOpen(settings(patch), url)).toBe(expected);
  });

  it('siteModeFor reads through old stored shapes too', () => {
    const stored = parseSettings({ settings: { sites: { 'mbc.co.kr': false } }, autoMode: true });
    expect(siteModeFor(stored, 'https://imnews.mbc.co.kr/x')).toBe('never');
    expect(shouldAutoOpen(stored, 'https://imnews.mbc.co.kr/x')).toBe(false);
  });

  it('the toggle command flips the current effective mode', () => {
    expect(toggledSiteMode(true)).toBe('never');
    expect(toggledSiteMode(false)).toBe('always');
  });
});

describe('shouldOpenOverlay', () => {
  it.each([
    [true, false, true, true],
    [true, true, true, false], // already applied (the user may have closed it): do not reopen
    [false, false, true, false], // not an article
    [true, false, false, false],
    [true, true, false, false], // turning it off closes nothing and opens nothing
  ])('article=%s before=%s now=%s → %s', (isArticle, before, now, expected) => {
    expect(shouldOpenOverlay(isArticle, before, now)).toBe(expected);
  });
});

describe('the worker deciding for tabs', () => {
  it('opens the overlay on an article page when automatic mode applies, not on a home page', async () => {
    await fakeBrowser.storage.sync.set({ autoMode: true });
    const a = await recordDetection(5, 'https://en.yna.co.kr/view/AEN1', article);
    const h = await recordDetection(6, 'https://news.naver.com/main/home.naver', home);
    expect(await decideForNewPage(5, a)).toBe(true);
    expect(await decideForNewPage(6, h)).toBe(false);
    expect(injected).toEqual([{ tabId: 5, files: ['overlay.js'] }]);
    expect((await getTabDetection(5))?.autoOpen).toBe(true);
    expect((await getTabDetection(6))?.autoOpen).toBe(true);
  });

  it('a settings change opens the overlay in open article tabs once, and never where "never" applies', async () => {
    for (const [tabId, url] of [[1, 'https://en.yna.co.kr/view/AEN1'], [2, 'https://news.kbs.co.kr/news/view.do?ncd=1'], [3, 'https://news.sbs.co.kr/x']] as const) {
      await decideForNewPage(tabId, await recordDetection(tabId, url, article));
    }
    expect(injected).toEqual([]);
    await fakeBrowser.storage.sync.set({ 'site:news.kbs.co.kr': 'never' });
    expect(await reapplySettings(settings({ autoMode: true, sites: { 'news.kbs.co.kr': 'never' } }))).toEqual([1, 3]);
    // The same settings again (e.g. a theme change): nothing reopens.
    expect(await reapplySettings(settings({ autoMode: true, sites: { 'news.kbs.co.kr': 'never' }, theme: 'dark' }))).toEqual([]);
    // Turning it off opens nothing; turning 'always' on for KBS opens KBS only.
    expect(await reapplySettings(settings({ autoMode: false, sites: { 'news.kbs.co.kr': 'always' } }))).toEqual([2]);
    expect(injected.map((call) => call.tabId)).toEqual([1, 3, 2]);
  });

  it('keeps its decisions in storage.session, so a restarted worker decides the same way', async () => {
    await decideForNewPage(9, await recordDetection(9, 'https://en.yna.co.kr/view/AEN1', article), settings({ autoMode: true }));
    const stored = await fakeBrowser.storage.session.get('tab:9');
    expect(stored['tab:9']).toMatchObject({ url: 'https://en.yna.co.kr/view/AEN1', autoOpen: true, detection: article });
    // A "restart" loses nothing that matters: reapplying the same settings opens nothing twice.
    expect(await reapplySettings(settings({ autoMode: true }))).toEqual([]);
  });
});

describe('overlay frame gating', () => {
  it('serves a snapshot to a frame only in a tab where the worker opened the overlay', async () => {
    const { handlers } = await import('../../src/background/router');
    const { openOverlayIn, closeOverlayIn, overlayOpenedIn } = await import('../../src/background/overlay-control');
    const frame = { tabId: 4, url: 'chrome-extension://test-extension-id/reader.html?mode=overlay' };
    await expect(handlers.getSnapshotForSender({}, frame)).rejects.toThrow(/no overlay/);
    expect(await openOverlayIn(4)).toBe(true);
    expect(await overlayOpenedIn(4)).toBe(true);
    await closeOverlayIn(4);
    expect(await overlayOpenedIn(4)).toBe(false);
  });
});

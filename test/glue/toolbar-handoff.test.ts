import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readHandoff, storeHandoff } from '../../src/background/handoff';
import { clearTabDetection, getTabDetection, onTabLoading, recordDetection } from '../../src/background/tab-state';
import type { Detection } from '../../src/core/types';
import type { PageSnapshot } from '../../src/shared/messages';

(globalThis as { browser?: unknown }).browser = fakeBrowser;

const article: Detection = { isArticle: true, kind: 'news', confidence: 0.95, reasons: ['url:site-article'] };
const notArticle: Detection = { isArticle: false, kind: 'none', confidence: 0.9, reasons: ['url:site-listing'] };
let icons: Record<number, string> = {};

beforeEach(() => {
  fakeBrowser.reset();
  icons = {};
  fakeBrowser.action.setIcon = vi.fn(async ({ tabId, path }: { tabId: number; path: Record<string, string> }) => {
    icons[tabId] = path['16'];
  }) as unknown as typeof fakeBrowser.action.setIcon;
});

describe('toolbar button per tab', () => {
  it('marks a tab with an article (icon, badge, title) and unmarks it for a non-article', async () => {
    await recordDetection(3, 'https://en.yna.co.kr/view/AEN1', article);
    expect(icons[3]).toBe('icons/icon-active-16.png');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('✓');
    expect(await fakeBrowser.action.getTitle({ tabId: 3 })).toMatch(/article/i);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('');

    await recordDetection(3, 'https://news.naver.com/main/home.naver', notArticle);
    expect(icons[3]).toBe('icons/icon-16.png');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
  });

  it('still records the state when the toolbar calls fail (tab closed meanwhile)', async () => {
    fakeBrowser.action.setIcon = vi.fn(() => {
      throw new Error('No tab with id: 3');
    }) as unknown as typeof fakeBrowser.action.setIcon;
    await recordDetection(3, 'https://en.yna.co.kr/view/AEN1', article);
    expect((await getTabDetection(3))?.detection).toEqual(article);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('✓');
  });

  it('forgets a tab that loads another document, keeps it for the same URL', async () => {
    await recordDetection(3, 'https://en.yna.co.kr/view/AEN1', article);
    await onTabLoading(3, 'https://en.yna.co.kr/view/AEN1');
    expect(await getTabDetection(3)).not.toBeNull();
    await onTabLoading(3, 'https://en.yna.co.kr/view/AEN2');
    expect(await getTabDetection(3)).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
  });

  it('forgets a closed tab', async () => {
    await recordDetection(8, 'https://en.yna.co.kr/view/AEN1', article);
    await clearTabDetection(8, false);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('ignores a corrupt stored state', async () => {
    await fakeBrowser.storage.session.set({ 'tab:2': { url: 'https://a.b/', detection: { isArticle: 'maybe' }, at: 1 } });
    expect(await getTabDetection(2)).toBeNull();
  });
});

describe('reader-tab handoff', () => {
  const snapshot = (title: string): PageSnapshot => ({ url: 'https://en.yna.co.kr/view/AEN1', html: `<title>${title}</title>`, title, lang: 'en', contentType: 'text/html' });

  it('hands the snapshot over under a random token (in storage.session, not the URL)', async () => {
    const token = await storeHandoff(snapshot('One'));
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    expect(await readHandoff(token)).toEqual({ ok: true, snapshot: snapshot('One') });
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toContain(`handoff:${token}`);
    // Reading again (a reload of the reader tab) still works.
    expect((await readHandoff(token)).ok).toBe(true);
  });

  it('answers an unknown token with a clear error', async () => {
    expect(await readHandoff('0b6c1a5e-8d2f-4c3b-9a7e-1f2d3c4b5a69')).toMatchObject({ ok: false, reason: 'error' });
  });

  it('keeps only the three newest handoffs', async () => {
    const tokens = [];
    for (const title of ['a', 'b', 'c', 'd', 'e']) tokens.push(await storeHandoff(snapshot(title)));
    expect((await readHandoff(tokens[0])).ok).toBe(false);
    expect((await readHandoff(tokens[1])).ok).toBe(false);
    for (const token of tokens.slice(2)) expect((await readHandoff(token)).ok).toBe(true);
  });

  it('keeps a page too big for session storage in worker memory', async () => {
    const realSet = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if (Object.keys(items).some((key) => key.startsWith('handoff:'))) throw new Error('Session storage quota bytes exceeded.');
      return realSet(items);
    });
    const token = await storeHandoff(snapshot('Huge'));
    expect(await readHandoff(token)).toEqual({ ok: true, snapshot: snapshot('Huge') });
  });
});

describe('tab replacement', () => {
  it('moves the state and the mark to the new tab id', async () => {
    const { moveTabDetection } = await import('../../src/background/tab-state');
    await recordDetection(3, 'https://en.yna.co.kr/view/AEN1', article);
    await moveTabDetection(3, 30);
    expect(await getTabDetection(3)).toBeNull();
    expect((await getTabDetection(30))?.url).toBe('https://en.yna.co.kr/view/AEN1');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 30 })).toBe('✓');
  });
});

// @vitest-environment jsdom
/**
 * The popup's read of a tab, kept by the worker for the reader tab and the overlay (issue 12: one
 * read per click): kept one per tab, handed on only while the page still matches the fingerprint it
 * was read in, dropped when the tab navigates, is replaced or closes; anything else falls back to a
 * snapshot.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readHandoff, storeHandoff } from '../../src/background/handoff';
import { forgetRead, freshRead, keepRead } from '../../src/background/kept-reads';
import { handlers } from '../../src/background/router';
import { clearTabDetection, moveTabDetection, onTabLoading, recordDetection } from '../../src/background/tab-state';
import { isReadPage, REQUEST_GUARDS } from '../../src/background/validate';
import type { PageFingerprint, ReadPage } from '../../src/shared/messages';
import { pageFingerprint, sameFingerprint, serializeDocument } from '../../src/shared/serialize-page';

(globalThis as { browser?: unknown }).browser = fakeBrowser;

const URL_A = 'https://en.yna.co.kr/view/AEN1';
const detection = { isArticle: true, kind: 'news' as const, confidence: 0.9, site: 'yna-en', reasons: ['site:yna-en'] };

const fingerprint = (over: Partial<PageFingerprint> = {}): PageFingerprint =>
  ({ url: URL_A, timeOrigin: 1000.5, title: 'A', elements: 120, textChars: 5400, textHash: 0x9e3779b9, ...over });

const read = (title = 'A'): ReadPage => ({
  url: URL_A,
  result: {
    detection,
    article: {
      url: URL_A, title, byline: 'By K', siteName: 'Yonhap', publishedTime: null, modifiedTime: null, lang: 'en',
      excerpt: null, leadImage: { src: 'https://img/x.jpg', caption: null }, canonicalUrl: null,
      contentHtml: '<p>Body <img src=x onerror=alert(1)></p>', textContent: 'Body', readingMinutes: 1,
    },
    keyFacts: [{ text: 'Body', sentenceIndex: 0 }],
    glance: { people: ['Kim'], organizations: [], places: ['Seoul'], dates: [{ text: 'Monday', date: null }], numbers: [{ text: '3%', value: 3, unit: '%' }], quotes: [] },
    view: 'article',
  },
});

/** What the page answers: its fingerprint now, and how many times it was serialized. */
let live: PageFingerprint | null;
let serialized: number;
const sessionSet = fakeBrowser.storage.session.set;

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.storage.session.set = sessionSet;
  live = fingerprint();
  serialized = 0;
  // fake-browser has no scripting: answer the two functions the worker injects.
  (fakeBrowser as unknown as { scripting: unknown }).scripting = {
    executeScript: vi.fn(async ({ func }: { func: (...args: unknown[]) => unknown }) => {
      if (func === pageFingerprint) return [{ result: live }];
      if (func === serializeDocument) {
        serialized += 1;
        return [{ result: { ok: true, snapshot: { url: URL_A, html: '<p>fresh</p>', title: 'A', lang: 'en', contentType: 'text/html', fingerprint: live } } }];
      }
      throw new Error('unexpected injection');
    }),
  };
  fakeBrowser.tabs.get = vi.fn(async (id: number) => ({ id, url: URL_A, windowId: 1, index: 0 })) as unknown as typeof fakeBrowser.tabs.get;
  fakeBrowser.tabs.create = vi.fn(async () => ({ id: 99 })) as unknown as typeof fakeBrowser.tabs.create;
});

describe('the kept read of a tab', () => {
  it('is handed on while the page is in the state it was read in', async () => {
    expect(await keepRead(7, fingerprint(), read())).toBe(true);
    expect(await freshRead(7)).toEqual(read());
    // Still there for a second view (the reader tab, then the overlay).
    expect(await freshRead(7)).toEqual(read());
  });

  it.each<[string, Partial<PageFingerprint> | null]>([
    ['another document (reload, back/forward)', { timeOrigin: 2000 }],
    ['another address (an in-page route)', { url: `${URL_A}?page=2` }],
    ['another title', { title: 'B' }],
    ['elements added or removed', { elements: 121 }],
    ['text changed', { textChars: 5401 }],
    ['text edited in place, same length', { textHash: 0x9e3779ba }],
    ['a page that cannot be asked', null],
  ])('is dropped, not handed on, after %s', async (_label, change) => {
    await keepRead(7, fingerprint(), read());
    live = change === null ? null : fingerprint(change);
    expect(await freshRead(7)).toBeNull();
    live = fingerprint();
    expect(await freshRead(7)).toBeNull(); // gone, not just skipped once
  });

  it('is one per tab: a new read replaces the old one, other tabs keep theirs', async () => {
    await keepRead(7, fingerprint(), read('A'));
    await keepRead(7, fingerprint(), read('A2'));
    await keepRead(8, fingerprint(), read('B'));
    const stored = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(stored).filter((key) => key.startsWith('read:')).sort()).toEqual(['read:7', 'read:8']);
    expect((await freshRead(7))?.result.article.title).toBe('A2');
  });

  it('goes when the tab closes, is replaced (prerender) or loads another page', async () => {
    await recordDetection(7, URL_A, detection);
    await keepRead(7, fingerprint(), read());
    await onTabLoading(7, 'https://en.yna.co.kr/view/AEN2');
    expect(await fakeBrowser.storage.session.get('read:7')).toEqual({});

    await keepRead(7, fingerprint(), read());
    await moveTabDetection(7, 9);
    expect(await fakeBrowser.storage.session.get(['read:7', 'read:9'])).toEqual({});

    await keepRead(7, fingerprint(), read());
    await clearTabDetection(7, false);
    expect(await fakeBrowser.storage.session.get('read:7')).toEqual({});

    await keepRead(7, fingerprint(), read());
    await forgetRead(7);
    expect(await freshRead(7)).toBeNull();
  });

  it('makes room when the session area is full by dropping the other tabs’ reads, and gives up if that is not enough', async () => {
    await keepRead(8, fingerprint(), read('B'));
    const realSet = sessionSet.bind(fakeBrowser.storage.session);
    // Full while another read is stored.
    fakeBrowser.storage.session.set = vi.fn(async (items: Record<string, unknown>) => {
      const stored = await fakeBrowser.storage.session.get(null);
      if (Object.keys(stored).some((key) => key.startsWith('read:'))) throw new Error('QUOTA_BYTES quota exceeded');
      return realSet(items);
    }) as typeof fakeBrowser.storage.session.set;
    expect(await keepRead(7, fingerprint(), read('A'))).toBe(true);
    expect(await fakeBrowser.storage.session.get('read:8')).toEqual({});
    expect((await freshRead(7))?.result.article.title).toBe('A');

    fakeBrowser.storage.session.set = vi.fn(async () => { throw new Error('QUOTA_BYTES quota exceeded'); }) as typeof fakeBrowser.storage.session.set;
    expect(await keepRead(7, fingerprint(), read('C'))).toBe(false);
  });

  it('ignores a corrupt stored entry', async () => {
    await fakeBrowser.storage.session.set({ 'read:7': { fingerprint: fingerprint(), read: { url: URL_A, result: { view: 'article' } } } });
    expect(await freshRead(7)).toBeNull();
  });
});

describe('the worker’s handlers', () => {
  it('open the reader tab on the kept read without serializing the page again', async () => {
    await handlers.keepRead({ tabId: 7, fingerprint: fingerprint(), read: read() }, { tabId: undefined, url: '' });
    const opened = await handlers.openReaderTab({ tabId: 7 }, { tabId: undefined, url: '' });
    expect(opened.ok).toBe(true);
    expect(serialized).toBe(0);
    expect(await readHandoff((opened as { token: string }).token)).toEqual({ ok: true, read: read() });
  });

  it('snapshot the page for the reader tab when the kept read is stale, or there is none', async () => {
    await handlers.keepRead({ tabId: 7, fingerprint: fingerprint(), read: read() }, { tabId: undefined, url: '' });
    live = fingerprint({ textChars: 1 });
    const opened = await handlers.openReaderTab({ tabId: 7 }, { tabId: undefined, url: '' });
    expect(serialized).toBe(1);
    expect(await readHandoff((opened as { token: string }).token)).toMatchObject({ ok: true, snapshot: { html: '<p>fresh</p>' } });

    await handlers.openReaderTab({ tabId: 8 }, { tabId: undefined, url: '' });
    expect(serialized).toBe(2);
  });

  it('show the popup opened again on an unchanged page from its kept read, a changed one from a snapshot', async () => {
    await handlers.keepRead({ tabId: 7, fingerprint: fingerprint(), read: read() }, { tabId: undefined, url: '' });
    expect(await handlers.getPage({ tabId: 7 }, { tabId: undefined, url: '' })).toEqual({ ok: true, read: read() });
    expect(serialized).toBe(0);
    live = fingerprint({ elements: 3 });
    expect(await handlers.getPage({ tabId: 7 }, { tabId: undefined, url: '' })).toMatchObject({ ok: true, snapshot: { html: '<p>fresh</p>' } });
    expect(serialized).toBe(1);
  });

  it('give the overlay frame the kept read of its own tab, else a snapshot', async () => {
    await fakeBrowser.storage.session.set({ 'overlay:7': Date.now(), 'overlay:8': Date.now() });
    await handlers.keepRead({ tabId: 7, fingerprint: fingerprint(), read: read() }, { tabId: undefined, url: '' });
    expect(await handlers.getSnapshotForSender({}, { tabId: 7, url: 'chrome-extension://x/reader.html?mode=overlay' })).toEqual({ ok: true, read: read() });
    expect(serialized).toBe(0);
    expect(await handlers.getSnapshotForSender({}, { tabId: 8, url: 'chrome-extension://x/reader.html?mode=overlay' })).toMatchObject({ ok: true, snapshot: {} });
    expect(serialized).toBe(1);
  });

  it('keep no read whose address is not the page’s in its fingerprint', async () => {
    expect(await handlers.keepRead({ tabId: 7, fingerprint: fingerprint({ url: 'https://other.example/' }), read: read() }, { tabId: undefined, url: '' })).toEqual({ kept: false });
    expect(await freshRead(7)).toBeNull();
  });
});

describe('guards and handoffs', () => {
  it('accept a read page and refuse malformed ones', () => {
    expect(isReadPage(read())).toBe(true);
    expect(REQUEST_GUARDS.keepRead({ tabId: 7, fingerprint: fingerprint(), read: read() })).toBe(true);
    const broken = (patch: Record<string, unknown>) => ({ ...read(), result: { ...read().result, ...patch } });
    expect(isReadPage(broken({ view: 'no-article' }))).toBe(false);
    expect(isReadPage(broken({ article: null }))).toBe(false);
    expect(isReadPage(broken({ keyFacts: [{ text: 1 }] }))).toBe(false);
    expect(isReadPage(broken({ glance: { people: [1] } }))).toBe(false);
    expect(isReadPage(broken({ article: { ...read().result.article, contentHtml: 5 } }))).toBe(false);
    expect(REQUEST_GUARDS.keepRead({ tabId: 7, fingerprint: { ...fingerprint(), elements: -1 }, read: read() })).toBe(false);
    expect(REQUEST_GUARDS.keepRead({ tabId: 7, fingerprint: fingerprint(), read: read(), extra: 1 })).toBe(false);
    expect(REQUEST_GUARDS.keepRead({ tabId: 7, read: read() })).toBe(false);
  });

  it('carry a read page through the handoff as they carry a snapshot', async () => {
    const token = await storeHandoff({ read: read() });
    expect(await readHandoff(token)).toEqual({ ok: true, read: read() });
  });
});

describe('the page fingerprint', () => {
  it('is the same whether taken alone or by the serializer (one definition of "the same page")', () => {
    document.title = 'Fixture';
    document.body.innerHTML = '<article><h1>Head</h1><p>One <b>two</b></p></article><script>var x = 1;</script>';
    const alone = pageFingerprint();
    const result = serializeDocument(1e7, 1e5, 1e5);
    expect(result.ok && result.snapshot.fingerprint).toEqual(alone);
    expect(alone).toMatchObject({ title: 'Fixture', elements: 5 });
    expect(sameFingerprint(alone!, pageFingerprint())).toBe(true);
    document.body.querySelector('b')!.textContent = 'three';
    expect(sameFingerprint(alone!, pageFingerprint())).toBe(false);
  });

  it('tells an edit that keeps the text length (a score going from 2-1 to 3-1)', () => {
    document.body.innerHTML = '<article><h1>Final</h1><p>Score: <b>2-1</b></p></article>';
    const before = pageFingerprint();
    document.body.querySelector('b')!.textContent = '3-1';
    const after = pageFingerprint();
    expect(after).toMatchObject({ elements: before!.elements, textChars: before!.textChars });
    expect(sameFingerprint(before!, after)).toBe(false);
  });
});

// @vitest-environment jsdom
/**
 * The whole view flow in jsdom with a fake extension API: loading → ready on a real article,
 * no-article → "show anyway", restricted and error states, key-fact jump, keyboard text size, and
 * live settings. body[data-state] is the testability contract.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../src/_locales/en/messages.json';
import { sanitizeArticleFragment } from '../../src/core/sanitize';
import type { PageFingerprint, ReadPage, SnapshotResult } from '../../src/shared/messages';
import { startApp, type AppOptions } from '../../src/ui/app';
import { setMessageSource } from '../../src/ui/i18n';
import { readPage } from '../../src/ui/read';
import { corpusPageHtml, corpusPages } from '../helpers/corpus';
import { installFakeSpeech } from '../helpers/fake-speech';
import { webSpeechEngine } from '../../src/ui/read-aloud/engine';
import { createPlayer } from '../../src/ui/read-aloud/player';

(globalThis as { browser?: unknown }).browser = fakeBrowser;
const catalogue = en as Record<string, { message: string }>;
setMessageSource((key, subs) => (catalogue[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => subs?.[Number(n) - 1] ?? ''));

function snapshotOf(file: string): SnapshotResult {
  const page = corpusPages().find((p) => p.file === file)!;
  return { ok: true, snapshot: { url: page.url, html: corpusPageHtml(page), title: '', lang: '', contentType: 'text/html' } };
}

async function settled(): Promise<string> {
  await vi.waitFor(() => expect(document.body.dataset.state).not.toBe('loading'), { timeout: 15_000, interval: 20 });
  return document.body.dataset.state!;
}

const JSDOM_MAX_MS = 60_000;

function start(overrides: Partial<AppOptions> & Pick<AppOptions, 'loadSnapshot'>): void {
  startApp(document, {
    mode: 'popup',
    // The extension's time budget is set for a browser; jsdom parses and walks 5-10x slower, and on
    // a busy machine a portal page would end in the budget error instead of the state under test.
    read: (doc, url, force) => readPage(doc, url, force, JSDOM_MAX_MS),
    sanitize: (html, doc) => sanitizeArticleFragment(html, doc),
    openSettings: () => undefined,
    ...overrides,
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.permissions.contains = async () => true;
  fakeBrowser.permissions.request = async () => true;
  document.documentElement.removeAttribute('data-theme');
  document.body.outerHTML = '<body data-state="loading"><div id="app"></div></body>';
});

describe('popup flow', () => {
  it('starts in loading, then shows the article with its key facts', async () => {
    let release!: (value: SnapshotResult) => void;
    start({ loadSnapshot: () => new Promise((resolve) => { release = resolve; }) });
    expect(document.body.dataset.state).toBe('loading');
    expect(document.querySelector('[data-panel="loading"]')?.textContent).toContain('Reading the page');
    release(snapshotOf('yna-en-2.html'));
    expect(await settled()).toBe('ready');
    expect(document.querySelector('.lede-title')?.textContent).toBe('Yoon to give address at Harvard University');
    expect(document.querySelector('.lede-byline')?.textContent).toBe('Lee Haye-ah');
    const body = document.querySelector<HTMLElement>('[data-role="article"]')!;
    expect(body.lang).toBe('en');
    expect(body.textContent).toContain('Harvard University');
    const facts = [...document.querySelectorAll<HTMLButtonElement>('[data-role="key-facts"] [data-role="key-fact"]')];
    expect(facts.length).toBeGreaterThanOrEqual(3);

    facts[1].click();
    const marks = [...body.querySelectorAll('mark[data-lede-highlight]')];
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.map((m) => m.textContent).join('').replace(/\s+/g, ' ')).toBe(facts[1].textContent!.replace(/\s+/g, ' '));
    expect(document.activeElement).toBe(marks[0]);
    // A second fact moves the highlight.
    facts[0].click();
    expect(body.querySelector('mark')?.textContent).toContain('President Yoon Suk Yeol will give an address');
    expect(body.querySelectorAll('mark[data-lede-highlight]').length).toBe(1);
  });

  it('says "not an article" on a home page, and "show anyway" renders what can be extracted', async () => {
    start({ loadSnapshot: async () => snapshotOf('naver-2.html') });
    expect(await settled()).toBe('no-article');
    const button = document.querySelector<HTMLButtonElement>('[data-action="show-anyway"]')!;
    expect(button.textContent).toBe('Show anyway');
    button.click();
    const state = document.body.dataset.state;
    expect(['ready', 'error']).toContain(state);
    if (state === 'ready') expect(document.querySelector('[data-role="article"]')?.textContent?.trim()).not.toBe('');
    // jsdom is slow enough that the portal page can hit the extraction budget: still a clear state.
    else expect(document.querySelector('.lede-error-reason')?.textContent).toMatch(/^Reason: (No article text|The page is too complex)/);
  });

  it('explains restricted pages and failures instead of going blank', async () => {
    start({ loadSnapshot: async () => ({ ok: false, reason: 'restricted', message: 'chrome://' }) });
    expect(await settled()).toBe('restricted');
    expect(document.querySelector('[data-panel="restricted"]')?.textContent).toContain("can't read this page");

    document.body.outerHTML = '<body data-state="loading"><div id="app"></div></body>';
    start({ loadSnapshot: async () => ({ ok: false, reason: 'too-large', message: '' }) });
    expect(await settled()).toBe('error');
    expect(document.querySelector('.lede-error-reason')?.textContent).toBe('Reason: The page is too large to read.');

    document.body.outerHTML = '<body data-state="loading"><div id="app"></div></body>';
    start({ loadSnapshot: async () => ({ ok: false, reason: 'error', message: 'Frame with ID 0 was removed.' }) });
    expect(await settled()).toBe('error');
    expect(document.querySelector('.lede-error-reason')?.textContent).toBe('Reason: Frame with ID 0 was removed.');
    expect(document.querySelector('[data-action="retry"]')).not.toBeNull();

    document.body.outerHTML = '<body data-state="loading"><div id="app"></div></body>';
    start({ loadSnapshot: () => new Promise(() => undefined), snapshotTimeoutMs: 50 });
    expect(await settled()).toBe('error');
    expect(document.querySelector('.lede-error-reason')?.textContent).toBe("Reason: The page didn't answer in time. It may still be loading or busy.");
  });

  it('turns an exception in the reader into an error with its reason, and "try again" reloads', async () => {
    const budget = Object.assign(new Error('element budget exceeded'), { name: 'ExtractionBudgetError' });
    let calls = 0;
    start({ loadSnapshot: async () => snapshotOf('yna-en-2.html'), read: () => { calls++; throw budget; } });
    expect(await settled()).toBe('error');
    expect(document.querySelector('.lede-error-reason')?.textContent).toBe("Reason: The page is too complex to read: it goes past Lede's limits on size, depth or time.");
    document.querySelector<HTMLButtonElement>('[data-action="retry"]')!.click();
    await vi.waitFor(() => expect(calls).toBe(2));
  });

  it('+/- change the text size (not while typing) and settings apply live without re-rendering', async () => {
    start({ loadSnapshot: async () => snapshotOf('kbs-1.html') });
    expect(await settled()).toBe('ready');
    const view = document.querySelector('.lede-view');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true }));
    await vi.waitFor(async () => expect((await fakeBrowser.storage.sync.get('textSize')).textSize).toBe(1));
    expect(document.documentElement.style.getPropertyValue('--lede-text-scale')).toBe('1.1');

    const select = document.querySelector<HTMLSelectElement>('[data-action="theme"]')!;
    select.dispatchEvent(new KeyboardEvent('keydown', { key: '-', bubbles: true }));
    expect(document.documentElement.style.getPropertyValue('--lede-text-scale')).toBe('1.1');

    await fakeBrowser.storage.sync.set({ theme: 'sepia' }); // as if changed in another tab
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBe('sepia'));
    expect(select.value).toBe('sepia');
    expect(document.querySelector('.lede-view')).toBe(view);
    expect(document.querySelector('[data-role="article"]')?.getAttribute('lang')).toBe('ko');
  });

  it('"always use the reader on this site" writes the site rule; the auto switch writes autoMode', async () => {
    start({ loadSnapshot: async () => snapshotOf('kbs-1.html') });
    expect(await settled()).toBe('ready');
    const site = document.querySelector<HTMLInputElement>('[data-action="site-always"]')!;
    expect(site.closest('label')?.textContent).toBe('Always use the reader on news.kbs.co.kr');
    site.click();
    await vi.waitFor(async () => expect(await fakeBrowser.storage.sync.get('site:news.kbs.co.kr')).toEqual({ 'site:news.kbs.co.kr': 'always' }));
    document.querySelector<HTMLInputElement>('[data-action="auto-mode"]')!.click();
    await vi.waitFor(async () => expect((await fakeBrowser.storage.sync.get('autoMode')).autoMode).toBe(true));
  });

  it('overlay mode: Esc and "Back to page" close it; "never on this site" saves the rule and closes', async () => {
    const closeOverlay = vi.fn();
    start({ mode: 'overlay', loadSnapshot: async () => snapshotOf('yna-en-2.html'), closeOverlay });
    expect(await settled()).toBe('ready');
    expect(document.activeElement?.getAttribute('data-action')).toBe('back');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(closeOverlay).toHaveBeenCalledTimes(1);
    document.querySelector<HTMLButtonElement>('[data-action="back"]')!.click();
    expect(closeOverlay).toHaveBeenCalledTimes(2);
    const never = document.querySelector<HTMLButtonElement>('[data-action="site-never"]')!;
    expect(never.textContent).toBe('Never open by itself on en.yna.co.kr');
    never.click();
    await vi.waitFor(() => expect(closeOverlay).toHaveBeenCalledTimes(3));
    expect(await fakeBrowser.storage.sync.get('site:en.yna.co.kr')).toEqual({ 'site:en.yna.co.kr': 'never' });
    expect(document.querySelector('[data-action="open-tab"]')).toBeNull();
  });

  it('read aloud: the reader starts it when opened to listen, N pauses, the speed is stored, Esc stops it; the popup only offers Listen', async () => {
    const speech = installFakeSpeech(window);
    const closeOverlay = vi.fn();
    start({ mode: 'overlay', loadSnapshot: async () => snapshotOf('yna-en-2.html'), closeOverlay, autoListen: true, readAloud: { createPlayer, speech: webSpeechEngine } });
    expect(await settled()).toBe('ready');
    const state = () => document.querySelector<HTMLElement>('[data-role="read-aloud-state"]')?.dataset.state;
    // The controls sit in the toolbar; reading starts with the title.
    expect(document.querySelector('.lede-bar [data-role="read-aloud"]')).not.toBeNull();
    await vi.waitFor(() => expect(document.querySelector('.lede-title [data-role="speaking"]')).not.toBeNull());
    expect(state()).toBe('playing');
    expect(speech.log[0].text).toBe('Yoon to give address at Harvard University');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', code: 'KeyN', bubbles: true }));
    expect(state()).toBe('paused');
    const rate = document.querySelector<HTMLSelectElement>('[data-action="read-aloud-rate"]')!;
    rate.value = '1.5';
    rate.dispatchEvent(new Event('change'));
    await vi.waitFor(async () => expect((await fakeBrowser.storage.sync.get('readAloudRate')).readAloudRate).toBe(1.5));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', code: 'KeyN', bubbles: true }));
    expect(state()).toBe('playing');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(closeOverlay).toHaveBeenCalledTimes(1);
    expect(state()).toBe('idle');
    expect(speech.current()).toBeNull();
  });

  it('read aloud in the popup: "Listen" opens the reader tab asking it to read', async () => {
    const openFullTab = vi.fn(async () => null);
    start({ loadSnapshot: async () => snapshotOf('yna-en-2.html'), openFullTab });
    expect(await settled()).toBe('ready');
    expect(document.querySelector('[data-role="read-aloud"]')).toBeNull();
    document.querySelector<HTMLButtonElement>('[data-action="listen"]')!.click();
    expect(openFullTab).toHaveBeenCalledWith({ listen: true });
  });
});

describe('one read per click (issue 12)', () => {
  const fingerprint: PageFingerprint = { url: 'https://en.yna.co.kr/view/AEN20230427000300315', timeOrigin: 1, title: 'T', elements: 10, textChars: 100, textHash: 7 };
  const withFingerprint = (file: string): SnapshotResult => {
    const result = snapshotOf(file);
    return result.ok ? { ok: true, snapshot: { ...result.snapshot, fingerprint: { ...fingerprint, url: result.snapshot.url } } } : result;
  };

  /** The popup's read of the Yonhap page, as it hands it on. */
  async function popupRead(): Promise<{ read: ReadPage; facts: string[]; chips: string[] }> {
    const onArticleRead = vi.fn();
    start({ loadSnapshot: async () => withFingerprint('yna-en-2.html'), onArticleRead });
    expect(await settled()).toBe('ready');
    expect(document.body.dataset.readSource).toBe('page');
    expect(onArticleRead).toHaveBeenCalledTimes(1);
    const [read, kept] = onArticleRead.mock.calls[0] as [ReadPage, PageFingerprint];
    expect(kept.url).toBe(read.url);
    const texts = (selector: string) => [...document.querySelectorAll(selector)].map((el) => el.textContent);
    return { read: JSON.parse(JSON.stringify(read)) as ReadPage, facts: texts('[data-role="key-fact"]') as string[], chips: texts('.lede-glance .lede-chip') as string[] };
  }

  it('hands on what the popup read and showed, with the fingerprint of the page it read', async () => {
    const { read } = await popupRead();
    expect(read.result.view).toBe('article');
    expect(read.result.article.title).toBe('Yoon to give address at Harvard University');
    expect(read.result.keyFacts.length).toBeGreaterThanOrEqual(3);
    // The body is handed on as the page's HTML, not sanitized for the popup's document.
    expect(typeof read.result.article.contentHtml).toBe('string');
  });

  it('shows a handed-over read without parsing or reading anything, sanitized as it renders', async () => {
    const { read, facts, chips } = await popupRead();
    document.body.outerHTML = '<body data-state="loading"><div id="app"></div></body>';
    const readPage = vi.fn();
    const onArticleRead = vi.fn();
    const hostile: ReadPage = { ...read, result: { ...read.result, article: { ...read.result.article, contentHtml: `${read.result.article.contentHtml}<img src="x" onerror="alert(1)"><script>alert(2)</script>` } } };
    start({ mode: 'reader', loadSnapshot: async () => ({ ok: true, read: hostile }), read: readPage, onArticleRead });
    expect(await settled()).toBe('ready');
    expect(readPage).not.toHaveBeenCalled();
    expect(document.body.dataset.readSource).toBe('handed-over');
    expect(document.body.dataset.readMs).toBeUndefined();
    // A read that came from elsewhere is not handed on again.
    expect(onArticleRead).not.toHaveBeenCalled();
    expect([...document.querySelectorAll('[data-role="key-fact"]')].map((el) => el.textContent)).toEqual(facts);
    expect([...document.querySelectorAll('.lede-glance .lede-chip')].map((el) => el.textContent)).toEqual(chips);
    const body = document.querySelector('[data-role="article"]')!;
    expect(body.querySelector('script')).toBeNull();
    expect(body.querySelector('[onerror]')).toBeNull();
    expect(document.title).toContain('Yoon to give address at Harvard University');
  });

  it('hands nothing on for a page that is not an article, nor for a snapshot without a fingerprint', async () => {
    const onArticleRead = vi.fn();
    start({ loadSnapshot: async () => withFingerprint('naver-2.html'), onArticleRead });
    expect(await settled()).toBe('no-article');
    expect(onArticleRead).not.toHaveBeenCalled();
    document.body.outerHTML = '<body data-state="loading"><div id="app"></div></body>';
    start({ loadSnapshot: async () => snapshotOf('yna-en-2.html'), onArticleRead });
    expect(await settled()).toBe('ready');
    expect(onArticleRead).not.toHaveBeenCalled();
  });
});

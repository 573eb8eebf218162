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
import type { SnapshotResult } from '../../src/shared/messages';
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

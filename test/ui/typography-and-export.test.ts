// @vitest-environment jsdom
/**
 * Issue 11 §2–3 in the whole view flow (jsdom, fake extension API): the "Aa" panel's font, line
 * spacing and width controls write the settings and restyle the open view at once; a settings change
 * from elsewhere shows up live; "Copy as Markdown" puts the article on the clipboard; "Print" is
 * offered in the full-tab reader only.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../src/_locales/en/messages.json';
import { sanitizeArticleFragment } from '../../src/core/sanitize';
import type { SnapshotResult } from '../../src/shared/messages';
import { startApp } from '../../src/ui/app';
import { applyAppearance } from '../../src/ui/appearance';
import { setMessageSource } from '../../src/ui/i18n';
import { readPage } from '../../src/ui/read';
import type { ViewMode } from '../../src/ui/view-model';
import { corpusPageHtml, corpusPages } from '../helpers/corpus';

(globalThis as { browser?: unknown }).browser = fakeBrowser;
const catalogue = en as Record<string, { message: string }>;
setMessageSource((key, subs) => (catalogue[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => subs?.[Number(n) - 1] ?? ''));

function snapshotOf(file: string): SnapshotResult {
  const page = corpusPages().find((p) => p.file === file)!;
  return { ok: true, snapshot: { url: page.url, html: corpusPageHtml(page), title: '', lang: '', contentType: 'text/html' } };
}

async function open(mode: ViewMode, file: string): Promise<void> {
  startApp(document, {
    mode, read: readPage, sanitize: (html, doc) => sanitizeArticleFragment(html, doc), openSettings: () => undefined,
    loadSnapshot: async () => snapshotOf(file),
  });
  await vi.waitFor(() => expect(document.body.dataset.state).toBe('ready'), { timeout: 15_000, interval: 20 });
}

const root = () => document.documentElement;
const select = (role: string) => document.querySelector<HTMLSelectElement>(`select[data-role="${role}"]`);
const choose = (role: string, value: string) => {
  const el = select(role)!;
  el.value = value;
  el.dispatchEvent(new Event('change'));
};

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.permissions.contains = async () => true;
  for (const name of ['data-theme', 'data-font', 'data-line-height', 'data-content-width', 'style']) root().removeAttribute(name);
  document.body.outerHTML = '<body data-state="loading"><div id="app"></div></body>';
});

describe('text settings panel', () => {
  it('opens from the "Aa" button, changes font, line spacing and width, writes them, and closes with Esc', async () => {
    await open('reader', 'kbs-1.html');
    const button = document.querySelector<HTMLButtonElement>('[data-action="typography"]')!;
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(panel.hidden).toBe(true);
    expect(root().dataset.font).toBe('sans');
    button.click();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    expect(document.activeElement).toBe(select('font-family'));
    // Each select has a visible label.
    for (const role of ['font-family', 'line-height', 'content-width']) {
      const el = select(role)!;
      expect(document.querySelector(`label[for="${el.id}"]`)?.textContent, role).toBeTruthy();
    }
    choose('font-family', 'serif');
    choose('line-height', 'relaxed');
    choose('content-width', 'wide');
    // Applied at once, without re-rendering the article.
    const body = document.querySelector('[data-role="article"]');
    expect(root().dataset.font).toBe('serif');
    expect(root().style.getPropertyValue('--lede-line-scale')).toBe('1.15');
    expect(root().style.getPropertyValue('--lede-content-width')).toBe('50em');
    await vi.waitFor(async () => expect(await fakeBrowser.storage.sync.get(null)).toMatchObject({ fontFamily: 'serif', lineHeight: 'relaxed', contentWidth: 'wide' }));
    expect(document.querySelector('[data-role="article"]')).toBe(body);
    select('line-height')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(panel.hidden).toBe(true);
    expect(document.activeElement).toBe(button);
  });

  it('follows a change made elsewhere (options page, another tab) live', async () => {
    await open('overlay', 'yna-en-2.html');
    await fakeBrowser.storage.sync.set({ fontFamily: 'system', lineHeight: 'compact' });
    await vi.waitFor(() => expect(root().dataset.font).toBe('system'));
    expect(select('font-family')!.value).toBe('system');
    expect(select('line-height')!.value).toBe('compact');
    expect(root().style.getPropertyValue('--lede-line-scale')).toBe('0.88');
  });

  it('the popup has no width choice (its width is fixed)', async () => {
    await open('popup', 'yna-en-2.html');
    expect(select('font-family')).not.toBeNull();
    expect(select('line-height')).not.toBeNull();
    expect(select('content-width')).toBeNull();
  });

  it('applyAppearance falls back to the defaults for settings it is not given', () => {
    applyAppearance(document, { theme: 'dark', textSize: 1 });
    expect(root().dataset).toMatchObject({ theme: 'dark', font: 'sans', lineHeight: 'normal', contentWidth: 'medium' });
    expect(root().style.getPropertyValue('--lede-content-width')).toBe('40em');
  });
});

describe('copy as Markdown and print', () => {
  it('copies the article as Markdown: title, source, key facts, body', async () => {
    const writes: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => { writes.push(text); } } });
    await open('popup', 'kbs-1.html');
    // A key-fact jump leaves a highlight in the body; the copy does not carry it.
    document.querySelector<HTMLButtonElement>('[data-role="key-fact"]')!.click();
    document.querySelector<HTMLButtonElement>('[data-role="copy-markdown"]')!.click();
    await vi.waitFor(() => expect(writes.length).toBe(1));
    const markdown = writes[0];
    const title = document.querySelector('.lede-title')!.textContent!;
    expect(markdown.startsWith(`# ${title}\n\nSource: [KBS 뉴스](https://news.kbs.co.kr/`)).toBe(true);
    expect(markdown).toMatch(/\n이동환 · Published .+\n/);
    expect(markdown).toContain('\n## Key facts\n\n- ');
    for (const fact of document.querySelectorAll('[data-role="key-fact"]')) expect(markdown).toContain(`- ${fact.textContent}`);
    expect(markdown).not.toMatch(/<mark|data-lede/);
    await vi.waitFor(() => expect(document.querySelector('.lede-actions [role="status"]')?.textContent).toBe('Copied'));
    // No print button in the popup.
    expect(document.querySelector('[data-role="print"]')).toBeNull();
  });

  it('the reader tab prints with the browser\'s print dialog', async () => {
    const print = vi.fn();
    window.print = print;
    await open('reader', 'yna-en-2.html');
    document.querySelector<HTMLButtonElement>('[data-role="print"]')!.click();
    expect(print).toHaveBeenCalledTimes(1);
    // The printed header names the source address (shown by print.css only).
    expect(document.querySelector('.lede-print-source')?.textContent).toBe('Source: https://en.yna.co.kr/view/AEN20230419005600315');
  });
});

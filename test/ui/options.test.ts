// @vitest-environment jsdom
/** The options page over the fake extension API: settings shown, rules added/removed, permissions asked. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import en from '../../src/_locales/en/messages.json';
import { setMessageSource } from '../../src/ui/i18n';
import { originsCoverSite, patternCoversHost } from '../../src/ui/match-pattern';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const catalogue = en as Record<string, { message: string }>;
const requested: string[][] = [];

beforeAll(async () => {
  // webextension-polyfill (imported by the page) hands over an existing `browser` when `chrome` looks like an extension too.
  (globalThis as { browser?: unknown }).browser = fakeBrowser;
  (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
  setMessageSource((key, subs) => (catalogue[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => subs?.[Number(n) - 1] ?? ''));
  fakeBrowser.permissions.getAll = async () => ({ origins: ['https://www.koreaherald.com/*'], permissions: [] });
  fakeBrowser.permissions.contains = async () => false;
  fakeBrowser.permissions.request = async (p: { origins?: string[] }) => { requested.push(p.origins ?? []); return !(p.origins ?? []).some((o) => o.includes('denied.example')); };
  fakeBrowser.permissions.remove = async () => true;
  (fakeBrowser.permissions.onAdded as { addListener: unknown }).addListener = () => undefined;
  (fakeBrowser.permissions.onRemoved as { addListener: unknown }).addListener = () => undefined;
  await fakeBrowser.storage.sync.set({ theme: 'dark', textSize: 2, 'site:example.org': 'never' });
  const html = fs.readFileSync(path.join(root, 'src/options/options.html'), 'utf8');
  document.body.innerHTML = html.slice(html.indexOf('<main'), html.indexOf('</main>') + 7);
  await import('../../src/options/index');
  await vi.waitFor(() => expect(document.querySelectorAll('#site-list li').length).toBe(1));
});

const add = (host: string, mode: 'always' | 'never') => {
  (document.getElementById('site-host') as HTMLInputElement).value = host;
  (document.getElementById('site-mode') as HTMLSelectElement).value = mode;
  document.getElementById('add-site')!.dispatchEvent(new Event('submit', { cancelable: true }));
};
const rules = () => [...document.querySelectorAll<HTMLElement>('#site-list li')].map((li) => `${li.dataset.host}=${li.dataset.mode}`);

describe('options page', () => {
  it('shows the stored settings, localized', () => {
    expect(document.title).toBe('Lede settings');
    expect((document.getElementById('theme') as HTMLSelectElement).value).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.getElementById('text-size-value')?.textContent).toBe('121%');
    expect(rules()).toEqual(['example.org=never']);
  });

  it('font, line spacing and width: labelled selects that write the settings and restyle the preview live', async () => {
    const select = (role: string) => document.querySelector<HTMLSelectElement>(`#typography-fields select[data-role="${role}"]`)!;
    expect([select('font-family').value, select('line-height').value, select('content-width').value]).toEqual(['sans', 'normal', 'medium']);
    for (const role of ['font-family', 'line-height', 'content-width']) {
      expect(document.querySelector(`label[for="${select(role).id}"]`)?.textContent, role).toBeTruthy();
    }
    select('font-family').value = 'serif';
    select('font-family').dispatchEvent(new Event('change'));
    expect(document.documentElement.dataset.font).toBe('serif'); // the preview follows at once
    select('content-width').value = 'narrow';
    select('content-width').dispatchEvent(new Event('change'));
    expect(document.documentElement.style.getPropertyValue('--lede-content-width')).toBe('32em');
    await vi.waitFor(async () => expect(await fakeBrowser.storage.sync.get(null)).toMatchObject({ fontFamily: 'serif', contentWidth: 'narrow', theme: 'dark' }));
    // And a change from elsewhere shows up in the fields.
    await fakeBrowser.storage.sync.set({ lineHeight: 'relaxed' });
    await vi.waitFor(() => expect(select('line-height').value).toBe('relaxed'));
    expect(document.querySelectorAll('#preview [lang="ko"]').length).toBe(1);
  });

  it('adds rules from a host or an address; asks for access only where it is needed', async () => {
    add('https://www.nytimes.com/2024/01/01/world/x.html', 'always');
    add('koreaherald.com', 'always'); // covered by the news-site grant: no prompt
    add('spam.example', 'never'); // "never" needs no access
    await vi.waitFor(() => expect(rules()).toEqual(['example.org=never', 'koreaherald.com=always', 'nytimes.com=always', 'spam.example=never']));
    expect(requested).toEqual([['https://*.nytimes.com/*', 'http://*.nytimes.com/*']]);
  });

  it('refused access leaves no rule and says why; an invalid host is explained', async () => {
    add('denied.example', 'always');
    await vi.waitFor(() => expect(document.getElementById('site-error')?.textContent).toContain("wasn't given access to denied.example"));
    await vi.waitFor(async () => expect(await fakeBrowser.storage.sync.get('site:denied.example')).toEqual({}));
    add('not a host!', 'always');
    expect(document.getElementById('site-error')?.textContent).toBe(catalogue.invalidHost.message);
    expect(document.getElementById('site-host')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('removes a rule and keeps focus in the list', async () => {
    document.querySelector<HTMLButtonElement>('li[data-host="example.org"] [data-action="remove-site"]')!.click();
    await vi.waitFor(() => expect(rules()).not.toContain('example.org=never'));
    expect((document.activeElement as HTMLElement).closest('li')?.dataset.host).toBe('koreaherald.com');
  });
});

describe('match patterns', () => {
  it('tells whether a granted pattern covers a host', () => {
    expect(patternCoversHost('https://www.chosun.com/*', 'www.chosun.com')).toBe(true);
    expect(patternCoversHost('*://*.donga.com/*', 'news.donga.com')).toBe(true);
    expect(patternCoversHost('*://*.donga.com/*', 'donga.com')).toBe(true);
    expect(patternCoversHost('https://*/*', 'anything.example')).toBe(true);
    expect(patternCoversHost('<all_urls>', 'x.example')).toBe(true);
    expect(patternCoversHost('https://www.chosun.com/*', 'chosun.com')).toBe(false);
    expect(patternCoversHost('http://example.com/*', 'example.com')).toBe(false);
    expect(patternCoversHost('https://*.evil-donga.com/*', 'donga.com')).toBe(false);
    expect(originsCoverSite(['https://www.chosun.com/*'], 'chosun.com')).toBe(true);
  });
});

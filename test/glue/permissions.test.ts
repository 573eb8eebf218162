import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { extraOrigins, syncGrantedContentScripts } from '../../src/background/dynamic-scripts';
import { originsForHost } from '../../src/shared/permissions';
import { normalizeHost } from '../../src/shared/settings';

(globalThis as { browser?: unknown }).browser = fakeBrowser;

describe('content script on granted sites', () => {
  const news = ['https://en.yna.co.kr/*', '*://www.mbn.co.kr/*'];
  let registered: { id: string; matches: string[]; excludeMatches?: string[]; js: string[] }[] = [];
  let granted: string[] = [];

  beforeEach(() => {
    fakeBrowser.reset();
    registered = [];
    granted = [...news];
    const api = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
    api.runtime.getManifest = () => ({ content_scripts: [{ matches: news, js: ['content.js'] }] });
    api.permissions.getAll = vi.fn(async () => ({ origins: granted, permissions: [] }));
    api.scripting.getRegisteredContentScripts = vi.fn(async ({ ids }: { ids: string[] }) => registered.filter((s) => ids.includes(s.id)));
    api.scripting.registerContentScripts = vi.fn(async (scripts: typeof registered) => void registered.push(...scripts));
    api.scripting.updateContentScripts = vi.fn(async (scripts: typeof registered) => {
      registered = registered.map((old) => scripts.find((s) => s.id === old.id) ?? old);
    });
    api.scripting.unregisterContentScripts = vi.fn(async ({ ids }: { ids: string[] }) => {
      registered = registered.filter((s) => !ids.includes(s.id));
    });
  });

  it('registers nothing while only the news sites are granted', async () => {
    expect(await syncGrantedContentScripts()).toEqual([]);
    expect(registered).toEqual([]);
  });

  it('registers, updates and unregisters with the grants, never on the news sites twice', async () => {
    granted.push('https://*.example.com/*');
    await syncGrantedContentScripts();
    expect(registered).toMatchObject([{ matches: ['https://*.example.com/*'], excludeMatches: news, js: ['content.js'] }]);
    granted.push('https://*/*', 'http://*/*');
    await syncGrantedContentScripts();
    expect(registered).toHaveLength(1);
    expect(registered[0].matches).toEqual(['http://*/*', 'https://*.example.com/*', 'https://*/*']);
    granted = [...news];
    await syncGrantedContentScripts();
    expect(registered).toEqual([]);
  });
});

describe('optional host permissions', () => {
  it('asks for a site and its subdomains, on http and https', () => {
    expect(originsForHost('www.example.com')).toEqual(['https://*.example.com/*', 'http://*.example.com/*']);
    expect(originsForHost('https://blog.example.org/post/1')).toEqual(['https://*.blog.example.org/*', 'http://*.blog.example.org/*']);
    expect(originsForHost('127.0.0.1')).toEqual(['https://127.0.0.1/*', 'http://127.0.0.1/*']);
    expect(originsForHost('not a host')).toEqual([]);
  });

  it('registers the content script only on granted web origins not already covered by the manifest', () => {
    const news = ['https://en.yna.co.kr/*', '*://www.mbn.co.kr/*'];
    const granted = ['https://en.yna.co.kr/*', '*://www.mbn.co.kr/*', 'https://*.example.com/*', 'http://*.example.com/*', 'file:///*'];
    expect(extraOrigins(granted, news)).toEqual(['http://*.example.com/*', 'https://*.example.com/*']);
    expect(extraOrigins(news, news)).toEqual([]);
  });

  it('normalizes hosts for per-site rules', () => {
    expect(normalizeHost('WWW.KoreaHerald.com')).toBe('koreaherald.com');
    expect(normalizeHost('https://m.koreaherald.com:8443/x?y')).toBe('m.koreaherald.com');
    expect(normalizeHost('example.com.')).toBe('example.com');
    expect(normalizeHost('exa mple.com')).toBeNull();
    expect(normalizeHost('')).toBeNull();
    expect(normalizeHost('-bad-.com')).toBeNull();
  });
});

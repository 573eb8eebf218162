import { describe, expect, it } from 'vitest';
import { extraOrigins } from '../../src/background/dynamic-scripts';
import { originsForHost } from '../../src/shared/permissions';
import { normalizeHost } from '../../src/shared/settings';

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

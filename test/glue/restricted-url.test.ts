import { describe, expect, it } from 'vitest';
import { restrictedKind } from '../../src/shared/restricted-url';

describe('restrictedKind', () => {
  it.each([
    ['chrome://extensions/', 'browser-page'],
    ['chrome://newtab/', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['about:reader?url=https://a.com', 'browser-page'],
    ['view-source:https://en.yna.co.kr/', 'browser-page'],
    ['devtools://devtools/bundled/inspector.html', 'browser-page'],
    ['', 'browser-page'],
    ['not a url', 'browser-page'],
    ['chrome-extension://abcdefghijklmnop/popup.html', 'extension-page'],
    ['moz-extension://0b6c1a5e-8d2f/reader.html', 'extension-page'],
    ['https://chromewebstore.google.com/detail/foo/abc', 'web-store'],
    ['https://chrome.google.com/webstore/category/extensions', 'web-store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'web-store'],
    ['https://microsoftedge.microsoft.com/addons/Microsoft-Edge-Extensions-Home', 'web-store'],
    ['https://example.com/report.PDF', 'pdf'],
    ['file:///home/me/page.html', 'file-no-access'],
    ['ftp://example.com/file.txt', 'unsupported-scheme'],
    ['data:text/html,<h1>x</h1>', 'unsupported-scheme'],
    ['javascript:alert(1)', 'unsupported-scheme'],
  ])('%s → %s', (url, kind) => {
    expect(restrictedKind(url)).toBe(kind);
  });

  it.each([
    'https://en.yna.co.kr/view/AEN20230419006200320',
    'http://www.mbn.co.kr/news/society/4917663',
    'https://news.naver.com/main/home.naver',
    'https://google.com/webstorefront', // not the store: only the exact path prefix is
    'https://example.com/pdf-guide.html',
    'https://addons.mozilla.org.example.com/',
  ])('%s is readable', (url) => {
    expect(restrictedKind(url)).toBeNull();
  });

  it('file URLs are readable when the user allowed file access', () => {
    expect(restrictedKind('file:///home/me/page.html', { fileAccess: true })).toBeNull();
  });
});

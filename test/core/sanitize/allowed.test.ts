/**
 * What the sanitizer must keep: the reading content. A sanitizer that strips everything is safe
 * and useless; these tests pin the allowed side of the policy, on hand-written markup and on the
 * article HTML Readability produces for its own test pages.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { safeImageUrl, safeLinkUrl, safeSrcset, sanitizeArticleFragment, sanitizeArticleHtml } from '../../../src/core/sanitize';
import { findUnsafeMarkup } from '../../fixtures/hostile/dom-check';
import { norm, readabilityTestPages } from '../../helpers/corpus';

const { window } = new JSDOM('<!DOCTYPE html><body></body>');
const win = window as unknown as Window & typeof globalThis;
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const sanitized = (html: string): HTMLElement => {
  const div = window.document.createElement('div');
  div.innerHTML = sanitizeArticleHtml(html, win);
  return div;
};

describe('allowed content survives', () => {
  it('keeps paragraphs, headings, lists, quotes, code and inline emphasis with their text', () => {
    const html = '<h2>Markets</h2><p>Shares <strong>rose</strong> <em>sharply</em>, <mark>2.3%</mark> at <time datetime="2024-04-19T09:00:00+09:00">9 a.m.</time></p>'
      + '<ul><li>one</li><li>two</li></ul><ol start="3" reversed=""><li>three</li></ol><blockquote><p>"We are ready," he said.</p></blockquote>'
      + '<pre><code>x = 1</code></pre><p>H<sub>2</sub>O and E=mc<sup>2</sup>, <abbr title="Korea Composite Stock Price Index">KOSPI</abbr>, <q>quoted</q></p><hr><dl><dt>term</dt><dd>definition</dd></dl>';
    expect(sanitizeArticleHtml(html, win)).toBe(html);
  });

  it('keeps figures with images, captions and responsive sources', () => {
    const out = sanitized('<figure><picture><source srcset="https://img.example/a.webp 1x, https://img.example/a2.webp 2x" type="image/webp">'
      + '<img src="https://img.example/a.jpg" alt="Harbor cranes" width="800" height="450" srcset="https://img.example/a-400.jpg 400w, https://img.example/a-800.jpg 800w" sizes="(max-width: 600px) 400px, 800px"></picture>'
      + '<figcaption>Cranes at the terminal. <cite>Photo: Yonhap</cite></figcaption></figure>');
    const img = out.querySelector('figure picture img')!;
    expect(img.getAttribute('src')).toBe('https://img.example/a.jpg');
    expect(img.getAttribute('alt')).toBe('Harbor cranes');
    expect(img.getAttribute('srcset')).toBe('https://img.example/a-400.jpg 400w, https://img.example/a-800.jpg 800w');
    expect(img.getAttribute('sizes')).toBe('(max-width: 600px) 400px, 800px');
    expect(img.getAttribute('width')).toBe('800');
    expect(img.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(out.querySelector('picture source')?.getAttribute('srcset')).toBe('https://img.example/a.webp 1x, https://img.example/a2.webp 2x');
    expect(out.querySelector('picture source')?.getAttribute('type')).toBe('image/webp');
    expect(out.querySelector('figcaption')?.textContent).toBe('Cranes at the terminal. Photo: Yonhap');
  });

  it('keeps raster data: images, also inside srcset, and drops SVG ones', () => {
    const out = sanitized(`<img src="${PNG}" alt="dot"><img srcset="${PNG} 1x, data:image/svg+xml;base64,PHN2Zy8+ 2x">`);
    const [a, b] = [...out.querySelectorAll('img')];
    expect(a.getAttribute('src')).toBe(PNG);
    expect(b.getAttribute('srcset')).toBe(`${PNG} 1x`);
  });

  it('keeps tables with their structure', () => {
    const out = sanitized('<table><caption>Exports</caption><thead><tr><th scope="col">Year</th><th scope="col">Value</th></tr></thead>'
      + '<tbody><tr><td>2023</td><td rowspan="2">6,700</td></tr><tr><td colspan="1">2024</td></tr></tbody></table>');
    expect(out.querySelector('caption')?.textContent).toBe('Exports');
    expect(out.querySelector('th')?.getAttribute('scope')).toBe('col');
    expect(out.querySelector('td[rowspan="2"]')?.textContent).toBe('6,700');
    expect(out.querySelectorAll('tr')).toHaveLength(3);
  });

  it('keeps web and mail links, opening them in a new tab without opener or referrer', () => {
    const out = sanitized('<p><a href="https://en.yna.co.kr/view/AEN20240419">Yonhap</a> <a href="mailto:desk@example.com">mail</a> <a href="HTTP://Example.COM/a b">caps</a></p>');
    const links = [...out.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://en.yna.co.kr/view/AEN20240419', 'mailto:desk@example.com', 'http://example.com/a%20b']);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('keeps in-article anchors working under the id prefix, in the same view', () => {
    const out = sanitized('<p>Claim<a href="#fn1"><sup>1</sup></a></p><ol><li id="fn1">Source</li></ol>');
    const a = out.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('#user-content-fn1');
    expect(a.hasAttribute('target')).toBe(false);
    expect(out.querySelector('li')?.id).toBe('user-content-fn1');
  });

  it('keeps Korean text, lang and dir', () => {
    const html = '<p lang="ko" dir="ltr">서울 연합뉴스 기자 = 신원식 국방부 장관은 19일 오스틴 장관과 통화했다.</p>';
    expect(sanitizeArticleHtml(html, win)).toBe(html);
  });

  it('drops classes and inline styles but keeps the text they decorated', () => {
    expect(sanitizeArticleHtml('<p class="lede-keyfact" style="color:red">Text</p>', win)).toBe('<p>Text</p>');
  });

  it('keeps the content of a page-wide <form> wrapper but drops controls and their labels', () => {
    expect(sanitizeArticleHtml('<form action="/x"><p>Body text.</p><button>Subscribe</button><select><option>Pick</option></select></form>', win)).toBe('<p>Body text.</p>');
  });

  it('returns a fragment owned by the given document, equal to the string form', () => {
    const doc = new JSDOM('<body></body>').window.document;
    const fragment = sanitizeArticleFragment('<p>One <a href="https://example.com/">link</a></p>', doc);
    expect(fragment.ownerDocument).toBe(doc);
    doc.body.append(fragment);
    expect(doc.body.innerHTML).toBe('<p>One <a href="https://example.com/" rel="noopener noreferrer" target="_blank">link</a></p>');
  });

  it('returns an empty string for empty input and refuses to run without a window in Node', () => {
    expect(sanitizeArticleHtml('', win)).toBe('');
    expect(() => sanitizeArticleHtml('<p>x</p>')).toThrow(/window/);
  });
});

describe('URL policy', () => {
  it('accepts http(s)/mailto links only, in canonical form', () => {
    expect(safeLinkUrl('https://example.com/a?b=1#c')).toBe('https://example.com/a?b=1#c');
    expect(safeLinkUrl('  https://example.com  ')).toBe('https://example.com/');
    expect(safeLinkUrl('ht\ttps://example.com/')).toBe('https://example.com/');
    for (const bad of ['javascript:alert(1)', 'java\tscript:alert(1)', ' \u0001javascript:x', 'vbscript:x', 'data:text/html,x', '/relative', '//example.com/', 'ftp://x/', 'file:///etc/passwd', 'chrome-extension://x/y.html']) {
      expect(safeLinkUrl(bad), bad).toBeNull();
    }
  });

  it('accepts http(s) and base64 raster data images only', () => {
    expect(safeImageUrl('https://img.example/a.jpg')).toBe('https://img.example/a.jpg');
    expect(safeImageUrl(PNG)).toBe(PNG);
    for (const bad of ['data:image/svg+xml;base64,PHN2Zy8+', 'data:image/png,rawbytes', 'data:text/html;base64,PHNjcmlwdD4=', 'javascript:x', 'x', 'mailto:a@b']) {
      expect(safeImageUrl(bad), bad).toBeNull();
    }
  });

  it('filters srcset candidates one by one and keeps data: URLs whole', () => {
    expect(safeSrcset(`https://a.example/1.jpg 1x,javascript:x 2x, ${PNG} 3x`)).toBe(`https://a.example/1.jpg 1x, ${PNG} 3x`);
    // Only a comma at the end of a URL separates candidates (HTML's srcset parsing), so this is ONE candidate.
    expect(safeSrcset('https://a.example/1.jpg,https://a.example/2.jpg 2x')).toBe('https://a.example/1.jpg,https://a.example/2.jpg 2x');
    expect(safeSrcset('https://a.example/1.jpg, https://a.example/2.jpg 2x,')).toBe('https://a.example/1.jpg, https://a.example/2.jpg 2x');
    expect(safeSrcset('https://a.example/1.jpg 1x onerror')).toBeNull();
    expect(safeSrcset('javascript:x 1x')).toBeNull();
  });
});

describe('Readability output of its own test pages', () => {
  // Elements whose text the policy drops on purpose (controls, media fallbacks, embedded documents).
  const DROPPED = 'script, style, svg, math, template, noscript, iframe, object, embed, video, audio, select, textarea, button, canvas, title';

  it.each(readabilityTestPages().filter((p) => p.expectedHtml).map((p) => [p.slug, p.expectedHtml] as const))('%s keeps its text and is inert', (_slug, expected) => {
    const before = window.document.createElement('div');
    before.innerHTML = expected;
    for (const el of before.querySelectorAll(DROPPED)) el.remove();
    const after = sanitized(expected);
    expect(findUnsafeMarkup(after)).toEqual([]);
    expect(norm(after.textContent)).toBe(norm(before.textContent));
    expect(after.querySelectorAll('img[src]').length).toBeLessThanOrEqual(before.querySelectorAll('img').length);
  });
});

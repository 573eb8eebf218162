/**
 * Every hostile vector through the one sanitizer, in jsdom: nothing executable comes out, the
 * output is stable when sanitized again (no mutation-XSS growth), and re-parsing it does not
 * create anything new either.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ARTICLE_ID_PREFIX, sanitizeArticleFragment, sanitizeArticleHtml } from '../../../src/core/sanitize';
import { findUnsafeMarkup } from '../../fixtures/hostile/dom-check';
import { HOSTILE_VECTORS, hostilePage, vectorCountsByFamily } from '../../fixtures/hostile';

const { window } = new JSDOM('<!DOCTYPE html><body></body>', { url: 'https://news.example/' });
const win = window as unknown as Window & typeof globalThis;

/** The output as the reader page would get it: assigned to a container's innerHTML. */
function parsed(html: string): HTMLElement {
  const container = window.document.createElement('div');
  container.innerHTML = html;
  return container;
}

function expectInert(html: string): void {
  const root = parsed(html);
  expect(findUnsafeMarkup(root)).toEqual([]);
  for (const el of root.querySelectorAll('[id]')) expect(el.id.startsWith(ARTICLE_ID_PREFIX)).toBe(true);
  // Our policy specifically: links open in a new tab without opener/referrer, or have no href at all.
  for (const a of root.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href')!;
    if (href.startsWith('#')) continue;
    expect(href).toMatch(/^(?:https?:\/\/|mailto:)/);
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
  }
  for (const img of root.querySelectorAll('img[src]')) {
    expect(img.getAttribute('src')).toMatch(/^(?:https?:\/\/|data:image\/(?:png|jpeg|jpg|gif|webp|avif|bmp);base64,)/);
  }
}

describe('hostile vectors fixture', () => {
  it('has well over a hundred vectors with unique ids, in every family', () => {
    expect(HOSTILE_VECTORS.length).toBeGreaterThan(150);
    expect(new Set(HOSTILE_VECTORS.map((v) => v.id)).size).toBe(HOSTILE_VECTORS.length);
    const counts = vectorCountsByFamily();
    expect(Object.keys(counts).sort()).toEqual(
      ['clobbering', 'css', 'encoding', 'event-handler', 'form', 'frame-embed', 'mathml', 'meta-base-link', 'mxss', 'script', 'svg', 'url-scheme'],
    );
  });

  it('every loading vector points at its own canary URL', () => {
    for (const v of HOSTILE_VECTORS.filter((x) => x.observe === 'request')) expect(v.html).toContain(`canary.invalid/${v.id}`);
  });
});

describe.each(HOSTILE_VECTORS.map((v) => [v.id, v] as const))('vector %s', (_id, vector) => {
  it('comes out inert, and stays so when sanitized or parsed again', () => {
    const once = sanitizeArticleHtml(vector.html, win);
    expectInert(once);
    const twice = sanitizeArticleHtml(once, win);
    expect(twice).toBe(once);
    // Serialize the parsed output again (what a later innerHTML read/write would do): still inert and stable.
    const reserialized = parsed(once).innerHTML;
    expectInert(reserialized);
    expect(sanitizeArticleHtml(reserialized, win)).toBe(once);
  });

  it('is inert as a DocumentFragment too', () => {
    const fragment = sanitizeArticleFragment(vector.html, window.document);
    expect(fragment.ownerDocument).toBe(window.document);
    const holder = window.document.createElement('div');
    holder.append(fragment);
    expect(findUnsafeMarkup(holder)).toEqual([]);
    expect(holder.innerHTML).toBe(sanitizeArticleHtml(vector.html, win));
  });

  it('is inert wherever hostilePage plants it (URL fields included)', () => {
    const page = hostilePage([vector]);
    expectInert(sanitizeArticleHtml(page, win));
  });
});

describe('all vectors at once', () => {
  it('a page with every vector in every place sanitizes to inert HTML that keeps the article', () => {
    const out = sanitizeArticleHtml(hostilePage([...HOSTILE_VECTORS]), win);
    expectInert(out);
    expect(sanitizeArticleHtml(out, win)).toBe(out);
    const text = parsed(out).textContent ?? '';
    expect(text).toContain('Container cranes at the city harbor moved again on Friday morning');
    expect(text).toContain('The operators said a full report on the fault would be published in June.');
  });
});

// @vitest-environment jsdom
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openOverlay } from '../../src/content/overlay';
import { closeOpenOverlay, currentOverlay, setCurrentOverlay } from '../../src/content/overlay-handle';
import { serializeDocument } from '../../src/shared/serialize-page';

(globalThis as { browser?: unknown }).browser = fakeBrowser;

const PAGE = `<head><title>Real title</title></head><body style="color: red"><h1>Headline</h1><p>Body text.</p>
<form name="title"></form><img name="documentElement"><img name="querySelector"><button id="b">Focus me</button></body>`;

beforeEach(() => {
  fakeBrowser.reset();
  document.documentElement.setAttribute('lang', 'ko');
  document.documentElement.innerHTML = PAGE;
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
});

describe('serializeDocument', () => {
  it('serializes the page through prototype getters, so clobbering names do not fool it', () => {
    // What <img name="title"> etc. do in a browser (Document is LegacyOverrideBuiltIns): own
    // properties shadowing the prototype's. jsdom does not clobber by itself, so shadow them here.
    const clobbered = document.createElement('img');
    for (const name of ['title', 'documentElement', 'querySelector', 'URL', 'contentType', 'doctype']) {
      Object.defineProperty(document, name, { value: clobbered, configurable: true });
    }
    const result = serializeDocument(1_000_000);
    for (const name of ['title', 'documentElement', 'querySelector', 'URL', 'contentType', 'doctype']) {
      delete (document as unknown as Record<string, unknown>)[name];
    }
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.snapshot.title).toBe('Real title');
    expect(result.snapshot.lang).toBe('ko');
    expect(result.snapshot.html).toContain('<h1>Headline</h1>');
    expect(result.snapshot.contentType).toBe('text/html');
  });

  it('cuts Lede’s own overlay element out of the HTML', () => {
    const overlay = openOverlay(() => undefined);
    const result = serializeDocument(1_000_000);
    overlay.close();
    expect(result.ok && result.snapshot.html.includes('data-lede-overlay')).toBe(false);
  });

  it('drops what does not survive a re-parse with scripting off, and keeps noscript images and JSON-LD', () => {
    document.body.insertAdjacentHTML('beforeend', '<math><mtext><table><mglyph><style><img src=x></style></mglyph></table></mtext></math>'
      + '<svg><style>p{}</style></svg><script>var x = 1;</script><script type="application/ld+json">{"@type":"NewsArticle"}</script>'
      + '<noscript><img src="https://img.example/real.jpg" alt="Real"><p>No script</p></noscript><p>After</p>');
    const result = serializeDocument(1_000_000);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const html = result.snapshot.html;
    expect(html).not.toMatch(/<math|<svg|<style|var x = 1/);
    expect(html).toContain('{"@type":"NewsArticle"}');
    expect(html).toContain('<noscript><img src="https://img.example/real.jpg" alt="Real"></noscript>');
    expect(html).toContain('<p>After</p>');
    expect(document.querySelector('math')).not.toBeNull(); // the live page is untouched
  });

  it('cuts a text node over the text cap at a space, says how much, and leaves the page and JSON-LD alone', () => {
    const long = 'word '.repeat(100);
    const ld = `{"@type":"NewsArticle","description":"${'x'.repeat(600)}"}`;
    document.body.insertAdjacentHTML('beforeend', `<p id="long">${long}</p><p>Short text.</p><script type="application/ld+json">${ld}</script>`);
    const result = serializeDocument(1_000_000, 103);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // The last space at or before index 103 is at 99: 'word ' × 20 without its final space.
    expect(result.snapshot.html).toContain(`<p id="long">${'word '.repeat(20).trimEnd()}</p>`);
    expect(result.snapshot.cutChars).toBe(long.length - 99);
    expect(result.snapshot.html).toContain('<p>Short text.</p>');
    expect(result.snapshot.html).toContain(ld);
    expect(document.getElementById('long')!.textContent).toBe(long); // the live page is untouched
  });

  it('reports no cut when every text node fits', () => {
    const result = serializeDocument(1_000_000, 1_000);
    expect(result.ok && 'cutChars' in result.snapshot).toBe(false);
  });

  it('refuses a page over the element budget with too-large, before serializing it', () => {
    const count = document.getElementsByTagName('*').length;
    expect(serializeDocument(1_000_000, Infinity, count - 1)).toMatchObject({ ok: false, reason: 'too-large' });
    expect(serializeDocument(1_000_000, Infinity, count).ok).toBe(true);
  });

  it('reads open shadow roots as the page shows them: each slot filled with what is assigned to it', () => {
    document.body.insertAdjacentHTML('beforeend', '<news-story><span slot="byline">By Kim Min-ji</span><p>Light paragraph.</p>'
      + '<p slot="nowhere">Never shown.</p></news-story><locked-box><p>Light of a closed host.</p></locked-box>');
    const host = document.querySelector('news-story')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<article><h2>Shadow headline</h2><slot name="byline">No byline</slot>'
      + '<p>Shadow paragraph.</p><slot></slot><slot name="empty"><em>Fallback text.</em></slot><style>p { color: red }</style></article>';
    const inner = host.shadowRoot!.querySelector('article')!.appendChild(document.createElement('fact-box'));
    inner.attachShadow({ mode: 'open' }).innerHTML = '<aside>Nested shadow fact.</aside>';
    document.querySelector('locked-box')!.attachShadow({ mode: 'closed' }).innerHTML = '<p>Closed shadow text.</p>';
    const result = serializeDocument(1_000_000);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const html = result.snapshot.html;
    const order = ['Shadow headline', 'By Kim Min-ji', 'Shadow paragraph.', 'Light paragraph.', 'Fallback text.', 'Nested shadow fact.'].map((t) => html.indexOf(t));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).not.toMatch(/<slot|Never shown|No byline|p \{ color|Closed shadow text/);
    expect(html).toContain('Light of a closed host.'); // a closed root cannot be read: its light DOM is kept as it was
    expect(html).toContain('<h1>Headline</h1>'); // the rest of the page as before
    expect(host.shadowRoot!.querySelector('slot')).not.toBeNull(); // the live page is untouched
  });

  it('refuses a page over the size cap with too-large', () => {
    expect(serializeDocument(100)).toMatchObject({ ok: false, reason: 'too-large' });
  });
});

describe('overlay', () => {
  it('adds one host with a closed shadow root and a full-viewport reader frame', () => {
    const overlay = openOverlay(() => undefined);
    const host = document.querySelector('[data-lede-overlay]') as HTMLElement;
    expect(host).not.toBeNull();
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.shadowRoot).toBeNull(); // closed
    expect(host.style.getPropertyValue('z-index')).toBe('2147483647');
    expect(host.style.getPropertyPriority('position')).toBe('important');
    overlay.close();
  });

  it('restores the page exactly: same DOM, scroll position and focus', () => {
    const button = document.getElementById('b') as HTMLButtonElement;
    button.focus();
    const before = document.documentElement.outerHTML;
    const onClose = vi.fn();
    const overlay = openOverlay(onClose);
    expect(document.documentElement.outerHTML).not.toBe(before);
    expect(overlay.close()).toBe(true);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.activeElement).toBe(button);
    expect(window.scrollTo).toHaveBeenCalledWith({ left: window.scrollX, top: window.scrollY, behavior: 'instant' });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(overlay.close()).toBe(false);
  });

  it('closes on Esc pressed in the page', () => {
    const onClose = vi.fn();
    openOverlay(onClose);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(document.querySelector('[data-lede-overlay]')).toBeNull();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('the shared handle closes whatever overlay is open (worker close, in-page navigation)', () => {
    setCurrentOverlay(openOverlay(() => setCurrentOverlay(undefined)));
    expect(currentOverlay()).toBeDefined();
    expect(closeOpenOverlay()).toBe(true);
    expect(currentOverlay()).toBeUndefined();
    expect(closeOpenOverlay()).toBe(false);
  });
});

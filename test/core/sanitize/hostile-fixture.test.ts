/**
 * The hostile fixtures themselves: each vector closes what it opens (so one page can carry many of
 * them), and a hostile page is still an article page with its prose in the body.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { HOSTILE_ARTICLE, HOSTILE_VECTORS, hostilePage } from '../../fixtures/hostile';

const quiet = new VirtualConsole();
const parse = (html: string): Document => new JSDOM(html, { url: HOSTILE_ARTICLE.url, virtualConsole: quiet }).window.document;
// One window for the many small parses (a new JSDOM per parse is slow).
const parser = new (new JSDOM('', { virtualConsole: quiet }).window.DOMParser)();
const parseSmall = (html: string): Document => parser.parseFromString(html, 'text/html');

/** The kinds of place hostilePage puts raw vector markup in. */
const CONTEXTS: Array<[string, string]> = [
  ['<div>', '</div>'], ['<p>Text ', ' more.</p>'], ['<h1>Title ', '</h1>'], ['<figure><figcaption>Cap ', '</figcaption></figure>'],
  ['<ul><li><a href="https://news.example/">Link ', '</a></li></ul>'],
];

describe('hostile vectors are self-contained', () => {
  it.each(HOSTILE_VECTORS.map((v) => [v.id, v.html] as const))('%s', (_id, html) => {
    for (const [open, close] of CONTEXTS) {
      const doc = parseSmall(`<!DOCTYPE html><body>${open}${html}${close}<form id="probe"></form><p id="after">after</p></body>`);
      // Nothing left open (`after` is back in <body>) and no form pointer left set (the probe form exists).
      expect(doc.getElementById('after')?.parentElement, open).toBe(doc.body);
      expect(doc.getElementById('probe'), open).not.toBeNull();
    }
  });
});

describe('hostilePage', () => {
  it('keeps every prose paragraph as a direct child of the story body, with all vectors everywhere', () => {
    const doc = parse(hostilePage([...HOSTILE_VECTORS]));
    const body = doc.querySelector('.story-body');
    expect(body).not.toBeNull();
    const direct = [...body!.children].filter((c) => c.tagName === 'P').map((p) => p.textContent);
    for (const para of HOSTILE_ARTICLE.paragraphs) expect(direct).toContain(para);
    expect(doc.querySelector('footer.site-footer')?.parentElement).toBe(doc.body);
  });

  it('plants each vector as text in <title> and meta, and as data in JSON-LD', () => {
    const vector = HOSTILE_VECTORS.find((v) => v.id === 'img-onerror')!;
    const doc = parse(hostilePage([vector], ['title', 'meta', 'jsonld']));
    expect(doc.title).toBe(`${HOSTILE_ARTICLE.title} ${vector.html}`);
    expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(`${HOSTILE_ARTICLE.title} ${vector.html}`);
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld.headline).toBe(`${HOSTILE_ARTICLE.title} ${vector.html}`);
    expect(ld.author.name).toBe(`${HOSTILE_ARTICLE.author} ${vector.html}`);
  });

  it('puts URL vectors into og:image, JSON-LD image, img src/srcset and link href', () => {
    const vector = HOSTILE_VECTORS.find((v) => v.id === 'href-js-tab')!;
    const doc = parse(hostilePage([vector], ['meta', 'jsonld', 'image', 'link']));
    expect(doc.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(vector.url);
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld.image[0]).toBe(vector.url);
    expect([...doc.querySelectorAll('img')].some((i) => i.getAttribute('src') === vector.url)).toBe(true);
    expect([...doc.querySelectorAll('a')].some((a) => a.getAttribute('href') === vector.url)).toBe(true);
  });
});

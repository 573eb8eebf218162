/**
 * Landmark pruning (src/core/extract/landmarks.ts): navigation, footers and side columns outside
 * the element holding the page's prose go before Readability reads; nothing inside or around it.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../src/core/extract';
import { proseHolder, pruneLandmarks } from '../../../src/core/extract/landmarks';
import { corpusPageDocument, corpusPages, norm, parseHtml } from '../../helpers/corpus';

const story = Array.from({ length: 12 }, (_, i) => `<p>Paragraph ${i + 1} of the story says what happened in the harbour town, who said it and why it matters to the people there.</p>`).join('');
const url = 'https://news.example/2024/05/01/harbour-story';

function page(body: string): Document {
  return parseHtml(`<!doctype html><html><head><title>Harbour story</title></head><body>${body}</body></html>`, url);
}

describe('pruneLandmarks', () => {
  it('removes navigation, footers, side columns and search outside the prose, and counts the elements removed', () => {
    const doc = page(`<nav><ul><li><a href="/a">World</a></li><li><a href="/b">Sport</a></li></ul></nav>
      <div role="search"><input></div>
      <main><article><header><h1>Harbour story</h1><p class="byline">By Ann Lee</p></header><div class="body">${story}</div></article>
      <aside><h2>Most read</h2><a href="/x">Another story</a></aside></main>
      <footer><p>© News</p></footer>`);
    expect(pruneLandmarks(doc)).toBe(6 + 2 + 3 + 2); // nav ul li×2 a×2; search div + input; aside h2 a; footer p
    expect(doc.querySelector('nav, footer, aside, [role="search"]')).toBeNull();
    expect(doc.querySelector('header .byline')?.textContent).toBe('By Ann Lee'); // a header is never removed
    expect(doc.querySelectorAll('.body p')).toHaveLength(12);
  });

  it('keeps landmarks inside the prose (a pull quote) and around it (a page laid out in an <aside>)', () => {
    const inside = page(`<article>${story.slice(0, 400)}<aside class="pull-quote"><p>"We will rebuild," she said.</p></aside>${story.slice(400)}</article><footer>Footer</footer>`);
    pruneLandmarks(inside);
    expect(inside.querySelector('aside.pull-quote')).not.toBeNull();
    expect(inside.querySelector('footer')).toBeNull();

    const around = page(`<nav>Menu</nav><aside class="layout"><div>${story}</div></aside>`);
    pruneLandmarks(around);
    expect(around.querySelector('aside.layout')).not.toBeNull();
    expect(around.querySelector('nav')).toBeNull();
  });

  it('leaves a page whole when no element holds nearly all of its prose, or when it has little prose', () => {
    const split = page(`<nav>Menu</nav><div>${story}</div><footer>${story}</footer>`);
    expect(proseHolder(split.body)).toBeNull();
    expect(pruneLandmarks(split)).toBe(0);
    expect(split.querySelector('footer')).not.toBeNull();

    const short = page('<nav>Menu</nav><div><p>One short paragraph.</p></div>');
    expect(pruneLandmarks(short)).toBe(0);
  });

  it('finds the deepest element holding the prose', () => {
    const doc = page(`<div id="outer"><div id="inner">${story}</div><p>Caption.</p></div>`);
    expect(proseHolder(doc.body)?.id).toBe('inner');
  });
});

describe('extraction with and without pruning, on the corpus articles', () => {
  // Every corpus article whose page has landmarks outside its prose: the same first and last sentence either way.
  const articles = corpusPages().filter((p) => p.isArticle && p.firstSentence && p.lastSentence);
  it.each(articles.map((p) => [p.file, p] as const))('%s', (_file, entry) => {
    const probe = corpusPageDocument(entry);
    if (pruneLandmarks(probe) === 0) return;
    const pruned = extractPage(corpusPageDocument(entry), entry.url, { maxMs: 60_000, pruneLandmarks: true }).article;
    const whole = extractPage(corpusPageDocument(entry), entry.url, { maxMs: 60_000, pruneLandmarks: false }).article;
    for (const sentence of [entry.firstSentence!, entry.lastSentence!]) {
      expect(norm(pruned?.textContent).includes(norm(sentence))).toBe(norm(whole?.textContent).includes(norm(sentence)));
    }
  });
});

describe('bylines', () => {
  it('keeps a landmark holding a byline Readability would read (Salon prints its author in an <aside>)', () => {
    const doc = page(`<nav>Menu</nav><aside class="article-meta"><span class="byline">By Ann Lee</span></aside><div>${story}</div><footer><a rel="author" href="/ann">Ann Lee</a></footer><aside><div id="author-box">Ann</div></aside>`);
    pruneLandmarks(doc);
    expect(doc.querySelector('nav')).toBeNull();
    expect(doc.querySelector('aside.article-meta .byline')).not.toBeNull();
    expect(doc.querySelector('footer a[rel="author"]')).not.toBeNull();
    expect(doc.querySelector('#author-box')).not.toBeNull();
  });
});

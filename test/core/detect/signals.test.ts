import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/core/detect';
import { metaSignals } from '../../../src/core/detect/meta';
import { parseHtml } from '../../helpers/corpus';

const SHORT = '<p>A short news item of one line.</p>';
const doc = (head: string, body = SHORT) => parseHtml(`<html><head>${head}</head><body>${body}</body></html>`, 'https://example.com/story');

describe('meta and structured signals', () => {
  it('reads og:type and article:published_time from <head>', () => {
    expect(metaSignals(doc('<meta property="og:type" content="Article"><meta property="article:published_time" content="2024-01-01T00:00:00Z">'))).toEqual({ ogType: 'article', published: true });
    expect(metaSignals(doc('<meta property="og:type" content="website">'))).toEqual({ ogType: 'website', published: false });
  });

  it('finds a short news item by og:type=article + article:published_time, as news', () => {
    const d = detectArticle(doc('<meta property="og:type" content="article"><meta property="article:published_time" content="2024-01-01T00:00:00Z">'), 'https://example.com/story');
    expect(d).toMatchObject({ isArticle: true, kind: 'news' });
    expect(d.reasons).toEqual(['og:article']);
  });

  it('does not take og:type=article alone as an article', () => {
    expect(detectArticle(doc('<meta property="og:type" content="article">'), 'https://example.com/story').isArticle).toBe(false);
  });

  it('finds a short item by itemprop=articleBody', () => {
    const d = detectArticle(doc('', `<div itemprop="articleBody"><div>${SHORT}</div></div>`), 'https://example.com/story');
    expect(d).toMatchObject({ isArticle: true, kind: 'article' });
    expect(d.reasons).toContain('itemprop:articleBody');
  });

  it('rejects a home page even when it says og:type=article and NewsArticle', () => {
    const head = '<meta property="og:type" content="article"><meta property="article:published_time" content="2024-01-01"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-01-01"}</script>';
    const page = parseHtml(`<html><head>${head}</head><body>${SHORT}</body></html>`, 'https://example.com/');
    expect(detectArticle(page, 'https://example.com/')).toMatchObject({ isArticle: false, kind: 'none', reasons: ['url:home'] });
    expect(detectArticle(page, 'https://example.com/search?q=x').reasons).toEqual(['url:search']);
  });

  it('rejects a page of many linked headlines with paging', () => {
    const items = Array.from({ length: 6 }, (_, i) => `<h3><a href="/a/${i}">Story ${i}</a></h3><span>Apr ${i + 1}</span>`).join('');
    const d = detectArticle(doc('<meta property="og:type" content="article"><meta property="article:published_time" content="2024-01-01">', items + '<div class="pagination"><a href="?page=2">2</a></div>'), 'https://example.com/story');
    expect(d).toMatchObject({ isArticle: false, kind: 'none' });
    expect(d.reasons).toContain('list:headlines');
  });

  it('handles a bad URL and an empty document', () => {
    expect(detectArticle(parseHtml('', 'https://example.com/x'), 'not a url')).toMatchObject({ isArticle: false, kind: 'none' });
  });
});

describe('huge pages stay bounded (results, not timings: timings are in npm run bench)', () => {
  // Built with DOM calls: parsing such pages in jsdom costs far more than detecting on them.
  const URL = 'https://example.com/2024/05/01/a-long-story-slug';
  it('60,000 paragraphs', () => {
    const d = doc('', '');
    for (let i = 0; i < 60_000; i++) d.body.appendChild(d.createElement('p')).textContent = 'Short line of text.';
    expect(detectArticle(d, URL).isArticle).toBe(false);
  });

  it('3,000-deep nesting', () => {
    const d = doc('', '');
    let node: Element = d.body;
    for (let i = 0; i < 3000; i++) node = node.appendChild(d.createElement('div'));
    const text = 'Long enough paragraph text for the readerable test to count it as content. '.repeat(6);
    for (let i = 0; i < 5; i++) node.appendChild(d.createElement('p')).textContent = text;
    expect(detectArticle(d, URL).isArticle).toBe(true);
  });

  it('a 5 MB text node', () => {
    const d = doc('', '');
    d.body.appendChild(d.createElement('p')).appendChild(d.createTextNode('word '.repeat(1_000_000)));
    expect(detectArticle(d, URL).isArticle).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { jsonLdSignals, relaxJson } from '../../../src/core/detect/jsonld';
import { parseHtml } from '../../helpers/corpus';

const docWith = (...blocks: string[]) =>
  parseHtml(`<html><head>${blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('')}</head><body></body></html>`, 'https://example.com/a');

describe('jsonLdSignals', () => {
  it('reads a plain NewsArticle with its date', () => {
    const s = jsonLdSignals(docWith('{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2024-01-02T03:04:05+09:00"}'));
    expect(s).toMatchObject({ types: ['NewsArticle'], articleDated: true, broken: false });
  });

  it('unrolls @graph and top-level arrays, and a WebPage mainEntity', () => {
    const s = jsonLdSignals(docWith(
      '{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},{"@type":["Article","ReportageNewsArticle"],"datePublished":"2024-01-02"}]}',
      '[{"@type":"BreadcrumbList"},{"@type":"Organization"}]',
      '{"@type":"WebPage","mainEntity":{"@type":"BlogPosting","articleBody":"' + 'x'.repeat(300) + '"}}',
    ));
    expect(s.types).toEqual(['WebSite', 'Article', 'ReportageNewsArticle', 'BreadcrumbList', 'Organization', 'WebPage', 'BlogPosting']);
    expect(s.articleDated).toBe(true);
    expect(s.articleBody).toBe(true);
  });

  it('ignores nested types: an ItemList of articles is not an article', () => {
    const s = jsonLdSignals(docWith('{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle","datePublished":"2024-01-02"}]}'));
    expect(s.types).toEqual(['ItemList']);
    expect(s.articleDated).toBe(false);
  });

  it('tolerates // comments (as MBC writes them), block comments and trailing commas', () => {
    const s = jsonLdSignals(docWith(`{
      "@context": "http://schema.org", // the vocabulary
      "@type": "NewsArticle", /* what this is */
      "url": "https://imnews.imbc.com/a//b", // a URL with // inside a string stays intact
      "datePublished": "2023-04-07",
    }`));
    expect(s).toMatchObject({ types: ['NewsArticle'], articleDated: true, broken: true });
  });

  it('calls valid JSON valid whatever its strings hold, and a raw line break in a string broken', () => {
    const value = { '@context': 'https://schema.org', '@type': 'NewsArticle', url: 'https://x.kr/a//b/*c*/', quote: 'say "hi", } ] // \\ /', datePublished: '2024-01-02', list: [1, 2, {}] };
    for (const text of [JSON.stringify(value), JSON.stringify(value, null, 2), JSON.stringify(value, null, '\t')]) {
      expect(jsonLdSignals(docWith(text))).toMatchObject({ types: ['NewsArticle'], articleDated: true, broken: false });
    }
    expect(jsonLdSignals(docWith('{"@type": "NewsArticle", "headline": "two\nlines", "datePublished": "2024-01-02"}'))).toMatchObject({ types: ['NewsArticle'], articleDated: true, broken: true });
  });

  it('falls back to the first @type of JSON that cannot be repaired', () => {
    const s = jsonLdSignals(docWith('{"@type": "NewsArticle", "headline": "unterminated, "datePublished": "2024-01-02" {{'));
    expect(s).toMatchObject({ types: ['NewsArticle'], articleDated: true, broken: true });
  });

  it('strips schema.org prefixes from types', () => {
    expect(jsonLdSignals(docWith('{"@type":"http://schema.org/NewsArticle"}')).types).toEqual(['NewsArticle']);
  });

  it('skips other script types and empty blocks', () => {
    const doc = parseHtml('<script>var x = {"@type":"NewsArticle"}</script><script type="application/ld+json"></script>', 'https://e.com/');
    expect(jsonLdSignals(doc).types).toEqual([]);
  });
});

describe('relaxJson', () => {
  it('keeps string contents, removes comments and trailing commas', () => {
    expect(JSON.parse(relaxJson('{"a": "http://x//y", // c\n "b": [1,2,],}'))).toEqual({ a: 'http://x//y', b: [1, 2] });
  });
});

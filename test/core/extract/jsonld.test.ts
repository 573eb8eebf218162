import { describe, expect, it } from 'vitest';
import { readJsonLd, repairJson } from '../../../src/core/extract/metadata/jsonld';
import { corpusPageDocument, corpusPages, parseHtml } from '../../helpers/corpus';

const page = (ld: string): Document => parseHtml(`<html><head><script type="application/ld+json">${ld}</script></head><body></body></html>`, 'https://example.com/a');

describe('readJsonLd', () => {
  it('finds the article inside @graph', () => {
    const ld = readJsonLd(page(JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'x' }, { '@type': 'NewsArticle', headline: 'H', author: [{ '@type': 'Person', name: 'A B' }, { name: 'C D' }], datePublished: '2024-01-02T03:04:05+09:00', articleBody: 'Body.' }] })));
    expect(ld?.headline).toBe('H');
    expect(ld?.authors).toEqual(['A B', 'C D']);
    expect(ld?.datePublished).toBe('2024-01-02T03:04:05+09:00');
    expect(ld?.articleBody).toBe('Body.');
  });
  it('finds an article in a top-level array and decodes entities in strings', () => {
    const ld = readJsonLd(page(JSON.stringify([{ '@type': 'Organization', name: 'O' }, { '@type': ['Article', 'NewsArticle'], headline: '&#34;Quoted&#34; words' }])));
    expect(ld?.headline).toBe('"Quoted" words');
  });
  it('tolerates comments, trailing commas and raw newlines in strings', () => {
    expect(JSON.parse(repairJson('{"a": "x // not a comment", // comment\n "b": [1,2,],}'))).toEqual({ a: 'x // not a comment', b: [1, 2] });
    const ld = readJsonLd(page('{ "@type": "NewsArticle", // the headline\n "headline": "line one\nline two", }'));
    expect(ld?.headline).toBe('line one line two');
  });
  it('returns null for broken data without an article', () => {
    expect(readJsonLd(page('{ not json at all'))).toBeNull();
    expect(readJsonLd(page('{"@type": "WebSite", "name": "x"}'))).toBeNull();
  });
  it('reads the MBC page whose JSON-LD has // comments', () => {
    const mbc = corpusPages().find((p) => p.file === 'mbc-1.html')!;
    const ld = readJsonLd(corpusPageDocument(mbc));
    expect(ld?.datePublished).toContain('2023-04-19');
  });
});

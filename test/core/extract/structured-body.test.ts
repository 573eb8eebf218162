import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract';
import { coverage, declaredParagraphs, preferDeclaredBody } from '../../../src/core/extract/structured-body';
import { parseHtml } from '../../helpers/corpus';

const BODY = Array.from({ length: 8 }, (_, i) => `Declared paragraph ${i} tells the reader something new about the harbour project and its cost.`).join('\n\n');

describe('JSON-LD articleBody hint', () => {
  it('measures how much of the declared body an extraction covers', () => {
    expect(coverage('alpha beta gamma delta', 'alpha beta')).toBe(0.5);
    expect(coverage('Alpha, beta.', 'ALPHA BETA and more')).toBe(1);
    expect(declaredParagraphs('one\n\ntwo\nthree')).toEqual(['one', 'two', 'three']);
  });

  it('prefers a long declared body only when the extraction missed most of it', () => {
    expect(preferDeclaredBody(BODY, BODY)).toBe(false);
    expect(preferDeclaredBody(BODY, 'Cookie settings and a newsletter form.')).toBe(true);
    expect(preferDeclaredBody('Short teaser.', '')).toBe(false);
  });

  it('returns the declared body as text (never as markup) when the page body is script-rendered', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Harbour', articleBody: BODY + '\n\n<img src=x onerror=alert(1)>' });
    const doc = parseHtml(`<html><head><title>Harbour</title><script type="application/ld+json">${ld}</script></head><body><div id="app"></div></body></html>`, 'https://example.com/h');
    const article = extractArticle(doc, 'https://example.com/h');
    expect(article?.textContent.split('\n\n')).toHaveLength(9);
    expect(article?.textContent.startsWith('Declared paragraph 0')).toBe(true);
    expect(article?.contentHtml).not.toContain('<img');
    expect(article?.contentHtml).toContain('&lt;img');
  });
});

import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/core/detect';
import { corpusPageDocument, corpusPages } from '../../helpers/corpus';

const pages = corpusPages();

describe('detectArticle on the Korean corpus pages', () => {
  it.each(pages.map((p) => [p.file, p] as const))('%s is classified as listed', (_file, page) => {
    const detection = detectArticle(corpusPageDocument(page), page.url);
    expect(detection.isArticle).toBe(page.isArticle);
    expect(detection.site).toBe(page.site);
    expect(detection.kind).toBe(page.isArticle ? 'news' : 'none');
    expect(detection.reasons).toContain('site:' + page.site);
    expect(detection.confidence).toBeGreaterThanOrEqual(0.5);
    expect(detection.confidence).toBeLessThanOrEqual(1);
  });

  it('rejects the Korea Herald search page although it declares og:type=article', () => {
    const page = pages.find((p) => p.file === 'koreaherald-1.html')!;
    const doc = corpusPageDocument(page);
    expect(doc.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
    expect(detectArticle(doc, page.url)).toMatchObject({ isArticle: false, kind: 'none' });
  });

  // Without the URL (an unknown host), the page signals alone must still classify the pages.
  // Deliberate exception: hankookilbo-2 is a Next.js page whose body, date and JSON-LD exist only
  // in script data; its static HTML has nothing but og:type=article, which alone is not enough.
  const SCRIPT_ONLY = new Set(['hankookilbo-2.html']);
  it.each(pages.filter((p) => !SCRIPT_ONLY.has(p.file)).map((p) => [p.file, p] as const))(
    '%s is classified as listed from page signals alone',
    (_file, page) => {
      const detection = detectArticle(corpusPageDocument(page), 'https://unknown.example/story');
      expect(detection.isArticle).toBe(page.isArticle);
      expect(detection.site).toBeUndefined();
    },
  );

  it('rejects the Naver home page by its teaser list, without its URL', () => {
    const page = pages.find((p) => p.file === 'naver-2.html')!;
    const detection = detectArticle(corpusPageDocument(page), 'https://unknown.example/story');
    expect(detection.reasons).toContain('list:teasers');
  });

  it('finds the short SBS video story by its NewsArticle JSON-LD although it is not readerable', () => {
    const page = pages.find((p) => p.file === 'sbs-1.html')!;
    const detection = detectArticle(corpusPageDocument(page), 'https://unknown.example/story');
    expect(detection).toMatchObject({ isArticle: true, kind: 'news' });
    expect(detection.reasons).toContain('jsonld:NewsArticle');
    expect(detection.reasons).not.toContain('readerable');
  });

  it('parses the MBC JSON-LD that has // comments', () => {
    const page = pages.find((p) => p.file === 'mbc-1.html')!;
    const detection = detectArticle(corpusPageDocument(page), 'https://unknown.example/story');
    expect(detection.reasons).toContain('jsonld:NewsArticle');
  });
});

import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/core/pipeline';
import { corpusPageDocument, corpusPages, norm } from '../helpers/corpus';

const page = (file: string) => corpusPages().find((p) => p.file === file)!;

describe('readArticle', () => {
  it('detects, extracts and summarizes a Yonhap English article, leaving the document unchanged', () => {
    const entry = page('yna-en-2.html');
    const doc = corpusPageDocument(entry);
    const before = doc.documentElement.outerHTML.length;
    const result = readArticle(doc, entry.url);
    expect(result.detection).toMatchObject({ isArticle: true, kind: 'news', site: 'yna-en' });
    expect(norm(result.article?.title)).toBe(norm(entry.title));
    expect(norm(result.article?.textContent)).toContain(norm(entry.firstSentence));
    expect(result.keyFacts.length).toBeGreaterThanOrEqual(3);
    for (const fact of result.keyFacts) expect(result.article!.textContent).toContain(fact.text);
    expect(result.glance).not.toBeNull();
    for (const ms of Object.values(result.timings)) expect(ms).toBeGreaterThanOrEqual(0);
    expect(doc.documentElement.outerHTML.length).toBe(before);
  });

  it('reads a non-article page too, and says from its body that there is no article', () => {
    const entry = page('naver-2.html');
    const result = readArticle(corpusPageDocument(entry), entry.url);
    expect(result.detection.isArticle).toBe(false);
    expect(result.timings.extractMs).toBeGreaterThan(0); // a click always reads
    expect(result).toMatchObject({ view: 'no-article', keyFacts: [], glance: null, timings: { keyFactsMs: 0 } });
  });

  it('shows an article whatever page-load detection said', () => {
    const entry = page('yna-en-2.html');
    const doc = corpusPageDocument(entry);
    // The same article under an address a listing rule would veto.
    const result = readArticle(doc, 'https://example.com/news/index.html');
    expect(result.view).toBe('article');
    expect(norm(result.article!.textContent)).toContain(norm(entry.firstSentence));
  });

  it('extracts anyway when forced', () => {
    const entry = page('koreaherald-1.html');
    const result = readArticle(corpusPageDocument(entry), entry.url, { force: true });
    expect(result.detection.isArticle).toBe(false);
    expect(result.timings.extractMs).toBeGreaterThan(0);
  });

  it('reads a page whose body exists only in script data, with key facts and glance', () => {
    const entry = page('chosun-1.html');
    const result = readArticle(corpusPageDocument(entry), entry.url);
    expect(result.detection.isArticle).toBe(true);
    expect(result).toMatchObject({ view: 'article', fallback: null });
    expect(result.article!.textContent).toContain('이승기와 이다인이 7일 오후 6시');
    expect(result.keyFacts.length).toBeGreaterThanOrEqual(3);
    expect(result.glance?.people).toContain('한효주');
  });
});

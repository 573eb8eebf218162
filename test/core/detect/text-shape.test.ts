import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/core/detect';
import { isReaderable, textShape, weightedLength } from '../../../src/core/detect/readerable';
import { parseHtml } from '../../helpers/corpus';

const KO = '정부는 오늘 오전 서울 세종로 정부서울청사에서 관계부처 합동 회의를 열고 최근 급등한 물가에 대응하기 위한 추가 대책을 논의했다고 밝혔다. ';
const EN = 'The government held a joint meeting of ministries in Seoul this morning and discussed further steps. ';
const repeatTo = (s: string, n: number) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
const page = (body: string) => parseHtml(`<html><body>${body}</body></html>`, 'https://example.com/story');
const paragraphs = (text: string, n: number) => Array.from({ length: n }, () => `<p>${text}</p>`).join('');

describe('Hangul-aware readerable test', () => {
  it('counts Korean paragraphs of 100–140 characters', () => {
    const ko110 = repeatTo(KO, 110);
    expect(weightedLength(ko110)).toBeGreaterThan(140);
    expect(isReaderable(page(paragraphs(ko110, 8)))).toBe(true);
  });

  it('does not count English paragraphs of the same length (as Readability)', () => {
    expect(isReaderable(page(paragraphs(repeatTo(EN, 110), 8)))).toBe(false);
  });

  it('needs enough text: two short Korean paragraphs are not an article', () => {
    expect(isReaderable(page(paragraphs(repeatTo(KO, 110), 2)))).toBe(false);
  });

  it('ignores hidden blocks, paragraphs in list items and page chrome', () => {
    const long = repeatTo(EN, 600);
    expect(isReaderable(page(`<p style="display: none">${long}</p><p hidden>${long}</p>`))).toBe(false);
    expect(isReaderable(page(`<ul>${paragraphs(long, 3).replace(/<p>/g, '<li><p>')}</ul>`))).toBe(false);
    expect(isReaderable(page(`<footer>${paragraphs(long, 3)}</footer>`))).toBe(false);
    expect(isReaderable(page(`<p class="sidebar">${long}</p>`))).toBe(false);
  });

  it('counts <div> text broken by <br> (KBS bodies have no <p>)', () => {
    const long = repeatTo(KO, 300);
    expect(isReaderable(page(`<div id="cont_newstext">${long}<br><br>${long}<br><br>${long}</div>`))).toBe(true);
  });

  it('sets link-wrapped teasers apart from article text', () => {
    const teaser = (i: number) => `<a href="/n/${i}"><div class="item"><strong>Headline ${i}</strong><p>${repeatTo(KO, 130)}</p></div></a>`;
    const shape = textShape(page(Array.from({ length: 12 }, (_, i) => teaser(i)).join('')), Infinity);
    expect(shape.score).toBe(0);
    expect(shape.teasers).toBe(12);
  });

  it('sets repeated look-alike items with their own headline link apart', () => {
    const item = (i: number) => `<div class="card"><h3><a href="/n/${i}">Headline ${i}</a></h3><p>${repeatTo(EN, 220)}</p></div>`;
    const doc = page(Array.from({ length: 8 }, (_, i) => item(i)).join(''));
    expect(textShape(doc, Infinity)).toMatchObject({ score: 0, teasers: 8 });
    expect(detectArticle(doc, 'https://example.com/story')).toMatchObject({ isArticle: false, kind: 'none' });
    expect(detectArticle(doc, 'https://example.com/story').reasons).toContain('list:teasers');
  });

  it('keeps an article whose paragraphs share one container', () => {
    const doc = page(`<article><h1>Title</h1>${paragraphs(repeatTo(EN, 400), 6)}</article>`);
    expect(detectArticle(doc, 'https://example.com/story')).toMatchObject({ isArticle: true, kind: 'article' });
  });
});

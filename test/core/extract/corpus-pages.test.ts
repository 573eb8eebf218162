/**
 * extractArticle on every article of ../shared/corpus/pages: title, byline, published instant,
 * first and last body sentence (as listed in index.json, checked by reading the pages), and none
 * of the site's boilerplate lines in textContent. Script-only pages (Chosun, one Hankook Ilbo
 * page) are read from their script data (script-data.ts): same title, sentences and boilerplate
 * checks, and the date from the script data; bylines are not checked (the expectations reformat
 * the credits, "안소윤 기자 (스포츠조선)").
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract';
import { corpusPageDocument, corpusPages, norm, type CorpusPage } from '../../helpers/corpus';

/** Boilerplate seen in each site's saved pages (read from the pages and SITES.md). */
const SITE_BOILERPLATE: Record<string, string[]> = {
  'yna-en': ['(END)', '@yna.co.kr', 'Related Articles', '(ATTN:', '(MORE)', 'Keywords', 'Most Viewed', 'Latest News', '(Yonhap) hague@'],
  kbs: ['[앵커]', '[리포트]', 'KBS 뉴스 김수연입니다', '영상편집', '[사진 출처', '무단 전재', '재배포 금지'],
  mbc: ['◀ 앵커 ▶', '◀ 리포트 ▶', 'MBC뉴스 구민지입니다', '제보를 기다립니다', '▷ 전화', '▷ 이메일', '▷ 카카오톡', '사진제공', '해당 기사를 북마크했습니다', '좋아요'],
  mbn: ['VOD 시청 안내', '플래시 플레이어', '【 앵커멘트 】', '【 기자 】', 'MBN뉴스 안진우입니다', '영상취재', '영상편집', '무단전재', '[이남경 MBN스타 기자]', '↑'],
  sbs: ['▲위 사진은', '(사진=연합뉴스)', 'SBS 뉴스 - 전체 메뉴', '프린트', '무단', 'all rights reserved'],
  tvchosun: ['/연합뉴스', 'Copyrights', '무단전재', '제보하기'],
  ytn: ['[앵커]', '[기자]', '첫 입장 표명', '지금까지 사회1부에서 전해드렸습니다', 'YTN 나혜인', '당신의 제보가 뉴스가 됩니다', '[카카오톡]', '[전화]', '[메일]', '저작권자', '무단전재'],
  yonhapnewstv: ['video 태그', '다른 브라우저를 사용하여', '[앵커]', '[기자]', '연합뉴스TV 신새롬입니다', '@yna.co.kr', '#아스트로_문빈', '#전세사기', '기사문의 및 제보', 'jebo23', '(끝)'],
  hankookilbo: ['빗속 유세', '국민주권 정부', 'ninek@hankookilbo.com', 'Copyright', '구독신청', '공감 표현', '이미지 확대보기'],
  mk: ['단체전에서도 1위 차지', '소년공’제때', '좋아요를 눌러주세요', '[사진 출처', '[사진 = 한수진 기자]'],
  naver: ['최신 유행 트렌드 총집결', '#흥(클릭!)', '기사입력'],
  donga: ['uknow@donga.com', '최윤호 기자', '동아닷컴'],
};

const SCRIPT_ONLY = (page: CorpusPage): boolean => /script/i.test(page.notes ?? '') && /no rendered article body|only as escaped HTML|only in the/i.test(page.notes ?? '');

/**
 * Same instant, or the same minute when the expectation was read from a printed time without
 * seconds (TV Chosun prints "16:27"; its meta says 16:27:06).
 */
function sameInstant(actual: string | null, page: CorpusPage): boolean {
  if (!actual || !page.published) return false;
  const a = Date.parse(actual), e = Date.parse(page.published);
  if (a === e) return true;
  return e % 60_000 === 0 && Math.floor(a / 60_000) * 60_000 === e;
}

const articles = corpusPages().filter((p) => p.isArticle);

describe('extractArticle on the Korean corpus pages', () => {
  it('covers every article page of the corpus', () => {
    expect(articles.length).toBeGreaterThanOrEqual(30);
  });

  for (const page of articles) {
    if (SCRIPT_ONLY(page)) {
      it(`${page.file}: body only in script data → read from it, first/last sentence, no boilerplate`, () => {
        const a = extractArticle(corpusPageDocument(page), page.url);
        expect(a).not.toBeNull();
        expect(norm(a!.title)).toBe(norm(page.title));
        const text = norm(a!.textContent);
        expect(text.startsWith(norm(page.firstSentence))).toBe(true);
        expect(text.endsWith(norm(page.lastSentence))).toBe(true);
        for (const line of SITE_BOILERPLATE[page.site] ?? []) expect(a!.textContent, line).not.toContain(line);
        expect(a!.textContent).not.toMatch(/\$\$|Could not render|\\u003c|<\/?p\b/);
        expect(a!.lang).toBe(page.lang);
        // The date from the script data: Arc's first publication (the page's article:published_time
        // is the story object's creation, minutes later), Hankook Ilbo's deployDt beside the body.
        // (Lede's dates carry whole seconds; the expectation keeps Arc's milliseconds.)
        const second = (iso: string | null | undefined): number => Math.floor(Date.parse(iso ?? '') / 1000);
        expect(second(a!.publishedTime), `${a!.publishedTime} vs ${page.published}`).toBe(second(page.published));
      });
      continue;
    }
    it(`${page.file}: metadata, first/last sentence, no boilerplate`, () => {
      const article = extractArticle(corpusPageDocument(page), page.url);
      expect(article).not.toBeNull();
      const a = article!;
      expect(norm(a.title)).toBe(norm(page.title));
      expect(a.byline ?? null).toBe(page.author ?? null);
      expect(sameInstant(a.publishedTime, page), `${a.publishedTime} vs ${page.published}`).toBe(true);
      expect(a.publishedTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+09:00$/);
      const text = norm(a.textContent);
      expect(text.startsWith(norm(page.firstSentence))).toBe(true);
      expect(text.endsWith(norm(page.lastSentence))).toBe(true);
      expect(text).not.toContain(norm(page.title));
      for (const line of SITE_BOILERPLATE[page.site] ?? []) expect(a.textContent, line).not.toContain(line);
      expect(a.lang).toBe(page.lang);
      expect(a.readingMinutes).toBeGreaterThanOrEqual(1);
    });
  }

  it('separates paragraphs with blank lines', () => {
    const page = articles.find((p) => p.file === 'yna-en-2.html')!;
    const a = extractArticle(corpusPageDocument(page), page.url)!;
    expect(a.textContent.split('\n\n').length).toBe(5);
    expect(a.textContent).not.toMatch(/\n{3,}/);
  });

  it('uses the Yonhap "By" line as byline and ignores the Korean meta author', () => {
    const page = articles.find((p) => p.file === 'yna-en-6.html')!;
    const a = extractArticle(corpusPageDocument(page), page.url)!;
    expect(a.byline).toBe('Kang Yoon-seung');
    expect(a.textContent).not.toMatch(/^By /m);
  });
});

import type { SiteRule } from './site-rule';

/**
 * Naver News. search.naver.com is listed in `hosts` (so its news search is recognised and
 * rejected) but not in `matches`: the content script stays off Naver's general search.
 */
export const naver: SiteRule = {
  id: 'naver',
  name: '네이버 뉴스',
  lang: 'ko',
  hosts: ['news.naver.com', 'n.news.naver.com', 'm.news.naver.com', 'sports.news.naver.com', 'search.naver.com'],
  matches: ['https://news.naver.com/*', 'https://n.news.naver.com/*', 'https://m.news.naver.com/*', 'https://sports.news.naver.com/*'],
  articlePath: /^\/(?:main\/read\.n(?:aver|hn)\?(?:.*&)?aid=\d+|(?:mnews\/)?article\/\d{3}\/\d{10}|news(?:\.nhn)?\?(?:.*&)?aid=\d+)/,
  nonArticlePath: /^\/(?:main\/(?:home|main|list|ranking)\.n(?:aver|hn)|section\/|breakingnews|search\.naver|$)/,
  titleCleanup: [/\s*:\s*네이버\s*뉴스$/],
  // Extraction. Old (read.naver) and current (n.news) layouts.
  bodySelector: '#articleBodyContents, #dic_area',
  titleSelector: 'h3#articleTitle, .media_end_head_headline',
  dateSelector: 'span.t11, .media_end_head_info_datestamp_time',
  removeSelectors: ['.link_news', '.end_photo_org em'],
  boilerplateLines: [/^최신 유행 트렌드 총집결/, /^\/\/ flash 오류를 우회하기 위한 함수 추가/],
};

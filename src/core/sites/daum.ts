import type { SiteRule } from './site-rule';

/** Daum News: articles on v.daum.net, home and sections on news.daum.net. */
export const daum: SiteRule = {
  id: 'daum',
  name: '다음뉴스',
  lang: 'ko',
  hosts: ['v.daum.net', 'news.daum.net', 'm.news.daum.net'],
  matches: ['https://v.daum.net/*', 'https://news.daum.net/*', 'https://m.news.daum.net/*'],
  articlePath: /^\/v\/\d{14,}/,
  nonArticlePath: /^\/(?:[a-z]+\/?(?:\?|$)|breakingnews|ranking|search|$)/,
  titleCleanup: [/\s*\|\s*다음뉴스$/],
};

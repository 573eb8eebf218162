import type { SiteRule } from './site-rule';

/** Dong-A Ilbo (동아일보). */
export const donga: SiteRule = {
  id: 'donga',
  name: '동아일보',
  lang: 'ko',
  hosts: ['www.donga.com', 'news.donga.com', 'donga.com'],
  matches: ['*://www.donga.com/*', '*://news.donga.com/*'],
  // 2013: /3/all/20131023/58406128/1 (news host); now: /news/Politics/article/all/20240101/123456789/1.
  articlePath: /^\/(?:news\/(?:\w+\/)?article\/|\d+\/)(?:all|\w+)\/\d{8}\/\d+\/\d/,
  nonArticlePath: /^\/(?:news\/\w+\/?(?:\?|$)|news\/?$|search|$)/i,
  titleCleanup: [/\s*:\s*뉴스\s*:\s*동아닷컴$/, /\s*\|\s*동아일보$/],
  // Extraction hints.
  bodySelector: '.article_txt, .news_view',
  titleSelector: '.article_title h1, h1.title',
  dateSelector: 'span.date',
  removeSelectors: ['.article_relation', '.ad', '#divBox'],
};

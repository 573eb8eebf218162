import type { SiteRule } from './site-rule';

/** Maeil Business Newspaper (매일경제). */
export const mk: SiteRule = {
  id: 'mk',
  name: '매일경제',
  lang: 'ko',
  hosts: ['www.mk.co.kr', 'm.mk.co.kr'],
  matches: ['https://www.mk.co.kr/*', 'https://m.mk.co.kr/*'],
  articlePath: /^\/news\/[a-z-]+\/\d{7,}/,
  nonArticlePath: /^\/(?:news\/[a-z-]+\/?(?:latest\/?)?(?:\?|$)|search|$)/,
  titleCleanup: [/\s+-\s+매일경제$/],
  // Extraction. `.mid_title` holds the summary lines above the body.
  bodySelector: '.news_cnt_detail_wrap',
  titleSelector: 'h2.news_ttl',
  removeSelectors: ['.mid_title', '.ad_wrap', '.news_like_area'],
  boilerplateLines: [/좋아요를 눌러주세요/, /^좋아요\s*\d*$/],
};

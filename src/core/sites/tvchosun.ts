import type { SiteRule } from './site-rule';

/** TV Chosun News. */
export const tvchosun: SiteRule = {
  id: 'tvchosun',
  name: 'TV조선',
  lang: 'ko',
  hosts: ['news.tvchosun.com'],
  matches: ['*://news.tvchosun.com/*'],
  articlePath: /^\/site\/data\/html_dir\/\d{4}\/\d\d\/\d\d\/\d+\.html/,
  nonArticlePath: /^\/(?:svc\/news\/ospc_news_list|search|$)/,
  // Extraction hints.
  bodySelector: '[itemprop=articleBody]',
  titleSelector: 'h3.title',
  bylineSelector: '.journalist .name_mul',
  dateSelector: 'p.date',
};

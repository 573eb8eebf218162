import type { SiteRule } from './site-rule';

/** MBC News (imnews.imbc.com), including evening-news replays. */
export const mbc: SiteRule = {
  id: 'mbc',
  name: 'MBC 뉴스',
  lang: 'ko',
  hosts: ['imnews.imbc.com'],
  matches: ['https://imnews.imbc.com/*'],
  articlePath: /^\/(?:news|replay)\/\d{4}\/[\w-]+\/article\/\d+_\d+\.html/,
  nonArticlePath: /^\/(?:(?:news|replay)\/\d{4}\/[\w-]+\/?(?:index\.html)?$|pc_main|search|$)/,
  // Extraction hints.
  bodySelector: '.news_txt[itemprop=articleBody], .news_txt',
  titleSelector: 'h2.art_title',
};

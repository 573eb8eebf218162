import type { SiteRule } from './site-rule';

/** SBS News. */
export const sbs: SiteRule = {
  id: 'sbs',
  name: 'SBS 뉴스',
  lang: 'ko',
  hosts: ['news.sbs.co.kr'],
  matches: ['https://news.sbs.co.kr/*'],
  articlePath: /^\/news\/(?:amp\/)?endPage\.do\?(?:.*&)?news_id=N\d{10}/,
  nonArticlePath: /^\/(?:news\/(?:newsMain|newsflash|newsList|search|section)|search|$)/i,
  titleCleanup: [/\s*\|\s*SBS\s*뉴스$/],
  // Extraction hints.
  bodySelector: 'div.text_area[itemprop=articleBody], div.text_area',
  titleSelector: '#news-title',
};

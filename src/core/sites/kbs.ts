import type { SiteRule } from './site-rule';

/** KBS News. */
export const kbs: SiteRule = {
  id: 'kbs',
  name: 'KBS 뉴스',
  lang: 'ko',
  hosts: ['news.kbs.co.kr'],
  matches: ['https://news.kbs.co.kr/*'],
  articlePath: /^\/news\/(?:pc\/view\/|mobile\/view\/)?view\.do\?(?:.*&)?ncd=\d+/,
  nonArticlePath: /^\/(?:news\/(?:pc\/)?(?:list|search|category|main)|search|$)/,
  titleCleanup: [/\s*\|\s*KBS\s*뉴스$/],
  // Extraction hints.
  bodySelector: '#cont_newstext',
  dateSelector: 'em.date',
};

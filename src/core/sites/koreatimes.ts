import type { SiteRule } from './site-rule';

/** The Korea Times. */
export const koreatimes: SiteRule = {
  id: 'koreatimes',
  name: 'The Korea Times',
  lang: 'en',
  hosts: ['www.koreatimes.co.kr', 'm.koreatimes.co.kr'],
  matches: ['https://www.koreatimes.co.kr/*', 'https://m.koreatimes.co.kr/*'],
  // Older: /www/nation/2023/04/113_349312.html; 2024 redesign: /southkorea/politics/20240101/<slug>.
  articlePath: /^\/(?:www\/[\w-]+\/\d{4}\/\d\d\/\d+_\d+\.html|[\w-]+\/[\w-]+\/\d{8}\/[\w-]+)/,
  nonArticlePath: /^\/(?:www\/(?:section|search)|search|[\w-]+\/?(?:[\w-]+\/?)?(?:\?|$))/,
  titleCleanup: [/\s*-\s*The Korea Times$/],
};

import type { SiteRule } from './site-rule';

/** The Hankyoreh (한겨레), Korean. */
export const hani: SiteRule = {
  id: 'hani',
  name: '한겨레',
  lang: 'ko',
  hosts: ['www.hani.co.kr', 'm.hani.co.kr'],
  matches: ['https://www.hani.co.kr/*', 'https://m.hani.co.kr/*'],
  articlePath: /^\/arti\/(?:[\w-]+\/)*\d+\.html/,
  nonArticlePath: /^\/(?:arti\/(?:[\w-]+\/)*(?:home\d*\.html)?(?:\?|$)|search|$)/,
  titleCleanup: [/\s*:\s*[^:]{1,20}\s*:\s*뉴스\s*:\s*한겨레$/, /\s*\|\s*한겨레$/],
};

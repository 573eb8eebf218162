import type { SiteRule } from './site-rule';

/** JoongAng Ilbo (중앙일보), Korean. */
export const joongang: SiteRule = {
  id: 'joongang',
  name: '중앙일보',
  lang: 'ko',
  hosts: ['www.joongang.co.kr', 'mnews.joongang.co.kr'],
  matches: ['https://www.joongang.co.kr/*', 'https://mnews.joongang.co.kr/*'],
  articlePath: /^\/article\/\d{8}/,
  nonArticlePath: /^\/(?:[a-z]+\/?(?:\?|$)|search|$)/,
  titleCleanup: [/\s*\|\s*중앙일보$/],
};

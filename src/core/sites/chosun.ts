import type { SiteRule } from './site-rule';

/** Chosun Ilbo (조선일보). Saved pages carry the body only in script data (Fusion.globalContent). */
export const chosun: SiteRule = {
  id: 'chosun',
  name: '조선일보',
  lang: 'ko',
  hosts: ['www.chosun.com', 'm.chosun.com'],
  matches: ['https://www.chosun.com/*', 'https://m.chosun.com/*'],
  articlePath: /^\/[\w-]+\/(?:[\w-]+\/)*\d{4}\/\d\d\/\d\d\/[A-Z0-9]{26}\/?/,
  nonArticlePath: /^\/(?:nsearch|search|[\w-]+\/?(?:[\w-]+\/?)?(?:\?|$))/,
  titleCleanup: [/\s+-\s+조선일보$/],
};

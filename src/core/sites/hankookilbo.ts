import type { SiteRule } from './site-rule';

/** Hankook Ilbo (한국일보). */
export const hankookilbo: SiteRule = {
  id: 'hankookilbo',
  name: '한국일보',
  lang: 'ko',
  hosts: ['www.hankookilbo.com', 'm.hankookilbo.com'],
  matches: ['https://www.hankookilbo.com/*', 'https://m.hankookilbo.com/*'],
  articlePath: /^\/(?:News\/Read|news\/article)\/A\d{19}/i,
  nonArticlePath: /^\/(?:News\/(?:Politics|Economy|Society|International|Culture|Sports|Opinion|Latest|Search)|Search|$)/i,
  // "<headline> | 한국일보" (2025) and "<headline>-정치ㅣ한국일보" (2026, section before the site name).
  titleCleanup: [/\s*\|\s*한국일보$/, /-[^-ㅣ]{1,10}ㅣ한국일보$/],
  // Extraction. Summary lines and pull quotes precede the body paragraphs.
  bodySelector: '[itemprop=articleBody]',
  titleSelector: 'h1.title',
  bylineSelector: '.writer .name',
  removeSelectors: ['h2.sub-tit-ll', '.module-quote', '.article-story', '.editor-img-box button'],
};

import type { SiteRule } from './site-rule';

/** The Hankyoreh, English edition. */
export const haniEn: SiteRule = {
  id: 'hani-en',
  name: 'The Hankyoreh',
  lang: 'en',
  hosts: ['english.hani.co.kr'],
  matches: ['https://english.hani.co.kr/*'],
  articlePath: /^\/arti\/english_edition\/(?:[\w-]+\/)*\d+\.html/,
  nonArticlePath: /^\/(?:arti\/(?:[\w-]+\/)*(?:home\d*\.html)?(?:\?|$)|search|$)/,
  titleCleanup: [/\s*:\s*[^:]{1,40}\s*:\s*The Hankyoreh$/i],
};

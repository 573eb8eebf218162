import type { SiteRule } from './site-rule';

/** YTN. */
export const ytn: SiteRule = {
  id: 'ytn',
  name: 'YTN',
  lang: 'ko',
  hosts: ['www.ytn.co.kr', 'm.ytn.co.kr'],
  matches: ['https://www.ytn.co.kr/*', 'https://m.ytn.co.kr/*'],
  articlePath: /^\/_ln\/\d{4}_\d{18}/,
  nonArticlePath: /^\/(?:news\/list|search|issue|$)/,
  // "<title>" is "[사회][단독] headline | YTN": section prefix and site suffix are chrome.
  titleCleanup: [/^\[[^\]]{1,6}\]/, /\s*\|\s*YTN$/],
  // Extraction. The sub-headline lines sit inside the body container.
  bodySelector: 'div.content[itemprop=articleBody]',
  removeSelectors: ['span.subhead', '.subhead'],
};

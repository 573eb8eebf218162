import type { SiteRule } from './site-rule';

/** MBN (매일방송). */
export const mbn: SiteRule = {
  id: 'mbn',
  name: 'MBN',
  lang: 'ko',
  hosts: ['www.mbn.co.kr', 'm.mbn.co.kr'],
  matches: ['*://www.mbn.co.kr/*', '*://m.mbn.co.kr/*'],
  articlePath: /^\/news\/[a-z]+\/\d{6,}/,
  nonArticlePath: /^\/(?:news\/[a-z]+\/?(?:\?|$)|search|$)/,
  // Extraction hints.
  bodySelector: '#newsViewArea',
  titleSelector: '.box01 h1',
  bylineSelector: '.reporter_info .name',
  dateSelector: 'span.time',
  removeSelectors: ['#player', '.ie10browser_wrapper', '#player-wrap'],
};

import type { SiteRule } from './site-rule';

/** Yonhap News Agency, Korean edition (연합뉴스). */
export const ynaKo: SiteRule = {
  id: 'yna-ko',
  name: '연합뉴스',
  lang: 'ko',
  hosts: ['www.yna.co.kr', 'm.yna.co.kr', 'yna.co.kr'],
  matches: ['https://www.yna.co.kr/*', 'https://m.yna.co.kr/*'],
  articlePath: /^\/view\/AKR\d{17}/,
  // Sections and lists are one or two lower-case words: /news, /politics/all, /international/asia-australia.
  nonArticlePath: /^\/(?:[a-z-]+(?:\/[a-z0-9-]+)?\/?(?:\?|$)|search|$)/,
  titleCleanup: [/\s*\|\s*연합뉴스$/],
  // Extraction. Markup from public crawler code (not seen on a saved page).
  bodySelector: 'article.story-news, div.story-news',
  titleSelector: 'h1.tit01, h1.tit',
  bylineSelector: '.writer-zone .tit-name, .tit-name',
  dateSelector: '.update-time',
  removeSelectors: ['.related-group', '.writer-zone', 'p.txt-copyright', 'aside'],
  boilerplateLines: [/^제보는 카카오톡/, /송고$/],
};

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
};

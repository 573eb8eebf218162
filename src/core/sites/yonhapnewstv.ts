import type { SiteRule } from './site-rule';

/** Yonhap News TV (연합뉴스TV). */
export const yonhapnewstv: SiteRule = {
  id: 'yonhapnewstv',
  name: '연합뉴스TV',
  lang: 'ko',
  hosts: ['www.yonhapnewstv.co.kr', 'm.yonhapnewstv.co.kr'],
  matches: ['*://www.yonhapnewstv.co.kr/*', '*://m.yonhapnewstv.co.kr/*'],
  articlePath: /^\/news\/MYH\d{17}/,
  nonArticlePath: /^\/(?:category|search|browse|$)/,
  // Extraction hints.
  bodySelector: '#articleBody',
};

import type { SiteRule } from './site-rule';

/** Yonhap News Agency, English edition (and its pre-2019 host english.yonhapnews.co.kr). */
export const ynaEn: SiteRule = {
  id: 'yna-en',
  name: 'Yonhap News Agency',
  lang: 'en',
  hosts: ['en.yna.co.kr', 'english.yonhapnews.co.kr'],
  matches: ['https://en.yna.co.kr/*', '*://english.yonhapnews.co.kr/*'],
  articlePath: /^\/(?:view\/AEN\d{17}|news\/\d{4}\/\d\d\/\d\d\/\d+\/\d*AEN\d{17})/,
  nonArticlePath: /^\/(?:[a-z-]+(?:\/(?:index|all|[a-z-]+))?\/?(?:\?|$)|search\/|$)/,
  titleCleanup: [/\s*\|\s*Yonhap News Agency$/],
  // Extraction hints.
  bodySelector: 'article.story-news, div.article',
  dateSelector: 'p.publish-time, .info-con .txt',
  removeSelectors: ['.related-group', '#moreArticleNews', '.keyword-zone01', 'aside'],
  boilerplateLines: [/^\((ATTN|EDS|CORRECTS|REPEAT|URGENT)\b.*\)$/i],
  metaAuthorIsByline: false,
};

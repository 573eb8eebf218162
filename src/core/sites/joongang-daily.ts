import type { SiteRule } from './site-rule';

/** Korea JoongAng Daily (English). */
export const joongangDaily: SiteRule = {
  id: 'joongang-daily',
  name: 'Korea JoongAng Daily',
  lang: 'en',
  hosts: ['koreajoongangdaily.joins.com', 'koreajoongangdaily.joongang.co.kr'],
  matches: ['https://koreajoongangdaily.joins.com/*', 'https://koreajoongangdaily.joongang.co.kr/*'],
  // /2023/04/19/national/politics/<slug>/20230419183000123.html; older /news/article/article.aspx?aid=.
  articlePath: /^\/(?:(?:news\/)?\d{4}\/\d\d\/\d\d\/.+\/\d{14,}\.html|news\/article\/article\.aspx\?(?:.*&)?aid=\d+)/,
  nonArticlePath: /^\/(?:section\/|search|[a-z-]+\/?(?:[a-z-]+\/?)?(?:\?|$))/,
  titleCleanup: [/\s*-\s*Korea JoongAng Daily$/],
};

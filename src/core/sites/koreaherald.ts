import type { SiteRule } from './site-rule';

/** The Korea Herald. Even its search page says og:type=article; the URL decides. */
export const koreaherald: SiteRule = {
  id: 'koreaherald',
  name: 'The Korea Herald',
  lang: 'en',
  hosts: ['www.koreaherald.com', 'm.koreaherald.com'],
  matches: ['https://www.koreaherald.com/*', 'https://m.koreaherald.com/*'],
  articlePath: /^\/(?:view\.php\?(?:.*&)?ud=\d{14}|article\/\d+)/,
  nonArticlePath: /^\/(?:index\.php|list\.php|search\/|list\/|section\/|$)/,
  titleCleanup: [/\s*-\s*The Korea Herald$/],
  // Extraction. Selectors from SITES.md (view.php era and 2024 design), not yet seen on a saved article page.
  bodySelector: '#articleText, .view_con_t, .news_content, article.article-body',
  titleSelector: 'h1.view_tit, h1.news_title',
  bylineSelector: '.view_tit_byline_l, .news_write_info .writer, p.byline',
  dateSelector: '.view_tit_byline_r, p.news_date, .date_info',
  removeSelectors: ['a.top', '.view_tit_sub', '.most_popular', '.latest_news', '.subscribe', '.related_news', '.view_relate'],
  boilerplateLines: [/^back to top$/i, /^most popular$/i, /^latest news$/i, /^subscribe$/i, /^more from/i, /^지나쌤$/],
};

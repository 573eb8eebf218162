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
};

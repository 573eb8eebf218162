import type { SiteRule } from './site-rule';
import { chosun } from './chosun';
import { daum } from './daum';
import { donga } from './donga';
import { haniEn } from './hani-en';
import { hani } from './hani';
import { hankookilbo } from './hankookilbo';
import { joongangDaily } from './joongang-daily';
import { joongang } from './joongang';
import { kbs } from './kbs';
import { koreaherald } from './koreaherald';
import { koreatimes } from './koreatimes';
import { mbc } from './mbc';
import { mbn } from './mbn';
import { mk } from './mk';
import { naver } from './naver';
import { sbs } from './sbs';
import { tvchosun } from './tvchosun';
import { ynaEn } from './yna-en';
import { ynaKo } from './yna-ko';
import { yonhapnewstv } from './yonhapnewstv';
import { ytn } from './ytn';

export type { SiteRule } from './site-rule';

/** Every outlet rule, one module each. Order matters only for overlapping hosts (first wins). */
export const SITE_RULES: readonly SiteRule[] = [
  koreaherald, ynaEn, ynaKo, yonhapnewstv, kbs, mbc, sbs, mbn, ytn, tvchosun, chosun,
  joongang, joongangDaily, hani, haniEn, koreatimes, hankookilbo, mk, donga, naver, daum,
];

/** The rule whose hosts include `host` (exactly, or as a subdomain of a '.example.com' pattern). */
export function ruleForHost(host: string): SiteRule | undefined {
  // Plain loops: each closure is one more function to compile on the content script's first call.
  for (let i = 0; i < SITE_RULES.length; i++) {
    for (const h of SITE_RULES[i].hosts) if (h[0] === '.' ? host.endsWith(h) || host === h.slice(1) : host === h) return SITE_RULES[i];
  }
  return undefined;
}

/** The site rule owning `url`'s host, if any. Accepts a URL string or URL; bad URLs give undefined. */
export function findSiteRule(url: string | URL): SiteRule | undefined {
  let host: string;
  try {
    host = (typeof url === 'string' ? new URL(url) : url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return ruleForHost(host);
}

/** How a site rule classifies a URL's path: 'article', 'non-article', or 'unknown'. */
export function classifySitePath(rule: SiteRule, url: string | URL): 'article' | 'non-article' | 'unknown' {
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return 'unknown';
  }
  const path = u.pathname + u.search;
  if (rule.articlePath.test(path)) return 'article';
  if (rule.nonArticlePath?.test(path)) return 'non-article';
  return 'unknown';
}

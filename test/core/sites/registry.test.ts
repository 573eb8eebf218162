import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SITE_RULES, classifySitePath, findSiteRule, type SiteRule } from '../../../src/core/sites';
import { corpusPages } from '../../helpers/corpus';

const sitesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src/core/sites');
const ruleFiles = fs.readdirSync(sitesDir)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'site-rule.ts')
  .map((f) => f.replace(/\.ts$/, ''));

/** Chrome/Firefox match pattern grammar: <scheme>://<host><path>, host '*', '*.' + name, or a name. */
const MATCH_PATTERN = /^(\*|https?):\/\/(\*|(?:\*\.)?[a-z0-9.-]+)(\/.*)$/;

describe('site rule registry', () => {
  it('registers every outlet module exactly once, with the file name as id', async () => {
    expect(ruleFiles.length).toBeGreaterThanOrEqual(21);
    for (const file of ruleFiles) {
      const mod: Record<string, unknown> = await import(path.join(sitesDir, file + '.ts'));
      const exported = Object.values(mod) as SiteRule[];
      expect(exported, file).toHaveLength(1);
      expect(exported[0].id, file).toBe(file);
      expect(SITE_RULES, file).toContain(exported[0]);
    }
    expect(SITE_RULES).toHaveLength(ruleFiles.length);
    expect(new Set(SITE_RULES.map((r) => r.id)).size).toBe(SITE_RULES.length);
  });

  it('has only valid, narrow match patterns on hosts the rule owns', () => {
    for (const rule of SITE_RULES) {
      expect(rule.matches.length, rule.id).toBeGreaterThan(0);
      for (const pattern of rule.matches) {
        const m = MATCH_PATTERN.exec(pattern);
        expect(m, `${rule.id}: ${pattern}`).not.toBeNull();
        const host = m![2];
        expect(host.includes('*'), `${rule.id}: ${pattern} must name a host`).toBe(false);
        expect(rule.hosts, `${rule.id}: ${pattern}`).toContain(host);
        expect(findSiteRule(`https://${host}/`)?.id).toBe(rule.id);
      }
    }
  });

  it('owns each host once', () => {
    const hosts = SITE_RULES.flatMap((r) => r.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  it('classifies every corpus page URL as the corpus lists it', () => {
    for (const page of corpusPages()) {
      const rule = findSiteRule(page.url);
      expect(rule?.id, page.file).toBe(page.site);
      expect(classifySitePath(rule!, page.url), page.file).toBe(page.isArticle ? 'article' : 'non-article');
    }
  });

  // URL forms documented in ../shared/corpus/SITES.md for outlets without a saved page.
  it.each([
    ['https://www.yna.co.kr/view/AKR20260106123400001?section=politics/all', 'yna-ko', 'article'],
    ['https://www.yna.co.kr/politics/all', 'yna-ko', 'non-article'],
    ['https://www.koreaherald.com/view.php?ud=20220721000483', 'koreaherald', 'article'],
    ['https://www.koreaherald.com/article/10234567', 'koreaherald', 'article'],
    ['https://www.koreaherald.com/list.php?ct=020100000000', 'koreaherald', 'non-article'],
    ['https://www.koreaherald.com/', 'koreaherald', 'non-article'],
    ['https://en.yna.co.kr/nk/index', 'yna-en', 'non-article'],
    ['https://en.yna.co.kr/search/index?query=Yoon', 'yna-en', 'non-article'],
    ['https://en.yna.co.kr/view/AEN20230419005600315?input=fb', 'yna-en', 'article'],
    ['https://www.koreatimes.co.kr/www/nation/2023/04/113_349312.html', 'koreatimes', 'article'],
    ['https://www.koreatimes.co.kr/southkorea/politics/20241203/yoon-declares-martial-law', 'koreatimes', 'article'],
    ['https://koreajoongangdaily.joins.com/2023/04/19/national/politics/yoon-harvard/20230419183000123.html', 'joongang-daily', 'article'],
    ['https://www.joongang.co.kr/article/25156789', 'joongang', 'article'],
    ['https://www.hani.co.kr/arti/politics/politics_general/1088111.html', 'hani', 'article'],
    ['https://english.hani.co.kr/arti/english_edition/e_national/1088112.html', 'hani-en', 'article'],
    ['https://v.daum.net/v/20230419153004832', 'daum', 'article'],
    ['https://news.daum.net/', 'daum', 'non-article'],
    ['https://n.news.naver.com/mnews/article/001/0013912345', 'naver', 'article'],
    ['https://www.donga.com/news/Politics/article/all/20240101/123456789/1', 'donga', 'article'],
    ['https://www.chosun.com/national/', 'chosun', 'non-article'],
  ])('%s → %s %s', (url, id, kind) => {
    const rule = findSiteRule(url);
    expect(rule?.id).toBe(id);
    expect(classifySitePath(rule!, url)).toBe(kind);
  });

  it('knows no rule for other hosts or bad URLs', () => {
    expect(findSiteRule('https://www.nytimes.com/2024/01/01/world/x.html')).toBeUndefined();
    expect(findSiteRule('https://evil-yna.co.kr/view/AKR20260106123400001')).toBeUndefined();
    expect(findSiteRule('not a url')).toBeUndefined();
  });
});

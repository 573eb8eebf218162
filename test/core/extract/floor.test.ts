/**
 * The floor (src/core/extract/floor.ts): Lede never shows less than Readability. When a site rule,
 * the cleanup or the declared body leaves nothing or much less than Readability's own result, the
 * page still reads, from Readability's result, and `fallback` names the step. Real pages, with
 * rules broken the ways real rules break (a changed layout, a selector that removes the story, a
 * malformed selector).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../src/core/extract';
import { MIN_SHARE_OF_READABILITY } from '../../../src/core/extract/floor';
import { pageAddress } from '../../../src/core/page-address';
import { findSiteRule } from '../../../src/core/sites';
import type { SiteRule } from '../../../src/core/sites/site-rule';
import { CORPUS_DIR, corpusPageDocument, corpusPages, norm, parseHtml } from '../../helpers/corpus';

const page = (file: string) => corpusPages().find((p) => p.file === file)!;
const yna = page('yna-en-2.html');
const ynaRule = findSiteRule(yna.url)!;

function readWith(rule: SiteRule) {
  return extractPage(corpusPageDocument(yna), { ...pageAddress(yna.url), rule });
}

describe('the floor on a real page whose site rule went wrong', () => {
  it('a body selector that now finds the headline (an older layout): Readability\'s result, fallback "site-rule"', () => {
    const { article, fallback } = readWith({ ...ynaRule, bodySelector: 'h1' });
    expect(fallback).toBe('site-rule');
    expect(norm(article!.textContent)).toContain(norm(yna.firstSentence));
    expect(norm(article!.textContent)).toContain(norm(yna.lastSentence));
  });

  it('chrome selectors that remove the story itself: Readability\'s result, fallback "site-rule"', () => {
    const { article, fallback } = readWith({ ...ynaRule, bodySelector: undefined, removeSelectors: ['p', 'div'] });
    expect(fallback).toBe('site-rule');
    expect(norm(article!.textContent)).toContain(norm(yna.firstSentence));
  });

  it('a malformed selector throws inside the rule: the page still reads, fallback "site-rule"', () => {
    const { article, fallback } = readWith({ ...ynaRule, bodySelector: undefined, removeSelectors: ['div:not(.a'] });
    expect(fallback).toBe('site-rule');
    expect(norm(article!.textContent)).toContain(norm(yna.firstSentence));
  });

  it('the rule as shipped takes no fallback', () => {
    const { article, fallback } = readWith(ynaRule);
    expect(fallback).toBeNull();
    expect(norm(article!.textContent)).toContain(norm(yna.firstSentence));
  });
});

describe('the floor keeps Lede\'s body when Readability\'s is not better', () => {
  it('SBS video page: the site rule\'s two-sentence caption stays; Readability\'s related-video list is no article', () => {
    const sbs = page('sbs-1.html');
    const { article, fallback } = extractPage(corpusPageDocument(sbs), sbs.url);
    expect(fallback).toBeNull();
    expect(norm(article!.textContent)).toContain(norm(sbs.firstSentence));
    expect(article!.textContent.length).toBeLessThan(400);
  });

  it('no corpus article falls back: a site rule that falls back on its own site is a rule to fix', () => {
    for (const entry of corpusPages().filter((p) => p.isArticle)) {
      const { fallback } = extractPage(corpusPageDocument(entry), entry.url);
      expect(fallback, entry.file).toBeNull();
    }
  }, 120_000);
});

describe('POLITICO Europe: a story split over four containers named like a sidebar', () => {
  const dir = path.join(CORPUS_DIR, 'news-world-dev');
  const entry = (JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')).pages as { file: string; url: string; paragraphs: string[] }[])
    .find((p) => p.file.startsWith('be-PoliticoEu'))!;
  const html = fs.readFileSync(path.join(dir, 'html', entry.file), 'utf8');

  it('reads the whole story (the cleanup judged each "sidebar-grid__container" alone and emptied the page)', () => {
    const { article, fallback } = extractPage(parseHtml(html, entry.url), entry.url);
    expect(fallback).toBeNull();
    const text = norm(article!.textContent);
    expect(text).toContain(norm(entry.paragraphs[0]));
    expect(text).toContain(norm(entry.paragraphs[entry.paragraphs.length - 1]));
    expect(text.length).toBeGreaterThan(4000 * MIN_SHARE_OF_READABILITY);
  });
});

/**
 * The whole core pipeline on hostile article pages (every vector planted in every place the
 * extractor reads): the page is still detected and extracted, metadata comes back as plain text,
 * the sanitized body is inert, and the caller's document is left untouched.
 */
import { describe, expect, it } from 'vitest';
import { safeImageUrl } from '../../../src/core/sanitize';
import { findUnsafeMarkup } from '../../fixtures/hostile/dom-check';
import {
  CANARY_HOST, HOSTILE_ARTICLE, HOSTILE_PLACEMENTS, HOSTILE_VECTORS, hostilePage, type HostilePlacement, type VectorFamily,
} from '../../fixtures/hostile';
import { documentFor, nonPlainFields, renderedRoot, runPipeline } from './pipeline';

const PAGE_URL = HOSTILE_ARTICLE.url;
const families = [...new Set(HOSTILE_VECTORS.map((v) => v.family))] as VectorFamily[];

const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};

function checkHostilePage(html: string): void {
  const doc = documentFor(html, 'text/html; charset=utf-8', PAGE_URL);
  const before = doc.documentElement.outerHTML;
  // The subject here is what comes out, not speed: a generous time budget, so a loaded machine does
  // not turn the deep-nesting vector (planted ten times) into a budget stop. Budgets: bad-inputs.test.ts.
  const result = runPipeline(doc, PAGE_URL, { maxMs: 60_000 });
  expect(doc.documentElement.outerHTML, 'the page itself is not modified').toBe(before);

  expect(result.detection.isArticle).toBe(true);
  expect(result.budgetError).toBeNull();
  const article = result.article!;
  expect(article).not.toBeNull();
  expect(nonPlainFields(article)).toEqual([]);
  expect(article.textContent).toContain(HOSTILE_ARTICLE.firstSentence);
  expect(article.textContent).toContain(HOSTILE_ARTICLE.lastSentence);
  if (article.leadImage) expect(safeImageUrl(article.leadImage.src), `lead image ${article.leadImage.src}`).not.toBeNull();
  // Canary URLs are only ever loaded by something that should not load at all (see canary.ts).
  if (article.leadImage) expect(hostOf(article.leadImage.src)).not.toBe(CANARY_HOST);

  const root = renderedRoot(result.sanitizedHtml!);
  expect(findUnsafeMarkup(root)).toEqual([]);
  for (const img of root.querySelectorAll('img, source')) {
    const urls = [img.getAttribute('src') ?? '', ...(img.getAttribute('srcset') ?? '').split(/,\s+/).map((c) => c.split(/\s+/)[0])];
    for (const u of urls.filter(Boolean)) expect(hostOf(u), u).not.toBe(CANARY_HOST);
  }
  expect(root.textContent).toContain(HOSTILE_ARTICLE.firstSentence);
  for (const fact of result.keyFacts) expect(article.textContent).toContain(fact.text);
}

describe('hostile pages through detect → extract → sanitize', () => {
  it.each(HOSTILE_PLACEMENTS.map((p) => [p] as [HostilePlacement]))('all vectors in %s', (placement) => {
    checkHostilePage(hostilePage([...HOSTILE_VECTORS], placement));
  }, 60_000);

  it.each(families.map((f) => [f] as [VectorFamily]))('%s vectors everywhere', (family) => {
    checkHostilePage(hostilePage(HOSTILE_VECTORS.filter((v) => v.family === family)));
  }, 60_000);

  it('all vectors everywhere at once', () => {
    checkHostilePage(hostilePage([...HOSTILE_VECTORS]));
  }, 120_000);
});

/**
 * Bad inputs through the whole core pipeline: each one finishes (the per-test timeout is only a
 * hang guard, not a speed assertion), throws nothing but the documented ExtractionBudgetError, and
 * whatever comes out is plain metadata plus inert HTML.
 */
import { describe, expect, it } from 'vitest';
import { findUnsafeMarkup } from '../../fixtures/hostile/dom-check';
import { BAD_INPUTS, CLOBBERED_NAMES } from '../../fixtures/bad-inputs';
import { KOREAN_ARTICLE } from '../../fixtures/bad-inputs/text';
import { documentFor, nonPlainFields, renderedRoot, runPipeline } from './pipeline';

const HANG_GUARD_MS = 60_000;
const OVER_BUDGET = ['sixty-thousand-paragraphs', 'deep-nesting'];

describe.each(BAD_INPUTS.map((b) => [b.id, b] as const))('bad input %s', (_id, input) => {
  it('finishes with a clear result and nothing unsafe', () => {
    const doc = documentFor(input.body, input.contentType, input.url);
    const result = runPipeline(doc, input.url);
    expect(typeof result.detection.isArticle).toBe('boolean');
    expect(result.detection.confidence).toBeGreaterThanOrEqual(0);
    expect(result.detection.confidence).toBeLessThanOrEqual(1);
    if (input.expectArticle !== null) expect(result.detection.isArticle, result.detection.reasons.join(', ')).toBe(input.expectArticle);
    if (result.budgetError) expect(result.article).toBeNull();
    // Far past the element (40,000) and depth budgets: the documented stop, not a hang or a crash.
    if (OVER_BUDGET.includes(input.id)) expect(result.budgetError?.name).toBe('ExtractionBudgetError');
    if (result.article) {
      expect(nonPlainFields(result.article)).toEqual([]);
      expect(findUnsafeMarkup(renderedRoot(result.sanitizedHtml!))).toEqual([]);
    }
  }, HANG_GUARD_MS);
});

describe('specific bad inputs', () => {
  const get = (id: string) => BAD_INPUTS.find((b) => b.id === id)!;

  it('regenerates bodies lazily (a fresh value on each read) and has every input listed in the issue', () => {
    const ids = BAD_INPUTS.map((b) => b.id);
    for (const id of ['empty', 'whitespace-only', 'huge-paragraph', 'sixty-thousand-paragraphs', 'deep-nesting', 'frameset', 'svg-document',
      'xml-document', 'json-document', 'plain-text', 'body-replaced-after-load', 'five-hundred-articles', 'euc-kr', 'clobbering-form']) {
      expect(ids).toContain(id);
    }
    expect(get('euc-kr').body).not.toBe(get('euc-kr').body);
    expect((get('huge-paragraph').body as string).length).toBeGreaterThan(5 * 1024 * 1024);
  });

  it('EUC-KR bytes decode (by <meta charset>) to the Korean article, which is extracted as Korean', () => {
    const input = get('euc-kr');
    const bytes = input.body as Uint8Array;
    expect(new TextDecoder('euc-kr').decode(bytes)).toContain(KOREAN_ARTICLE.paragraphs[0]);
    const result = runPipeline(documentFor(bytes, input.contentType, input.url), input.url);
    expect(result.article?.title).toBe(KOREAN_ARTICLE.title);
    expect(result.article?.lang).toBe('ko');
    expect(result.article?.textContent).toContain(KOREAN_ARTICLE.paragraphs[4]);
  }, HANG_GUARD_MS);

  it('the clobbering form page is extracted, and its form really clobbers (so the test means something)', () => {
    const input = get('clobbering-form');
    const doc = documentFor(input.body, input.contentType, input.url);
    const form = doc.forms.namedItem('aspnetForm')!;
    const clobbered = CLOBBERED_NAMES.filter((name) => (form as unknown as Record<string, unknown>)[name] instanceof doc.defaultView!.HTMLInputElement);
    expect(clobbered.length).toBeGreaterThan(0);
    const result = runPipeline(doc, input.url);
    expect(result.article?.textContent).toContain('Container cranes at the city harbor moved again on Friday morning');
  }, HANG_GUARD_MS);
});

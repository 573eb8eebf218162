/**
 * Pages whose live DOM, serialized as Lede's snapshot, parses into something else in the extension
 * page (SNAPSHOT_MUTATIONS, captured from Chromium). Found by the real-Chromium hostile run: the
 * extractor threw a TypeError (tail cleanup read blocks[-1] when Readability's content had no text
 * blocks) instead of giving a clear state.
 */
import { describe, expect, it } from 'vitest';
import { findUnsafeMarkup } from '../../fixtures/hostile/dom-check';
import { HOSTILE_ARTICLE, SNAPSHOT_MUTATIONS, hostilePage } from '../../fixtures/hostile';
import { documentFor, renderedRoot, runPipeline } from './pipeline';

describe.each(SNAPSHOT_MUTATIONS.map((m) => [m.id, m] as const))('snapshot mutation %s', (id, mutation) => {
  it('gives a clear result (article or none), never a crash, and nothing unsafe', () => {
    const snapshot = hostilePage([{ id, family: 'mxss', observe: 'static', html: mutation.live }], mutation.placement);
    const result = runPipeline(documentFor(snapshot, 'text/html', HOSTILE_ARTICLE.url), HOSTILE_ARTICLE.url, { maxMs: 60_000 });
    expect(result.detection.isArticle).toBe(true);
    if (result.sanitizedHtml) expect(findUnsafeMarkup(renderedRoot(result.sanitizedHtml))).toEqual([]);
  }, 60_000);
});

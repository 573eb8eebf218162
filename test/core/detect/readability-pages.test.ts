import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/core/detect';
import { READABILITY_TEST_URL, parseHtml, readabilityTestPages } from '../../helpers/corpus';

/**
 * Pages where our detection deliberately differs from Readability's `readerable`, with why.
 * Empty today: the Hangul weighting, the teaser/list rules and the structured-data signals
 * change no verdict on these pages. Add an entry only with a reason.
 */
const DELIBERATE_DIFFERENCES: Record<string, string> = {};

describe('detectArticle agrees with readerable on Readability test pages', () => {
  it.each(readabilityTestPages().map((p) => [p.slug, p] as const))('%s', (slug, page) => {
    const detection = detectArticle(parseHtml(page.sourceHtml, READABILITY_TEST_URL), READABILITY_TEST_URL);
    const expected = slug in DELIBERATE_DIFFERENCES ? !page.metadata.readerable : page.metadata.readerable;
    expect(detection.isArticle).toBe(expected);
    expect(detection.kind === 'none').toBe(!expected);
    expect(detection.site).toBeUndefined();
  });
});

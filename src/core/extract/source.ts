/**
 * The page as both extraction paths read it: budget checked, a working copy with DOM clobbering
 * neutralised, metadata read from the intact copy, lazy images resolved and captions marked.
 * These steps only add (image sources, figure markup): none of them removes text, so Readability's
 * own result on the source is Readability's result on the page.
 */
import type { SiteRule } from '../sites/site-rule';
import type { PageAddress } from '../page-address';
import { BudgetClock, DEFAULT_MAX_DEPTH, DEFAULT_MAX_ELEMENTS, DEFAULT_MAX_MS, type ExtractionOptions } from './budget';
import { markCaptions } from './captions';
import { resolveLazyImages } from './lazy-images';
import { readMetadata, type PageMetadata } from './metadata';
import { assertWithinBudget, workingCopy } from './prepare';

export interface Source {
  url: string;
  address: PageAddress;
  rule: SiteRule | undefined;
  /** The working copy; Readability's pass consumes it. */
  work: Document;
  meta: PageMetadata;
  maxElements: number;
  clock: BudgetClock;
  /** Whether landmarks outside the prose are removed before Readability reads (landmarks.ts). */
  pruneLandmarks: boolean;
}

/**
 * Throws ExtractionBudgetError when the page exceeds `options.maxElements` / `maxDepth`.
 * `doc` is not changed unless `options.disposable`.
 */
export function prepareSource(doc: Document, address: PageAddress, options: ExtractionOptions = {}): Source {
  const { url, rule } = address;
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  const clock = new BudgetClock(options.maxMs ?? DEFAULT_MAX_MS);
  assertWithinBudget(doc, maxElements, options.maxDepth ?? DEFAULT_MAX_DEPTH);
  const work = workingCopy(doc, options.disposable === true);
  clock.check('cloning');
  const meta = readMetadata(work, address);
  resolveLazyImages(work);
  markCaptions(work);
  clock.check('preparing');
  return { url, address, rule, work, meta, maxElements, clock, pruneLandmarks: options.pruneLandmarks === true };
}

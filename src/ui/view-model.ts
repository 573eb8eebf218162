/**
 * What the view renders: the pipeline's result (src/core/pipeline.ts `readArticle`) plus where it
 * came from. Declared structurally here so the renderers stay pure and testable with fixtures.
 */
import type { Article, Detection, Glance, KeyFact } from '../core/types';

export interface ReadResultLike {
  detection: Detection;
  article: Article | null;
  keyFacts: KeyFact[];
  glance: Glance | null;
  /** What to show (src/core/pipeline.ts): decided from the extracted body; absent on results made without the pipeline. */
  view?: 'article' | 'no-article';
  /** Milliseconds per step (src/core/pipeline.ts), when the pipeline measured them. */
  timings?: { detectMs: number; extractMs: number; keyFactsMs: number };
}

/** Turns untrusted article HTML into a sanitized fragment owned by `doc` (src/core/sanitize). */
export type FragmentSanitizer = (html: string, doc: Document) => DocumentFragment;

export type ViewMode = 'popup' | 'reader' | 'overlay';

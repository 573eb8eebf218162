/**
 * Runs the core pipeline (`readArticle`, src/core/pipeline.ts) over our own parse of a snapshot.
 * `force` ("show anyway") shows what was extracted even when the body reads as no article.
 */
import { readArticle } from '../core/pipeline';
import { unclobber } from './unclobber';
import type { ReadResultLike } from './view-model';

/**
 * The reading view must reach a clear state within 5 s of the click (issue 4), and the snapshot and
 * parse come first: the extractor gets what is left of that, checked between its phases.
 */
const EXTRACTION_MAX_MS = 3_500;

export function readPage(doc: Document, url: string, force: boolean, maxMs = EXTRACTION_MAX_MS): ReadResultLike {
  // `doc` is our own parse of the snapshot, so it may be changed (see unclobber.ts for why).
  unclobber(doc);
  // The parse is thrown away after this, so the extractor may work on it directly (no deep copy).
  return readArticle(doc, url, { force, disposable: true, maxMs });
}

/**
 * Runs the core over a parsed snapshot for the views. `force` ("show anyway") extracts even when
 * detection says the page is not an article.
 *
 * TODO(pipeline): switch to `readArticle(doc, url)` from src/core/pipeline.ts once it lands; this
 * composes the same steps (detect → extract → key facts + glance) meanwhile.
 */
import { detectArticle } from '../core/detect';
import { extractArticle } from '../core/extract';
import { unclobber } from './unclobber';
import { atAGlance, keyFacts } from '../core/keyfacts';
import type { ReadResultLike } from './view-model';

export function readPage(doc: Document, url: string, force: boolean): ReadResultLike {
  // `doc` is our own parse of the snapshot, so it may be changed (see unclobber.ts for why).
  unclobber(doc);
  const detection = detectArticle(doc, url);
  // Our parse is thrown away after this, so the extractor may work on it directly (no deep copy).
  // Extraction runs at most once per parse: a second read only happens when the first didn't extract.
  const article = detection.isArticle || force ? extractArticle(doc, url, { disposable: true }) : null;
  if (!article) return { detection, article: null, keyFacts: [], glance: null };
  const input = { title: article.title, textContent: article.textContent, lang: article.lang, publishedTime: article.publishedTime };
  return { detection, article, keyFacts: keyFacts(input), glance: atAGlance(input) };
}

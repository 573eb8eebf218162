/**
 * JSON-LD `articleBody` as a hint. When the page declares the article text and Readability's
 * pick covers little of it (a wrong or partial container), or found nothing at all, the declared
 * text is used instead. Cheap: word sets, and only on pages that declare a body.
 */

/** Declared bodies shorter than this are teasers, not the article. */
const MIN_DECLARED_CHARS = 400;
/** Below this share of the declared body's words, our extraction missed the article. */
const MIN_COVERAGE = 0.5;

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Share of the distinct words of `declared` that occur in `extracted`. */
export function coverage(declared: string, extracted: string): number {
  const have = new Set(wordsOf(extracted));
  const want = new Set(wordsOf(declared));
  if (!want.size) return 1;
  let hit = 0;
  for (const w of want) if (have.has(w)) hit++;
  return hit / want.size;
}

/** Paragraphs of a declared body (blank lines or single newlines separate them). */
export function declaredParagraphs(body: string): string[] {
  return body.split(/\n\s*\n|\r?\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** True when the declared body should replace what was extracted. */
export function preferDeclaredBody(declared: string | null | undefined, extracted: string): declared is string {
  if (!declared || declared.length < MIN_DECLARED_CHARS) return false;
  return coverage(declared, extracted) < MIN_COVERAGE;
}

/** Article HTML for declared paragraphs, built with DOM text nodes (never parsed as HTML). */
export function paragraphsElement(doc: Document, paragraphs: string[]): Element {
  const root = doc.createElement('div');
  for (const text of paragraphs) {
    const p = doc.createElement('p');
    p.textContent = text;
    root.appendChild(p);
  }
  return root;
}

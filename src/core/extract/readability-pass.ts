/**
 * Readability's own result on a document, kept as a live element (not serialized HTML) with
 * class names kept, since the cleanup reads them as boilerplate signals and then drops them.
 */
import { Readability } from '@mozilla/readability';

export interface ReadabilityPass {
  content: Element | null;
  title: string | null;
  byline: string | null;
  excerpt: string | null;
  siteName: string | null;
  lang: string | null;
}

export function readabilityPass(doc: Document, maxElements: number): ReadabilityPass {
  const parsed = new Readability<Element>(doc, {
    maxElemsToParse: maxElements,
    keepClasses: true,
    serializer: (node) => node as Element,
  }).parse();
  return {
    content: parsed?.content ?? null,
    title: parsed?.title ?? null,
    byline: parsed?.byline ?? null,
    excerpt: parsed?.excerpt ?? null,
    siteName: parsed?.siteName ?? null,
    lang: parsed?.lang ?? null,
  };
}

/** Moving the reader to a sentence or phrase in the article body. */
import { highlightSentence } from './highlight';

function prefersReducedMotion(doc: Document): boolean {
  return doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * Highlights `text` in `body`, scrolls it into view and moves focus to it (like a skip link, so
 * screen readers and keyboard users continue from there). Returns false when it isn't found.
 */
export function jumpToText(body: HTMLElement, text: string): boolean {
  const marks = highlightSentence(body, text);
  const first = marks[0];
  if (!first) return false;
  first.setAttribute('tabindex', '-1');
  first.scrollIntoView?.({ block: 'center', behavior: prefersReducedMotion(body.ownerDocument) ? 'auto' : 'smooth' });
  first.focus({ preventScroll: true });
  return true;
}

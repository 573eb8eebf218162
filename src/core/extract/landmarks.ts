/**
 * Page landmarks Readability need not walk. Readability's time grows with the tree it walks and
 * scores; on news pages much of that tree is navigation, footers and side columns whose text it
 * drops in the end. Those outside the element that holds the page's prose are removed before it
 * reads; none inside that element or around it is touched, so the story and what frames it
 * (headline, byline, pull quotes in an <aside> of the body) stay.
 *
 * Checked page by page on the dev sets (scripts/bench/landmark-pruning.ts): body recall with
 * pruning against without, the byline, and the time. Off by default (ExtractionOptions): it lost no
 * recall on any dev page, but saved no time either, in jsdom (×0.98–1.08 of Lede's time without it)
 * or in Chromium (×0.97–1.00), because Readability already drops most of these subtrees unread
 * (their class names and roles mark them as unlikely) and finding them costs about what it saves.
 * Headers and landmarks holding a byline are never removed: Readability reads its byline there.
 */
import { elementsByTag } from '../dom';

const LANDMARKS = 'nav, footer, aside, [role="navigation"], [role="contentinfo"], [role="complementary"], [role="search"]';
/**
 * What Readability takes for a byline (rel / itemprop author, or a class or id naming a byline):
 * it reads the first one in the page, wherever it is, so a landmark holding one stays
 * (Salon prints its author in an <aside> beside the story).
 */
const BYLINE = ['rel="author"', 'itemprop*="author"', ...['byline', 'author', 'dateline', 'writtenby'].flatMap((w) => [`class*="${w}" i`, `id*="${w}" i`])]
  .map((a) => `[${a}]`).join(', ');
/** The prose holder must hold this share of the page's paragraph text. */
const HOLDER_SHARE = 0.95;
/** Pages with less paragraph text than this are left whole: little to gain, more to lose. */
const MIN_PAGE_PROSE = 1000;

/**
 * The deepest element under `body` holding HOLDER_SHARE of the page's paragraph text, or null
 * when the page has little paragraph text or no such element.
 */
export function proseHolder(body: Element): Element | null {
  const held = new Map<Element, number>();
  let total = 0;
  for (const p of elementsByTag(body, 'p')) {
    const chars = p.textContent?.length ?? 0;
    if (!chars) continue;
    total += chars;
    for (let el: Element | null = p.parentElement; el && el !== body; el = el.parentElement) held.set(el, (held.get(el) ?? 0) + chars);
  }
  if (total < MIN_PAGE_PROSE) return null;
  let holder: Element | null = null;
  for (let parent: Element = body; ;) {
    let next: Element | null = null;
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if ((held.get(child) ?? 0) >= total * HOLDER_SHARE) { next = child; break; }
    }
    if (!next) return holder;
    holder = next;
    parent = next;
  }
}

/** Removes the landmarks of `doc` outside its prose holder. Returns how many elements went. */
export function pruneLandmarks(doc: Document): number {
  const body = doc.body;
  const holder = body ? proseHolder(body) : null;
  if (!body || !holder) return 0;
  let removed = 0;
  for (const el of Array.from(body.querySelectorAll(LANDMARKS))) {
    if (!el.isConnected || el.contains(holder) || holder.contains(el) || el.matches(BYLINE) || el.querySelector(BYLINE)) continue;
    removed += 1 + el.getElementsByTagName('*').length;
    el.remove();
  }
  return removed;
}

/**
 * Reading live DOM collections without quadratic cost. In jsdom an HTMLCollection is a proxy
 * that looks up every non-index property (`length`, `item`, the iterator's own reads of
 * `length`) as a possible element name, scanning the collection each time: `Array.from()` or
 * `for…of` over `getElementsByTagName('*')` costs O(n²) (2.4 s against 21 ms by index on 20 real
 * pages). Indexing alone reads the cached list. Browsers are fast either way.
 */

/** The items of a live collection (at most `max`), read by index only. */
export function itemsOf<T extends Element>(list: HTMLCollectionOf<T> | undefined, max = Infinity): T[] {
  const out: T[] = [];
  if (!list) return out;
  for (let i = 0; i < max; i++) {
    const el = list[i];
    if (!el) break;
    out.push(el);
  }
  return out;
}

/** The `tag` elements under `root` (document or element) in document order, as an array. */
export const elementsByTag = (root: Document | Element, tag: string, max = Infinity): Element[] => itemsOf(root.getElementsByTagName(tag), max);

/**
 * The first `max` items of a live collection, read by index only: in jsdom, `.length` and
 * `.item()` re-run the whole-document query on every call (milliseconds on big pages), while
 * indexing reads the cached list. In browsers both are cheap.
 */
export function firstItems<T extends Element>(list: HTMLCollectionOf<T> | undefined, max: number): T[] {
  const out: T[] = [];
  if (!list) return out;
  for (let i = 0; i < max; i++) {
    const el = list[i];
    if (!el) break;
    out.push(el);
  }
  return out;
}

/** True when `root` has at least one descendant `tag` element (cheap in jsdom, see firstItems). */
export const hasDescendant = (root: Element, tag: string): boolean => !!root.getElementsByTagName(tag)[0];

/**
 * DOM reading helpers for detection. Live collections are read by index only (see src/core/dom.ts
 * for why: in jsdom `.length` and iteration scan the collection on every read).
 */
export { itemsOf as firstItems } from '../dom';

/** True when `root` has at least one descendant `tag` element (cheap in jsdom, see src/core/dom.ts). */
export const hasDescendant = (root: Element, tag: string): boolean => !!root.getElementsByTagName(tag)[0];

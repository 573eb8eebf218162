import { elementsByTag } from '../../dom';

/** `<meta>` values by lower-cased name/property (first occurrence wins). */
export function readMeta(doc: Document): Map<string, string> {
  const meta = new Map<string, string>();
  // getElementsByTagName read by index: jsdom's querySelectorAll costs ~10 ms a page, this far less.
  for (const el of elementsByTag(doc, 'meta')) {
    const content = (el.getAttribute('content') ?? '').trim();
    if (!content) continue;
    for (const key of [el.getAttribute('property'), el.getAttribute('name'), el.getAttribute('itemprop')]) {
      const k = key?.trim().toLowerCase();
      if (k && !meta.has(k)) meta.set(k, content);
    }
  }
  return meta;
}

/** First non-empty meta value among `keys`. */
export function firstMeta(meta: Map<string, string>, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = meta.get(key);
    if (value) return value;
  }
  return null;
}

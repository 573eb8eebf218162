/**
 * Caption handling. Before parsing, caption-like elements next to an image become
 * <figure>/<figcaption>, so Readability keeps them as captions and we can leave them out of
 * `textContent`. After parsing, body blocks that repeat a caption (pages that print the caption
 * twice, or as image alt text plus visible text) are removed.
 */
import { squash } from './metadata/entities';

const CAPTION_SELECTOR = [
  '[class*="caption" i]', '[id*="caption" i]', '[class*="img_desc" i]', '[class*="img-desc" i]', '[class*="photo_desc" i]',
  '[class*="photo-desc" i]', '[class*="txt-desc" i]', '[class*="desc-con" i]', '[class*="img_txt" i]', '[class*="photo_txt" i]',
  '[class*="wp-caption-text" i]', '[class*="image-credit" i]',
].join(', ');

const MAX_CAPTION_CHARS = 400;

function rename(el: Element, tag: string): Element {
  const doc = el.ownerDocument;
  const replacement = doc.createElement(tag);
  for (const attr of Array.from(el.attributes)) replacement.setAttribute(attr.name, attr.value);
  while (el.firstChild) replacement.appendChild(el.firstChild);
  el.replaceWith(replacement);
  return replacement;
}

/** Marks caption-like elements near an image as figcaption (inside a figure). Returns how many. */
export function markCaptions(doc: Document): number {
  let marked = 0;
  for (const el of Array.from(doc.querySelectorAll(CAPTION_SELECTOR))) {
    if (!el.isConnected || el.closest('figcaption') || el.tagName === 'FIGCAPTION' || el.tagName === 'IMG') continue;
    if (el.querySelector('img, p p, div div div') || /^(BODY|HTML|ARTICLE|MAIN|SECTION)$/.test(el.tagName)) continue;
    const text = squash(el.textContent);
    if (!text || text.length > MAX_CAPTION_CHARS) continue;
    const holder = el.parentElement;
    const figureHolder = holder && (holder.querySelector('img, picture, video') ? holder : holder.parentElement?.querySelector('img, picture') ? holder.parentElement : null);
    if (!figureHolder) continue;
    rename(el, 'figcaption');
    if (!figureHolder.closest('figure') && squash(figureHolder.textContent).length <= text.length + 40 && figureHolder.tagName !== 'BODY') {
      rename(figureHolder, 'figure');
    }
    marked++;
  }
  return marked;
}

/** Texts of captions and image alt texts in `root`, normalized, for duplicate detection. */
export function captionTexts(root: Element): Set<string> {
  const texts = new Set<string>();
  for (const el of Array.from(root.querySelectorAll('figcaption'))) {
    const t = squash(el.textContent);
    if (t.length >= 15) texts.add(t);
  }
  for (const img of Array.from(root.querySelectorAll('img[alt]'))) {
    const t = squash(img.getAttribute('alt'));
    if (t.length >= 15) texts.add(t);
  }
  return texts;
}

/**
 * Caption handling. Before parsing, caption-like elements next to an image become
 * <figure>/<figcaption>, so Readability keeps them as captions and we can leave them out of
 * `textContent`. After parsing, body blocks that repeat a caption (pages that print the caption
 * twice, or as image alt text plus visible text) are removed.
 */
import { squash } from './metadata/entities';

/** Class/id words of caption elements (caption, img_desc, photo-txt, desc-con, wp-caption-text…). */
const CAPTION_NAME = /caption|img[-_]?(desc|txt|text|info)|photo[-_]?(desc|txt|text|info)|txt[-_]desc|desc[-_]con|image[-_]credit|pic[-_]?(desc|txt)/i;
const MAX_CAPTION_CHARS = 400;
/** How far up from an image a caption container is looked for. */
const MAX_HOLDER_DEPTH = 3;

function rename(el: Element, tag: string): Element {
  const doc = el.ownerDocument;
  const replacement = doc.createElement(tag);
  for (const attr of Array.from(el.attributes)) replacement.setAttribute(attr.name, attr.value);
  while (el.firstChild) replacement.appendChild(el.firstChild);
  el.replaceWith(replacement);
  return replacement;
}

/** A child of `holder` (not containing the image) named like a caption, with caption-sized text. */
function captionChild(holder: Element, img: Element): Element | null {
  for (const child of Array.from(holder.children)) {
    if (child === img || child.contains(img)) continue;
    const name = `${child.getAttribute('class') ?? ''} ${child.id}`;
    if (!CAPTION_NAME.test(name) || child.querySelector('img')) continue;
    const length = squash(child.textContent).length;
    if (length && length <= MAX_CAPTION_CHARS) return child;
  }
  return null;
}

/**
 * Marks caption-like elements next to an image as <figcaption>, and their holder as <figure>
 * when it holds little else. Looks outward from each image, so cost follows the image count.
 */
export function markCaptions(doc: Document): number {
  let marked = 0;
  for (const img of Array.from(doc.getElementsByTagName('img')).slice(0, 300)) {
    if (!img.isConnected || img.closest('figure')?.querySelector('figcaption')) continue;
    let holder = img.parentElement;
    for (let depth = 0; holder && depth < MAX_HOLDER_DEPTH && !/^(BODY|HTML|ARTICLE|MAIN)$/.test(holder.tagName); depth++, holder = holder.parentElement) {
      const caption = captionChild(holder, img);
      if (!caption) continue;
      const text = squash(caption.textContent);
      rename(caption, 'figcaption');
      if (holder.tagName !== 'FIGURE' && squash(holder.textContent).length <= text.length + 40) rename(holder, 'figure');
      marked++;
      break;
    }
  }
  return marked;
}

/** Texts of captions and image alt texts in `root`, normalized, for duplicate detection. */
export function captionTexts(root: Element): Set<string> {
  const texts = new Set<string>();
  for (const el of Array.from(root.getElementsByTagName('figcaption'))) {
    const t = squash(el.textContent);
    if (t.length >= 15) texts.add(t);
  }
  for (const img of Array.from(root.getElementsByTagName('img'))) {
    const t = squash(img.getAttribute('alt'));
    if (t.length >= 15) texts.add(t);
  }
  return texts;
}

/**
 * Caption handling. Before parsing, caption-like elements next to an image become
 * <figure>/<figcaption>, so Readability keeps them as captions and we can leave them out of
 * `textContent`. After parsing, body blocks that repeat a caption (pages that print the caption
 * twice, or as image alt text plus visible text) are removed.
 */
import { squash } from './metadata/entities';
import { elementsByTag } from '../dom';

/** Class/id words of caption elements (caption, img_desc, photo-txt, desc-con, wp-caption-text…). */
const CAPTION_NAME = /caption|img[-_]?(desc|txt|text|info)|photo[-_]?(desc|txt|text|info)|txt[-_]desc|desc[-_]con|image[-_]credit|pic[-_]?(desc|txt)/i;
const MAX_CAPTION_CHARS = 400;
/** How far up from an image a caption container is looked for. */
const MAX_HOLDER_DEPTH = 4;
/** Wrappers bigger than this are layout, not a figure. */
const MAX_HOLDER_ELEMENTS = 40;
const MAX_IMAGES = 300;
/** Text a figure wrapper may hold beyond its caption (a credit, a "zoom" button label). */
const WRAPPER_EXTRA_CHARS = 15;

function rename(el: Element, tag: string): Element {
  const doc = el.ownerDocument;
  const replacement = doc.createElement(tag);
  for (const attr of Array.from(el.attributes)) replacement.setAttribute(attr.name, attr.value);
  while (el.firstChild) replacement.appendChild(el.firstChild);
  el.replaceWith(replacement);
  return replacement;
}

/**
 * The elements inside `holder` in document order, leaving out `inner` (the holder one level down,
 * which holds `innerCount` elements already looked at) and its subtree; null when the holder has
 * more than MAX_HOLDER_ELEMENTS elements in all (a layout wrapper, not a figure). A child-pointer
 * walk: live collections cost a named-property scan on every access in jsdom.
 */
function holderElements(holder: Element, inner: Element | null, innerCount: number): Element[] | null {
  const out: Element[] = [];
  let total = 0;
  const visit = (el: Element): boolean => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (child === inner) {
        total += 1 + innerCount;
        if (total > MAX_HOLDER_ELEMENTS) return false;
        continue;
      }
      out.push(child);
      if (++total > MAX_HOLDER_ELEMENTS || !visit(child)) return false;
    }
    return true;
  };
  return visit(holder) ? out : null;
}

/** Among a holder's `elements`, one (not containing the image) named like a caption, with caption-sized text. */
function captionIn(elements: Element[], img: Element): Element | null {
  for (const el of elements) {
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!CAPTION_NAME.test(name) || el === img || el.contains(img) || el.getElementsByTagName('img').length) continue;
    const length = squash(el.textContent).length;
    if (length && length <= MAX_CAPTION_CHARS) return el;
  }
  return null;
}

/**
 * Marks caption-like elements near an image as captions. When image and caption sit in a small
 * wrapper of their own (a div, a layout table), the wrapper becomes `<figure><img><figcaption>`;
 * otherwise the caption element alone becomes a <figcaption>. Looks outward from each image, so
 * the cost follows the image count.
 */
export function markCaptions(doc: Document): number {
  let marked = 0;
  for (const img of elementsByTag(doc, 'img', MAX_IMAGES)) {
    if (!img.parentElement || img.closest('figure')?.getElementsByTagName('figcaption').length) continue;
    let holder: Element | null = img.parentElement;
    // The holder one level down and its element count: none of its elements is a caption for this
    // image (the test does not depend on the holder), and it contains the image itself.
    let inner: Element | null = null;
    let innerCount = 0;
    for (let depth = 0; holder && depth < MAX_HOLDER_DEPTH && !/^(BODY|HTML|ARTICLE|MAIN)$/.test(holder.tagName); depth++, holder = holder.parentElement) {
      const elements = holderElements(holder, inner, innerCount);
      if (!elements) break; // a layout wrapper; every holder further up holds more elements still
      const caption = captionIn(elements, img);
      if (!caption) {
        innerCount = elements.length + (inner ? 1 + innerCount : 0);
        inner = holder;
        continue;
      }
      const text = squash(caption.textContent);
      // The outermost wrapper that holds little more than image and caption becomes the figure.
      let wrapper: Element | null = null;
      for (let el: Element | null = holder; el && !/^(BODY|HTML|ARTICLE|MAIN)$/.test(el.tagName); el = el.parentElement) {
        if (squash(el.textContent).length > text.length + WRAPPER_EXTRA_CHARS || el.getElementsByTagName('img').length > 1) break;
        wrapper = el;
      }
      if (wrapper) {
        const figure = doc.createElement('figure');
        figure.append(img.closest('picture') ?? img, rename(caption, 'figcaption'));
        wrapper.replaceWith(figure);
      } else {
        rename(caption, 'figcaption');
      }
      marked++;
      break;
    }
  }
  return marked;
}

/**
 * Texts of the figcaptions in `root`, normalized, for duplicate detection (pages that print a
 * caption twice). Image alt text is not used: sites often put the article's lead in it.
 */
export function captionTexts(root: Element): Set<string> {
  const texts = new Set<string>();
  for (const el of elementsByTag(root, 'figcaption')) {
    const t = squash(el.textContent);
    if (t.length >= 15) texts.add(t);
  }
  return texts;
}

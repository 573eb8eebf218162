/**
 * Resolves lazy-loaded images before parsing, so Readability scores and keeps real pictures:
 * data-src / data-lazy-src / data-original (and -srcset variants) become src/srcset when the
 * current src is missing or a placeholder, and a `<noscript>` holding the real `<img>` replaces
 * the placeholder image next to it.
 */
import { elementsByTag } from '../dom';

const SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-actualsrc'];
const SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset'];
const PLACEHOLDER = /^data:|blank|spacer|placeholder|transparent|lazy|loading|pixel|1x1|grey\.gif|empty\.(gif|png)/i;

function isPlaceholder(src: string | null): boolean {
  return !src || !src.trim() || PLACEHOLDER.test(src);
}

function firstAttr(el: Element, names: readonly string[]): string | null {
  for (const name of names) {
    const value = el.getAttribute(name);
    if (value && value.trim() && !value.startsWith('data:')) return value.trim();
  }
  return null;
}

/** Copies lazy attributes into src/srcset on img and source elements. Returns how many changed. */
export function resolveLazyImages(doc: Document): number {
  let changed = 0;
  const images = [...elementsByTag(doc, 'img'), ...elementsByTag(doc, 'source')];
  for (const el of images) {
    const lazySrc = firstAttr(el, SRC_ATTRS);
    const lazySrcset = firstAttr(el, SRCSET_ATTRS);
    if (el.tagName === 'IMG' && lazySrc && isPlaceholder(el.getAttribute('src'))) {
      el.setAttribute('src', lazySrc);
      changed++;
    }
    if (lazySrcset && isPlaceholder(el.getAttribute('srcset'))) {
      el.setAttribute('srcset', lazySrcset);
      changed++;
    }
  }
  changed += unwrapNoscriptImages(doc);
  return changed;
}

/** The single <img> a noscript element holds, parsed whether the DOM kept it as markup or text. */
function noscriptImage(noscript: Element): HTMLImageElement | null {
  const direct = noscript.querySelector('img');
  if (direct) return direct as HTMLImageElement;
  const markup = noscript.textContent ?? '';
  if (!/<img[\s>]/i.test(markup)) return null;
  const template = noscript.ownerDocument.createElement('template');
  template.innerHTML = markup;
  const imgs = template.content.querySelectorAll('img');
  return imgs.length === 1 ? (imgs[0] as HTMLImageElement) : null;
}

/** Replaces placeholder images with the real image from an adjacent noscript. */
function unwrapNoscriptImages(doc: Document): number {
  let changed = 0;
  for (const noscript of elementsByTag(doc, 'noscript')) {
    const real = noscriptImage(noscript);
    if (!real || !real.getAttribute('src')) continue;
    // The placeholder <img> sits just before or just after the noscript.
    const prev = noscript.previousElementSibling;
    const next = noscript.nextElementSibling;
    const placeholder = prev?.tagName === 'IMG' ? prev : next?.tagName === 'IMG' ? next : null;
    const imported = doc.importNode(real, true);
    if (placeholder && (isPlaceholder(placeholder.getAttribute('src')) || placeholder.getAttribute('src') === real.getAttribute('src'))) {
      for (const attr of Array.from(placeholder.attributes)) {
        if (!imported.hasAttribute(attr.name) && !attr.name.startsWith('data-')) imported.setAttribute(attr.name, attr.value);
      }
      placeholder.replaceWith(imported);
      noscript.remove();
      changed++;
    } else if (!placeholder && !noscript.parentElement?.querySelector('img:not(noscript img)')) {
      noscript.replaceWith(imported);
      changed++;
    }
  }
  return changed;
}

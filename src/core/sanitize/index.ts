/**
 * The ONE sanitizing path for article HTML. Everything that renders extracted HTML (popup, reader
 * page, automatic-mode view, CLI consumers) goes through `sanitizeArticleHtml` or
 * `sanitizeArticleFragment`; there is no second configuration anywhere.
 *
 * The policy is an allow-list (DOMPurify options plus two hooks), not a list of known attacks:
 * reading elements only, a handful of plain attributes, http(s)/mailto links, http(s) or raster
 * data: images. Metadata (title, byline, site name...) is never HTML: set it with textContent.
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { safeImageUrl, safeLinkUrl, safeSrcset } from './url-policy';

export { safeImageUrl, safeLinkUrl, safeSrcset } from './url-policy';

/** Prefix DOMPurify puts on every kept id (SANITIZE_NAMED_PROPS); in-article `#fragment` links are rewritten to match. */
export const ARTICLE_ID_PREFIX = 'user-content-';

/** Elements of reading: text structure, figures, tables, inline emphasis. Nothing interactive, nothing that loads a document or runs code. */
const ALLOWED_TAGS = [
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'hr', 'div', 'span', 'section', 'article', 'header',
  'footer', 'aside', 'address', 'blockquote', 'pre', 'code', 'kbd', 'samp', 'var',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'figure', 'figcaption', 'img', 'picture', 'source',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'colgroup', 'col',
  'a', 'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'sub', 'sup', 'small', 'mark', 'q', 'cite',
  'abbr', 'dfn', 'time', 'bdi', 'bdo', 'ruby', 'rt', 'rp', 'wbr',
];

/**
 * Plain attributes only. Not allowed, on purpose: on* (script), style (CSS url()/@import/expression,
 * and layout attacks on our UI), class (would pick up our own stylesheet's rules), name (DOM
 * clobbering), srcdoc/action/formaction/xlink:href/poster/background (URL sinks we do not render),
 * cite/longdesc (URLs nobody reads), data-* and aria-* (the reader sets its own).
 * href/src/srcset are checked again, strictly, in the hook below; target/rel/referrerpolicy are set
 * by the hook, never taken from the page.
 */
const ALLOWED_ATTR = [
  'href', 'src', 'srcset', 'sizes', 'media', 'type', 'alt', 'title', 'width', 'height', 'lang', 'dir',
  'colspan', 'rowspan', 'headers', 'scope', 'span', 'start', 'reversed', 'datetime', 'abbr', 'id',
];

/**
 * Contents dropped together with the element: the defaults (script, style, svg, math, template,
 * noscript, iframe, ...) plus form controls, plugins and media, whose text is UI, not article.
 * Other removed elements (form, font, center, marquee...) keep their content, which is sanitized
 * like the rest: sites that wrap the whole page in a <form> still read fine.
 */
const FORBID_CONTENTS = [
  'annotation-xml', 'audio', 'desc', 'foreignobject', 'head', 'iframe', 'math', 'mi', 'mn', 'mo', 'ms',
  'mtext', 'noembed', 'noframes', 'noscript', 'plaintext', 'script', 'style', 'svg', 'template', 'title',
  'video', 'xmp', 'select', 'option', 'optgroup', 'datalist', 'textarea', 'button', 'object', 'embed',
  'applet', 'canvas', 'dialog', 'frameset', 'frame', 'selectedcontent',
];

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  FORBID_CONTENTS,
  // Same shape as DOMPurify's default (values without a scheme pass), minus every scheme but
  // http(s)/mailto. The hook then demands absolute, parseable URLs where it matters.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  // DOMPurify would test srcset as ONE URL (dropping it whole for a raster data: candidate); the
  // hook below checks it candidate by candidate instead, and is the only check it gets.
  ADD_URI_SAFE_ATTR: ['srcset'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // Ids stay (footnotes, in-article anchors) but get a prefix, so `id=location` or `id=body`
  // cannot clobber window/document properties nor collide with the reader's own sentence ids.
  SANITIZE_NAMED_PROPS: true,
  SANITIZE_DOM: true,
  SAFE_FOR_XML: true,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
};

/** Same policy, DOM out. (Never call setConfig: it would make DOMPurify ignore per-call configs.) */
const FRAGMENT_CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = { ...CONFIG, RETURN_DOM_FRAGMENT: true };

/** URL attributes and the only elements that may carry them (on any other element they are dropped). */
const URL_ATTR_OWNERS: Record<string, readonly string[]> = {
  href: ['a'],
  src: ['img'],
  srcset: ['img', 'source'],
  sizes: ['img', 'source'],
};

/** Per-element URL rules that DOMPurify's single URI regexp cannot express. */
function enforceUrlRules(node: Element): void {
  const tag = node.nodeName.toLowerCase();
  for (const [attr, owners] of Object.entries(URL_ATTR_OWNERS)) {
    if (!owners.includes(tag)) node.removeAttribute(attr);
  }
  if (tag === 'a') return fixLink(node);
  if (tag === 'img' || tag === 'source') {
    const src = node.getAttribute('src');
    if (src !== null) {
      const safe = tag === 'img' ? safeImageUrl(src) : null; // <source> speaks srcset; src belongs to <video>, which we drop
      if (safe) node.setAttribute('src', safe);
      else node.removeAttribute('src');
    }
    const srcset = node.getAttribute('srcset');
    if (srcset !== null) {
      const safe = safeSrcset(srcset);
      if (safe) node.setAttribute('srcset', safe);
      else node.removeAttribute('srcset');
    }
    if (tag === 'img') {
      // Images of the article may load; they need not tell the outlet which extension page shows them.
      node.setAttribute('referrerpolicy', 'no-referrer');
      if (!node.hasAttribute('src') && !node.hasAttribute('srcset')) node.remove();
    } else if (node.parentElement?.nodeName.toLowerCase() !== 'picture' || !node.hasAttribute('srcset')) {
      node.remove(); // A <source> only means something inside <picture>.
    }
  }
}

function fixLink(node: Element): void {
  const href = node.getAttribute('href');
  // Every link: no window.opener for the target, no Referer to it (and tests can count on it).
  node.setAttribute('rel', 'noopener noreferrer');
  if (href === null) return;
  const trimmed = href.trim();
  if (/^#[^\s]*$/.test(trimmed) && trimmed.length > 1) {
    // In-article anchor: follow DOMPurify's id prefix, stay in this view.
    const fragment = trimmed.slice(1);
    node.setAttribute('href', `#${fragment.startsWith(ARTICLE_ID_PREFIX) ? fragment : ARTICLE_ID_PREFIX + fragment}`);
    node.removeAttribute('target');
    return;
  }
  const safe = safeLinkUrl(trimmed);
  if (!safe) {
    node.removeAttribute('href');
    return;
  }
  node.setAttribute('href', safe);
  // Never navigate the extension page itself away to the web.
  node.setAttribute('target', '_blank');
}

const instances = new WeakMap<object, DOMPurify>();

/** A DOMPurify instance for `win`, created once, carrying our hooks (the shared default instance is never touched). */
function purifierFor(win?: Window & typeof globalThis): DOMPurify {
  const target = win ?? (typeof window !== 'undefined' ? window : undefined);
  if (!target) throw new Error('sanitize: no DOM window; pass one (e.g. new JSDOM().window) in Node');
  let purifier = instances.get(target);
  if (!purifier) {
    purifier = createDOMPurify(target);
    if (!purifier.isSupported) throw new Error('sanitize: DOMPurify is not supported by this window');
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeType === 1) enforceUrlRules(node as Element);
    });
    instances.set(target, purifier);
  }
  return purifier;
}

/**
 * Sanitizes untrusted article HTML (e.g. `Article.contentHtml`) for rendering: returns HTML that
 * contains only reading elements, safe links (http(s)/mailto, target=_blank, rel=noopener
 * noreferrer) and safe images (http(s) or raster data:). URLs must already be absolute.
 * @param win the window whose DOM parses the HTML; defaults to the global window (extension
 *   pages). In Node pass a jsdom window.
 */
export function sanitizeArticleHtml(html: string, win?: Window & typeof globalThis): string {
  const purifier = purifierFor(win);
  let out = sanitizeOnce(purifier, String(html ?? ''));
  // Removing a disallowed wrapper while keeping its content can leave a tree the HTML parser would
  // never build (an <h1> directly inside an <h1>); its serialization then parses differently. So
  // when an element was removed, run again until the output is a fixed point: what we return parses
  // back to exactly what was checked. One extra pass almost always suffices; the cap only guards
  // against pathological input. (Attribute removals cannot change how the HTML is parsed.)
  const removedElement = purifier.removed.some((entry) => 'element' in entry && entry.element.nodeType === 1);
  for (let pass = 0; removedElement && pass < MAX_EXTRA_PASSES; pass++) {
    const again = sanitizeOnce(purifier, out);
    if (again === out) break;
    out = again;
  }
  return out;
}

/**
 * One DOMPurify pass, serialized by us. DOM mode on purpose: there DOMPurify drops an element that
 * came with an `is` attribute (a customized built-in keeps its `is` value in memory and in
 * serialization even after the attribute is removed, and a page's own custom-element registry
 * could upgrade it once our view is inserted into that page).
 */
function sanitizeOnce(purifier: DOMPurify, html: string): string {
  const fragment = purifier.sanitize(html, FRAGMENT_CONFIG) as DocumentFragment | null;
  if (!fragment) return ''; // e.g. a <frameset> document: there is no body to return
  const holder = fragment.ownerDocument.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
}

const MAX_EXTRA_PASSES = 4;

/**
 * Like `sanitizeArticleHtml`, but returns a DocumentFragment owned by `doc` (default: the global
 * document), ready to append: no HTML string is parsed again on the way into the page.
 */
export function sanitizeArticleFragment(html: string, doc?: Document): DocumentFragment {
  const owner = doc ?? (typeof document !== 'undefined' ? document : undefined);
  const win = owner?.defaultView as (Window & typeof globalThis) | null | undefined;
  if (!owner || !win) throw new Error('sanitize: no document with a window; pass one');
  // Built from the stable HTML string, so the fragment is exactly what that string parses to.
  const fragment = (purifierFor(win).sanitize(sanitizeArticleHtml(html, win), FRAGMENT_CONFIG) as DocumentFragment | null) ?? owner.createDocumentFragment();
  return fragment.ownerDocument === owner ? fragment : (owner.importNode(fragment, true) as DocumentFragment);
}

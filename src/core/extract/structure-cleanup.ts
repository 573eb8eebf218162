/**
 * Structural boilerplate in Readability's output, found in one walk over the extracted content
 * (never over the whole page):
 * - containers whose class or id names them as page furniture in any of the usual spellings
 *   (related/recommended lists, share bars, newsletter and subscription boxes, author boxes,
 *   comments, tag lists, tables of contents, meta/date lines, ads, credits), as long as they hold
 *   a minor part of the text (the article's own wrapper can carry a "post-tag-x" class);
 * - schema.org Person/Comment blocks (author bios, comments) inside the article;
 * - in-page tables of contents (lists whose links all point at anchors of the same page).
 * Readability is run with keepClasses so that the class names survive until here; this pass then
 * drops every class attribute as Readability would have done (only its "page" class stays).
 */

/** Segments of class/id names (split at -, _, camelCase) that mark page furniture. */
const FURNITURE_SEGMENT = new Set([
  // related / recommended lists
  'related', 'relacionadas', 'relacionados', 'relacionada', 'relacionado', 'recommended', 'recommendations', 'recommendation',
  'recommend', 'empfehlung', 'empfehlungen', 'lesetipp', 'lesetipps', 'readnext', 'morestories', 'trending',
  'mostread', 'mostpopular', 'meistgelesen', 'outbrain', 'taboola', 'plista', 'ligatus', 'polecane', 'powiazane', 'correlati',
  // share / social / follow
  'share', 'sharing', 'shares', 'sharebar', 'social', 'socials', 'sharedaddy', 'addtoany', 'addthis', 'shariff', 'sociallinks',
  // newsletter / subscribe / paywall / donate
  'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'paywall', 'donate', 'donation', 'spenden', 'membership',
  // author boxes
  'authorbox', 'authorbio', 'autorbox', 'bio', 'biography',
  // comments
  'comments', 'comment', 'kommentare', 'kommentar', 'comentarios', 'komentarze', 'disqus', 'respond', 'replies',
  // tags, categories, breadcrumbs, pagination, tables of contents
  'tags', 'tagcloud', 'taglist', 'keywords', 'schlagworte', 'stichworte', 'etiquetas', 'tagi', 'breadcrumb', 'breadcrumbs',
  'pagination', 'pager', 'toc', 'inhaltsverzeichnis',
  // meta lines, dates, credits, licences
  'dateline', 'timestamp', 'meta', 'postmeta', 'entrymeta', 'credit', 'credits', 'copyright', 'license', 'licence',
  // ads, promotion, widgets, navigation
  'ad', 'ads', 'advert', 'advertisement', 'anzeige', 'werbung', 'sponsor', 'sponsored', 'promo', 'affiliate',
  'sidebar', 'portlet', 'portletwrapper', 'nav', 'navigation', 'menu', 'footer', 'cookie', 'consent', 'print', 'rating', 'cta',
]);

/** Two-segment names that mark furniture when they appear in this order. */
const FURNITURE_PAIRS = new Set([
  'read-next', 'read-also', 'also-read', 'see-also', 'more-stories', 'more-articles', 'more-news', 'most-read',
  'most-popular', 'most-viewed', 'author-bio', 'author-box', 'author-info', 'author-profile', 'author-card', 'about-author',
  'post-meta', 'entry-meta', 'article-meta', 'post-tags', 'entry-tags', 'article-tags', 'tag-list', 'tag-cloud', 'post-date',
  'entry-date', 'article-date', 'publish-date', 'published-date', 'table-of', 'ez-toc', 'veja-tambem', 'leia-tambem',
  'mehr-zum', 'lesen-sie', 'below-content', 'after-content', 'photo-credit', 'image-credit', 'post-author', 'about-the', 'social-media',
]);

/** Names of the article body itself: never removed. */
const BODY_NAME = /article-?body|articlebody|post-?content|entry-?content|story-?body|article-?content|article-?text|main-?content|td-post-content|body-?text/i;

/** A furniture container must hold less than this share of the article's text. */
const MAX_SHARE = 0.35;

function segments(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** True when a class/id string names page furniture. */
export function isFurnitureName(name: string): boolean {
  if (!name || BODY_NAME.test(name)) return false;
  for (const token of name.split(/\s+/)) {
    if (!token) continue;
    // WordPress puts "tag-x", "category-x" classes on the article element itself.
    if (/^(tag|category|type|format|status)-/i.test(token)) continue;
    const segs = segments(token);
    for (let i = 0; i < segs.length; i++) {
      if (FURNITURE_SEGMENT.has(segs[i])) return true;
      if (i + 1 < segs.length && FURNITURE_PAIRS.has(`${segs[i]}-${segs[i + 1]}`)) return true;
    }
    if (FURNITURE_SEGMENT.has(segs.join(''))) return true;
  }
  return false;
}

const textLength = (el: Element): number => (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;

/** A list whose links all point at anchors of this page (a table of contents). */
function isInPageToc(list: Element): boolean {
  const links = list.querySelectorAll('a');
  if (links.length < 3) return false;
  for (const a of Array.from(links)) if (!(a.getAttribute('href') ?? '').startsWith('#')) return false;
  return true;
}

/** The element after `el` in document order inside `root`, skipping el's subtree when `skip`. */
function nextElement(el: Element, root: Element, skip: boolean): Element | null {
  if (!skip && el.firstElementChild) return el.firstElementChild;
  let node: Element | null = el;
  while (node && node !== root) {
    if (node.nextElementSibling) return node.nextElementSibling;
    node = node.parentElement;
  }
  return null;
}

/** Only containers are judged by their names; a link or span named "toc-backref" is a heading's text. */
const CONTAINER_TAGS = new Set([
  'DIV', 'SECTION', 'ASIDE', 'NAV', 'HEADER', 'FOOTER', 'FORM', 'UL', 'OL', 'DL', 'LI', 'P', 'TABLE', 'FIGURE', 'BLOCKQUOTE',
  'ARTICLE', 'DETAILS', 'FIELDSET',
]);

function isFurniture(el: Element, cls: string | null): boolean {
  if (!CONTAINER_TAGS.has(el.tagName)) return false;
  if (el.getAttribute('itemprop') === 'articleBody') return false;
  const itemtype = el.getAttribute('itemtype');
  if (itemtype && /schema\.org\/(Person|Comment)|data-vocabulary\.org\/Person/i.test(itemtype)) return true;
  if ((el.tagName === 'UL' || el.tagName === 'OL') && isInPageToc(el)) return true;
  // Ids made from a heading's words ("sharing-with-multiple-developers") name a section, not furniture.
  const id = el.id && segments(el.id).length <= 3 && !/^H[1-6]$/.test(el.tagName) ? el.id : '';
  return isFurnitureName(`${cls ?? ''} ${id}`.trim());
}

/**
 * Removes furniture containers from `root` and drops class attributes; see the module comment.
 * Containers that share one name are judged together: a story split over several blocks named
 * like a layout ("sidebar-grid__container" ×4) holds much of the text between them, and a page's
 * furniture does not.
 */
export function removeStructuralBoilerplate(root: Element): void {
  const total = textLength(root) || 1;
  const doomed: { el: Element; name: string; length: number }[] = [];
  let el = root.firstElementChild;
  while (el) {
    const cls = el.getAttribute('class');
    if (cls !== null && !(cls === 'page' && el.id.startsWith('readability-page'))) el.removeAttribute('class');
    const length = isFurniture(el, cls) && !el.querySelector('[itemprop="articleBody"]') ? textLength(el) : -1;
    const drop = length >= 0 && length / total < MAX_SHARE;
    if (drop) doomed.push({ el, name: `${el.tagName} ${cls ?? ''}`, length });
    el = nextElement(el, root, drop);
  }
  const byName = new Map<string, number>();
  for (const d of doomed) byName.set(d.name, (byName.get(d.name) ?? 0) + d.length);
  for (const d of doomed) if ((byName.get(d.name) ?? 0) / total < MAX_SHARE) d.el.remove();
}

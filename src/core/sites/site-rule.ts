/**
 * The shape every outlet module under src/core/sites/ exports. A site rule is data, not code
 * with side effects, so the cheap detector (content script) and the extractor (extension page,
 * Node) can both read it, and the manifest's content-script match list is generated from it.
 *
 * Detection reads: id, name, hosts, matches, articlePath, nonArticlePath.
 * Extraction reads: the optional fields below them.
 */
export interface SiteRule {
  /** Stable id, kebab-case, e.g. 'yna-en'. Also the module's file name. */
  id: string;
  /** Display name, e.g. 'Yonhap News Agency'. */
  name: string;
  /** Language of the outlet's articles. */
  lang: 'en' | 'ko';
  /** Host names this rule owns (exact match, or any subdomain when written as '.example.com'). */
  hosts: string[];
  /** Manifest match patterns for the content script, e.g. 'https://en.yna.co.kr/*'. */
  matches: string[];
  /** Tested against `pathname + search`: an article page. */
  articlePath: RegExp;
  /** Tested against `pathname + search`: a page that is surely not an article (home, list, search). */
  nonArticlePath?: RegExp;

  // ---- extraction hints (all optional) ----
  /** CSS selector of the article body container, tried before Readability's own search. */
  bodySelector?: string;
  /** CSS selector of the visible headline. */
  titleSelector?: string;
  /** CSS selector of the printed byline. */
  bylineSelector?: string;
  /** CSS selector of an element whose text holds the published date. */
  dateSelector?: string;
  /** Elements removed from the page before extraction (chrome inside or around the body). */
  removeSelectors?: string[];
  /**
   * Whole lines/paragraphs of the body that are boilerplate (sign-offs, tip lines, copyright,
   * editor's notes). Tested against each block's normalized text.
   */
  boilerplateLines?: RegExp[];
  /**
   * False when `<meta name="author">` is not the printed byline (Yonhap English puts the
   * writer's Korean name there); the byline then comes from the page only.
   */
  metaAuthorIsByline?: boolean;
  /** Suffixes/prefixes to strip from document titles, e.g. / \| Yonhap News Agency$/. */
  titleCleanup?: RegExp[];
}

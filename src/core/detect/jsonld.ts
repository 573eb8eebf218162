/**
 * JSON-LD signals. Pages embed schema.org data in <script type="application/ld+json">; real pages
 * nest it in @graph or arrays, leave `//` comments in it (MBC) or break it otherwise, so parsing is
 * tolerant: strict JSON first, then with comments and trailing commas removed, then a regex scan.
 */

export interface JsonLdSignals {
  /** Types of the top-level nodes (and @graph members, and a WebPage's mainEntity). */
  types: string[];
  /** An article-type node has datePublished. */
  articleDated: boolean;
  /** An article-type node carries articleBody text. */
  articleBody: boolean;
  /** Some block was not valid JSON (parsed by the fallback). */
  broken: boolean;
}


/** schema.org types that are articles (CreativeWork > Article and its kinds, plus blog posts). */
export const isArticleType = (type: string): boolean => type.endsWith('Article') || type === 'BlogPosting' || type === 'LiveBlogPosting' || type === 'Report';
/** schema.org types of news articles. */
export const isNewsType = (type: string): boolean => type.endsWith('NewsArticle');

const MAX_BLOCK_CHARS = 200_000;
const MAX_BLOCKS = 40;
/** <script type="application/ld+json"> (also with parameters or odd case; SVG scripts match too). */
const LD_JSON = 'script[type*="ld+json" i]';

/**
 * Removes `//` and block comments outside strings, and trailing commas before } or ]. Raw tabs and
 * line breaks become spaces (inside strings they are invalid JSON; outside, JSON whitespace either
 * way). One native regex pass keeps strings ($1) and drops comments: no per-character loop, blocks
 * run to 200,000 characters.
 */
export const relaxJson = (text: string): string =>
  text.replace(/("(?:[^"\\]|\\[\s\S])*"?)|\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)/g, '$1').replace(/[\n\r\t]/g, ' ').replace(/,(\s*[}\]])/g, '$1');

/**
 * True when `text` cannot be JSON: once its well-formed strings are blanked out, a quote (a string
 * with a raw line break or tab, or unclosed), a slash (a comment) or a trailing comma is left.
 * (Valid JSON never leaves one, so this never rejects valid JSON.) Such blocks skip the strict
 * parse: the first exception thrown in a page's script world costs ~1 ms in Chromium.
 */
const surelyBroken = (text: string): boolean => /["/]|,\s*[}\]]/.test(text.replace(/"(?:[^"\\\0-\x1f]|\\[\s\S])*"/g, '0'));

function parseBlock(raw: string): { value: unknown; broken: boolean } {
  const text = raw.trim().replace(/^<!--|-->$|^\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>$/g, '');
  if (!surelyBroken(text)) {
    try {
      return { value: JSON.parse(text), broken: false };
    } catch {
      // broken after all: relaxed below
    }
  }
  try {
    return { value: JSON.parse(relaxJson(text)), broken: true };
  } catch {
    return { value: undefined, broken: true };
  }
}

type Node = Record<string, unknown>;

function typesOf(node: Node): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:]/, ''));
}

/** Top-level nodes of one parsed block: arrays and @graph unrolled, a WebPage's mainEntity added. */
function topNodes(value: unknown, out: Node[], depth = 0): void {
  if (depth > 3 || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 50)) topNodes(item, out, depth + 1);
    return;
  }
  const node = value as Node;
  out.push(node);
  if (node['@graph']) topNodes(node['@graph'], out, depth + 1);
  if (node.mainEntity && typesOf(node).some((t) => t.endsWith('WebPage'))) topNodes(node.mainEntity, out, depth + 1);
}

/** Reads the JSON-LD blocks of `doc` into article signals. */
export function jsonLdSignals(doc: Document): JsonLdSignals {
  const result: JsonLdSignals = { types: [], articleDated: false, articleBody: false, broken: false };
  // One native query for the JSON-LD blocks: reading every <script> of a page (often a hundred or
  // more) from script makes a wrapper for each on the page's first call.
  const scripts = doc.querySelectorAll(LD_JSON);
  for (let i = 0; i < scripts.length && i < MAX_BLOCKS; i++) {
    const script = scripts[i];
    const text = (script.textContent ?? '').slice(0, MAX_BLOCK_CHARS);
    const { value, broken } = parseBlock(text);
    result.broken ||= broken;
    if (value === undefined) {
      scanBrokenBlock(text, result);
      continue;
    }
    const nodes: Node[] = [];
    topNodes(value, nodes);
    for (const node of nodes) {
      const types = typesOf(node);
      result.types.push(...types);
      if (types.some(isArticleType)) {
        result.articleDated ||= typeof node.datePublished === 'string' && node.datePublished.length > 0;
        result.articleBody ||= typeof node.articleBody === 'string' && node.articleBody.length > 200;
      }
    }
  }
  return result;
}

/** Last resort for JSON that even the relaxed parse rejects: the first @type is the block's own. */
function scanBrokenBlock(text: string, result: JsonLdSignals): void {
  const first = /"@type"\s*:\s*\[?\s*"([^"]+)"/.exec(text);
  if (!first) return;
  const type = first[1].replace(/^.*[/:]/, '');
  result.types.push(type);
  if (isArticleType(type)) result.articleDated ||= /"datePublished"\s*:\s*"[^"]/.test(text);
}

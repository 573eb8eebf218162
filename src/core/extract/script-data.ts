/**
 * The article body some pages carry only as data for their scripts: the server sends an empty
 * shell and the page's JavaScript renders the story. A browser shows it (and the extension reads
 * the live DOM, where it has been rendered), but a saved or fetched copy has no body in its markup
 * and Readability finds nothing. Two shapes cover the pages seen:
 * - Arc XP sites (Chosun Ilbo; the platform also serves many other publishers) assign
 *   `Fusion.globalContent = {…}`, whose `content_elements` hold the story one paragraph per item;
 * - other script state (React Query, Next.js, Nuxt, a CMS's preloaded JSON) holds the body as one
 *   HTML string, as Hankook Ilbo's `contentHtml` does.
 * Used only when the page's markup yields no body at all, so it can only turn "no article" into an
 * article, never change one that was read from the page. The fragment is markup of the page like any
 * other: it is parsed inertly here and sanitized when a view renders it.
 */
import { articleDocument } from './article-document';

/** Scripts shorter than this hold no article. */
const MIN_SCRIPT_CHARS = 400;
/** Script text scanned per page at most: the scan is a fallback and must stay cheap on huge pages. */
const MAX_SCAN_CHARS = 4_000_000;
/** A body must hold at least this much text outside tags (a photo story's two lines pass). */
const MIN_TEXT_CHARS = 80;
/**
 * Template markers a CMS leaves in the stored body for its renderer to replace (Hankook Ilbo's
 * "$$ARTICLEAD$$" ad slot): never text of the story.
 */
const RENDERER_MARKER = /\$\$[A-Z][A-Z0-9_]*\$\$|\{\{\s*[A-Za-z][\w.]*\s*\}\}|\[\[[A-Z][A-Z0-9_]*\]\]/g;
const ARC_ASSIGNMENT = /Fusion\.globalContent\s*=\s*\{/;
/** A JSON string literal (escapes kept), at least a few hundred characters long. */
const LONG_STRING = /"((?:[^"\\\n]|\\.){300,})"/g;
/** A paragraph tag, raw or JSON-escaped (\u003cp, \x3cp). */
const PARAGRAPH_TAG = /(?:<|\\u003c|\\x3c)p[\s>\\]/gi;

/** The end (exclusive) of the JSON object or array starting at `start`, or -1. */
function jsonEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Arc XP's story elements as HTML: paragraphs, sub-heads and lists (images, embeds and ads left out). */
function arcElementsHtml(elements: unknown): string {
  if (!Array.isArray(elements)) return '';
  const out: string[] = [];
  for (const element of elements) {
    if (!isRecord(element)) continue;
    const content = typeof element.content === 'string' ? element.content : '';
    if (element.type === 'text' && content.trim()) out.push(`<p>${content}</p>`);
    else if (element.type === 'header' && content.trim()) {
      const level = typeof element.level === 'number' && element.level >= 2 && element.level <= 6 ? element.level : 2;
      out.push(`<h${level}>${content}</h${level}>`);
    } else if (element.type === 'list' && Array.isArray(element.items)) {
      const items = element.items.filter(isRecord).map((item) => (typeof item.content === 'string' ? item.content : '')).filter((c) => c.trim());
      if (items.length) out.push(`<ul>${items.map((c) => `<li>${c}</li>`).join('')}</ul>`);
    } else if (element.type === 'quote') {
      const inner = arcElementsHtml(element.content_elements);
      if (inner) out.push(`<blockquote>${inner}</blockquote>`);
    }
  }
  return out.join('\n');
}

/** A body found in script data, with what the same data says of its author and dates (raw strings). */
export interface ScriptDataBody {
  html: string;
  byline: string | null;
  published: string | null;
  modified: string | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

/** Arc's credits: the printed byline where the story keeps one ("권상은 기자"), else the credit's name. */
function arcByline(credits: unknown): string | null {
  if (!isRecord(credits) || !Array.isArray(credits.by)) return null;
  const names = credits.by.filter(isRecord).map((credit) => {
    const properties = isRecord(credit.additional_properties) ? credit.additional_properties : {};
    const original = isRecord(properties.original) ? properties.original : {};
    return text(original.byline) ?? text(credit.name);
  }).filter((name): name is string => !!name);
  return names.length ? names.join(', ') : null;
}

function arcBody(source: string): ScriptDataBody | null {
  const match = ARC_ASSIGNMENT.exec(source);
  if (!match) return null;
  const start = match.index + match[0].length - 1;
  const end = jsonEnd(source, start);
  if (end < 0) return null;
  try {
    const story: unknown = JSON.parse(source.slice(start, end));
    if (!isRecord(story)) return null;
    const html = arcElementsHtml(story.content_elements);
    // The story's first publication is the time the page shows as its date; a page's
    // article:published_time can be the creation of the story object, minutes off.
    return html ? {
      html, byline: arcByline(story.credits),
      published: text(story.first_publish_date) ?? text(story.display_date), modified: text(story.last_updated_date),
    } : null;
  } catch {
    return null;
  }
}

const textLength = (html: string): number => html.replace(/<[^>]*>/g, '').replace(/&[#\w]+;/g, ' ').replace(/\s+/g, ' ').trim().length;

interface FoundString { html: string; start: number; end: number; chars: number }

/**
 * The longest HTML string in the script's JSON data that holds at least two paragraphs, with where
 * its literal lies in `text`.
 */
function htmlStringBody(text: string): FoundString | null {
  let best: FoundString | null = null;
  for (const match of text.matchAll(LONG_STRING)) {
    if ((match[1].match(PARAGRAPH_TAG)?.length ?? 0) < 2) continue;
    let value: string;
    try { value = JSON.parse(`"${match[1]}"`) as string; } catch { continue; }
    // Data embedded as a string in other data (a streamed payload) is escaped twice.
    if (!/<p[\s>]/i.test(value) && value.includes('\\')) {
      const inner = htmlStringBody(`"${value}"`) ?? htmlStringBody(value);
      if (inner) value = inner.html; else continue;
    }
    const chars = textLength(value);
    if (chars > (best?.chars ?? 0)) best = { html: value, start: match.index!, end: match.index! + match[0].length, chars };
  }
  return best;
}

/**
 * Keys under which page state gives a story's first publication (CMSs differ; Korean ones write
 * deployDt, regDt, inputDt), quoted once or, in a streamed payload, escaped.
 */
const PUBLISHED_KEY = /\\*"(?:datePublished|publishedAt|published_at|publishDate|publishedDate|publish_date|firstPublishedAt|firstPublishDate|first_publish_date|pubDate|deployDt|publishDt|regDt|inputDt)\\*"\s*:\s*\\*"([^"\\]{8,40})\\*"/g;
/** How far from the body's literal a date key may sit to be the same story's. */
const DATE_WINDOW = 20_000;

/** The publication date nearest the body's literal in the same script (a related story's is farther). */
function nearestPublished(script: string, body: FoundString): string | null {
  const from = Math.max(0, body.start - DATE_WINDOW);
  let best: { raw: string; distance: number } | null = null;
  for (const match of script.slice(from, Math.min(script.length, body.end + DATE_WINDOW)).matchAll(PUBLISHED_KEY)) {
    const at = from + match.index!;
    if (at >= body.start && at < body.end) continue; // inside the body itself
    const distance = at < body.start ? body.start - at : at - body.end;
    if (!best || distance < best.distance) best = { raw: match[1], distance };
  }
  return best?.raw ?? null;
}

/**
 * The body held in the page's script data, with what the data says of its byline and dates (Arc's
 * credits and dates; for other state, the publication date nearest the body), or null. `scripts`
 * are the page's script elements (taken before Readability removes them); JSON-LD is left to the
 * structured-data path, which reads its plain-text articleBody.
 */
export function scriptDataBody(scripts: readonly Element[]): ScriptDataBody | null {
  let scanned = 0;
  const texts: string[] = [];
  for (const script of scripts) {
    if ((script.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json') continue;
    const text = script.textContent ?? '';
    if (text.length < MIN_SCRIPT_CHARS) continue;
    if (scanned + text.length > MAX_SCAN_CHARS) break;
    scanned += text.length;
    texts.push(text);
  }
  for (const script of texts) {
    const arc = arcBody(script);
    if (arc && textLength(arc.html) >= MIN_TEXT_CHARS) return { ...arc, html: arc.html.replace(RENDERER_MARKER, '') };
  }
  let best: { found: FoundString; script: string } | null = null;
  for (const script of texts) {
    PARAGRAPH_TAG.lastIndex = 0;
    if (!PARAGRAPH_TAG.test(script)) continue;
    const found = htmlStringBody(script);
    if (found && found.chars > (best?.found.chars ?? 0)) best = { found, script };
  }
  if (!best || best.found.chars < MIN_TEXT_CHARS) return null;
  return { html: best.found.html.replace(RENDERER_MARKER, ''), byline: null, published: nearestPublished(best.script, best.found), modified: null };
}

/**
 * A document holding `html` as its <article> (parsed in an inert <template>, so nothing in it runs
 * or loads), with the page's base address and language, for Readability and the cleanup to read.
 */
export function scriptDataDocument(page: Document, html: string): Document {
  const { doc, article } = articleDocument(page);
  const template = doc.createElement('template');
  template.innerHTML = html;
  article.appendChild(doc.importNode(template.content, true));
  return doc;
}

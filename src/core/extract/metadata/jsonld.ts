/**
 * Reads schema.org article data from JSON-LD: tolerant of @graph, arrays, nested mainEntity,
 * `//` and block comments, trailing commas and raw control characters (all seen on real pages).
 */
import { decodeEntities, squash } from './entities';
import { elementsByTag } from '../../dom';

export interface LdArticle {
  type: string;
  headline: string | null;
  authors: string[];
  datePublished: string | null;
  dateModified: string | null;
  description: string | null;
  image: string | null;
  articleBody: string | null;
  publisher: string | null;
  inLanguage: string | null;
  url: string | null;
}

const ARTICLE_TYPE = /(Article|BlogPosting|Report|SocialMediaPosting|LiveBlogPosting)$/;

/** Removes comments outside strings and trailing commas; escapes raw control characters in strings. */
export function repairJson(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') { out += ch + (text[i + 1] ?? ''); i++; continue; }
      if (ch === '"') inString = false;
      out += ch < ' ' ? ' ' : ch;
      continue;
    }
    if (ch === '"') { inString = true; out += ch; continue; }
    if (ch === '/' && text[i + 1] === '/') { while (i < text.length && text[i] !== '\n') i++; continue; }
    if (ch === '/' && text[i + 1] === '*') { const end = text.indexOf('*/', i + 2); i = end < 0 ? text.length : end + 1; continue; }
    out += ch;
  }
  return out.replace(/,(\s*[}\]])/g, '$1');
}

function parseLenient(text: string): unknown {
  const trimmed = text.trim().replace(/^<!--|-->$/g, '').replace(/;\s*$/, '');
  try { return JSON.parse(trimmed); } catch { /* repaired below */ }
  try { return JSON.parse(repairJson(trimmed)); } catch { return null; }
}

/** Every object in the data, flattening arrays, @graph and mainEntity(OfPage). */
function flatten(data: unknown, out: Record<string, unknown>[], depth = 0): void {
  if (depth > 6 || !data || typeof data !== 'object') return;
  if (Array.isArray(data)) { for (const item of data) flatten(item, out, depth + 1); return; }
  const obj = data as Record<string, unknown>;
  out.push(obj);
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement']) {
    if (obj[key] && typeof obj[key] === 'object') flatten(obj[key], out, depth + 1);
  }
}

function typeOf(obj: Record<string, unknown>): string {
  const t = obj['@type'];
  return Array.isArray(t) ? t.map(String).join(' ') : String(t ?? '');
}

function text(value: unknown, doc: Document): string | null {
  if (typeof value === 'string') return squash(decodeEntities(value, doc)) || null;
  if (Array.isArray(value)) return text(value[0], doc);
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return text(obj['@value'] ?? obj.name ?? obj.url ?? null, doc);
  }
  return null;
}

/** A Person or Organization's name: `name`, else `givenName familyName` (schema.org allows either). */
function nameOf(item: unknown): unknown {
  if (typeof item !== 'object' || !item) return item;
  const o = item as Record<string, unknown>;
  if (o.name) return o.name;
  const parts = [o.givenName, o.familyName].filter((p) => typeof p === 'string' && p.trim());
  return parts.length ? parts.join(' ') : null;
}

function names(value: unknown, doc: Document): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.map((item) => text(nameOf(item), doc)).filter((n): n is string => !!n);
}

/** The page's main article object from JSON-LD, or null when none declares an article type. */
export function readJsonLd(doc: Document): LdArticle | null {
  const objects: Record<string, unknown>[] = [];
  for (const script of elementsByTag(doc, 'script')) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    flatten(parseLenient(script.textContent ?? ''), objects);
  }
  const article = objects.find((o) => ARTICLE_TYPE.test(typeOf(o)));
  if (!article) return null;
  const body = typeof article.articleBody === 'string' ? decodeEntities(article.articleBody, doc).trim() : null;
  return {
    type: typeOf(article),
    headline: text(article.headline ?? article.name, doc),
    authors: names(article.author ?? article.creator, doc),
    datePublished: text(article.datePublished ?? article.dateCreated, doc),
    dateModified: text(article.dateModified, doc),
    description: text(article.description, doc),
    image: text(article.image ?? article.thumbnailUrl, doc),
    articleBody: body || null,
    publisher: text(article.publisher, doc),
    inLanguage: text(article.inLanguage, doc),
    url: text(article.url, doc),
  };
}

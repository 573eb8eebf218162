/**
 * Extraction: the article of a page, or null when the page has no article body in its DOM or in
 * the script data it renders from.
 *
 * Steps (each its own module): the source (budget, working copy, metadata, lazy images,
 * captions) → the candidates (Readability's own result; Lede's: site rule container, cleanup,
 * declared body) → the floor (keep Lede's unless it fell short of Readability's) → with no body
 * at all, the body in the page's script data (script-data.ts) → the article (title, byline,
 * dates, language, reading time). Time is checked between steps.
 */
import type { Article } from '../types';
import { pageAddress, type PageAddress } from '../page-address';
import type { ExtractionOptions } from './budget';
import { extractCandidates, scriptDataCandidate, type Body } from './body';
import type { ScriptDataBody } from './script-data';
import { bodyShape, type BodyShape } from './body-shape';
import { keepBetter, MIN_BODY_CHARS, type Fallback } from './floor';
import { articleLang } from './lang';
import { leadImage } from './lead-image';
import { cleanByline, isCreditLine, isOrganisationByline, isSiteName } from './metadata';
import { decodeEntities, squash } from './metadata/entities';
import { parseDate } from './metadata/dates';
import { pageTitle } from './metadata/title';
import type { ReadabilityPass } from './readability-pass';
import { readingMinutes } from './reading-time';
import { prepareSource, type Source } from './source';

export { ExtractionBudgetError, DEFAULT_MAX_ELEMENTS, DEFAULT_MAX_MS, DEFAULT_MAX_DEPTH } from './budget';
export type { ExtractionOptions } from './budget';
export type { Fallback } from './floor';
export type { BodyShape } from './body-shape';
export { articleView, type ArticleView } from './view';

const EXCERPT_CHARS = 200;

function excerptOf(description: string | null, text: string): string | null {
  if (description) return description;
  const first = text.split('\n\n')[0] ?? '';
  return first ? (first.length > EXCERPT_CHARS ? `${first.slice(0, EXCERPT_CHARS - 1).trimEnd()}…` : first) : null;
}

const nameWords = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** True when every word of `name` occurs in `list` ("Tollefson, Jeff" in "…, Jeff Tollefson"). */
const namesAll = (list: string, name: string): boolean => {
  const have = new Set(nameWords(list));
  return nameWords(name).every((w) => have.has(w));
};

/** The article's fields from the page's metadata, Readability's pass and the kept body. */
function toArticle(source: Source, pass: ReadabilityPass, body: Body, title: string): Article {
  const { meta, rule, url } = source;
  const readabilityByline = cleanByline(pass.byline);
  const siteNames = [meta.siteName, rule?.name];
  // A person's name first; an agency or outlet credited as author when no person is named, unless
  // it only repeats the site's own name.
  // Structured data lists every author where Readability picks one, so it leads when it names
  // Readability's pick too; a printed byline it does not name (a CMS user id in JSON-LD) wins.
  const structuredFirst = !readabilityByline || !!meta.byline && namesAll(meta.byline, readabilityByline);
  const candidates = rule
    ? [meta.byline, body.bodyByline, meta.metaByline]
    : structuredFirst ? [meta.byline, readabilityByline, body.bodyByline, meta.metaByline] : [readabilityByline, meta.byline, body.bodyByline, meta.metaByline];
  const byline = candidates.find((b) => b && !isOrganisationByline(b, siteNames))
    ?? candidates.find((b) => b && isCreditLine(b) && !isSiteName(b, siteNames)) ?? null;
  const lang = articleLang(meta.lang ?? pass.lang ?? null, body.textContent);
  return {
    url,
    title,
    byline: byline ?? null,
    siteName: meta.siteName ?? pass.siteName ?? null,
    publishedTime: meta.publishedTime,
    modifiedTime: meta.modifiedTime,
    lang,
    excerpt: excerptOf(rule ? null : squash(pass.excerpt) || meta.description, body.textContent),
    leadImage: leadImage(body.content, meta.image),
    canonicalUrl: meta.canonicalUrl,
    contentHtml: body.content.innerHTML,
    textContent: body.textContent,
    readingMinutes: readingMinutes(body.textContent, lang),
  };
}

/** The page's metadata with what its script data says of the story's author and dates, where it says it. */
function withScriptMetadata(source: Source, found: ScriptDataBody): Source {
  const { meta } = source;
  const date = (raw: string | null): string | null => parseDate(raw, meta.dateOptions);
  return {
    ...source,
    meta: {
      ...meta,
      byline: found.byline ? cleanByline(found.byline) ?? meta.byline : meta.byline,
      publishedTime: date(found.published) ?? meta.publishedTime,
      modifiedTime: date(found.modified) ?? meta.modifiedTime,
    },
  };
}

export interface Extraction {
  article: Article | null;
  /** The Lede step that fell short of Readability's own result and was replaced by it, or null. */
  fallback: Fallback | null;
  /** The shape of the article's body (prose or links), null without an article. */
  shape: BodyShape | null;
  /** Of the extraction's time, what Readability's own passes took (ms). */
  readabilityMs: number;
}

/**
 * Extracts the article of `doc` (at `url`). `doc` is not changed unless `options.disposable`.
 * Throws ExtractionBudgetError when the page exceeds `options.maxElements` / `maxDepth` or
 * extraction runs past `maxMs`.
 */
export function extractPage(doc: Document, page: string | PageAddress, options: ExtractionOptions = {}): Extraction {
  const source = prepareSource(doc, typeof page === 'string' ? pageAddress(page) : page, options);
  const { meta } = source;
  const titleOf = (pass: ReadabilityPass): string => meta.title ?? pageTitle({
    readability: pass.title, siteName: meta.siteName, ogTitle: meta.ogTitle, h1: meta.h1, host: source.address.host,
    decode: (text) => decodeEntities(text, source.work),
  }) ?? '';
  const candidates = extractCandidates(source, titleOf);
  const kept = keepBetter(candidates);
  let { body, shape } = kept;
  let pass = candidates.pass;
  let articleSource = source;
  if (!body) {
    // Nothing in the markup: the body may be in the page's script data (a script-rendered page).
    const fromScripts = scriptDataCandidate(source, candidates.scripts, titleOf);
    const fromScriptsShape = fromScripts ? bodyShape(fromScripts.body.content) : null;
    if (fromScripts && fromScriptsShape && fromScriptsShape.chars >= MIN_BODY_CHARS) {
      ({ body, pass } = fromScripts);
      shape = fromScriptsShape;
      articleSource = withScriptMetadata(source, fromScripts.found);
    }
  }
  const article = body ? toArticle(articleSource, pass, body, titleOf(pass)) : null;
  return { article, fallback: kept.fallback, shape, readabilityMs: candidates.readabilityMs };
}

/** extractPage's article alone. */
export function extractArticle(doc: Document, page: string | PageAddress, options: ExtractionOptions = {}): Article | null {
  return extractPage(doc, page, options).article;
}

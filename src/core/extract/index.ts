/**
 * extractArticle(doc, url): the article of a page, or null when the page has no article body
 * in its DOM (for example pages that render the body from script data).
 *
 * Phases: budget check → clone (the caller's document is never touched) and neutralise DOM
 * clobbering → metadata from the intact copy → lazy images, captions, site rule → Readability
 * → cleanup → text, language, reading time. Time is checked between phases.
 */
import { Readability } from '@mozilla/readability';
import type { Article } from '../types';
import { findSiteRule } from '../sites';
import { articleText } from './blocks';
import { BudgetClock, DEFAULT_MAX_DEPTH, DEFAULT_MAX_ELEMENTS, DEFAULT_MAX_MS, type ExtractionOptions } from './budget';
import { markCaptions } from './captions';
import { cleanArticleContent } from './content-cleanup';
import { articleLang } from './lang';
import { leadImage } from './lead-image';
import { resolveLazyImages } from './lazy-images';
import { cleanByline, isOrganisationByline, readMetadata } from './metadata';
import { squash } from './metadata/entities';
import { assertWithinBudget, workingCopy } from './prepare';
import { readingMinutes } from './reading-time';
import { declaredParagraphs, paragraphsElement, preferDeclaredBody } from './structured-body';
import { applySiteRule } from './site-cleanup';

export { ExtractionBudgetError, DEFAULT_MAX_ELEMENTS, DEFAULT_MAX_MS, DEFAULT_MAX_DEPTH } from './budget';
export type { ExtractionOptions } from './budget';

/** Shorter bodies are not an article (script-rendered placeholders, consent walls). */
const MIN_TEXT_CHARS = 25;
const EXCERPT_CHARS = 200;

function excerptOf(description: string | null, text: string): string | null {
  if (description) return description;
  const first = text.split('\n\n')[0] ?? '';
  return first ? (first.length > EXCERPT_CHARS ? `${first.slice(0, EXCERPT_CHARS - 1).trimEnd()}…` : first) : null;
}

/**
 * Extracts the article of `doc` (at `url`). `doc` is not changed unless `options.disposable`.
 * Throws ExtractionBudgetError when the page exceeds
 * `options.maxElements` / `maxDepth` or extraction runs past `maxMs`.
 */
export function extractArticle(doc: Document, url: string, options: ExtractionOptions = {}): Article | null {
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  const clock = new BudgetClock(options.maxMs ?? DEFAULT_MAX_MS);
  assertWithinBudget(doc, maxElements, options.maxDepth ?? DEFAULT_MAX_DEPTH);
  const rule = findSiteRule(url);

  const work = workingCopy(doc, options.disposable === true);
  clock.check('cloning');
  const meta = readMetadata(work, url, rule);
  resolveLazyImages(work);
  markCaptions(work);
  applySiteRule(work, rule);
  clock.check('preparing');

  const parsed = new Readability<Element>(work, {
    maxElemsToParse: maxElements,
    keepClasses: true, // class names are boilerplate signals for cleanArticleContent, which then drops them
    serializer: (node) => node as Element,
  }).parse();
  clock.check('parsing');
  const declared = meta.ld?.articleBody;
  if (!parsed?.content && !preferDeclaredBody(declared, '')) return null;

  const title = meta.title ?? squash(parsed?.title) ?? '';
  let content = parsed?.content ?? paragraphsElement(work, []);
  const cleanup = cleanArticleContent(content, { title, rule, bylines: [parsed?.byline, meta.byline, meta.metaByline] });
  let textContent = articleText(content);
  if (preferDeclaredBody(declared, textContent)) {
    content = paragraphsElement(work, declaredParagraphs(declared));
    textContent = articleText(content);
  }
  clock.check('cleaning');
  if (textContent.replace(/\s+/g, '').length < MIN_TEXT_CHARS) return null;

  const readabilityByline = cleanByline(parsed?.byline);
  const byline = rule
    ? meta.byline ?? cleanup.bodyByline ?? meta.metaByline
    : [readabilityByline, meta.byline, cleanup.bodyByline, meta.metaByline].find((b) => b && !isOrganisationByline(b, [meta.siteName])) ?? null;
  const lang = articleLang(meta.lang ?? parsed?.lang ?? null, textContent);
  return {
    url,
    title,
    byline: byline ?? null,
    siteName: meta.siteName ?? parsed?.siteName ?? null,
    publishedTime: meta.publishedTime,
    modifiedTime: meta.modifiedTime,
    lang,
    excerpt: excerptOf(rule ? null : squash(parsed?.excerpt) || meta.description, textContent),
    leadImage: leadImage(content, meta.image),
    canonicalUrl: meta.canonicalUrl,
    contentHtml: content.innerHTML,
    textContent,
    readingMinutes: readingMinutes(textContent, lang),
  };
}

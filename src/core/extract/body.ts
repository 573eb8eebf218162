/**
 * The two candidate bodies of a page: Readability's own result, and Lede's improvement of it
 * (the site rule's container, the cleanup, the declared JSON-LD body). floor.ts keeps the better.
 * When neither found a body in the markup, a third: the body held in the page's script data.
 */
import { articleText, splitLinesAtBreaks, wrapLooseText } from './blocks';
import { now } from './budget';
import { textMeasure, type TextMeasure } from './body-shape';
import { cleanArticleContent } from './content-cleanup';
import { pruneLandmarks } from './landmarks';
import { readabilityPass, type ReadabilityPass } from './readability-pass';
import { markCaptions } from './captions';
import { scriptDataBody, scriptDataDocument, type ScriptDataBody } from './script-data';
import { removeSiteChrome, siteRuleDocument } from './site-cleanup';
import { declaredParagraphs, paragraphsElement, preferDeclaredBody } from './structured-body';
import type { Source } from './source';

export interface Body {
  content: Element;
  textContent: string;
  /** A byline printed in the body and removed by the cleanup. */
  bodyByline: string | null;
  /** Which of Lede's steps produced this body ('readability' for Readability's own). */
  via: 'readability' | 'site-rule' | 'cleanup' | 'structured-data' | 'script-data';
}

/** Readability's own result as the floor first sees it: measured, not yet made a body. */
export interface PlainResult {
  content: Element;
  measure: TextMeasure;
}

export interface Candidates {
  /** Readability's own result on the page; null when it found nothing. */
  readability: PlainResult | null;
  /** Lede's result; null when its steps left nothing. */
  lede: Body | null;
  /** The Lede step that threw, if one did (its result is then null). */
  failed: Body['via'] | null;
  /** Readability's pass that Lede's result started from (title, byline, excerpt…). */
  pass: ReadabilityPass;
  /** Time spent inside Readability's passes (the page, and a site rule's container), in ms. */
  readabilityMs: number;
  /** The page's script elements, kept before Readability removed them (script-data.ts reads them). */
  scripts: Element[];
}

/**
 * Readability's content with only what changes no text: class names dropped, lines split at <br>.
 * Made only when the floor shows it.
 */
export function plainBody(content: Element): Body {
  for (const el of Array.from(content.querySelectorAll('[class]'))) {
    if (!(el.getAttribute('class') === 'page' && el.id.startsWith('readability-page'))) el.removeAttribute('class');
  }
  splitLinesAtBreaks(content);
  wrapLooseText(content);
  return { content, textContent: articleText(content), bodyByline: null, via: 'readability' };
}

/** Lede's cleanup of a Readability result `content` (changed in place) as a body. */
function cleanedBody(content: Element, from: ReadabilityPass, source: Source, title: (pass: ReadabilityPass) => string, via: Body['via']): Body {
  const { rule, meta } = source;
  const cleanup = cleanArticleContent(content, { title: title(from), rule, bylines: [from.byline, meta.byline, meta.metaByline] });
  return { content, textContent: articleText(content), bodyByline: cleanup.bodyByline, via };
}

/**
 * Runs Readability on the page (and, for a known outlet, on the rule's container), then Lede's
 * steps on a copy of the result. Consumes `source.work`.
 */
export function extractCandidates(source: Source, title: (pass: ReadabilityPass) => string): Candidates {
  const { rule, meta, clock } = source;
  // The rule's container is copied out before Readability changes the page. Lede's own steps may
  // not fail the page: one that throws counts as one that left nothing, and the floor steps in.
  let ruleDoc: Document | null = null;
  let failed: Body['via'] | null = null;
  try { ruleDoc = siteRuleDocument(source.work, rule); } catch { failed = 'site-rule'; }
  // After the rule's container is copied out: Readability's own result is its result on the
  // pruned page (what pruning may cost is measured against the unpruned page by the bench).
  if (source.pruneLandmarks) pruneLandmarks(source.work);
  // Readability removes the page's scripts; the elements are kept (not their text, which is only
  // read when the page turns out to have no body in its markup).
  const scripts = Array.from(source.work.getElementsByTagName('script'));
  // Readability's share of the extraction is timed so the bench can tell it from Lede's own steps.
  let started = now();
  const pass = readabilityPass(source.work, source.maxElements);
  let readabilityMs = now() - started;
  clock.check('parsing');
  let rulePass: ReadabilityPass | null = null;
  if (ruleDoc) {
    started = now();
    try { rulePass = readabilityPass(ruleDoc, source.maxElements); } catch { failed = 'site-rule'; }
    readabilityMs += now() - started;
    clock.check('parsing the site rule container');
    // The container is there but holds no article: the outlet changed its layout.
    if (!rulePass?.content) failed = 'site-rule';
  }

  const from = !failed && rulePass?.content ? rulePass : pass;
  let lede: Body | null = null;
  if (from.content && !failed) {
    // A known outlet's rule takes part in either path (its container, or its chrome selectors and lines).
    const via = rule ? 'site-rule' : 'cleanup';
    try {
      const content = from === pass ? (pass.content!.cloneNode(true) as Element) : from.content;
      if (from === pass) removeSiteChrome(content, rule);
      lede = cleanedBody(content, from, source, title, via);
    } catch {
      failed = via;
    }
  }
  const declared = meta.ld?.articleBody;
  if (!failed && preferDeclaredBody(declared, lede?.textContent ?? '')) {
    const content = paragraphsElement(source.work, declaredParagraphs(declared));
    lede = { content, textContent: articleText(content), bodyByline: lede?.bodyByline ?? null, via: 'structured-data' };
  }
  clock.check('cleaning');
  const measure = pass.content ? textMeasure(pass.content) : null;
  const readability = pass.content && measure?.chars ? { content: pass.content, measure } : null;
  return { readability, lede: failed ? null : lede, failed, pass: failed ? pass : from, readabilityMs, scripts };
}

/** Whether the page's metadata calls it an article (og:type, or a JSON-LD article type). */
function declaresArticle(source: Source): boolean {
  if (source.meta.ld) return true;
  const ogType = source.work.querySelector('meta[property="og:type" i]')?.getAttribute('content') ?? '';
  return /^article\b/i.test(ogType.trim());
}

/**
 * The body a page carries only in its script data (script-data.ts), read by Readability and Lede's
 * cleanup like a site rule's container. Only for a page that declares itself an article and whose
 * markup gave no body at all; null otherwise. Never throws: a failure here leaves "no article".
 */
export function scriptDataCandidate(source: Source, scripts: readonly Element[], title: (pass: ReadabilityPass) => string): { body: Body; pass: ReadabilityPass; found: ScriptDataBody } | null {
  try {
    if (!declaresArticle(source)) return null;
    const found = scriptDataBody(scripts);
    if (!found) return null;
    const doc = scriptDataDocument(source.work, found.html);
    markCaptions(doc);
    const pass = readabilityPass(doc, source.maxElements);
    // Readability may find a two-line photo story too short to be an article: the fragment is the
    // body either way, so its own article element is used then.
    const content = pass.content ?? doc.body.firstElementChild!;
    return { body: cleanedBody(content, pass, source, title, 'script-data'), pass, found };
  } catch {
    return null;
  }
}

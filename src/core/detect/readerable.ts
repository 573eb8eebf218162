/**
 * "Is there enough article-like text here?" — the idea of Readability's isProbablyReaderable
 * (sum of sqrt(length - 140) over visible, likely-content blocks must pass 20), written here so
 * the content script stays small, with these changes:
 * - text of dense scripts counts more per character (script-weight.ts: Chinese 2×, Korean 1.6×,
 *   Japanese 1.4–2×, Hebrew and Arabic 1.3×), so articles of short Korean, Japanese or Chinese
 *   paragraphs pass as their English translation would;
 * - blocks inside <footer>/<nav>/<aside> do not count (page chrome, not text);
 * - teasers — blocks wrapped in a link, or mostly link text, or one block each in many look-alike
 *   items holding their own link — are summed apart: when they outweigh the rest, the page is a list;
 * - the work is capped: at most MAX_NODES candidates, read lazily, stopping once the verdict is clear.
 */

import { firstItems, hasDescendant } from './dom';
import { MAX_WEIGHT, weightedLength } from './script-weight';

export { weightedLength } from './script-weight';

const MIN_LENGTH = 140;
export const MIN_SCORE = 20;
const MAX_NODES = 1500;
const MAX_LINK_DEPTH = 6;
const MIN_TEASER_ITEMS = 5;

/**
 * Readability's unlikely-candidate and maybe-candidate words, looked for in the lower-cased class
 * and id with includes(): literal alternations, so the same test as its regexes without their
 * compilation on the page's first call.
 */
const UNLIKELY = '-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote'.split('|');
const MAYBE_CANDIDATE = 'and|article|body|column|content|main|mathjax|shadow'.split('|');

function hasAny(text: string, words: string[]): boolean {
  for (const word of words) if (text.includes(word)) return true;
  return false;
}

export interface TextShape {
  /** Readerable score of the article-like blocks (teasers excluded). */
  score: number;
  /** Summed score of teaser blocks (link-wrapped or repeated look-alike items). */
  teaserScore: number;
  /** Number of teaser blocks. */
  teasers: number;
}

function isVisible(el: Element): boolean {
  if (el.hasAttribute('hidden')) return false;
  const style = el.getAttribute('style');
  if (style && style.toLowerCase().includes('display') && /display\s*:\s*none/i.test(style)) return false;
  const ariaHidden = el.getAttribute('aria-hidden');
  return ariaHidden === null || (ariaHidden === 'true' && String(el.className).includes('fallback-image'));
}

/**
 * 'skip' inside a list item (<p> only, as Readability) or page chrome; 'link' inside a link (at
 * most MAX_LINK_DEPTH levels up); else ''. One native closest() each instead of a walk reading
 * every ancestor (each ancestor read from script is one more element wrapper).
 */
function placement(el: Element): 'skip' | 'link' | '' {
  const parent = el.parentElement;
  if (!parent) return '';
  if (parent.closest(el.tagName === 'P' ? 'li,footer,nav,aside' : 'footer,nav,aside')) return 'skip';
  const link = parent.closest('a');
  if (!link) return '';
  let node: Element | null = parent;
  for (let i = 0; node && i < MAX_LINK_DEPTH; i++, node = node.parentElement) if (node === link) return 'link';
  return '';
}

function linkTextLength(el: Element): number {
  let total = 0;
  for (const link of firstItems(el.getElementsByTagName('a'), 50)) total += (link.textContent ?? '').length;
  return total;
}

/** Candidate tags, in the order blocks are scored (a <br> stands for its parent <div>). */
const CANDIDATE_TAGS = ['p', 'pre', 'article', 'br'];

/**
 * Scores the page's text blocks: <p>, <pre>, <article>, and <div>s that hold text broken by <br>
 * (at most MAX_NODES blocks, and MAX_NODES <br>s looked at). The live collections are read one
 * item at a time, not copied first: an element read is an element wrapper made, and most pages
 * stop after a few dozen blocks, once the article-like score passes `stopAt` with at least as much
 * article text as teaser text seen (the verdict cannot change much after that).
 */
export function textShape(doc: Document, stopAt = 3 * MIN_SCORE): TextShape {
  const shape: TextShape = { score: 0, teaserScore: 0, teasers: 0 };
  // Blocks that are the only scored block of their parent, grouped by the parent's look.
  const byParent = new Map<Element, number>();
  const solitary: { el: Element; points: number }[] = [];
  const brParents = new Set<Element>();
  let blocks = 0;
  scan: for (const tag of CANDIDATE_TAGS) {
    const list = doc.getElementsByTagName(tag);
    for (let i = 0; blocks < MAX_NODES && (tag !== 'br' || i < MAX_NODES); i++) {
      let el = list[i];
      if (!el) break;
      if (tag === 'br') {
        const parent = el.parentElement;
        if (!parent || parent.tagName !== 'DIV' || brParents.has(parent)) continue;
        brParents.add(parent);
        el = parent;
      }
      blocks++;
      if (scoreBlock(el, shape, byParent, solitary) && shape.score > stopAt && shape.score > shape.teaserScore) break scan;
    }
  }
  moveRepeatedItems(shape, solitary, byParent);
  return shape;
}

/** Adds one block to `shape`; true when it counted as article text. */
function scoreBlock(el: Element, shape: TextShape, byParent: Map<Element, number>, solitary: { el: Element; points: number }[]): boolean {
  const text = el.textContent ?? '';
  // Cheap pre-check: even at the densest script's weight, shorter text cannot reach the minimum.
  if (text.length < MIN_LENGTH / MAX_WEIGHT) return false;
  const trimmed = text.trim();
  const length = weightedLength(trimmed);
  if (length < MIN_LENGTH) return false;
  // Lower-cased once: case-insensitive regexes cost more to compile on a page's first call.
  const matchString = el.className + ' ' + el.id;
  if (matchString !== ' ') {
    const lower = matchString.toLowerCase();
    if (hasAny(lower, UNLIKELY) && !hasAny(lower, MAYBE_CANDIDATE)) return false;
  }
  if (!isVisible(el)) return false;
  const where = placement(el);
  if (where === 'skip') return false;
  const points = Math.sqrt(length - MIN_LENGTH);
  if (where === 'link' || linkTextLength(el) > trimmed.length / 2) {
    shape.teaserScore += points;
    shape.teasers++;
    return false;
  }
  shape.score += points;
  const parent = el.parentElement;
  if (parent) {
    byParent.set(parent, (byParent.get(parent) ?? 0) + 1);
    solitary.push({ el, points });
  }
  return true;
}

/** Blocks alone in look-alike parents that carry their own link (a headline) are teasers too. */
function moveRepeatedItems(shape: TextShape, blocks: { el: Element; points: number }[], byParent: Map<Element, number>): void {
  const groups = new Map<string, { el: Element; points: number }[]>();
  for (const block of blocks) {
    const parent = block.el.parentElement!;
    if (byParent.get(parent) !== 1) continue;
    const key = parent.tagName + '.' + parent.className;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(block);
  }
  for (const group of groups.values()) {
    if (group.length < MIN_TEASER_ITEMS) continue;
    // The item holds a link outside the block itself (its headline).
    const withLink = group.filter((b) => [...b.el.parentElement!.children].some((c) => c !== b.el && (c.tagName === 'A' || hasDescendant(c, 'a'))));
    if (withLink.length < MIN_TEASER_ITEMS) continue;
    for (const block of withLink) {
      shape.score -= block.points;
      shape.teaserScore += block.points;
      shape.teasers++;
    }
  }
}

/** True when the page holds enough visible article-like text (see textShape). */
export const isReaderable = (doc: Document): boolean => textShape(doc).score > MIN_SCORE;

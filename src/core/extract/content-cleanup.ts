/**
 * Cleanup of Readability's output, general for every site plus the site rule's own lines:
 * boilerplate lines, duplicate captions, broadcast markers and the summary lines above them,
 * the repeated headline, leading "By" and date lines, and the tail after a sign-off
 * (credits, tip lines, copyright, related headlines).
 */
import type { SiteRule } from '../sites/site-rule';
import { captionTexts } from './captions';
import { splitLinesAtBreaks, textBlocks, wrapLooseText, type TextBlock } from './blocks';
import {
  ANCHOR_MARKER, BY_LINE, GENERAL_BOILERPLATE, LEADING_MARKER, NOTE_LINE, RELATED_LABEL, SIGN_OFFS, TAIL_SECTION_HEADING, matchesAny,
} from './boilerplate';
import { isDateMetaLine } from './date-lines';
import { removeStructuralBoilerplate } from './structure-cleanup';
import { squash } from './metadata/entities';
import { parseDate } from './metadata/dates';
import { elementsByTag } from '../dom';

export interface CleanupContext {
  title: string;
  rule?: SiteRule;
  /** Author names known from the page's metadata or Readability (any may be null). */
  bylines?: (string | null | undefined)[];
}

export interface CleanupResult {
  /** A byline found in the body ("By Name", "…기자 email", "KBS 뉴스 …입니다"). */
  bodyByline: string | null;
}

const MAX_BOILERPLATE_CHARS = 200;
/** Calls to action, rights and meta lines can be a little longer than a label. */
const MAX_NOTE_CHARS = 300;
/** A block of running text: this long, and mostly not link text. */
const PROSE_CHARS = 150;
/** Past this share of the article's text, a comment or author heading starts the tail. */
const TAIL_START = 0.5;
const HEAD_WINDOW = 6;

/** Any character squash() keeps. */
const HAS_TEXT = /\S/;

/** Removes `el`, then empty ancestors up to (not including) root. */
function removeBlock(el: Element, root: Element): void {
  let parent = el.parentElement;
  el.remove();
  while (parent && parent !== root && !HAS_TEXT.test(parent.textContent ?? '') && !parent.querySelector('img, picture, video, iframe, table')) {
    const next = parent.parentElement;
    parent.remove();
    parent = next;
  }
}

/** Removes `el` and everything after it in document order inside root. */
function removeFrom(el: Element, root: Element): void {
  let node: Element | null = el;
  while (node && node !== root) {
    while (node.nextSibling) node.nextSibling.remove();
    node = node.parentElement;
  }
  removeBlock(el, root);
}

function stripLeadingMarker(block: Element): void {
  const first = block.firstElementChild;
  if (first && block.firstChild === first && LEADING_MARKER.test(squash(first.textContent)) && squash(first.textContent).replace(LEADING_MARKER, '') === '') {
    first.remove();
    return;
  }
  const walker = block.ownerDocument.createTreeWalker(block, 4);
  let node = walker.nextNode();
  while (node && !squash(node.textContent)) node = walker.nextNode();
  if (node && LEADING_MARKER.test(node.textContent ?? '')) node.textContent = (node.textContent ?? '').replace(LEADING_MARKER, '');
}

/** True for a short line that is only a date/time (with words such as "Published", "입력"). */
function isDateLine(text: string): boolean {
  if (text.length > 80 || !parseDate(text)) return false;
  const rest = text.replace(/\d+/g, '').replace(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/gi, '').replace(/[\s.,:/|()\-–—]+/g, '');
  return rest.length <= 24;
}

/** Share of the block's text that is link text. */
function linkDensity(block: TextBlock): number {
  const total = block.text.length;
  if (!total) return 0;
  let links = 0;
  for (const a of elementsByTag(block.el, 'a')) links += squash(a.textContent).length;
  return links / total;
}

/** Each step below returns true when it changed the article (so the block list is read again). */
function removeLines(root: Element, blocks: TextBlock[], ctx: CleanupContext): boolean {
  const captions = captionTexts(root);
  let changed = false;
  for (const { el, text } of blocks) {
    const short = text.length <= MAX_BOILERPLATE_CHARS;
    if ((short && (matchesAny(text, GENERAL_BOILERPLATE) || matchesAny(text, ctx.rule?.boilerplateLines))) || captions.has(text) || isNote(text)) {
      removeBlock(el, root);
      changed = true;
    } else if (LEADING_MARKER.test(text)) {
      stripLeadingMarker(el);
      changed = true;
    }
  }
  return changed;
}

/** Calls to action, rights, credits, embed placeholders, comment/meta lines, date lines. */
function isNote(text: string): boolean {
  if (text.length > MAX_NOTE_CHARS) return false;
  return NOTE_LINE.test(text) || isDateMetaLine(text);
}

const isProse = (block: TextBlock): boolean => block.text.length >= PROSE_CHARS && linkDensity(block) < 0.5;

/**
 * "Related"/"more" labels with the link blocks after them. When no running text follows the
 * label, everything from it on goes (teaser cards, headline lists); otherwise the label and the
 * link blocks right after it. Comment and author-box headings past the middle end the article.
 */
function dropRelatedSections(root: Element, blocks: TextBlock[]): boolean {
  const total = blocks.reduce((n, b) => n + b.text.length, 0) || 1;
  let before = 0;
  let changed = false;
  for (let i = 0; i < blocks.length; i++) {
    const { text } = blocks[i];
    const at = before / total;
    before += text.length;
    if (text.length > 60 || !root.contains(blocks[i].el)) continue;
    const related = RELATED_LABEL.test(text);
    const tailHeading = !related && at >= TAIL_START && matchesAny(text, TAIL_SECTION_HEADING);
    if (!related && !tailHeading) continue;
    let proseAfter = false;
    for (let j = i + 1; j < blocks.length && !proseAfter; j++) proseAfter = root.contains(blocks[j].el) && isProse(blocks[j]);
    if (tailHeading || !proseAfter) {
      removeFrom(blocks[i].el, root);
      return true;
    }
    removeBlock(blocks[i].el, root);
    changed = true;
    for (let j = i + 1; j < blocks.length && root.contains(blocks[j].el) && linkDensity(blocks[j]) >= 0.5; j++) removeBlock(blocks[j].el, root);
  }
  return changed;
}

/** Broadcast transcripts open with "[앵커]"; summary lines printed above it are not body. */
function dropSummaryAboveAnchor(root: Element, blocks: TextBlock[]): boolean {
  const anchorAt = blocks.slice(0, HEAD_WINDOW).findIndex((b) => ANCHOR_MARKER.test(b.text));
  for (let i = 0; i < anchorAt; i++) removeBlock(blocks[i].el, root);
  return anchorAt > 0;
}

/** A short line that is all bold (a kicker or label above the body, e.g. a company name). */
function isKicker(block: Element, text: string): boolean {
  if (text.length > 30 || /[.!?。다]$/.test(text)) return false;
  const bold = Array.from(block.querySelectorAll('strong, b')).map((b) => squash(b.textContent)).join(' ');
  return bold === text;
}

function trimHead(root: Element, blocks: TextBlock[], ctx: CleanupContext, result: CleanupResult): boolean {
  const title = squash(ctx.title);
  let changed = false;
  for (const { el, text } of blocks.slice(0, 4)) {
    const by = BY_LINE.exec(text);
    if (title && (text === title || (text.length > 10 && title.endsWith(text)))) removeBlock(el, root);
    else if (by && text.length <= 80) { result.bodyByline ??= by.groups?.name ?? null; removeBlock(el, root); }
    else if (isDateLine(text) || isKicker(el, text)) removeBlock(el, root);
    else if (text.length > 40) break;
    else continue;
    changed = true;
  }
  return changed;
}

/** Person names of the bylines ("Anja Schmoll-Trautmann", "Mateusz Seroka"): two words or more. */
function authorNames(ctx: CleanupContext): string[] {
  const names = new Set<string>();
  for (const b of ctx.bylines ?? []) {
    for (const part of squash(b).split(/\s*(?:,|;|&|\band\b|\bund\b|\bi\b|\by\b|\bet\b)\s*/)) {
      const name = part.replace(/^(by|von|par|por|autor(in)?:?)\s+/i, '').trim();
      if (name.split(/\s+/).length >= 2 && name.length <= 60) names.add(name);
    }
  }
  return [...names];
}

/** A short head line that is only author names (with "By", dates, separators). */
function isAuthorLine(text: string, names: string[]): boolean {
  if (text.length > 120 || !names.some((n) => text.includes(n))) return false;
  let rest = text;
  for (const n of names) rest = rest.split(n).join(' ');
  rest = rest.replace(/\b(by|von|par|por|de|door|di|autor(in)?|text|und|and|et|y|i|interview|fotos?|photos?)\b/giu, ' ');
  return isDateMetaLine(rest.trim()) || rest.replace(/[\s\d.,:;/|()\-–—·•]+/g, '').length <= 3;
}

/** Author lines among the first blocks, and a closing author bio (starts with the author's name). */
function dropAuthorLines(root: Element, blocks: TextBlock[], ctx: CleanupContext): boolean {
  const names = authorNames(ctx);
  if (!names.length) return false;
  let changed = false;
  for (const { el, text } of blocks.slice(0, HEAD_WINDOW)) {
    if (isAuthorLine(text, names)) { removeBlock(el, root); changed = true; }
  }
  const total = blocks.reduce((n, b) => n + b.text.length, 0) || 1;
  let after = 0;
  for (let i = blocks.length - 1; i >= HEAD_WINDOW && after / total < 0.2; i--) {
    const { el, text } = blocks[i];
    after += text.length;
    if (!root.contains(el)) continue;
    // An author box: the author's name alone on a line, then the role and bio.
    if (names.includes(text)) { removeFrom(el, root); changed = true; continue; }
    if (text.length < 400 && names.some((n) => text.startsWith(n) && text.length > n.length + 20)) { removeBlock(el, root); changed = true; }
  }
  return changed;
}

/** The sign-off and what follows it. */
function dropSignOff(root: Element, blocks: TextBlock[], result: CleanupResult): boolean {
  const minIndex = Math.max(0, Math.min(1, blocks.length - 1)); // no blocks: no loop (was blocks[-1])
  for (let i = minIndex; i < blocks.length; i++) {
    const { text } = blocks[i];
    if (text.length > 120) continue;
    const hit = SIGN_OFFS.map((re) => re.exec(text)).find((m) => m);
    if (hit) {
      result.bodyByline ??= hit.groups?.name ?? null;
      removeFrom(blocks[i].el, root);
      return true;
    }
  }
  return false;
}

/**
 * A photo credit run on at the end of the last paragraph, after its final sentence: an optional
 * date and a slash before the photographer's e-mail ("…시구를 하고 있다. 2023.04.07 /jpnews@osen.co.kr",
 * as Korean photo agencies file their captions). Only that tail is cut, and only from the last
 * text node, so the story's own words are never touched.
 */
const CREDIT_TAIL = /(?<=[.!?。…"”’』」)])\s+(?:\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}\.?\s+)?\/\s?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$/;

function trimCreditTail(last: TextBlock | null): void {
  if (!last || !CREDIT_TAIL.test(last.text)) return;
  const walker = last.el.ownerDocument.createTreeWalker(last.el, 4 /* NodeFilter.SHOW_TEXT */);
  let lastText: Text | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (HAS_TEXT.test(node.nodeValue ?? '')) lastText = node as Text;
  const value = lastText?.nodeValue ?? '';
  const tail = CREDIT_TAIL.exec(value);
  if (lastText && tail) lastText.nodeValue = value.slice(0, tail.index);
}

/** Trailing link lists, bare link lines and date lines after the last prose block. */
function dropTrailingLinks(root: Element, blocks: TextBlock[]): TextBlock | null {
  for (let i = blocks.length - 1; i > 0; i--) {
    const block = blocks[i];
    const linky = linkDensity(block) > 0.7;
    const heading = /^H[1-6]$/.test(block.el.tagName) && block.text.split(/\s+/).length <= 6;
    const noWords = !/[\p{L}\p{N}]/u.test(block.text);
    if (linky || heading || noWords || isDateLine(block.text)) removeBlock(block.el, root);
    else return block;
  }
  return blocks[0] ?? null;
}

/** Cleans `root` in place; see the module comment. */
export function cleanArticleContent(root: Element, ctx: CleanupContext): CleanupResult {
  const result: CleanupResult = { bodyByline: null };
  removeStructuralBoilerplate(root);
  splitLinesAtBreaks(root);
  wrapLooseText(root);
  // The article's text blocks (outside figcaptions) with their texts: one list shared by the steps
  // below, read again only after a step changed the article (a removal can turn the parent into a
  // block of its own, a stripped marker changes a text). A step's own removals never change the
  // text of the other blocks it still looks at: blocks are disjoint, and only empty ancestors go
  // with a block.
  let blocks = textBlocks(root);
  if (dropSummaryAboveAnchor(root, blocks)) blocks = textBlocks(root);
  if (removeLines(root, blocks, ctx)) blocks = textBlocks(root);
  if (dropRelatedSections(root, blocks)) blocks = textBlocks(root);
  if (trimHead(root, blocks, ctx, result)) blocks = textBlocks(root);
  if (dropAuthorLines(root, blocks, ctx)) blocks = textBlocks(root);
  if (dropSignOff(root, blocks, result)) blocks = textBlocks(root);
  trimCreditTail(dropTrailingLinks(root, blocks));
  return result;
}

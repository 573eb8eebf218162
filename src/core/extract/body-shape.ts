/**
 * The shape of an extracted body, for the one question the views ask of it: is this an article
 * (running prose) or a page of links, headlines and labels (a home, section, list, search, video
 * or consent page)? Measured on what was extracted, never on the URL.
 */
import { elementsByTag } from '../dom';
import { textBlocks } from './blocks';

export interface BodyShape {
  /** Characters of text (whitespace not counted). */
  chars: number;
  /** Characters in prose blocks: long enough, mostly not link text, ending like a sentence. */
  proseChars: number;
  proseBlocks: number;
  /** Characters of link text. */
  linkChars: number;
  /** Blocks that are mostly link text (headline and menu items). */
  linkBlocks: number;
  blocks: number;
}

/** Sentence ends of the languages we read (Latin, CJK, Korean "-다", Arabic, Devanagari). */
const SENTENCE_END = /[.!?。！？…"”’»)」』\u0964\u06D4]\s*$|[다요죠음]\.?$/u;
/** A block this long that reads as a sentence is prose (CJK packs more per character). */
const PROSE_MIN = 60;
const PROSE_MIN_DENSE = 25;
const DENSE_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;

/** Characters that are not white space, counted without building a new string. */
function nonSpace(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 160 && c !== 0x3000) n++;
  }
  return n;
}

/** Text and link text of a body, without its blocks: what the floor compares (see floor.ts). */
export interface TextMeasure {
  chars: number;
  linkChars: number;
}

/** The body's text and link text counted in two native reads, for a body that may never be shown. */
export function textMeasure(content: Element): TextMeasure {
  let linkChars = 0;
  for (const a of elementsByTag(content, 'a')) linkChars += nonSpace(a.textContent ?? '');
  const chars = nonSpace(content.textContent ?? '');
  return { chars, linkChars: Math.min(linkChars, chars) };
}

export function bodyShape(content: Element): BodyShape {
  const shape: BodyShape = { chars: 0, proseChars: 0, proseBlocks: 0, linkChars: 0, linkBlocks: 0, blocks: 0 };
  for (const { el, text } of textBlocks(content)) {
    const length = nonSpace(text);
    let links = 0;
    for (const a of elementsByTag(el, 'a')) links += nonSpace(a.textContent ?? '');
    if (el.tagName === 'A' || el.closest('a')) links = length;
    shape.blocks++;
    shape.chars += length;
    shape.linkChars += Math.min(links, length);
    if (links > length / 2) { shape.linkBlocks++; continue; }
    // Only the block's start and end are read: a body can be one 5 MB paragraph.
    const min = DENSE_SCRIPT.test(text.slice(0, 200)) ? PROSE_MIN_DENSE : PROSE_MIN;
    if (length >= min && SENTENCE_END.test(text.slice(-8))) { shape.proseChars += length; shape.proseBlocks++; }
  }
  return shape;
}

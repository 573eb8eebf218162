/**
 * Sentence splitting: Intl.Segmenter (UAX #29 via ICU) per paragraph, then repairs where ICU's
 * rules are wrong for news text (titles, initials, "U.S.", quotes followed by "he said",
 * Korean quotations closed by 라고/고).
 */
import { NAME_PREFIXES, SENTENCE_STARTERS, TIME_CONTINUATIONS } from './abbreviations';
import { getSegmenter } from './segmenter';
import { allMatches } from './matches';

interface Piece {
  text: string; // trimmed
  start: number; // offset of `text` in the paragraph
  spaceAfter: boolean; // whitespace followed the piece in the source
}

const CLOSERS = /["'”’»)\]」』]+$/u;
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * V8's segment iterator slows down sharply on long strings (about 0.5 s for one 200 kB paragraph),
 * so long paragraphs are segmented in windows; each window's last, possibly cut, segment is
 * segmented again at the start of the next window.
 */
const WINDOW = 4000;

interface RawSegment { text: string; index: number }

function rawSegments(segmenter: Intl.Segmenter, paragraph: string): RawSegment[] {
  const out: RawSegment[] = [];
  let offset = 0;
  while (offset < paragraph.length) {
    const last = offset + WINDOW >= paragraph.length;
    const segments = Array.from(segmenter.segment(last ? paragraph.slice(offset) : paragraph.slice(offset, offset + WINDOW)));
    const keep = last || segments.length < 2 ? segments.length : segments.length - 1;
    for (let i = 0; i < keep; i++) out.push({ text: segments[i].segment, index: offset + segments[i].index });
    if (last) break;
    // A single segment filling the window is a run-on "sentence": cut it at the window edge.
    offset += segments.length < 2 ? WINDOW : segments[segments.length - 1].index;
  }
  return out;
}

/**
 * Split `text` into sentences. Line breaks always end a sentence. Every returned sentence is a
 * trimmed, verbatim substring of `text`, in order.
 */
export function sentences(text: string, lang: string | null): string[] {
  const out: string[] = [];
  if (!text) return out;
  const segmenter = getSegmenter(lang, 'sentence');
  const english = segmenter.resolvedOptions().locale.startsWith('en');
  for (const paragraph of text.split(/[\r\n\u2028\u2029]+/)) {
    if (!HAS_WORD.test(paragraph)) continue;
    const pieces: Piece[] = [];
    for (const raw of rawSegments(segmenter, paragraph)) {
      const lead = raw.text.length - raw.text.trimStart().length;
      const trimmed = raw.text.trim();
      if (!trimmed) continue;
      const piece = { text: trimmed, start: raw.index + lead, spaceAfter: /\s$/.test(raw.text) };
      pieces.push(...(english ? splitGluedSentences(piece) : [piece]));
    }
    mergePieces(paragraph, pieces, out);
  }
  return out;
}

/**
 * Captions and sentences glued without punctuation, as scraped text often has them:
 * "…interest in their players The manner in which…". A lower-case word followed by a capitalised
 * pronoun or article and a lower-case word is a sentence start ("in The Times" is not).
 */
const GLUED = /(?<=\b[a-z][a-z0-9]+\)?) (?=(?:The|He|She|They|It|His|Her|This|These|Their|A|An) [a-z])/g;
/**
 * After a capitalised word ("…the Bahrain Grand Prix It was…", "…in New Hampshire Her decision…")
 * only openers that are never part of a name: not "A"/"An" ("Plan A is"), not a name's "The".
 */
const GLUED_AFTER_NAME = /(?<=\b[A-Z][a-z0-9]+) (?=(?:He|She|They|It|We|His|Her|Their) [a-z])/g;
/**
 * Every match of GLUED or GLUED_AFTER_NAME is a space before one of these openers and a lower-case
 * letter. This plain scan rules most pieces out at a fraction of the cost of the look-behinds,
 * which V8 runs at every space.
 */
const GLUED_OPENER = / (?:The|He|She|They|It|We|His|Her|This|These|Their|A|An) [a-z]/;
const NOT_SENTENCE_END = new Set(
  'a an the of in on at to for with by from and or but as than that vitamin type grade class group plan category hepatitis section part option size'.split(' '),
);

function splitGluedSentences(piece: Piece): Piece[] {
  if (!GLUED_OPENER.test(piece.text)) return [piece];
  const out: Piece[] = [];
  let from = 0;
  const starts = [...allMatches(GLUED, piece.text), ...allMatches(GLUED_AFTER_NAME, piece.text)]
    .sort((a, b) => a.index! - b.index!);
  for (const m of starts) {
    const before = piece.text.slice(from, m.index);
    const lastWord = before.match(/([a-z0-9]+)\)?$/)?.[1] ?? '';
    if (NOT_SENTENCE_END.has(lastWord)) continue;
    out.push({ text: before, start: piece.start + from, spaceAfter: true });
    from = m.index! + 1;
  }
  out.push({ text: piece.text.slice(from), start: piece.start + from, spaceAfter: piece.spaceAfter });
  return out;
}

/** Joins pieces that ICU split wrongly; pushes the repaired sentences onto `out`. */
function mergePieces(paragraph: string, pieces: Piece[], out: string[]): void {
  const spans: [number, number][] = [];
  let prev: Piece | null = null;
  for (const piece of pieces) {
    const end = piece.start + piece.text.length;
    if (prev && shouldJoin(prev, piece)) spans[spans.length - 1][1] = end;
    else spans.push([piece.start, end]);
    const [s, e] = spans[spans.length - 1];
    prev = { text: paragraph.slice(s, e), start: s, spaceAfter: piece.spaceAfter };
  }
  for (const [s, e] of joinQuotations(paragraph, spans)) out.push(paragraph.slice(s, e));
}

/** Quotation marks still open at the end of `text` (curly or straight double quotes). */
function openQuotes(text: string): boolean {
  const curly = (text.match(/“/g)?.length ?? 0) - (text.match(/”/g)?.length ?? 0);
  const straight = text.match(/"/g)?.length ?? 0;
  return curly > 0 || straight % 2 === 1;
}

/**
 * A quotation of several sentences closed by its attribution is one sentence:
 * '그는 “…많다. 다시 …하겠다”고 다짐했다.', '"… together. We're not …," she said.'
 * Joined only when the quote closes within the next three sentences, so a stray quote mark
 * cannot swallow a paragraph.
 */
function joinQuotations(paragraph: string, spans: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < spans.length; i++) {
    let [s, e] = spans[i];
    if (openQuotes(paragraph.slice(s, e))) {
      for (let j = i + 1; j < spans.length && j <= i + 3; j++) {
        if (!openQuotes(paragraph.slice(s, spans[j][1]))) {
          e = spans[j][1];
          i = j;
          break;
        }
      }
    }
    out.push([s, e]);
  }
  return out;
}

function shouldJoin(prev: Piece, next: Piece): boolean {
  if (!HAS_WORD.test(next.text)) return true; // a stray closing quote or bracket
  // ICU breaks after "!" or "?" even before a lower-case word ('"Stop!" he said').
  if (/^\p{Ll}/u.test(next.text)) return true;
  if (!prev.spaceAfter) {
    // '“좋다.”라고 말했다', '"Stop."he said', '3.5%' glued: no space means no real break.
    if (CLOSERS.test(prev.text) && /^[\p{L}\p{N}]/u.test(next.text)) return true;
  }
  // Only a bare period can be wrong: 'ended."' (closers after it) is a real end.
  if (!prev.text.endsWith('.')) return false;
  const last = prev.text.match(/(?:^|[\s(“"'‘-])([\p{L}.]+)\.$/u)?.[1] ?? '';
  if (!last) return false;
  const first = next.text.match(/^["'“‘(]*([\p{L}\p{N}]+)/u)?.[1] ?? '';
  const firstLower = first.toLowerCase();
  if (NAME_PREFIXES.has(last.toLowerCase()) && /^\p{Lu}/u.test(last)) return true;
  if (/^\p{Lu}$/u.test(last) || /^(?:\p{L}\.)+\p{L}$/u.test(last)) {
    // "Lloyd J. Austin", "N. Korea", "U.S. Forces" — unless a typical sentence opener follows.
    return !SENTENCE_STARTERS.has(firstLower);
  }
  if (/^[ap]\.m$/i.test(last)) return TIME_CONTINUATIONS.has(firstLower);
  return false;
}

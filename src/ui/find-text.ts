/**
 * Finds a sentence (a key fact, quoted from article.textContent) inside the rendered article body.
 * The body's text differs from textContent in whitespace (line breaks, indentation, &nbsp;), quote
 * styles and sometimes by markup splitting words across elements, so both sides are compared in a
 * normalized form: whitespace, soft hyphens and zero-width characters dropped, curly quotes straightened, lower case.
 */

interface TextIndex {
  /** Normalized characters of the whole body, one per kept source character. */
  text: string;
  /** For each normalized character: the index of its text node in `nodes`, and its offset there. */
  nodeOf: Int32Array;
  offsetOf: Int32Array;
  nodes: Text[];
}

/** UTF-16 code → normalized code, or -1 to skip. Typed arrays and char codes keep a 5 MB body fast. */
const QUOTES = new Map<number, number>([
  [0x2018, 0x27], [0x2019, 0x27], [0x201a, 0x27], [0x2032, 0x27],
  [0x201c, 0x22], [0x201d, 0x22], [0x201e, 0x22], [0x2033, 0x22],
  [0x2013, 0x2d], [0x2014, 0x2d], [0x2212, 0x2d],
  [0x2026, 0x2e],
]);

function normalizeCode(code: number): number {
  if (code <= 0x20 || code === 0xa0 || code === 0xad || code === 0xfeff || code === 0x2060 || (code >= 0x200b && code <= 0x200d)) return -1;
  if (code >= 0x41 && code <= 0x5a) return code + 32;
  if (code < 0x80) return code;
  if ((code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0x1680 || code === 0x85) return -1;
  const quote = QUOTES.get(code);
  if (quote !== undefined) return quote;
  if (code >= 0xc0 && code < 0x530) {
    // Latin-1, Latin Extended, Greek, Cyrillic: the only ranges with case that news text uses.
    const lower = String.fromCharCode(code).toLowerCase();
    return lower.length === 1 ? lower.charCodeAt(0) : code;
  }
  return code;
}

function codesToString(codes: Uint16Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 8192) out += String.fromCharCode(...codes.subarray(i, Math.min(length, i + 8192)));
  return out;
}

/** The normalized form used for matching (exported for tests). */
export function normalizeForMatch(text: string): string {
  const codes = new Uint16Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = normalizeCode(text.charCodeAt(i));
    if (code >= 0) codes[n++] = code;
  }
  return codesToString(codes, n);
}

function indexText(root: Node): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  let total = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    nodes.push(node);
    total += node.data.length;
  }
  const codes = new Uint16Array(total);
  const nodeOf = new Int32Array(total);
  const offsetOf = new Int32Array(total);
  let n = 0;
  for (let k = 0; k < nodes.length; k++) {
    const data = nodes[k].data;
    for (let i = 0; i < data.length; i++) {
      const code = normalizeCode(data.charCodeAt(i));
      if (code < 0) continue;
      codes[n] = code;
      nodeOf[n] = k;
      offsetOf[n] = i;
      n++;
    }
  }
  return { text: codesToString(codes, n), nodeOf, offsetOf, nodes };
}

function rangeFor(doc: Document, index: TextIndex, start: number, endInclusive: number): Range {
  const range = doc.createRange();
  range.setStart(index.nodes[index.nodeOf[start]], index.offsetOf[start]);
  range.setEnd(index.nodes[index.nodeOf[endInclusive]], index.offsetOf[endInclusive] + 1);
  return range;
}

const EDGE = 24;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The first occurrence of `needle` that starts a word ("6일" not inside "16일", "Lee" not inside
 * "Kolee"), judged on the source text where spaces still exist; else the first occurrence at all.
 */
function firstWholeMatch(index: TextIndex, needle: string): number {
  const first = index.text.indexOf(needle);
  if (first < 0 || !WORD_CHAR.test(needle[0])) return first;
  for (let at = first; at >= 0 && at < index.text.length; at = index.text.indexOf(needle, at + 1)) {
    const offset = index.offsetOf[at];
    const before = offset > 0 ? index.nodes[index.nodeOf[at]].data[offset - 1] : '';
    if (!before || !WORD_CHAR.test(before)) return at;
  }
  return first;
}

/**
 * A Range covering `sentence` inside `root`, or null. If the whole sentence isn't found (e.g. the
 * sanitizer dropped an inline element in the middle), the range runs from its opening words to its
 * closing words when both occur close together, else covers just the opening words.
 */
export function findTextRange(root: Node, sentence: string): Range | null {
  const needle = normalizeForMatch(sentence);
  if (!needle) return null;
  const doc = root.ownerDocument ?? (root as Document);
  const index = indexText(root);
  const exact = firstWholeMatch(index, needle);
  if (exact >= 0) return rangeFor(doc, index, exact, exact + needle.length - 1);
  // Short sentences must match whole; longer ones may match by their ends (16 to 24 characters each).
  const edge = Math.min(EDGE, Math.floor(needle.length / 3));
  if (edge < 16) return null;

  const head = needle.slice(0, edge);
  const tail = needle.slice(-edge);
  const start = index.text.indexOf(head);
  if (start >= 0) {
    const tailAt = index.text.indexOf(tail, start + edge);
    if (tailAt >= 0 && tailAt + edge - start <= needle.length * 1.5) return rangeFor(doc, index, start, tailAt + edge - 1);
    return rangeFor(doc, index, start, start + edge - 1);
  }
  const tailOnly = index.text.indexOf(tail);
  if (tailOnly >= 0) return rangeFor(doc, index, tailOnly, tailOnly + edge - 1);
  return null;
}

/**
 * Ranges for consecutive `sentences` of `root`'s text (read aloud: the article's sentences, in
 * order), from one index of the text: each is looked for after the previous one found, so a
 * sentence repeated in the body maps to the right place. Null where a sentence isn't found (a
 * caption left out of the text, or markup the sanitizer changed); matching is as in findTextRange.
 */
export function findSentenceRanges(root: Node, sentences: readonly string[]): (Range | null)[] {
  const doc = root.ownerDocument ?? (root as Document);
  const index = indexText(root);
  let cursor = 0;
  return sentences.map((sentence) => {
    const needle = normalizeForMatch(sentence);
    if (!needle) return null;
    const at = index.text.indexOf(needle, cursor);
    if (at >= 0) {
      cursor = at + needle.length;
      return rangeFor(doc, index, at, cursor - 1);
    }
    const edge = Math.min(EDGE, Math.floor(needle.length / 3));
    if (edge < 16) return null;
    const start = index.text.indexOf(needle.slice(0, edge), cursor);
    // Only close by: a head found far ahead would skip sentences that are there.
    if (start < 0 || start - cursor > needle.length * 2) return null;
    const tailAt = index.text.indexOf(needle.slice(-edge), start + edge);
    const end = tailAt >= 0 && tailAt + edge - start <= needle.length * 1.5 ? tailAt + edge : start + edge;
    cursor = end;
    return rangeFor(doc, index, start, end - 1);
  });
}

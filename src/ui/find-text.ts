/**
 * Finds a sentence (a key fact, quoted from article.textContent) inside the rendered article body.
 * The body's text differs from textContent in whitespace (line breaks, indentation, &nbsp;), quote
 * styles and sometimes by markup splitting words across elements, so both sides are compared in a
 * normalized form: whitespace and zero-width characters dropped, curly quotes straightened, lower case.
 */

interface TextIndex {
  /** Normalized characters of the whole body, one per kept source character. */
  text: string;
  /** For each normalized character, its text node and offset. */
  nodes: Text[];
  offsets: number[];
}

const SKIPPED = /[\s\u00a0\u200b-\u200d\u2060\ufeff]/;
const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2033': '"',
  '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u2026': '.',
};

/** Normalizes one UTF-16 code unit; '' means "skip". Always 0 or 1 units, so indices stay aligned. */
function normalizeUnit(unit: string): string {
  if (SKIPPED.test(unit)) return '';
  const mapped = QUOTES[unit] ?? unit;
  const lower = mapped.toLowerCase();
  return lower.length === 1 ? lower : mapped;
}

/** The normalized form used for matching (exported for tests). */
export function normalizeForMatch(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += normalizeUnit(text[i]);
  return out;
}

function indexText(root: Node): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x4 /* NodeFilter.SHOW_TEXT */);
  const index: TextIndex = { text: '', nodes: [], offsets: [] };
  const chars: string[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const unit = normalizeUnit(data[i]);
      if (!unit) continue;
      chars.push(unit);
      index.nodes.push(node);
      index.offsets.push(i);
    }
  }
  index.text = chars.join('');
  return index;
}

function rangeFor(doc: Document, index: TextIndex, start: number, endInclusive: number): Range {
  const range = doc.createRange();
  range.setStart(index.nodes[start], index.offsets[start]);
  range.setEnd(index.nodes[endInclusive], index.offsets[endInclusive] + 1);
  return range;
}

const EDGE = 24;

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
  const exact = index.text.indexOf(needle);
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

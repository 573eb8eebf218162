/** Wraps a found sentence in <mark> elements (one per text node it spans) and removes old marks. */
import { findTextRange } from './find-text';

const MARK_ATTRIBUTE = 'data-lede-highlight';

/** Removes every highlight under `root`, restoring the original text nodes. */
export function clearHighlights(root: Element): void {
  const marks = [...root.querySelectorAll(`mark[${MARK_ATTRIBUTE}]`)];
  const parents = new Set<Node>();
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    mark.replaceWith(...mark.childNodes);
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
}

/** Text nodes that `range` touches, in document order. */
function textNodesIn(range: Range): Text[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) return [root as Text];
  const doc = root.ownerDocument!;
  const walker = doc.createTreeWalker(root, 0x4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (range.intersectsNode(node)) nodes.push(node as Text);
  }
  return nodes;
}

/** A highlight mark (data-lede-highlight), the default wrapper of wrapRange. */
function makeMark(doc: Document): HTMLElement {
  const mark = doc.createElement('mark');
  mark.setAttribute(MARK_ATTRIBUTE, '');
  return mark;
}

/**
 * Wraps the text inside `range` in elements made by `make` (highlight marks by default), one per
 * text node it touches; returns them in document order.
 */
export function wrapRange(range: Range, make: (doc: Document) => HTMLElement = makeMark): HTMLElement[] {
  const doc = range.startContainer.ownerDocument!;
  const marks: HTMLElement[] = [];
  const { startContainer, startOffset, endContainer, endOffset } = range;
  for (const node of textNodesIn(range)) {
    const from = node === startContainer ? startOffset : 0;
    const to = node === endContainer ? endOffset : node.data.length;
    if (to <= from || !node.data.slice(from, to).trim()) continue;
    // Split off the part before and after, then wrap the middle.
    const middle = from > 0 ? node.splitText(from) : node;
    if (to - from < middle.data.length) middle.splitText(to - from);
    const mark = make(doc);
    middle.replaceWith(mark);
    mark.append(middle);
    marks.push(mark);
  }
  return marks;
}

/**
 * Highlights `sentence` inside `root` (clearing earlier highlights). Returns the marks, empty when
 * the sentence isn't there.
 */
export function highlightSentence(root: Element, sentence: string): HTMLElement[] {
  clearHighlights(root);
  const range = findTextRange(root, sentence);
  if (!range) return [];
  return wrapRange(range);
}

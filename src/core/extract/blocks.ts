/**
 * The article as a list of text blocks (paragraph-like leaves), and its text with blocks joined
 * by blank lines. Key facts need paragraph breaks, and Readability's raw textContent glues
 * `<p>a</p><p>b</p>` into "ab".
 */
import { squash } from './metadata/entities';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'CAPTION', 'SUMMARY',
]);

export const isBlock = (node: Node): boolean => node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName);

// Child-pointer loops, not Array.from(children): a live collection costs a scan per read in jsdom
// (see src/core/dom.ts), and these run for every block of the article.
function hasBlockChild(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (BLOCK_TAGS.has(child.tagName)) return true;
  return false;
}

/** Lifts the children of inline wrappers (span, font…) that hold <br>s into `block`, so every
 * line break is a direct child and lines can be split. Links are left alone. */
function unwrapInlineAroundBreaks(block: Element): void {
  for (const br of Array.from(block.querySelectorAll('br'))) {
    let parent: Element | null = br.parentElement;
    while (parent && parent !== block && parent.tagName !== 'A') {
      const outer: Element | null = parent.parentElement;
      parent.replaceWith(...Array.from(parent.childNodes));
      parent = outer;
    }
  }
}

/**
 * Splits leaf blocks at <br> so each printed line is its own block (<p>); boilerplate such as
 * sign-offs and tip lines is then removable line by line. Headings and list items keep their
 * tag for the first line.
 */
export function splitLinesAtBreaks(root: Element): void {
  const doc = root.ownerDocument;
  // Only blocks that hold a <br> can need splitting; start from the breaks (cheap in jsdom).
  const holders = new Set<Element>();
  for (const br of Array.from(root.getElementsByTagName('br'))) {
    const holder = br.parentElement?.closest('p, div, li, td, dd, blockquote');
    if (holder && root.contains(holder)) holders.add(holder);
  }
  for (const el of holders) {
    if (!root.contains(el) || hasBlockChild(el) || el.closest('pre, figcaption')) continue;
    unwrapInlineAroundBreaks(el);
    if (!el.querySelector(':scope > br')) continue;
    const lines: Node[][] = [[]];
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === 1 && (child as Element).tagName === 'BR') lines.push([]);
      else lines[lines.length - 1].push(child);
    }
    const kept = lines.filter((nodes) => squash(nodes.map((n) => n.textContent).join('')) || nodes.some((n) => n.nodeType === 1 && (n as Element).querySelector?.('img') || (n as Element).tagName === 'IMG'));
    if (kept.length <= 1) {
      for (const br of Array.from(el.querySelectorAll(':scope > br'))) br.replaceWith(doc.createTextNode(' '));
      continue;
    }
    const isContainer = el.tagName === 'DIV' || el.tagName === 'TD' || el.tagName === 'DD' || el.tagName === 'BLOCKQUOTE' || el.tagName === 'LI';
    const fragment = doc.createDocumentFragment();
    for (const nodes of kept) {
      const p = doc.createElement('p');
      for (const n of nodes) p.appendChild(n);
      fragment.appendChild(p);
    }
    if (isContainer) el.replaceChildren(fragment);
    else el.replaceWith(fragment);
  }
}

/**
 * Wraps runs of loose text/inline nodes that sit beside blocks (Readability's <br> handling
 * produces `<p>text<p>…</p>more text</p>`) in their own <p>, so every visible line is a block.
 */
export function wrapLooseText(root: Element): void {
  const doc = root.ownerDocument;
  const visit = (el: Element): void => {
    if (!hasBlockChild(el) || el.tagName === 'FIGURE' || el.tagName === 'PRE') return;
    let run: Node[] = [];
    const flush = (before: Node | null): void => {
      if (run.length && squash(run.map((n) => n.textContent).join(''))) {
        const p = doc.createElement('p');
        el.insertBefore(p, before);
        for (const n of run) p.appendChild(n);
      }
      run = [];
    };
    for (const child of Array.from(el.childNodes)) {
      if (isBlock(child)) { flush(child); visit(child as Element); }
      else if (child.nodeType === 1 || child.nodeType === 3) run.push(child);
    }
    flush(null);
  };
  visit(root);
}

/** A leaf text block and its squashed text. */
export interface TextBlock {
  el: Element;
  text: string;
}

/**
 * Leaf text blocks of `root` in document order (elements with text and no block children) outside
 * figcaptions, each with its squashed text: one walk, and each block's textContent read once.
 */
export function textBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  if (root.closest('figcaption')) return blocks;
  const walk = (el: Element): void => {
    if (el.tagName === 'FIGCAPTION') return;
    if (!hasBlockChild(el)) {
      const text = squash(el.textContent);
      if (text) blocks.push({ el, text });
      return;
    }
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (BLOCK_TAGS.has(child.tagName)) walk(child);
    }
  };
  walk(root);
  return blocks;
}

/** Text of an element with inline whitespace collapsed; figcaptions and hidden parts are left out. */
function blockText(el: Element): string {
  if (el.closest('figcaption')) return '';
  return squash(el.textContent);
}

/**
 * The article text: one entry per block, joined by "\n\n". Text directly inside mixed
 * containers (text next to blocks) becomes its own block.
 */
export function articleText(root: Element): string {
  const parts: string[] = [];
  let inline = '';
  const flush = (): void => {
    const t = squash(inline);
    if (t) parts.push(t);
    inline = '';
  };
  const walk = (el: Element): void => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) { inline += child.textContent; continue; }
      if (child.nodeType !== 1) continue;
      const c = child as Element;
      if (c.tagName === 'FIGCAPTION' || c.tagName === 'SCRIPT' || c.tagName === 'STYLE' || c.tagName === 'TEMPLATE') continue;
      if (c.tagName === 'BR') { inline += '\n'; continue; }
      if (!BLOCK_TAGS.has(c.tagName)) {
        if (c.querySelector('figcaption')) { flush(); walk(c); flush(); } else inline += c.textContent;
        continue;
      }
      flush();
      if (hasBlockChild(c) || c.querySelector('figcaption')) walk(c);
      else { const t = blockText(c); if (t) parts.push(t); }
      flush();
    }
  };
  walk(root);
  flush();
  return parts.join('\n\n');
}

/**
 * "Copy as Markdown" (issue 11 §3): an article as Markdown, from the sanitized article DOM and
 * plain data. Pure: no browser API, no globals; works on any DOM (the reading view's, or jsdom's).
 *
 * Why an own converter and not a library such as turndown: after the sanitizer the body is a small,
 * known tag set (src/core/sanitize ALLOWED_TAGS), and the rules that matter here are ours to
 * enforce: every character of page text escaped, no raw HTML ever passed through (turndown keeps
 * unknown elements' HTML when asked to and escapes less), links and images only with http(s) URLs.
 * It costs a few kilobytes in the popup bundle, not a dependency.
 */
import { codeBlock, codeSpan, escapeInline, escapeLineStart, escapeText, markdownUrl } from './escape';

export { escapeInline, escapeLineStart, escapeText, markdownUrl } from './escape';

export interface MarkdownMeta {
  title: string;
  /** The article's address (canonical if known): the source link. */
  url: string | null;
  siteName: string | null;
  byline: string | null;
  /** Date lines as shown in the view, already localized (e.g. "Published Apr 19, 2023, 9:00 AM"). */
  dates: string[];
  keyFacts: string[];
  /** Localized words around the data. */
  labels: { source: string; keyFacts: string };
}

/** Never converted, not even their text: code, styles, media and form controls are not article text. */
const SKIP = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'head', 'title',
  'button', 'select', 'option', 'textarea', 'input', 'canvas', 'video', 'audio', 'source', 'track', 'map', 'area', 'rt', 'rp',
]);

/** Elements that start their own block; everything else is read as inline. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'aside', 'address', 'main', 'nav', 'blockquote', 'pre',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'table', 'caption', 'hr',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'details', 'summary', 'hgroup', 'center',
]);

/** Stands for a <br> while inline text is assembled; becomes a hard line break (or a space in one-line contexts). */
const BR = '\u0000';

const tagOf = (node: Node): string => (node as Element).localName ?? node.nodeName.toLowerCase();
const isElement = (node: Node): node is Element => node.nodeType === 1;

/** Inline Markdown of `node`'s children (text escaped, emphasis, links, images, code). */
function inline(node: Node): string {
  let out = '';
  for (const child of node.childNodes) {
    if (child.nodeType === 3) out += escapeInline((child.nodeValue ?? '').replace(/\s+/g, ' '));
    else if (isElement(child)) out += inlineElement(child);
  }
  return out;
}

/** Moves outer spaces out of a delimiter run, which CommonMark needs to see the emphasis. */
function wrap(marker: string, content: string): string {
  const core = content.trim();
  if (!core || core === BR) return content;
  const lead = /^\s/.test(content) ? ' ' : '';
  const trail = /\s$/.test(content) ? ' ' : '';
  return `${lead}${marker}${core}${marker}${trail}`;
}

/** First URL of a srcset ("a.jpg 1x, b.jpg 2x"). */
const firstSrcset = (srcset: string | null): string | null => srcset?.trim().split(/\s+/)[0]?.replace(/,$/, '') || null;

function image(el: Element): string {
  const alt = (el.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
  const src = markdownUrl(el.getAttribute('src')) ?? markdownUrl(firstSrcset(el.getAttribute('srcset')));
  if (src) return `![${escapeInline(alt)}](${src})`;
  return alt ? escapeInline(alt) : '';
}

function inlineElement(el: Element): string {
  const tag = tagOf(el);
  if (SKIP.has(tag)) return '';
  switch (tag) {
    case 'br': return BR;
    case 'wbr': return '';
    case 'img': return image(el);
    case 'strong': case 'b': return wrap('**', inline(el));
    case 'em': case 'i': return wrap('*', inline(el));
    case 's': case 'del': case 'strike': return wrap('~~', inline(el));
    case 'code': case 'kbd': case 'samp': case 'tt': return codeSpan(el.textContent ?? '');
    case 'q': return `“${inline(el).trim()}”`;
    case 'a': {
      const text = inline(el);
      const href = markdownUrl(el.getAttribute('href'));
      if (!href || !text.replace(new RegExp(BR, 'g'), '').trim()) return text; // in-page anchors and unsafe links: their text only
      return `${/^\s/.test(text) ? ' ' : ''}[${text.trim()}](${href})${/\s$/.test(text) ? ' ' : ''}`;
    }
    default:
      // span, mark, u, ins, small, sub, sup, abbr, time, cite, bdi, bdo, ruby, and blocks met inside inline content.
      return BLOCKS.has(tag) ? ` ${inline(el)} ` : inline(el);
  }
}

/** Finishes inline text as one paragraph: spaces collapsed, <br> as hard breaks, each line's start escaped. */
function paragraph(raw: string): string {
  const text = raw
    .replace(/ {2,}/g, ' ')
    .replace(new RegExp(` *${BR} *`, 'g'), BR)
    .replace(new RegExp(`^${BR}+|${BR}+$`, 'g'), '')
    .trim();
  if (!text) return '';
  return text
    .split(new RegExp(`${BR}{2,}`))
    .map((part) => part.split(BR).map((line) => escapeLineStart(line.trim())).filter(Boolean).join('\\\n'))
    .filter(Boolean)
    .join('\n\n');
}

/** One line (headings, table cells): breaks become spaces. */
const oneLine = (raw: string): string => raw.replace(new RegExp(BR, 'g'), ' ').replace(/\s+/g, ' ').trim();

/** Markdown blocks for `node`'s children: runs of inline content become paragraphs. */
function blocks(node: Node): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    const text = paragraph(run);
    if (text) out.push(text);
    run = '';
  };
  for (const child of node.childNodes) {
    if (child.nodeType === 3) {
      run += escapeInline((child.nodeValue ?? '').replace(/\s+/g, ' '));
    } else if (isElement(child)) {
      const tag = tagOf(child);
      if (SKIP.has(tag)) continue;
      if (BLOCKS.has(tag)) {
        flush();
        out.push(...block(child, tag));
      } else {
        run += inlineElement(child);
      }
    }
  }
  flush();
  return out;
}

const indent = (text: string, by: string): string => text.split('\n').map((line) => (line ? by + line : line)).join('\n');

function list(el: Element, ordered: boolean): string[] {
  const start = Number.parseInt(el.getAttribute('start') ?? '1', 10);
  let n = Number.isFinite(start) && start >= 0 && start < 1e9 ? start : 1;
  const items: string[] = [];
  for (const child of el.children) {
    const content = tagOf(child) === 'li' ? blocks(child) : block(child, tagOf(child));
    if (!content.length) continue;
    // A nested list follows its item's text directly (a tight list); paragraphs keep a blank line.
    const body = content.reduce((acc, part) => (acc ? `${acc}${/^(?:[-*+]|\d+[.)]) /.test(part) ? '\n' : '\n\n'}${part}` : part), '');
    const marker = ordered ? `${n}. ` : '- ';
    n += 1;
    const lines = indent(body, ' '.repeat(marker.length));
    items.push(marker + lines.slice(marker.length));
  }
  return items.length ? [items.join('\n')] : [];
}

function table(el: Element): string[] {
  const out: string[] = [];
  const caption = el.querySelector(':scope > caption');
  if (caption) out.push(...blocks(caption));
  const rows = [...el.querySelectorAll('tr')].filter((row) => row.closest('table') === el)
    .map((row) => [...row.children].filter((cell) => /^t[dh]$/.test(tagOf(cell)))
      .map((cell) => oneLine(inline(cell)).replace(/\|/g, '\\|')))
    .filter((cells) => cells.some(Boolean));
  if (!rows.length) return out;
  const width = Math.max(...rows.map((cells) => cells.length));
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  out.push([line(rows[0]), line(Array(width).fill('---')), ...rows.slice(1).map(line)].join('\n'));
  return out;
}

function block(el: Element, tag: string): string[] {
  switch (tag) {
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': {
      // The title is the document's only "#": the body's h1 and h2 both become "##".
      const level = Math.min(6, Math.max(2, Number(tag[1])));
      const text = oneLine(inline(el)).replace(/#/g, '\\#');
      return text ? [`${'#'.repeat(level)} ${text}`] : [];
    }
    case 'hr': return ['---'];
    case 'pre': {
      const code = codeBlock(el.textContent ?? '');
      return code ? [code] : [];
    }
    case 'blockquote': {
      const inner = blocks(el).join('\n\n');
      return inner ? [inner.split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n')] : [];
    }
    case 'ul': return list(el, false);
    case 'ol': return list(el, true);
    case 'table': return table(el);
    case 'dt': {
      const text = oneLine(inline(el));
      return text ? [`**${text}**`] : [];
    }
    default:
      return blocks(el);
  }
}

/** The article body (e.g. the reading view's [data-role="article"]) as Markdown blocks. */
export function bodyToMarkdown(body: Node): string {
  return blocks(body).join('\n\n').replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * The whole article: title, source link, byline and dates, key facts, then the body with headings,
 * lists, quotes, links and images (alt text).
 */
export function articleToMarkdown(body: Node, meta: MarkdownMeta): string {
  const parts: string[] = [];
  const title = escapeInline(meta.title.replace(/\s+/g, ' ').trim()).replace(/#/g, '\\#');
  if (title) parts.push(`# ${title}`);
  const url = markdownUrl(meta.url);
  const site = escapeInline((meta.siteName ?? '').replace(/\s+/g, ' ').trim());
  if (url) parts.push(`${escapeText(meta.labels.source)}: [${site || url}](${url})`);
  else if (site) parts.push(`${escapeText(meta.labels.source)}: ${site}`);
  const credits = [meta.byline ?? '', ...meta.dates].map((part) => part.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (credits.length) parts.push(escapeLineStart(credits.map(escapeInline).join(' · ')));
  const facts = meta.keyFacts.map(escapeText).filter(Boolean);
  if (facts.length) parts.push(`## ${escapeText(meta.labels.keyFacts)}`, facts.map((fact) => `- ${fact}`).join('\n'));
  const text = bodyToMarkdown(body);
  if (text) parts.push('---', text);
  return `${parts.join('\n\n')}\n`;
}

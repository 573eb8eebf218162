/**
 * Markdown escaping of page text. Page text is data: whatever characters it holds must come out of
 * a Markdown renderer as the same characters, never as emphasis, links, headings or HTML.
 */

/** Characters that start inline syntax anywhere in a line (CommonMark + GFM strikethrough). `<` also stops raw HTML and autolinks. */
const INLINE_SPECIAL = /[\\`*_[\]<~]/g;
/** `&name;` / `&#123;` would be read as a character reference. */
const ENTITY_LIKE = /&(?=#?[0-9A-Za-z]+;)/g;

/** Escapes inline syntax in a run of text (no line-start rules: see escapeLineStart). */
export function escapeInline(text: string): string {
  return text.replace(/\u0000/g, '').replace(INLINE_SPECIAL, '\\$&').replace(ENTITY_LIKE, '\\&');
}

/**
 * Escapes what only means something at the start of a line: ATX headings, block quotes, list
 * markers ("-", "+", "1." and "1)" — Korean dates such as "2023. 4. 19." start like an ordered
 * list), setext underlines and indentation (which would make a code block).
 */
export function escapeLineStart(line: string): string {
  const trimmed = line.replace(/^[ \t]+/, '');
  const numbered = /^(\d{1,9})([.)])(?=\s|$)/.exec(trimmed);
  if (numbered) return `${numbered[1]}\\${numbered[2]}${trimmed.slice(numbered[0].length)}`;
  if (/^(?:#|>|[-+=](?=\s|$|[-+=]))/.test(trimmed)) return `\\${trimmed}`;
  return trimmed;
}

/** A whole line of plain text: inline escapes, then line-start escapes. */
export function escapeText(text: string): string {
  return escapeLineStart(escapeInline(text.replace(/\s+/g, ' ').trim()));
}

/**
 * A link or image destination: only absolute http(s) URLs, percent-encoding what would end or
 * break the destination (spaces, parentheses, angle brackets). Null for anything else.
 */
export function markdownUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.href.replace(/[\s()<>\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A code span around `code` (raw text), with a fence longer than any backtick run inside it. */
export function codeSpan(code: string): string {
  const text = code.replace(/\s+/g, ' ');
  if (!text.trim()) return '';
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[`\s]|[`\s]$/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A fenced code block around `code` (raw text). */
export function codeBlock(code: string): string {
  const text = code.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  if (!text.trim()) return '';
  const longest = Math.max(0, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}\n${text}\n${fence}`;
}

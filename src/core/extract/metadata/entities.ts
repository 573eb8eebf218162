/** Decodes HTML character references left in text that never went through the HTML parser
 * (JSON-LD strings such as `&#34;`). A textarea parses its content as text, so nothing runs. */
export function decodeEntities(text: string, doc: Document): string {
  if (!/&(#\d+|#x[0-9a-f]+|[a-z]+\d*);/i.test(text)) return text;
  const textarea = doc.createElement('textarea');
  textarea.innerHTML = text.replace(/</g, '&lt;');
  return textarea.value;
}

/** Collapses whitespace (including no-break spaces) and trims. */
export const squash = (text: string | null | undefined): string => String(text ?? '').replace(/\s+/g, ' ').trim();

/**
 * Which URLs article HTML may keep. Used by the sanitizer's hooks (see ./index.ts); pure string
 * functions so they can be tested and reused (e.g. for og:image / JSON-LD image before display).
 *
 * Every check parses the value with the WHATWG URL parser, the same one the browser uses when it
 * follows the link, so tricks such as tabs or newlines inside the scheme, entity-decoded schemes,
 * leading control characters or mixed case are judged by what the browser would really do. What we
 * keep is the parser's canonical form, never the raw attribute text.
 */

/** Schemes a link may open. Everything else (javascript:, vbscript:, data:, file:, blob:, chrome-extension:...) is dropped. */
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Schemes an image may load from. */
const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * Raster images only: an SVG (even in <img>) is a document with its own parser and a history of
 * bugs, and data:text/* or application/* is never an image. Base64 only, so the payload is opaque.
 */
const RASTER_DATA_URL = /^data:image\/(?:png|jpeg|jpg|gif|webp|avif|bmp);base64,[a-z0-9+/=\s]*$/i;

/** Canonical http(s)/mailto URL, or null. Relative URLs are refused: the extractor makes them absolute. */
export function safeLinkUrl(value: string): string | null {
  return parseWith(value, LINK_PROTOCOLS);
}

/** Canonical http(s) URL or raster base64 data: URL, or null. */
export function safeImageUrl(value: string): string | null {
  const trimmed = value.trim();
  if (/^data:/i.test(trimmed)) return RASTER_DATA_URL.test(trimmed) ? trimmed.replace(/\s+/g, '') : null;
  return parseWith(trimmed, IMAGE_PROTOCOLS);
}

function parseWith(value: string, protocols: Set<string>): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  return protocols.has(url.protocol) ? url.href : null;
}

/**
 * Keeps only the srcset candidates whose URL is a safe image URL; returns null when none is left.
 * Follows the HTML "parse a srcset attribute" steps closely enough that a data: URL (which contains
 * a comma) stays one candidate: a URL runs to the next whitespace, and only a comma at its end
 * separates candidates.
 */
export function safeSrcset(value: string): string | null {
  const kept: string[] = [];
  let pos = 0;
  const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
  while (pos < value.length) {
    while (pos < value.length && (isSpace(value[pos]) || value[pos] === ',')) pos++;
    if (pos >= value.length) break;
    let end = pos;
    while (end < value.length && !isSpace(value[end])) end++;
    let url = value.slice(pos, end);
    pos = end;
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      let depth = 0;
      while (pos < value.length && (depth > 0 || value[pos] !== ',')) {
        if (value[pos] === '(') depth++;
        else if (value[pos] === ')') depth = Math.max(0, depth - 1);
        descriptor += value[pos++];
      }
      descriptor = descriptor.trim();
    }
    const safe = safeImageUrl(url);
    // Descriptors are only width/density numbers; anything else is not a candidate we need.
    if (!safe || !/^(?:\d+w|\d+(?:\.\d+)?x)?$/.test(descriptor)) continue;
    // A trailing comma would end the candidate early when the attribute is parsed again.
    const candidate = safe.replace(/,+$/, (m) => '%2C'.repeat(m.length));
    kept.push(descriptor ? `${candidate} ${descriptor}` : candidate);
  }
  return kept.length ? kept.join(', ') : null;
}

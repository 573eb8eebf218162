/**
 * Decodes a saved page's bytes the way a browser would: a byte-order mark first, then a charset
 * declared in a <meta> tag within the first 1024 bytes, else UTF-8. `override` (--encoding) wins.
 */

export interface Decoded {
  text: string;
  /** The encoding used (a WHATWG label as TextDecoder reports it, e.g. 'utf-8', 'euc-kr'). */
  encoding: string;
  /** How it was chosen. */
  source: 'override' | 'bom' | 'meta' | 'meta-but-utf8' | 'default';
}

const PRESCAN_BYTES = 1024;

/** The charset named by <meta charset=...> or <meta http-equiv=Content-Type content="...charset=...">. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct) return direct[1].toLowerCase();
  }
  return null;
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

const isValidUtf8 = (bytes: Uint8Array): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

const hasNonAscii = (bytes: Uint8Array): boolean => bytes.some((b) => b > 0x7f);

export function decodeHtml(bytes: Uint8Array, override?: string): Decoded {
  if (override) {
    const decoder = decoderFor(override);
    if (!decoder) throw new Error(`unknown encoding "${override}"`);
    return { text: decoder.decode(bytes), encoding: decoder.encoding, source: 'override' };
  }
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom, source: 'bom' }; // TextDecoder drops the BOM
  const declared = declaredCharset(bytes);
  const decoder = declared ? decoderFor(declared) : null;
  // A <meta> naming UTF-16 means UTF-8 (HTML spec: the bytes of an ASCII-compatible prescan cannot be UTF-16).
  if (decoder && decoder.encoding !== 'utf-8' && !decoder.encoding.startsWith('utf-16')) {
    // Saved pages are often re-encoded to UTF-8 by the crawler that saved them while the <meta>
    // still says euc-kr (several Naver pages of the corpus). A browser given those bytes would
    // show mojibake too; we prefer the bytes' own evidence: non-ASCII text that is valid UTF-8 is
    // almost never legacy-encoded (EUC-KR byte pairs rarely form valid UTF-8 sequences).
    if (hasNonAscii(bytes) && isValidUtf8(bytes)) {
      return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', source: 'meta-but-utf8' };
    }
    return { text: decoder.decode(bytes), encoding: decoder.encoding, source: 'meta' };
  }
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', source: decoder ? 'meta' : 'default' };
}

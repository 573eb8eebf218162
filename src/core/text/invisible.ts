/**
 * Characters that never show: soft hyphens ("Vladi\u00admir Putin"), zero-width spaces, word joiners,
 * byte-order marks. Inside a word they hide it from word lists and matching, so name readers drop them.
 */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/;
const INVISIBLE_ALL = /[\u00ad\u200b\u2060\ufeff]/g;

/** `text` without soft hyphens and zero-width characters (the same string when it has none). */
export function withoutInvisibles(text: string): string {
  return INVISIBLE.test(text) ? text.replace(INVISIBLE_ALL, '') : text;
}

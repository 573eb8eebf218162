/**
 * How much text a string holds, in English-character equivalents. The readerable test counts
 * characters (Readability's 140-character paragraph, sqrt(length - 140) points), which is fair to
 * alphabetic scripts written with spaces but not to denser ones: the same message takes fewer
 * characters in Korean, Japanese, Chinese, Hebrew or Arabic. The weights follow English characters
 * per character of each script, measured on parallel translations: the gettext catalogues shipped
 * with Debian, messages of 80+ English characters whose translation is mostly in its own script
 * (Chinese 2.8, Japanese 1.9, Korean 1.8, Hebrew 1.4, Arabic 1.3; Russian and Greek 0.9, left at 1).
 * They are set a little below those ratios (Han 2.5, Hangul 1.6 as tuned on the Korean corpus),
 * since a false article costs automatic mode more than a miss. Japanese text mixes Han with kana
 * (2.5 and 1.4: about 1.9 for news prose).
 */

/** Extra weight per character of each script (weight − 1). */
const HAN = 1.5;
const HANGUL = 0.6;
const KANA = 0.4;
const ABJAD = 0.3;
/** The largest weight of a character: no text shorter than MIN / MAX_WEIGHT can reach MIN. */
export const MAX_WEIGHT = 1 + HAN;
/** Sample of a long text judged for its scripts: a huge node costs no more than a paragraph. */
const SAMPLE = 400;

/**
 * One test for any character of the weighted scripts (Hebrew, Arabic, kana, Han, Hangul): text
 * without them, most of the web, costs this one native scan of at most SAMPLE characters.
 */
const WEIGHTED_SCRIPT = /[\u0590-\u06ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3131-\u318e\uac00-\ud7a3]/;

/**
 * `text.length` times the weight of its sample: 1 + Σ (extra weight × share of the letters).
 * Letters are counted without Unicode-property regexes (the costliest to compile on a page's
 * first call): spaces, ASCII digits and punctuation, general and CJK punctuation and full-width
 * forms are not letters; every other character is.
 */
export function weightedLength(text: string): number {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (!WEIGHTED_SCRIPT.test(sample)) return text.length;
  let extra = 0;
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    // Ranges (merged where a few rare neighbours cost nothing): ASCII, Hangul syllables and jamo,
    // Han (extension A to the unified block), kana, Hebrew and Arabic, then punctuation and spaces.
    const w = c < 0x80 ? ((c | 32) > 96 && (c | 32) < 123 ? 0 : -1)
      : c >= 0xac00 && c <= 0xd7a3 || c >= 0x3131 && c <= 0x318e ? HANGUL
      : c >= 0x3400 && c <= 0x9fff || c >= 0xf900 && c <= 0xfaff ? HAN
      : c >= 0x3040 && c <= 0x30ff ? KANA
      : c >= 0x05d0 && c <= 0x06d3 ? ABJAD
      : c >= 0x2000 && c <= 0x206f || c >= 0x3000 && c <= 0x303f || c >= 0xff00 && c <= 0xff65 || c === 0xa0 ? -1 : 0;
    if (w >= 0) {
      letters++;
      extra += w;
    }
  }
  return letters ? text.length * (1 + extra / letters) : text.length;
}

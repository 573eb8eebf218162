/**
 * Reading time. Korean is counted by characters (Hangul words are spaced by phrase, so word
 * counts mislead): about 500 characters a minute, the middle of the 450–600 chars/min figures
 * reported for silent reading of Korean prose. Other languages by words: 230 words a minute,
 * the commonly cited adult silent-reading rate for English non-fiction (~238 wpm, Brysbaert
 * 2019), rounded down a little for news with names and numbers.
 */

export const KOREAN_CHARS_PER_MINUTE = 500;
export const WORDS_PER_MINUTE = 230;

/** Whole minutes, at least 1 for any text. */
export function readingMinutes(text: string, lang: string | null): number {
  if (!text.trim()) return 0;
  if (lang === 'ko') {
    const chars = text.replace(/\s+/g, '').length;
    return Math.max(1, Math.round(chars / KOREAN_CHARS_PER_MINUTE));
  }
  const words = text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

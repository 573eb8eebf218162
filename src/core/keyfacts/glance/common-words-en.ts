/**
 * Whether a word is a common English word ("cooking", "Member", "Prison"): a name made only of such
 * words, or one that ends in one after a brand, is rarely a person's. The list holds base forms, so
 * the endings the generator stripped (scripts/make-common-words.mjs) are stripped here too.
 */
import { COMMON_WORDS_TEXT } from './common-words-list';

/** Endings and what replaces them, as in scripts/make-common-words.mjs. */
const ENDINGS: readonly (readonly [string, string])[] = [['ies', 'y'], ['ied', 'y'], ['es', ''], ['s', ''], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e']];

let words: Set<string> | null = null;

function known(word: string, depth: number): boolean {
  words ??= new Set(COMMON_WORDS_TEXT.split('|'));
  if (words.has(word)) return true;
  if (depth >= 2) return false;
  for (const [end, base] of ENDINGS) {
    if (word.length - end.length >= 2 && word.endsWith(end) && known(word.slice(0, -end.length) + base, depth + 1)) return true;
  }
  return false;
}

/** "Cooking", "communities": true; "Glover", "Tšosane", "A": false (one letter is an initial). */
export function commonEnglishWord(word: string): boolean {
  const lower = word.toLowerCase();
  return /^[a-z]{2,}$/.test(lower) && known(lower, 0);
}

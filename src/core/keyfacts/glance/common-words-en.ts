/**
 * Whether a word is a common English word ("cooking", "Member", "Prison"): a name made only of such
 * words, or one that ends in one after a brand, is rarely a person's. The list holds base forms, so
 * the endings the generator stripped (scripts/make-common-words.mjs) are stripped here too.
 */
import { COMMON_WORDS_TEXT } from './common-words-list';

/** Endings and what replaces them, as in scripts/make-common-words.mjs. */
const ENDINGS: readonly (readonly [string, string])[] = [['ies', 'y'], ['ied', 'y'], ['es', ''], ['s', ''], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e']];

/**
 * Binary search of the sorted, "|"-joined list itself: no set is built, so the first question in a
 * fresh page costs microseconds, not the 2–3 ms of splitting and hashing 6,479 words.
 */
function listed(word: string): boolean {
  const list = COMMON_WORDS_TEXT;
  // [lo, hi) holds whole words: lo is a word's first character, hi the "|" after a word or the end.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = list.lastIndexOf('|', mid - 1) + 1;
    const bar = list.indexOf('|', start);
    const end = bar < 0 ? list.length : bar;
    const candidate = list.slice(start, end);
    if (candidate === word) return true;
    if (candidate < word) lo = end + 1;
    else hi = start - 1;
  }
  return false;
}

function known(word: string, depth: number): boolean {
  if (listed(word)) return true;
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

/**
 * Whether a word appears in lower case in a text ("bank" in "the bank said" tells that "Bank" at a
 * sentence's start is no name). A use is a whole lower-case word: not preceded by a letter, an
 * apostrophe or a hyphen, and not continued by a lower-case letter, an apostrophe or a hyphen.
 *
 * An article asks this of a handful of words (a median of 8 on the dev pages, up to a few hundred on
 * long ones), so the first questions search the text for the word; only an article that asks many
 * builds the set of all its lower-case words, which alone cost a tenth of the glance's time.
 */

/** Every lower-case word of a text, each as long as it runs. */
const LOWER_WORDS = /(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]*/gu;
/** The shape of those words: anything else is never one of them. */
const LOWER_WORD = /^\p{Ll}[\p{Ll}'’-]*$/u;
const WORD_CHAR = /^[\p{L}'’-]$/u;
const LOWER_CHAR = /^[\p{Ll}'’-]$/u;
/** Questions answered by searching before the set of all lower-case words is built. */
const SEARCHES = 24;

export function lowerCaseUse(text: string): (word: string) => boolean {
  let all: Set<string> | null = null;
  let asked = 0;
  return (word) => {
    if (all) return all.has(word);
    if (++asked > SEARCHES) {
      all = new Set(text.match(LOWER_WORDS) ?? []);
      return all.has(word);
    }
    return LOWER_WORD.test(word) && usedAsWord(text, word);
  };
}

function usedAsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at > 0 && WORD_CHAR.test(codePointBefore(text, at))) continue;
    const end = at + word.length;
    if (end < text.length && LOWER_CHAR.test(String.fromCodePoint(text.codePointAt(end)!))) continue;
    return true;
  }
  return false;
}

function codePointBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  const pair = at >= 2 && low >= 0xdc00 && low <= 0xdfff && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800;
  return pair ? text.slice(at - 2, at) : text[at - 1];
}

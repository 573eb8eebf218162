/** The common-word list is searched in place (binary search of the sorted "|"-joined text). */
import { describe, expect, it } from 'vitest';
import { commonEnglishWord } from '../../../src/core/keyfacts/glance/common-words-en';
import { COMMON_WORDS_TEXT } from '../../../src/core/keyfacts/glance/common-words-list';

const words = COMMON_WORDS_TEXT.split('|');

describe('commonEnglishWord', () => {
  it('the generated list is sorted lower-case words, as the search needs', () => {
    expect(words.length).toBeGreaterThan(6000);
    expect(words.every((w) => /^[a-z]{2,}$/.test(w))).toBe(true);
    expect(words.every((w, i) => i === 0 || words[i - 1] < w)).toBe(true);
  });

  it('finds every listed word, first and last included, in any case', () => {
    expect(words.filter((w) => !commonEnglishWord(w))).toEqual([]);
    expect(commonEnglishWord(words[0].toUpperCase())).toBe(true);
    expect(commonEnglishWord(words[words.length - 1])).toBe(true);
  });

  it('answers as a set of the list would for words next to listed ones (no ending stripped)', () => {
    const set = new Set(words);
    const probes = words.flatMap((w) => [`${w}x`, `zq${w}`, w.slice(1), w.slice(0, -1)])
      .filter((x) => /^[a-z]{2,}$/.test(x) && !/(?:s|ed|ing)$/.test(x));
    expect(probes.length).toBeGreaterThan(10000);
    expect(probes.filter((x) => set.has(x) !== commonEnglishWord(x))).toEqual([]);
  });

  it('strips plural, past and -ing endings to reach a listed base', () => {
    expect(['communities', 'cooking', 'voted', 'members', 'happening'].map(commonEnglishWord)).toEqual([true, true, true, true, true]);
    expect(['Glover', 'Haselhoef', 'a', ''].map(commonEnglishWord)).toEqual([false, false, false, false]);
  });
});

import { describe, expect, it } from 'vitest';
import { lowerCaseUse } from '../../../src/core/keyfacts/glance/lower-case-use';
import { summaries } from '../../helpers/summaries';

/** The definition: the set of every whole lower-case word of the text. */
const everyLowerWord = (text: string) => new Set(text.match(/(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]*/gu) ?? []);

describe('lowerCaseUse', () => {
  it.each([
    ['a word used in lower case', 'The Bank said the bank would pay.', 'bank', true],
    ['only capitalised', 'Bank of Korea raised rates.', 'bank', false],
    ['inside a longer word', 'The banking sector grew.', 'bank', false],
    ['after a hyphen', 'A non-bank lender.', 'bank', false],
    ['after an apostrophe', "It's o'clock.", 'clock', false],
    ['before a hyphen', 'A bank-run followed.', 'bank', false],
    ['before an upper-case letter (a new word)', 'The bankUSA brand.', 'bank', true],
    ['before a digit', 'Call bank2 now.', 'bank', true],
    ['with an apostrophe inside', "Don't go; don't stop.", "don't", true],
    ['after an astral letter', '𝐀bank here.', 'bank', false],
    ['a capitalised question', 'the bank', 'Bank', false],
    ['two words', 'the central bank', 'central bank', false],
    ['empty', 'the bank', '', false],
  ])('%s', (_name, text, word, expected) => {
    expect(lowerCaseUse(text)(word)).toBe(expected);
  });

  it('answers as the set of every lower-case word does, before and after it builds that set', () => {
    for (const { text } of summaries('en').slice(0, 20)) {
      const words = [...new Set(text.split(/[\s,.;:!?"“”()]+/).flatMap((w) => [w, w.toLowerCase()]))].slice(0, 120);
      const ask = lowerCaseUse(text);
      const set = everyLowerWord(text);
      for (const w of words) expect([w, ask(w)]).toEqual([w, set.has(w)]);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { writtenWithoutCapitals } from '../../../src/core/keyfacts/glance/lowercase-en';
import { sentences } from '../../../src/core/text';
import { summaries } from '../../helpers/summaries';

/** The counts the decision rests on, as regular expressions state them. */
function counts(sentenceList: string[]): { words: number; inner: number } {
  let words = 0;
  let inner = 0;
  for (const sentence of sentenceList) {
    const tokens = sentence.split(/\s+/).filter(Boolean);
    for (let i = 0; i < tokens.length; i++) {
      if (!/^["“‘'(]?\p{L}/u.test(tokens[i])) continue;
      words++;
      if (i > 0 && /^\p{Lu}/u.test(tokens[i]) && !/^I(?:['’]\w+)?$/.test(tokens[i]) && !/[:"“‘']$/.test(tokens[i - 1])) inner++;
    }
  }
  return { words, inner };
}
const byCounts = (sentenceList: string[]) => {
  const { words, inner } = counts(sentenceList);
  return words >= 40 && inner / words < 0.02;
};

const lower = 'the police said the man left the house on foot and was seen near the river later that night by two neighbours who called them. ';

describe('writtenWithoutCapitals', () => {
  it.each([
    ['plain lower-case prose', [lower.repeat(3)], true],
    ['too short to tell', ['the man left the house.'], false],
    ['names capitalised inside sentences', [lower.repeat(3).replace(/the police/g, 'the Seoul Metropolitan Police').replace(/the river/g, 'the Han River')], false],
    ['"I" does not count', [`${lower.repeat(2)} so I went, I'm sure, I've seen, I know, I said, I did.`], true],
    ['a capital after a colon or a quote mark does not count', [`${lower.repeat(2)} he said: Come, she said: Go, they said " Stay and we said ' Run or ‘ Walk or “ Hop.`], true],
    ['a capital after an opening mark does not count', [`${lower.repeat(2)} the (Big) "Small" 'Other' (Bag) “Smell” ‘Tall’ ones.`], true],
    ['non-ASCII capitals count', [lower.repeat(3) + 'Ärzte Über Éclair Ωmega Ärzte Über Éclair Ωmega nein.'], false],
    ['a word opening with a digit or a mark is no word: too few words', [`the man left the house and the dog ran after him into the road by the shop. ${'1st -- ... (( "" '.repeat(6)}`], false],
    ['a word after one opening mark is a word', [`${'"the (man) ‘left’ '.repeat(14)}`], true],
  ])('%s', (_name, sentenceList, expected) => {
    expect(writtenWithoutCapitals(sentenceList)).toBe(expected);
    expect(byCounts(sentenceList)).toBe(expected);
  });

  it('decides as the counts say on real English articles, and on each written in lower case', () => {
    for (const { text } of summaries('en').slice(0, 25)) {
      for (const version of [text, text.toLowerCase()]) {
        const list = sentences(version, 'en');
        expect(writtenWithoutCapitals(list)).toBe(byCounts(list));
      }
    }
  });
});

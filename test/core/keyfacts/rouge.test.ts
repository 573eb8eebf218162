// The bench's ROUGE (scripts/bench/rouge.ts), checked on cases small enough to count by hand.
import { describe, expect, it } from 'vitest';
import { charBigrams, rouge, rougeTokens } from '../../../scripts/bench/rouge';

describe('ROUGE for the key-facts bench', () => {
  it('tokenizes Unicode letters and digits, lower-cased', () => {
    expect(rougeTokens('The U.S. fired 3.5% — 국방부는 “말했다”')).toEqual(['the', 'u', 's', 'fired', '3', '5', '국방부는', '말했다']);
    expect(charBigrams(['국방부는', 'a'])).toEqual(['국방', '방부', '부는', 'a']);
  });

  it('scores ROUGE-1, ROUGE-2 and ROUGE-L F1', () => {
    const r = rouge('The cat sat on the mat.', 'The cat lay on the mat.');
    expect(r.rouge1.f).toBeCloseTo(5 / 6);
    expect(r.rouge2.f).toBeCloseTo(3 / 5); // the cat, on the, the mat
    expect(r.rougeL.f).toBeCloseTo(5 / 6);
  });

  it('joins a list reference and clips repeated words', () => {
    const r = rouge(['the the the'], ['the cat', 'sat']);
    expect(r.rouge1.p).toBeCloseTo(1 / 3);
    expect(r.rouge1.r).toBeCloseTo(1 / 3);
  });

  it('gives zero for empty input instead of NaN', () => {
    expect(rouge([], 'a b').rouge1.f).toBe(0);
    expect(rouge('a b', '').rougeL.f).toBe(0);
  });

  it('credits Korean stems through character bigrams', () => {
    const r = rouge('국방부는 발표했다', '국방부가 발표했다');
    expect(r.rouge1.f).toBeCloseTo(0.5);
    expect(r.charBigram.f).toBeCloseTo(5 / 6); // 국방 방부 부는 발표 표했 했다: all but 부는/부가 shared
  });
});

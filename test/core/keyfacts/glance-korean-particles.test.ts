import { describe, expect, it } from 'vitest';
import { PARTICLES, stripParticle } from '../../../src/core/keyfacts/glance/korean';
import { summaries } from '../../helpers/summaries';

/** The definition: the first particle of the list that ends the word and leaves two syllables or more. */
function byList(word: string): string {
  for (const p of PARTICLES) if (word.length > p.length + 1 && word.endsWith(p)) return word.slice(0, -p.length);
  return word;
}

describe('stripParticle', () => {
  it.each([
    ['국방부는', '국방부'], ['서울에서부터', '서울'], ['정부로부터', '정부'], ['대통령의', '대통령'], ['미국과의', '미국'],
    ['외교부측은', '외교부'], ['한국', '한국'], ['은', '은'], ['이가', '이가'], ['삼성전자', '삼성전자'], ['', ''],
  ])('%s → %s', (word, noun) => {
    expect(stripParticle(word)).toBe(noun);
  });

  it('strips as the whole list does, every particle after every noun and on every word of the Korean summaries', () => {
    const words = summaries('ko').flatMap(({ text }) => text.match(/[가-힣A-Za-z0-9]+/g) ?? []);
    for (const noun of ['국방부', '서울', '김', '한국은행', '측']) for (const p of PARTICLES) words.push(noun + p);
    expect(words.length).toBeGreaterThan(5000);
    for (const w of words) expect([w, stripParticle(w)]).toEqual([w, byList(w)]);
  });
});

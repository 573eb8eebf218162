import { describe, expect, it } from 'vitest';
import { allMatches } from '../../../src/core/text';
import { summaries } from '../../helpers/summaries';

const plain = (ms: RegExpExecArray[]) => ms.map((m) => ({ all: [...m], index: m.index, groups: m.groups }));

describe('allMatches', () => {
  it.each([
    ['captures', /(\d+)-(\d+)/g, 'a 1-2 b 30-40 c'],
    ['named groups', /(?<word>[a-z]+)/g, 'one two three'],
    ['empty matches step one character', /x*/g, 'axxbx'],
    ['empty matches step one code point in a Unicode expression', /(?:)/gu, 'a😀b'],
    ['a look-behind with empty matches', /(?<=\S)(?=,?\s+(?:said|says))/g, 'Kim Jong Un said, and Lee, 45, says'],
    ['Korean', /([가-힣]{2,4})\s+(?:대통령|장관)/g, '윤석열 대통령과 한덕수 총리, 이상민 장관은 만났다'],
    ['no match', /z/g, 'abc'],
  ])('gives what matchAll gives: %s', (_name, re, text) => {
    expect(plain(allMatches(re, text))).toEqual(plain([...text.matchAll(re)]));
  });

  it('gives what matchAll gives on the English and Korean summaries articles', () => {
    const expressions = [/(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]*/gu, /\b(?:said|says|told|according to)\s+/g, /[가-힣A-Za-z0-9]+/g, /\s*/g];
    for (const lang of ['en', 'ko'] as const) {
      for (const { text } of summaries(lang).slice(0, 10)) {
        for (const re of expressions) expect(plain(allMatches(re, text))).toEqual(plain([...text.matchAll(re)]));
      }
    }
  });

  it('starts from the beginning whatever lastIndex says, and leaves it at 0', () => {
    const re = /a/g;
    re.lastIndex = 2;
    expect(allMatches(re, 'aaa').map((m) => m.index)).toEqual([0, 1, 2]);
    expect(re.lastIndex).toBe(0);
  });

  it('refuses an expression without the g flag, as matchAll does', () => {
    expect(() => allMatches(/a/, 'a')).toThrow(TypeError);
  });
});

import { describe, expect, it } from 'vitest';
import { sentences, words } from '../../../src/core/text';
import { seedBody, summaries } from '../../helpers/summaries';

describe('sentences (en)', () => {
  it.each([
    ['U.S. before a name', 'He met U.S. President Joe Biden on Monday. Then he left.', ['He met U.S. President Joe Biden on Monday.', 'Then he left.']],
    ['N. Korea and S. Korea', 'N. Korea fired a missile. S. Korea condemned it.', ['N. Korea fired a missile.', 'S. Korea condemned it.']],
    ['titles', 'Gov. Kathy Hochul and Dr. Kim met Mr. Lee. They talked.', ['Gov. Kathy Hochul and Dr. Kim met Mr. Lee.', 'They talked.']],
    ['initials', 'Defense Secretary Lloyd J. Austin spoke. He was brief.', ['Defense Secretary Lloyd J. Austin spoke.', 'He was brief.']],
    ['numbers', 'Prices rose 3.5% to 1.2 billion won. Sales fell.', ['Prices rose 3.5% to 1.2 billion won.', 'Sales fell.']],
    ['quote ended by "he said"', '"We will not stop!" he said. "Never?" she asked. Fine.', ['"We will not stop!" he said.', '"Never?" she asked.', 'Fine.']],
    ['a real end after U.S.', 'They flew to the U.S. The talks began.', ['They flew to the U.S.', 'The talks began.']],
    ['a quotation of two sentences closed by its attribution', '"We can get together. We are not splitting," she said. They left.', ['"We can get together. We are not splitting," she said.', 'They left.']],
    ['a stray quote mark does not swallow the paragraph', 'He said "no. It ended. Then came more. And more. Finally silence. The end.', ['He said "no.', 'It ended.', 'Then came more.', 'And more.', 'Finally silence.', 'The end.']],
    ['a caption glued to the next sentence', 'Bowyer believes the club should brace themselves for interest in their players The manner in which they won was noted. He wrote in The Times about vitamin A deficiency.', ['Bowyer believes the club should brace themselves for interest in their players', 'The manner in which they won was noted.', 'He wrote in The Times about vitamin A deficiency.']],
    ['a caption ending in a name glued to the next sentence (but "Plan A is" stays whole)', 'Hamilton stands on his car after winning the Bahrain Grand Prix It was another fine win. Plan A is to win again.', ['Hamilton stands on his car after winning the Bahrain Grand Prix', 'It was another fine win.', 'Plan A is to win again.']],
    ['a.m. before a weekday', 'It began at 10 a.m. Monday in Seoul. It ended late.', ['It began at 10 a.m. Monday in Seoul.', 'It ended late.']],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text, 'en')).toEqual(expected);
  });

  it('ends a sentence at every line break, even without punctuation', () => {
    expect(sentences('MOST POPULAR\nLATEST NEWS\n\nThe talks ended. Both sides left', 'en')).toEqual([
      'MOST POPULAR', 'LATEST NEWS', 'The talks ended.', 'Both sides left',
    ]);
  });

  it('splits the seed article into its sentences', () => {
    const list = sentences(seedBody(), 'en');
    expect(list).toContain("Defense Minister Shin Won-sik and his US counterpart, Lloyd Austin, held the phone talks amid rising concerns over North Korea's supplying munitions and missiles to Russia to replenish its weapons stockpile for use in Ukraine.");
    expect(list).toContain('"The Secretary reaffirmed the ironclad US extended deterrence commitment to the defense of the ROK," read a separate statement issued by the Pentagon.');
    expect(list).toContain("ROK stands for South Korea's official name, the Republic of Korea.");
  });
});

describe('sentences (ko)', () => {
  it.each([
    ['declarative endings', '정부는 대책을 발표했다. 시민들은 환영했어요. 효과가 있을까? 지켜볼 일이다.', ['정부는 대책을 발표했다.', '시민들은 환영했어요.', '효과가 있을까?', '지켜볼 일이다.']],
    ['quotation closed by 라고', '그는 "이번 조치는 필요하다."라고 말했다. 회의는 끝났다.', ['그는 "이번 조치는 필요하다."라고 말했다.', '회의는 끝났다.']],
    ['curly quotation closed by 고', '장관은 “협력을 강화하겠다”고 밝혔다. 이어 떠났다.', ['장관은 “협력을 강화하겠다”고 밝혔다.', '이어 떠났다.']],
    ['a quotation of two sentences closed by 고', '그는 “큰 대회가 많다. 다시 우승하겠다”고 다짐했다. 이어 떠났다.', ['그는 “큰 대회가 많다. 다시 우승하겠다”고 다짐했다.', '이어 떠났다.']],
    ['numbers and a missing space', '비율은 3.5%였다.다음 회의는 오는 3일이다.', ['비율은 3.5%였다.', '다음 회의는 오는 3일이다.']],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text, 'ko')).toEqual(expected);
  });
});

describe('sentences on the dev set', () => {
  it('returns trimmed, verbatim pieces of the text, in order', () => {
    for (const lang of ['en', 'ko'] as const) {
      for (const item of summaries(lang)) {
        let from = 0;
        for (const s of sentences(item.text, lang)) {
          expect(s).toBe(s.trim());
          const at = item.text.indexOf(s, from);
          expect(at, `${item.id}: ${s}`).toBeGreaterThanOrEqual(0);
          from = at + s.length;
        }
      }
    }
  });
});

describe('edge input', () => {
  it('handles empty and whitespace-only text', () => {
    expect(sentences('', 'en')).toEqual([]);
    expect(sentences(' \n\t \n', 'ko')).toEqual([]);
    expect(words('', 'en')).toEqual([]);
  });

  it('handles a huge single paragraph', () => {
    const huge = 'word '.repeat(200_000);
    expect(sentences(huge, 'en')).toHaveLength(1);
  });
});

describe('words', () => {
  it('keeps numbers whole and Korean particles attached', () => {
    expect(words('국방부는 컨테이너 6,700개를 확인했다.', 'ko')).toEqual(['국방부는', '컨테이너', '6,700', '개를', '확인했다']);
    expect(words("Shin's 6,700 containers, 3.5% more.", 'en')).toEqual(["Shin's", '6,700', 'containers', '3.5', 'more']);
  });
});

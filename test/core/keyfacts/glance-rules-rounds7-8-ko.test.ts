/**
 * Korean glance typing rules of rounds 7 and 8 (src/core/keyfacts/glance/rules.ts), with labelled
 * examples from the texts they were seen on: round 7 on KLUE dev half A (half B and C4ko checked them
 * by their figures), round 8 on C4ko's half C4a (checked on C4b and the other sets). Every
 * example holds with its rule on and fails with that rule off.
 */
import { describe, expect, it } from 'vitest';
import { describeRuleExamples, glanceChips, type Chips, type RuleExample } from '../../helpers/glance-rules';

const glance = (text: string): Chips => glanceChips(text, 'ko');

const EXAMPLES: Omit<RuleExample, 'lang'>[] = [
  {
    rule: 'koOrdinalTitles', says: 'an ordinal before a title: "김정은 국방위원회 제1위원장"',
    text: '오락기기를 국산화하라는 김정은 국방위원회 제1위원장의 지시에 따라 북한은 지난해 평양에 회사를 설립했다.',
    holds: (g) => g.people.includes('김정은'),
  },
  {
    rule: 'koNameLists', says: 'full names listed before 등 are people',
    text: '이 프로그램은 전현무, 박지윤, 이창훈, 김지윤, 조세호 등 총 10명의 MC가 진행하는 토크쇼다. 개막식에는 홍진호, 송창민, 김해진 등이 참석했다.',
    holds: (g) => ['전현무', '박지윤', '이창훈', '김지윤', '조세호', '홍진호', '송창민', '김해진'].every((p) => g.people.includes(p)),
  },
  {
    rule: 'koInspectionGuard', says: 'a two-syllable word before 검사 is an inspection (round 8, C4ko C4a)',
    text: '대만전력공사는 원전 재가동을 위한 1단계 자체 안전 검사와 원자력안전위원회 심사를 동시에 진행한다.',
    holds: (g) => !g.people.includes('안전'),
  },
];

describeRuleExamples('glance rules of rounds 7 and 8 (Korean): labelled examples', EXAMPLES.map((e) => ({ ...e, lang: 'ko' })));

describe('koInspectionGuard keeps prosecutors', () => {
  it('a full name before 검사 is a prosecutor', () => {
    expect(glance('수원지검 강력부 김민수 검사는 이날 피의자를 기소했다.').people).toContain('김민수');
  });
});

describe('koNameLists guards', () => {
  it('places and companies listed before 등 are no people', () => {
    const g = glance('서울시, 부산시, 대구시 등 광역시가 참여했다. 현대차, 기아차, 삼성전 등 대기업도 나섰다.');
    expect(g.people).toEqual([]);
  });
  it('a list longer than the look-back reads its last names', () => {
    const names = Array.from({ length: 40 }, (_, i) => `김${'가나다라마바사아자차카타파하'[i % 14]}${'민수영호'[i % 4]}`);
    const g = glance(`행사에는 ${names.join(', ')} 등이 참석했다.`);
    // The panel shows twelve people at most; they come from the end of the list.
    expect(g.people).toHaveLength(12);
    for (const p of g.people) expect(names.slice(-13)).toContain(p);
  });
  it('two names are no list', () => {
    expect(glance('이번 대회에는 김민수, 박영희 등이 참가했다.').people).toEqual([]);
  });
});

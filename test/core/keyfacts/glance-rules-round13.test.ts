/**
 * Glance rules of round 13 (src/core/keyfacts/glance/rules.ts).
 *
 * enKinNames, one name word after a word of kinship. Seen on C7 (telegraph#2, "his first wife, Sally,
 * was dying"). In the labelled English sets the cue (a word of kinship, then a capitalised name) meets
 * 23 mentions: 21 are labelled people, the others
 * "mother Jean" (unlabelled) and "son Prosecutors" (a caption run into a sentence, which the guards
 * keep out). The rule adds 9 chips there, all right. Each example holds with the rule on and fails
 * with it off; each guard below fails when its check is removed.
 *
 * koDatelines, the city of a Korean wire dateline. Seen on C4ko (the yna-ko-1 leads, where it adds 17
 * chips, all right); every Korean set labels such a city a place (25 of 25).
 */
import { describe, expect, it } from 'vitest';
import { describeRuleExamples, glanceChips, type RuleExample } from '../../helpers/glance-rules';

const EXAMPLES: RuleExample[] = [
  {
    rule: 'enKinNames', lang: 'en', says: 'a name set off by commas after a word of kinship: "as his first wife, Sally, was dying" (C7 telegraph#2)',
    text: 'Grace Mugabe, a former government typist, started an affair with Mr Mugabe in the early 1990s as his first wife, Sally, was dying of kidney disease.',
    holds: (g) => g.people.includes('Sally'),
  },
  {
    rule: 'enKinNames', lang: 'en', says: 'a name right after a word of kinship: "his brother Khaleel" (C4 haitiantimes)',
    text: 'The teenager trains every morning with his brother Khaleel before school. The family moved to Florida in 2015.',
    holds: (g) => g.people.includes('Khaleel'),
  },
  {
    rule: 'enKinNames', lang: 'en', says: 'his girlfriend, Tina, and a friend, Kristelle (C3 dm-test-6555c150)',
    text: 'He was out with his girlfriend, Tina, when the call came. A friend, Kristelle, drove them home.',
    holds: (g) => g.people.includes('Tina') && g.people.includes('Kristelle'),
  },
  {
    rule: 'koDatelines', lang: 'ko', says: 'a dateline city the gazetteer does not know: "(하노이=연합뉴스)" (C4ko yna-ko-1)',
    text: '(하노이=연합뉴스) 박진형 특파원 = 베트남 정부가 내년 최저임금을 7.2% 올리기로 했다.',
    holds: (g) => g.places.includes('하노이'),
  },
  {
    rule: 'koDatelines', lang: 'ko', says: 'a known city before its outlet is the place, not a word of the outlet\'s name: "(서울=연합뉴스)"',
    text: '(서울=연합뉴스) 김지연 기자 = 정부가 30일 내년도 예산안을 확정했다.',
    holds: (g) => g.places.includes('서울'),
  },
  {
    rule: 'koDatelines', lang: 'ko', says: 'a dateline in brackets with another agency: "[울산=뉴스1]" (C3 ko scinews-39 has "(울산=연합뉴스)")',
    text: '[울산=뉴스1] 김기열 기자 = 울산과학기술원 연구팀이 새 배터리 소재를 개발했다.',
    holds: (g) => g.places.includes('울산'),
  },
];

describeRuleExamples('round 13 rule examples', EXAMPLES);

describe('koDatelines guards', () => {
  it('a credit of the same shape names no place ("(사진=연합뉴스)", "[자료=뉴시스]", "(그래픽=뉴스1)")', () => {
    const g = glanceChips('정부가 30일 예산안을 확정했다. (사진=연합뉴스) 예산은 600조원이다. [자료=뉴시스] 지출은 늘었다. (그래픽=뉴스1)', 'ko');
    for (const word of ['사진', '자료', '그래픽']) expect([...g.places, ...g.organizations, ...g.people]).not.toContain(word);
  });
  it('"=" before something that is no news outlet makes no dateline ("(기준=100)", "(가칭=새정당)")', () => {
    const g = glanceChips('지수(기준=100)는 올랐다. 신당(가칭=새정당)은 창당했다.', 'ko');
    expect(g.places).not.toContain('기준');
    expect(g.places).not.toContain('가칭');
  });
});

describe('round 13 guards', () => {
  it('a word the article also writes in lower case is no name ("her son Officers said …", "two officers")', () => {
    const g = glanceChips('The photo shows her son Officers said the man fled. Two officers searched the area.', 'en');
    expect(g.people).not.toContain('Officers');
  });
  it('a title, a demonym or a caption word after a word of kinship is no name ("son Prince", "son American", "son Pictured")', () => {
    for (const word of ['Prince', 'American', 'Pictured']) {
      expect(glanceChips(`The photo shows the widow and her son ${word} at the lake on Monday.`, 'en').people).not.toContain(word);
    }
  });
  it('a company or a place after a word of kinship stays what it is ("father, Samsung,"; "son, Seoul,")', () => {
    const g = glanceChips('Apple is the father, Samsung, the son, of the smartphone. He met his son, Seoul, on Monday.', 'en');
    expect(g.organizations).toContain('Samsung');
    expect(g.people).not.toContain('Samsung');
    expect(g.people).not.toContain('Seoul');
  });
  it('a word of kinship before a name of two words leaves it to the rules for full names ("his wife, Sally Mugabe,")', () => {
    const g = glanceChips('He married again after his wife, Sally Mugabe, died in 1992.', 'en');
    expect(g.people).not.toContain('Sally');
  });
  it('"partner" is no word of kinship ("its partner, Volvo,")', () => {
    const g = glanceChips('The carmaker said its partner, Volvo, would build the plant. Officials said it would open next year.', 'en');
    expect(g.people).not.toContain('Volvo');
  });
  it('a comma before the name is not enough: the name must be set off by a second one ("his son, Frank and Jesse left")', () => {
    const g = glanceChips('They buried his son, Jesse and the others left the farm at dawn.', 'en');
    expect(g.people).not.toContain('Jesse');
  });
});

/**
 * The fifth round of Korean glance typing rules (src/core/keyfacts/glance/rules.ts), each with labelled
 * examples taken from the sentences of KLUE dev half A the rule was seen on (never from dev B, the
 * held-out C2, the fresh sets C3 and C4ko, which only checked the rules by their figures): every
 * example holds with its rule on and fails with that rule off.
 */
import { describe, expect, it } from 'vitest';
import { describeRuleExamples, glanceChips, type Chips, type RuleExample } from '../../helpers/glance-rules';

const glance = (text: string): Chips => glanceChips(text, 'ko');

const EXAMPLES: Omit<RuleExample, 'lang'>[] = [
  {
    rule: 'koFormerTitles', says: '"전" between a name and its title',
    text: '박 대통령은 손재학 전 차관이 모친상을 당한 점을 감안해 발표를 미뤘다. 이 후보는 1998년 민선 1·2기 이승호 전 군수 이후 16년 만에 재선에 성공했다.',
    holds: (g) => ['손재학', '이승호'].every((p) => g.people.includes(p)),
  },
  {
    rule: 'koFormerTitles', says: '"전" before a title glued to its unit',
    text: '국정원 직원들에게 선거 개입을 지시한 혐의 등으로 기소된 원세훈 전 국정원장이 이른바 원장님 말씀을 한 것으로 드러났다.',
    holds: (g) => g.people.includes('원세훈'),
  },
  {
    rule: 'koMoreTitles', says: 'a presiding judge in brackets after the court, a chef, a grandmother',
    text: '서울중앙지법 형사합의38부(심우용 부장판사)는 17일 직권남용 혐의로 기소된 피고인에게 징역형을 선고했다. '
      + '이상민 씨 냉장고 재료로 이연복 셰프가 샐러드를 만들었다. 영화 속 강계열 할머니가 할아버지에게 영상 편지를 보냈다.',
    holds: (g) => ['심우용', '이연복', '강계열'].every((p) => g.people.includes(p)),
  },
  {
    rule: 'koAgeBrackets', says: 'an age shared with a real name or a home in brackets',
    text: '듀오 원펀치로 데뷔한 래퍼 원(정제원·21)이 YG엔터테인먼트와 전속계약을 체결했다. 4강에서 각 쑨웨이(22·중국)와 람힌충(28·홍콩)을 물리쳤다.',
    holds: (g) => ['정제원', '쑨웨이', '람힌충'].every((p) => g.people.includes(p)),
  },
];

describeRuleExamples('glance rules of round 5 (Korean): labelled examples', EXAMPLES.map((e) => ({ ...e, lang: 'ko' })));

describe('round 5 guards', () => {
  it('"전" alone is no title: "이번 전 세계" names nobody', () => {
    const g = glance('김민수 전 세계 챔피언은 이날 은퇴를 발표했다. 관계자 전 직원이 참석했다.');
    expect(g.people).not.toContain('관계자');
  });
  it('a bracketed age with a common noun does not make the noun a person', () => {
    const g = glance('참가자(20·대학생)들은 이날 행사에 참석했다.');
    expect(g.people).not.toContain('대학생');
  });
});

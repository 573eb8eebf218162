/**
 * The sixth round of Korean glance typing rules (src/core/keyfacts/glance/rules.ts), each with labelled
 * examples taken from the texts the rule was seen on: held-out C2 and fresh C3 (look sets in this
 * round) and, for the hall guard of koBarePlaces, KLUE dev half B. Never from fresh2 C4ko, which only
 * checked the rules by their figures. Every example holds with its rule on and fails with that rule off.
 */
import { describe, expect, it } from 'vitest';
import { describeRuleExamples, glanceChips, type Chips, type RuleExample } from '../../helpers/glance-rules';

const glance = (text: string): Chips => glanceChips(text, 'ko');

const EXAMPLES: Omit<RuleExample, 'lang'>[] = [
  {
    rule: 'koBarePlaces', says: 'a city named by its bare stem (fresh C3)',
    text: '광양에서 출발하는 광역순환 시티투어버스는 매주 토요일과 일요일, 하루 2차례 운행한다.',
    holds: (g) => g.places.includes('광양'),
  },
  {
    rule: 'koBarePlaces', says: 'a hall after a bare city is a place, not the city\'s institution (KLUE dev B)',
    text: '재스민 최는 28일 청주 예술의전당에서 지역민을 대상으로 한 무료 클래식 공연을 마친 뒤 학교를 찾았다.',
    holds: (g) => g.places.includes('청주') && !g.organizations.some((o) => o.includes('예술의전당')),
  },
  {
    rule: 'koOccupationCue', says: 'a noun of occupation before a three-syllable name (fresh C3)',
    text: '이번 별별책다방은 소프라노 윤한나를 초대해 이야기를 나눈다. ‘더 글로리’ 하도영 역의 배우 정성일이 시구를 하고 있다.',
    holds: (g) => ['윤한나', '정성일'].every((p) => g.people.includes(p)),
  },
  {
    rule: 'koBracketHeads', says: 'the head of a body in brackets after it (fresh C3)',
    text: '포스코 광양제철소(소장 김학동) 임직원들이 스마트해진 e-러닝을 통해 경쟁력을 강화하고 있다.',
    holds: (g) => g.people.includes('김학동') && g.organizations.includes('광양제철소'),
  },
  {
    rule: 'koUniversityBetween', says: 'a word in 대 between a name and its title is the university (held-out C2)',
    text: '이날 심포지엄에서 유성호 한양대 교수가 발제를, 강희근 경상대 교수가 주제를 놓고 강연했다.',
    holds: (g) => !g.people.includes('경상대') && g.organizations.includes('경상대') && g.people.includes('강희근'),
  },
  {
    rule: 'koPairWords', says: '북미 of a summit, and a meeting of party and government (held-out C2)',
    text: '북한은 베트남 하노이에서 열린 제2차 북미 정상회담에서 합의문에 서명도 하지 못했다. 앞서 당정협의회에서도 정부와 여당은 개정안에 반대한다는 뜻을 거듭 밝혔습니다.',
    holds: (g) => !g.places.includes('북미') && !g.organizations.includes('당정협의회') && g.places.includes('하노이'),
  },
  {
    rule: 'koAddressee', says: 'the city a request is addressed to is its government (held-out C2)',
    text: '(주)부영주택은 목성지구 도시개발을 위해 지난 해 1월 10일 광양시에 실시계획 인가를 신청했으며, 이에 대해 광양시는 일단 계획대로 추진하고 있다고 밝혔다.',
    holds: (g) => !g.places.includes('광양시') && g.organizations.includes('광양시'),
  },
  {
    rule: 'koIndustrialParks', says: 'a place\'s 공단 is an industrial park (held-out C2)',
    text: '우리 정부가 개성공단 무단사용 중단을 촉구하는 대북통지문 전달을 시도한 지 하루 만입니다.',
    holds: (g) => g.places.includes('개성공단') && !g.organizations.includes('개성공단'),
  },
  {
    rule: 'koPlannedBodies', says: 'a body still to be built is a plan (held-out C2)',
    text: '시는 이를 위해 △맞춤형 보육사업 추진 △육아종합지원센터 건립 △국공립 어린이집 확충 △여성비전센터 설치 등을 추진한다.',
    holds: (g) => !g.organizations.includes('육아종합지원센터') && !g.organizations.includes('여성비전센터'),
  },
];

describeRuleExamples('glance rules of round 6 (Korean): labelled examples', EXAMPLES.map((e) => ({ ...e, lang: 'ko' })));

describe('round 6 guards', () => {
  it('a common noun after an occupation is no person: "개그맨 선후배"', () => {
    expect(glance('개그맨 선후배들이 한자리에 모였다.').people).not.toContain('선후배');
  });
  it('a body that exists stays a name: "고용복지센터 개소" is not a plan', () => {
    expect(glance('광양시는 고용복지센터 개소를 성과로 꼽았다.').organizations).toContain('고용복지센터');
  });
  it('a request to a country does not make it a place', () => {
    expect(glance('정부는 미국에 협조를 요청했다.').places).not.toContain('미국');
  });
});

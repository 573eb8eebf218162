/**
 * The third round of glance typing rules (src/core/keyfacts/glance/rules.ts), each with labelled
 * examples from the data it was written on (held-out half C1 and the dev sets): every example holds
 * with its rule on and fails with that rule off, so a rule that stops working shows here.
 */
import { describe, expect, it } from 'vitest';
import { describeRuleExamples, glanceChips as glance, type RuleExample } from '../../helpers/glance-rules';

const EXAMPLES: RuleExample[] = [
  {
    rule: 'koOfficeTitles', lang: 'ko', says: 'a title glued to its unit: 장형곤 문화예술과장',
    text: '장형곤 문화예술과장은 지난 10일 시청 상황실에서 열린 업무추진 보고회에서 이같이 말했다.',
    holds: (g) => g.people.includes('장형곤'),
  },
  {
    rule: 'koOfficeTitles', lang: 'ko', says: 'a mayor called "정 시장" again',
    text: '민선 6기 정현복 시장은 지난 3일 신년 기자간담회를 가졌다. 정 시장은 시민 행복을 위해 노력하겠다고 말했다.',
    holds: (g) => g.people.includes('정현복'),
  },
  {
    rule: 'koOfficeTitles', lang: 'ko', says: 'a broadcast speaker tag',
    text: '시민들은 엑스포 유치를 기원합니다. ▶ 인터뷰 : 강초 / 부산 금정구 - "응원을 많이 해서 유치됐으면 좋겠습니다."',
    holds: (g) => g.people.includes('강초'),
  },
  {
    rule: 'koOfficeTitles', lang: 'ko', says: 'a province that acts is its government, and is no place before its section',
    text: '전라남도가 쌀 생산조정제를 적극 추진키로 했다. 최향철 전라남도 친환경농업과장은 많이 참여해주길 바란다고 말했다.',
    holds: (g) => g.organizations.includes('전라남도') && !g.places.includes('전라남도'),
  },
  {
    rule: 'koLandmarks', lang: 'ko', says: 'a mountain before a landmark noun, a station with a particle of place',
    text: '백운산 휴양림 입구에 설치된 관광안내판은 화단 뒤에 있다. 실사단 8명이 부산역에 도착하자 박수가 쏟아졌다.',
    holds: (g) => g.places.includes('백운산') && g.places.includes('부산역'),
  },
  {
    // koTeamNouns (round 4) drops these common-noun teams on its own.
    rule: 'koUnitRosters', lang: 'ko', says: 'a roster of departments is no list of organisations', alsoOff: ['koTeamNouns'],
    text: '여수광양항만공사는 2018년도 승진 인사를 단행했다. △항만운영팀장 김한춘 △재무회계팀 박정철 △물류단지팀 장방식 △가치경영팀 박상우 △인재육성팀 박진수',
    holds: (g) => !g.organizations.some((o) => o.endsWith('팀')),
  },
  {
    rule: 'koGenericWords', lang: 'ko', says: 'an affiliation before a title is no name',
    text: '국민의힘을 탈당한 김상욱 무소속 의원이 이날 지지 의사를 표명했다.',
    holds: (g) => !g.people.includes('무소속'),
  },
  {
    rule: 'koGenericWords', lang: 'ko', says: 'a central bank in general is no organisation',
    text: '각국 정부가 과도한 임금인상이 중앙은행의 인플레이션 대응에 악영향을 주는 상황을 우려하고 있다.',
    holds: (g) => !g.organizations.includes('중앙은행'),
  },
  {
    rule: 'koQuotedNames', lang: 'ko', says: 'a place opening a quoted newspaper name',
    text: '‘워싱턴 포스트’ 지의 2015년 보도에 따르면, 구속 중 사망하는 사람이 1주에 1명 꼴로 발생한다.',
    holds: (g) => !g.places.includes('워싱턴'),
  },
  {
    rule: 'enCommonCapitals', lang: 'en', says: 'guide headings, a quantity, an adjective and a bowl game are no names',
    text: 'Be sure to read our other guides, including the Best Sleeping Pads, Best Tents and Best Camp Stoves. '
      + 'Thousands of US and Filipino troops yesterday launched joint exercises in the Philippines. '
      + 'The team made him the first Black player signed to the NFL. Jan. 15, 1967: Super Bowl I. It was a cold day.',
    holds: (g) => ![...g.people, ...g.organizations].some((c) => /Best|Thousands|^Black$|Super Bowl/.test(c)) && g.places.includes('US'),
  },
  {
    // enKnownParties (round 14) knows Fianna Fáil by name: off too, so the example shows the modifier rule.
    rule: 'enCommonCapitals', alsoOff: ['enKnownParties'], lang: 'en', says: '"Fianna Fáil-led" is Fianna Fáil, no person',
    text: 'Once a sinecure for senior statesmen backed by the dominant Fianna Fáil party, the post changed. '
      + 'Voters want a president who can challenge the current Fianna Fáil-led coalition.',
    holds: (g) => g.organizations.includes('Fianna Fáil') && !g.people.some((p) => p.startsWith('Fianna')),
  },
  {
    rule: 'enPlaceShapes', lang: 'en', says: 'place heads and openers',
    text: 'Israel blocked all aid into the Gaza Strip in March. The minister spoke at the green hydrogen summit in Cape Town. '
      + 'Construction for the Los Angeles Coliseum was completed on May 1, 1923.',
    holds: (g) => ['Gaza Strip', 'Cape Town', 'Los Angeles Coliseum'].every((p) => g.places.includes(p)),
  },
  {
    rule: 'enRoleNouns', lang: 'en', says: 'a role noun before a name whose last word is a place',
    text: 'The team signed UCLA star Kenny Washington on March 21, 1946, making him the first player of his kind in the league.',
    holds: (g) => g.people.includes('Kenny Washington') && !g.organizations.includes('Kenny Washington'),
    // Round 15's enGivenNamePlaces reads "Kenny Washington" as a person too (a given name, then a place's name).
    alsoOff: ['enGivenNamePlaces'],
  },
];

describeRuleExamples('glance rules of round 3: labelled examples', EXAMPLES);

describe('koUnitRosters keeps national teams', () => {
  it('four national teams in one sports story stay organisations (KLUE labels them so): no roster of departments', () => {
    const g = glance('축구대표팀은 18일 출국했다. 배구대표팀과 농구대표팀, 야구대표팀도 같은 날 훈련을 시작했다.', 'ko');
    expect(g.organizations).toEqual(expect.arrayContaining(['축구대표팀', '배구대표팀', '농구대표팀', '야구대표팀']));
  });
  it('youth sides count as sides too (one definition with the team-noun guard)', () => {
    const g = glance('도르트문트 유스팀은 18일 출국했다. 축구대표팀과 청소년팀, 올림픽팀도 같은 날 훈련을 시작했다. 상대팀은 강했다.', 'ko');
    expect(g.organizations).toEqual(expect.arrayContaining(['축구대표팀', '청소년팀', '올림픽팀']));
    expect(g.organizations.some((o) => o.endsWith('유스팀'))).toBe(true);
    expect(g.organizations).not.toContain('상대팀');
  });
});

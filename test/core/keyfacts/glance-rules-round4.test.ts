/**
 * The fourth round of glance typing rules (src/core/keyfacts/glance/rules.ts), each with labelled
 * examples written from the data the rule was seen on (held-out C1 / C2 and the dev sets; never the
 * fresh set C3, which only checked the rules by its figures): every example holds with its rule on
 * and fails with that rule off.
 */
import { describe, expect, it } from 'vitest';
import { describeRuleExamples, glanceChips as glance, type RuleExample } from '../../helpers/glance-rules';

const EXAMPLES: RuleExample[] = [
  {
    rule: 'enCompanyWords', lang: 'en', says: 'a company word makes an organisation, not a person',
    text: 'Residents near the site report that frequent powerful explosions from Moruo Mining and Construction Company have caused severe damage. '
      + 'Moruo did not respond to questions.',
    holds: (g) => g.organizations.includes('Moruo Mining') && !g.people.includes('Moruo Mining'),
  },
  {
    rule: 'enFixtureMarks', lang: 'en', says: 'a fixture list names teams',
    text: 'United face a tough run-in. April 25 West Brom (home) - May 2 Crystal Palace (away) - May 9 Arsenal (home) - May 16 Hull (away).',
    holds: (g) => g.organizations.includes('Crystal Palace') && !g.places.includes('Crystal Palace'),
  },
  {
    rule: 'enSportsPages', lang: 'en', says: 'in a sports story a club named like its city is the club',
    text: 'Chelsea boss Jose Mourinho praised his side. Everton striker Romelu Lukaku scored twice against Arsenal on Saturday. '
      + 'Van Gaal fears the defeat has allowed Liverpool to apply pressure to United in the race for fourth.',
    holds: (g) => g.organizations.includes('Liverpool') && !g.places.includes('Liverpool'),
  },
  {
    rule: 'enFormerCountries', lang: 'en', says: 'a former country is a place, not an organisation by its "Union"',
    text: 'Nato was founded in 1949 to counter the threat from the Soviet Union, and its members pledged to defend one another.',
    holds: (g) => !g.organizations.includes('Soviet Union') && g.places.includes('Soviet Union'),
  },
  {
    rule: 'koBylines', lang: 'ko', says: 'the reporter of a byline, by e-mail address or by a sign-off',
    text: '교통안전 캠페인 김영신 기자 yskim0966@naver.com 광양경찰서는 지난 3일 교통안전 캠페인을 열었다. 지금까지 KBS 뉴스 김수연 기자입니다.',
    holds: (g) => g.people.includes('김영신') && g.people.includes('김수연'),
  },
  {
    rule: 'koForeignNames', lang: 'ko', says: 'a foreign given name opens a full name',
    text: '1981년 노벨상을 받은 데이비드 휴벨과 토어스텐 비젤은 고양이의 시각피질을 연구했다.',
    holds: (g) => g.people.includes('데이비드 휴벨') && g.people.includes('토어스텐 비젤'),
  },
  {
    rule: 'koKnownCompanies', lang: 'ko', says: 'companies named without an organisation ending',
    text: '애플과 구글은 새 운영체제를 공개했다. 인텔도 같은 날 새 칩을 내놓았다.',
    holds: (g) => ['애플', '구글', '인텔'].every((o) => g.organizations.includes(o)),
  },
  {
    rule: 'koTeamNouns', lang: 'ko', says: 'a group named by a common noun is no organisation; a national side is',
    text: '해경 합동구조팀은 이날 오후 수색을 재개했다. 상대팀의 거센 공격에도 축구대표팀은 무너지지 않았다.',
    holds: (g) => !g.organizations.includes('합동구조팀') && !g.organizations.includes('상대팀') && g.organizations.includes('축구대표팀'),
  },
];

describeRuleExamples('glance rules of round 4: labelled examples', EXAMPLES);

describe('koKnownCompanies guards', () => {
  it('a company name right after a township of an address is a village named like it', () => {
    const g = glance('이번에 추가된 마을로는 진월면 삼성 마을 등이다. 삼성전자는 같은 날 새 공장을 열었다.', 'ko');
    expect(g.organizations).not.toContain('삼성');
  });
  it('the words that are common nouns or places too are not in the list', () => {
    const g = glance('아마존 열대우림이 불타고 있다. 나사를 조이는 작업이 이어졌다.', 'ko');
    expect(g.organizations).not.toContain('아마존');
    expect(g.organizations).not.toContain('나사');
  });
});

describe('koForeignNames guards', () => {
  it('a title after a given name is no surname', () => {
    const g = glance('존 대표는 이날 기자회견을 열었다.', 'ko');
    expect(g.people.some((p) => p.startsWith('존 '))).toBe(false);
  });
});

/**
 * Glance rules of round 11 (src/core/keyfacts/glance/rules.ts), Korean, with examples from the texts
 * they were seen on: the news teasers of set C6ko's half C6a (test/fixtures/glance-fresh4-ko.json,
 * naver-2 / naver-3 / naver-4), and KLUE dev for koAgeAffiliation, which comes from the convention
 * alone; koWordsBeforeTitles is a guard written on the wrong chips of the other half, C6b. Each example holds with its rule on and fails with it off; the guards say what each rule must
 * leave alone.
 */
import { describe, expect, it } from 'vitest';
import { atAGlance } from '../../../src/core/keyfacts';
import { RULES } from '../../../src/core/keyfacts/glance/rules';
import { describeRuleExamples, glanceChips, type RuleExample } from '../../helpers/glance-rules';

const EXAMPLES: RuleExample[] = [
  {
    rule: 'koAgeAffiliation', lang: 'ko', says: 'a pitcher with age and club in brackets: "윤석민(28·볼티모어 오리올스)"',
    text: '윤석민(28·볼티모어 오리올스)이 메이저리그 첫 공식경기에서 무난한 데뷔전을 치렀다.',
    holds: (g) => g.people.includes('윤석민'),
  },
  {
    rule: 'koMediaNames', lang: 'ko', says: 'the outlet of a byline: "[디지털데일리 왕진화 기자]"',
    text: '[디지털데일리 왕진화 기자] 그간 개발 중인 프로젝트 공개에 신비주의 콘셉트를 유지해왔던 엔씨소프트가 달라진다.',
    holds: (g) => g.organizations.includes('디지털데일리'),
  },
  {
    rule: 'koMediaNames', lang: 'ko', says: 'the outlet of a byline with the editor\'s note: "[더팩트ㅣ정리=신진환 기자]"',
    text: "[더팩트ㅣ정리=신진환 기자] ◆물 건너간 보수 단일화…'각개전투' 택한 박민식·한동훈 막판 전략은",
    holds: (g) => g.organizations.includes('더팩트'),
  },
  {
    rule: 'koMediaNames', lang: 'ko', says: 'an outlet and a pollster by name: "뉴스타파가 … 보도한", "한국갤럽 여론조사"',
    text: '뉴스타파가 2020년 2월 최초 보도한 도이치모터스 주가조작 사건은 보도 1년 9개월여만에 사실로 확인됐다. 한국갤럽 여론조사가 나왔는데요.',
    holds: (g) => g.organizations.includes('뉴스타파') && g.organizations.includes('한국갤럽'),
  },
  {
    rule: 'koPartyShortNames', lang: 'ko', says: 'a party by its short name: "국힘 ‘히든카드’"',
    text: '박근혜 뜨자 보수층 꿈틀…국힘 ‘히든카드’ 먹힐까. 격전지서 추격세, ‘투표율’이 승부 가를 변수.',
    holds: (g) => g.organizations.includes('국힘'),
  },
  {
    rule: 'koCandidates', lang: 'ko', says: 'name, party, race and 후보: "윤석열 국민의힘 대선 후보의"',
    text: '삼부토건 회장 일가가 윤석열 국민의힘 대선 후보의 검사 시절 수사 무마를 위해 청탁한 증언이 나왔다.',
    holds: (g) => g.people.includes('윤석열'),
  },
  {
    rule: 'koCandidates', lang: 'ko', says: 'party before the name, race glued to 후보: "더불어민주당 이재명 대선후보가"',
    text: '더불어민주당 이재명 대선후보가 공식선거운동 개시 나흘째인 18일 광주를 찾았다.',
    holds: (g) => g.people.includes('이재명'),
  },
  {
    rule: 'koGyeonggi', lang: 'ko', says: 'the province before one of its cities: "경기 화성시 동탄구"',
    text: 'SNS(소셜미디어) 사진을 보고 경기 화성시 동탄구 유권자인지 여부를 확인하는 애플리케이션이다.',
    holds: (g) => g.places.includes('경기'),
  },
  {
    rule: 'koCountedCountries', lang: 'ko', says: 'countries counted as members act: "영국·프랑스 등 57개 나라가 대표단을 파견했고"',
    text: '23번째를 맞는 올해 회의엔 한미일, 영국·프랑스 등 57개 나라가 대표단을 파견했다.',
    holds: (g) => g.organizations.includes('영국') && g.organizations.includes('프랑스') && !g.places.includes('영국'),
  },
  {
    rule: 'koCountedCountries', lang: 'ko', says: 'a list without marks: "일본 호주 인도 4개국이 모인 안보협의체"',
    text: "미국이 주도하고 일본 호주 인도 4개국이 모인 안보협의체 '쿼드'가 북한의 완전한 비핵화에 대한 의지를 강조했다.",
    holds: (g) => ['일본', '호주', '인도'].every((c) => g.organizations.includes(c)),
  },
  {
    rule: 'koNamePairs', lang: 'ko', says: 'full names paired by middle dots: "박종철·이한열·전태일 민주유공자 추진"',
    text: '박종철·이한열·전태일 민주유공자 추진. 정부가 민주화 운동을 하다가 사망하거나 다친 사람을 지원하는 법 제정을 추진한다.',
    holds: (g) => ['박종철', '이한열', '전태일'].every((p) => g.people.includes(p)),
  },
  {
    rule: 'koNamePairs', lang: 'ko', says: 'a bullet dot between two names: "김부겸∙추경호, 막판 ‘사흘’ 사생결단"',
    text: '“대구 이번엔 변화” vs “독주 견제 균형추”…김부겸∙추경호, 막판 ‘사흘’ 사생결단.',
    holds: (g) => g.people.includes('김부겸') && g.people.includes('추경호'),
  },
  {
    rule: 'koWordsBeforeTitles', lang: 'ko', says: 'an adjective before 대통령 is no name: "많은 대통령이 있었지만" (C6b)',
    text: '"그동안 우리나라에 많은 대통령이 있었지만 이재명 대통령처럼 이렇게 행동을 하는 대통령은 처음 봤다."',
    holds: (g) => !g.people.includes('많은'),
  },
  {
    rule: 'koWordsBeforeTitles', lang: 'ko', says: 'a clinic is no lawmaker, an anonymised name no name: "직장인 이모씨(35)는 … 동네 의원을 찾았다가" (C6b)',
    text: '직장인 이모씨(35)는 이달 초 독감에 걸려 동네 의원을 찾았다가 황당한 일을 겪었다.',
    holds: (g) => !g.people.includes('동네') && !g.people.includes('이모씨'),
  },
];

describe('glance rules of round 11', () => {
  describeRuleExamples('labelled examples', EXAMPLES);
});

describe('round 11 guards', () => {
  it('countries counted as the places something happens in or comes from stay places (KLUE dev, C3)', () => {
    expect(glanceChips("삼성전자 최신 스마트폰 '갤럭시S5'가 미국과 영국 등 주요 5개국에서 친환경 인증을 획득했다.", 'ko').places).toContain('영국');
    const g = glanceChips('권태준 생명과학부 교수가 제1 저자로 참여하고 미국, 일본 등 총 7개 나라 60명이 함께한 연구다.', 'ko');
    expect(g.places).toEqual(expect.arrayContaining(['미국', '일본']));
    expect(g.organizations).not.toContain('미국');
  });

  it('a word before 후보 that is neither a party, an office nor a race is no cue ("정치 신인 후보가": 정치 is no name)', () => {
    const g = glanceChips('이번 선거에서는 정치 신인 후보가 대거 나섰다. 여야 대구시장 후보들이 막판 총력전에 돌입했다. 김부겸 대구시장 후보는 이날 서문시장을 찾았다.', 'ko');
    expect(g.people).toEqual(['김부겸']);
  });

  it('경기 alone is a game or the economy ("경기 결과", "경기 내륙" stays out)', () => {
    expect(glanceChips('경기 결과입니다. 경기 침체가 길어지고 있다.', 'ko').places).not.toContain('경기');
  });

  it('a dateline names its outlet, not its city, whatever the outlet ("(세종=더바이오)" gives 더바이오, no 세종)', () => {
    const g = glanceChips('(세종=더바이오) 김경윤 기자 = 정부가 바이오 산업 지원책을 내놓았다.', 'ko');
    expect(g.organizations).toContain('더바이오');
    expect(g.organizations).not.toContain('세종');
    RULES.koMediaNames = false;
    try {
      expect(glanceChips('(세종=더바이오) 김경윤 기자 = 정부가 바이오 산업 지원책을 내놓았다.', 'ko').organizations).not.toContain('더바이오');
    } finally {
      RULES.koMediaNames = true;
    }
  });
});

describe('koNamePairs guards', () => {
  it('a pair with a word that is no name gives no one ("서청원·민주당"), nor do adjectives in 적 ("정치적·경제적", held-out sbs-2)', () => {
    expect(glanceChips('서청원·민주당 갈등이 이어졌다. 정치적·경제적 부담이 크다.', 'ko').people).toEqual([]);
  });
});

describe('koHeadline', () => {
  const input = {
    title: '장동혁 "李, 투표 독려까지 갈라치기…국힘 찍으란 소리"',
    textContent: '장동혁 국민의힘 대표는 6·3 지방선거 사전투표 마지막 날인 30일 이재명 대통령의 투표 독려 메시지를 겨냥해 "갈라치기"라고 비판했다.',
    lang: 'ko', publishedTime: null,
  };

  it('shows an organisation known by name that only the headline gives (C6a, naver-4)', () => {
    expect(atAGlance(input).organizations).toEqual(['국힘', '국민의힘']);
    RULES.koHeadline = false;
    try {
      expect(atAGlance(input).organizations).toEqual(['국민의힘']);
    } finally {
      RULES.koHeadline = true;
    }
  });

  it('takes nothing else from a telegraphic headline (held-out mbc-2, C4ko)', () => {
    const g = atAGlance({ ...input, title: '한 총리 "양곡법 재의요구 대통령에 건의"', textContent: '한덕수 국무총리는 4일 국무회의에서 발언했다.' });
    expect(g.people).toEqual(['한덕수']);
    const team = atAGlance({ ...input, title: '한국, 캐나다에 져 술탄 아즐란샤컵 하키 대회 6위', textContent: '대표팀은 이날 경기에서 졌다.' });
    expect(team.places).toEqual([]);
  });
});

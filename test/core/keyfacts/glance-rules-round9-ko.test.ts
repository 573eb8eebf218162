/**
 * Korean glance typing rules of round 9 (src/core/keyfacts/glance/rules.ts), with labelled examples
 * from the held-out documents they were seen on: koRoleCredits on mbn-2.html (a drama recap, half
 * C2), koPersonnelLists on dacon-293098950 (a port authority's personnel list, half C1),
 * koReporterCalls on ytn-1.html (a broadcast transcript, half C2), koWorldPlaces on kbs-1.html (half
 * C1; the list itself is from general knowledge, checked on KLUE dev and C4ko), koUniversityAfterPlace
 * on sbs-2.html (half C1), koInternationalBodies on KLUE dev B ("안보리" as a person), koTitleModifiers
 * on C4ko's half C4a. Every
 * example holds with its rule on and fails with that rule off.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/core/keyfacts/glance/rules';
import { describeRuleExamples, glanceChips, type Chips, type RuleExample } from '../../helpers/glance-rules';

const glance = (text: string): Chips => glanceChips(text, 'ko');

const EXAMPLES: Omit<RuleExample, 'lang'>[] = [
  {
    rule: 'koRoleCredits', says: 'a role and its player in brackets: "정겨울(신고은 분)"',
    text: '4일 오후 방송된 KBS2 일일드라마 ‘비밀의 여자’에서는 정겨울(신고은 분)이 딸 소이를 잃어버린 모습이 그려졌다. 이날 주애라(이채영 분)는 자신이 찾아보겠다고 달랬다.',
    holds: (g) => ['정겨울', '신고은', '주애라', '이채영'].every((p) => g.people.includes(p)),
  },
  {
    rule: 'koRoleCredits', says: 'a player and the role after 역: "신고은(정겨울 역)"',
    text: '이날 방송에서 신고은(정겨울 역)은 딸을 찾아 병원 곳곳을 헤맸다.',
    holds: (g) => ['신고은', '정겨울'].every((p) => g.people.includes(p)),
  },
  {
    rule: 'koPersonnelLists', says: 'the names of a personnel list, one after each bullet and unit',
    text: '여수광양항만공사는 2018년도 승진 및 전보 인사를 단행했다고 지난 26일 밝혔다. <승진> ◇ 1급(실·팀장) △항만운영팀장 김한춘 ◇ 2급(부장) △항만개발팀장 고영찬 △재무회계팀 박정철 △물류단지팀 장방식 ◇ 3급(차장) △가치경영팀 박 신 △여수사업소 채성석',
    holds: (g) => ['김한춘', '고영찬', '박정철', '장방식', '박 신', '채성석'].every((p) => g.people.includes(p)),
  },
  {
    rule: 'koReporterCalls', says: 'the reporter a broadcast hands over to: "나혜인 기자!" (ytn-1.html, half C2)',
    text: '또 대한변호사협회의 징계 절차에도 성실히 임하겠다고 했습니다. 취재기자 연결합니다. 나혜인 기자! 권 변호사의 입장 자세히 전해주시죠.',
    holds: (g) => g.people.includes('나혜인'),
  },
  {
    rule: 'koReporterCalls', says: 'the reporter a report is introduced by: "구민지 기자가 보도합니다"',
    text: '정부가 내년 예산안을 확정했습니다. 구민지 기자가 보도합니다.',
    holds: (g) => g.people.includes('구민지'),
  },
  {
    rule: 'koWorldPlaces', says: 'states and provinces by their stems and suffixes, and dateline cities',
    text: '미국 캘리포니아주 프레즈노에서 총격이 발생했다. 중국 광둥성에서는 홍수가 났고, 일본 후쿠시마현에서 지진이 있었다. 캄보디아 프놈펜에서 회의가 열렸다.',
    holds: (g) => ['캘리포니아주', '광둥성', '후쿠시마현', '프놈펜'].every((p) => g.places.includes(p)),
  },
  {
    rule: 'koUniversityAfterPlace', says: 'a place before a word for a university names the university: "매사추세츠 공대"',
    text: '미국 매사추세츠 공대 연구진은 새로운 배터리를 개발했다고 밝혔다.',
    holds: (g) => g.organizations.includes('매사추세츠 공대') && !g.places.includes('매사추세츠'),
  },
  {
    rule: 'koInternationalBodies', says: 'international bodies by their Korean short forms: "안보리" is no person',
    text: '유엔 안보리는 북한의 탄도미사일 발사를 규탄했다. 세계보건기구와 국제통화기금도 성명을 냈다.',
    holds: (g) => ['안보리', '세계보건기구', '국제통화기금'].every((o) => g.organizations.includes(o)) && !g.people.includes('안보리'),
  },
  {
    rule: 'koTitleModifiers', says: 'a word that qualifies a title is no name, and the name before it is (C4ko C4a)',
    text: '옥스퍼드대에선 케어 교수와 이학준 연구원, 조용탁 방문 연구원이, 평택대에선 차명호 교수가 이를 맡았다.',
    holds: (g) => g.people.includes('조용탁') && !g.people.includes('방문'),
  },
];

describeRuleExamples('glance rules of round 9 (Korean): labelled examples', EXAMPLES.map((e) => ({ ...e, lang: 'ko' })));

describe('round 9 guards', () => {
  it('a station in brackets is no role', () => {
    expect(glance('시민들은 서울(강남역)과 부산(서면역)에서 집회를 열었다.').people).toEqual([]);
  });
  it('prose bullets are no personnel list', () => {
    // Bullets of a programme (dacon-291514740, dacon-290741867): no unit, or no surname after it.
    const g = glance('주요 성과로 △여성친화도시 지정 △고용복지+센터 개소 △육아종합지원센터 건립 등을 꼽았다. 과정은 △스토리 구성 및 기획 △씨름 △도깨비 감투 등이다.');
    expect(g.people).toEqual([]);
  });
  it('a bullet running on into a sentence is no entry', () => {
    // The entry must end at the next bullet or the end: "△경영지원팀 한결같이 …" is prose.
    expect(glance('△경영지원팀 한결같이 노력했다 △재무팀 김민수 △기획실 이영호 △감사팀 박정호').people).toEqual(['김민수', '이영호', '박정호']);
  });
  it('plans after a unit are no names, and two entries are no list', () => {
    expect(glance('대책으로 △전담팀 구성 △상황실 신설 △대책본부 가동 △홍보팀 신설을 내놨다.').people).toEqual([]);
    expect(glance('△재무팀 김민수 △기획실 이영호').people).toEqual([]);
    expect(glance('△재무팀 김민수 △기획실 이영호 △감사팀 박정호').people).toEqual(['김민수', '이영호', '박정호']);
  });
});

describe('koWorldPlaces guards', () => {
  it('provinces and prefectures whose bare names are common words need their suffix', () => {
    const g = glance('데이터 저장에서 문제가 생겼다. 기후에 따라 시가에 팔렸다. 저장성에서는 비가 왔고 시가현에서도 비가 왔다.');
    expect(g.places).not.toContain('저장');
    expect(g.places).not.toContain('기후');
    expect(g.places).not.toContain('시가');
    expect(g.places).toEqual(expect.arrayContaining(['저장성', '시가현']));
  });
});

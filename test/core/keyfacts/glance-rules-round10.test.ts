/**
 * Glance rules of round 10 (src/core/keyfacts/glance/rules.ts), with labelled examples from the texts
 * they were seen on: enShortFallback on the short documents of the held-out set
 * (corpus/news-world-dev), C4 and C5 (readability-test-pages, extraction-dev); enMoreGivenNames from
 * common given names, checked on every set; koMoreCompanies on KLUE dev and C3 (corpus/summaries);
 * koTeamNicknames and koJapaneseNames from the clubs and surnames Korean news names most, checked on
 * every Korean set. Every example holds with its rule on and fails with it off.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRuleExamples, glanceChips, type RuleExample } from '../../helpers/glance-rules';

const EXAMPLES: RuleExample[] = [
  {
    rule: 'enShortFallback', lang: 'en', says: 'a review that names an actor with no cue shows him: "Layne (Crispin Glover in …)"',
    text: 'In River’s Edge, the fractured nature of the group is exposed early when hermit, sex-doll-dating drug dealer Feck (a characteristically '
      + 'manic Dennis Hopper), greets the teenagers with a gun at the door. Layne (Crispin Glover in an equally gonzo performance) asserts '
      + 'himself into a leadership position and talks him down.',
    holds: (g) => g.people.includes('Crispin Glover'),
  },
  {
    rule: 'enShortFallback', lang: 'en', says: 'a post names its author by a pen name: "Mama Robotnik"',
    text: 'Please note that this is the first half of Mama Robotnik\'s massive Metroid story. The second half can be found here. '
      + 'The entire post is a greatly-expanded version of a post that Mama Robotnik originally published on the NeoGAF forum.',
    holds: (g) => g.people.includes('Mama Robotnik'),
  },
  {
    rule: 'enMoreGivenNames', lang: 'en', says: 'a common given name opens a name met once: "Kwasi Kwarteng"',
    text: 'Jeremy Hunt, who replaced Kwasi Kwarteng as chancellor shortly afterwards, said it was a mistake by the government to "fly blind".',
    holds: (g) => g.people.includes('Kwasi Kwarteng'),
  },
  {
    rule: 'enMoreGivenNames', lang: 'en', says: 'a photo credit\'s photographer: "(AP Photo/Elaine Thompson)"',
    text: 'Judge Raquel Montoya-Lewis, left, walks with Washington Gov. Jay Inslee from the Capitol Building to the Temple of Justice for her '
      + 'introduction as the newest member of the state Supreme Court Wednesday, December 4, 2019, in Olympia, Washington. (AP Photo/Elaine Thompson)',
    holds: (g) => g.people.includes('Elaine Thompson'),
  },
  {
    rule: 'enMoreGivenNames', lang: 'en', says: 'after a trade: "freelance developer Jill Binder"',
    text: 'A group of WordPress community organizers and volunteers, led by freelance developer Jill Binder, is working to change this.',
    holds: (g) => g.people.includes('Jill Binder'),
  },
  {
    rule: 'koMoreCompanies', lang: 'ko', says: 'drug makers named in Hangul: "노바티스", "화이자"',
    text: '노바티스, 화이자, 로슈 등 글로벌 제약사가 치매 치료제 개발에 뛰어들었지만 성과를 내지 못하고 있습니다.',
    holds: (g) => g.organizations.includes('노바티스') && g.organizations.includes('화이자'),
  },
  {
    rule: 'koMoreCompanies', lang: 'ko', says: 'a coffee chain acting: "스타벅스 측이 수입하기로 한"',
    text: "스타벅스 측이 수입하기로 한 그린티 파우더는 원전 사고가 발생한 후쿠시마와 약간 떨어진 아이치현 소재 '교토와아이치'에서 생산된 것이라고 하는데요.",
    holds: (g) => g.organizations.includes('스타벅스'),
  },
  {
    rule: 'koMoreCompanies', lang: 'ko', says: 'a company and its product: "맥도날드 인기 제품"',
    text: "리코타 치즈 상하이 버거는 맥도날드 인기 제품인 '맥스파이시 상하이 버거'에 정통 홈메이드 방식으로 만든 '리코타 치즈'를 더했다.",
    holds: (g) => g.organizations.includes('맥도날드'),
  },
  {
    rule: 'koMoreCompanies', lang: 'ko', says: 'a ride-hailing company: "우버는 … 지원하고"',
    text: '우버는 이 서비스가 활성화될 때까지 기사들에게 2천원의 유류 보조금을 지원하고, 승객들에게는 콜(요청) 수수료를 면제해주기로 했다.',
    holds: (g) => g.organizations.includes('우버'),
  },
  {
    rule: 'koTeamNicknames', lang: 'ko', says: 'a place before a club\'s nickname is the club: "애리조나 카디널스"',
    text: '웹에게 트위터 팔로워를 신청한 사람 중에는 미국프로풋볼(NFL) 애리조나 카디널스의 디펜시브 엔드인 다넬 도켓도 포함돼 있었다.',
    holds: (g) => g.organizations.includes('애리조나 카디널스') && !g.places.includes('애리조나'),
  },
  {
    rule: 'koTeamNicknames', lang: 'ko', says: 'a club by its nickname alone: "다저스가 전세를 뒤집을"',
    text: '류현진은 4회 프라도에게 중전안타를 내줬지만 후속타자를 범타 처리하며 다저스가 전세를 뒤집을 수 있는 발판을 놓았다.',
    holds: (g) => g.organizations.includes('다저스'),
  },
  {
    rule: 'koTeamNicknames', lang: 'ko', says: 'a company before a club\'s nickname makes one name: "두산 베어스"',
    text: '올 시즌 두산 베어스 주장을 맡아 팀을 한국시리즈 우승까지 이끈 오재원 선수는 다음 시즌에도 두산 유니폼을 입고 잠실 구장을 누비게 됐다.',
    holds: (g) => g.organizations[0] === '두산 베어스',
  },
  {
    rule: 'koJapaneseNames', lang: 'ko', says: 'Japanese names, surname first, with 씨 glued on: "고토 겐지", "유카와 하루나씨로"',
    text: 'NHK는 24일오후 11시가 지나 인질 중 한 명인 고토 겐지 씨로 추정되는 인물이 다른 인질 유카와 하루나씨로 추정되는 인물의 피살 모습이 찍힌 사진을 들고 서 있는 영상이 공개됐다고 보도했다.',
    holds: (g) => g.people.includes('고토 겐지') && g.people.includes('유카와 하루나'),
  },
  {
    rule: 'koJapaneseNames', lang: 'ko', says: 'a prime minister in full before the hanja of his name: "아베 신조(安倍晋三)"',
    text: '아베 신조(安倍晋三) 일본 총리는 8일 2020년 도쿄 올림픽을 15년 간 계속된 디플레이션에서 탈출, 일본 경제를 성장시킬 기폭제로 삼겠다고 밝혔다.',
    holds: (g) => g.people.includes('아베 신조'),
  },
];

describeRuleExamples('glance rules of round 10: labelled examples', EXAMPLES);

describe('koJapaneseNames guards', () => {
  it('a leader\'s government and a word that is a surname too are no names ("아베 정권", "한일 간 협력")', () => {
    const g = glanceChips('야스쿠니 신사에서 아베 정권의 우경화 행보에 항의했다. 한일 간 협력이 필요하다고 혼다 자동차 관계자가 말했다.', 'ko');
    expect(g.people).toEqual([]);
  });
});

describe('koTeamNicknames guards', () => {
  it('a word that names a club only after its place or company is no club alone ("현대 사회", "시티 투어")', () => {
    const g = glanceChips('현대 사회에서 도시 관광은 시티 투어 버스로 시작된다. 맨체스터 유나이티드는 전날 경기에서 이겼다.', 'ko');
    expect(g.organizations).not.toContain('현대');
    expect(g.organizations).not.toContain('시티');
    expect(g.organizations).toContain('맨체스터 유나이티드');
    expect(g.places).not.toContain('맨체스터');
  });
});

/** A labelled document of a glance fixture, as its paragraphs. */
function fixtureText(file: string, id: string): string {
  const docs = JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')).documents as { id: string; paragraphs: string[] }[];
  return docs.find((d) => d.id === id)!.paragraphs.join('\n\n');
}
const FIXTURES = path.join(__dirname, '../../fixtures');

describe('enShortFallback on the labelled articles it was written for', () => {
  it('short articles show the people no cue confirms', () => {
    expect(glanceChips(fixtureText('glance-fresh3-en.json', 'lazy-image-2'), 'en').people).toContain('Mama Robotnik');
  });

  it('a heading with a word the text writes in lower case is no person ("Basics Marketers Can’t Miss")', () => {
    const g = glanceChips(fixtureText('glance-fresh3-en.json', 'spiceworks'), 'en');
    expect(g.people).toContain('Michael Litt');
    expect(g.people).not.toContain('Basics Marketers Can’t Miss');
  });

  it('a name shown already is not shown twice ("Brent Rose" in a credit and in the text)', () => {
    const people = glanceChips(fixtureText('glance-fresh3-en.json', 'medium-1'), 'en').people;
    expect(people).toContain('Brent Rose');
    expect(new Set(people).size).toBe(people.length);
  });

  it('a product named after its company is no person ("Meta Quest Pro")', () => {
    const g = glanceChips(fixtureText('glance-fresh2-en.json', 'theverge'), 'en');
    expect(g.people.some((p) => /Quest|Vision/.test(p))).toBe(false);
  });
});

describe('enShortFallback guards', () => {

  it('a name seen only at the start of a sentence or line stays out', () => {
    const g = glanceChips('Camp Cooking\nThe best stoves boil water fast. Prices vary.', 'en');
    expect(g.people).toEqual([]);
  });

  it('an article that shows four chips already gains no doubtful name', () => {
    const layne = 'Layne (Crispin Glover in an equally gonzo performance) asserts himself into a leadership position.';
    expect(glanceChips(layne, 'en').people).toContain('Crispin Glover');
    const g = glanceChips(`President Joe Biden met Chancellor Olaf Scholz in Berlin on Monday, the White House said. ${layne}`, 'en');
    expect(g.people).toEqual(expect.arrayContaining(['Joe Biden', 'Olaf Scholz']));
    expect(g.people).not.toContain('Crispin Glover');
  });

  it('a name sharing a word with an organisation shown stays out ("Red Sox Nation" beside "Boston Red Sox")', () => {
    const g = glanceChips('He pitched for the Boston Red Sox. The deal pleased Red Sox Nation, whose members cheered.', 'en');
    expect(g.organizations).toContain('Boston Red Sox');
    expect(g.people).toEqual([]);
  });
});

describe('enMoreGivenNames guards', () => {
  it('names that are mostly a bank\'s or a place\'s are not in the list ("Morgan Stanley", "Preston North End")', () => {
    const g = glanceChips('Morgan Stanley raised its forecast for the bank on Monday. Preston North End won 2-1 at Deepdale.', 'en');
    expect(g.people).not.toContain('Morgan Stanley');
    expect(g.people).not.toContain('Preston North End');
  });
});

describe('koMoreCompanies guards', () => {
  it('a common word or a currency is no company: "비자", "한화"', () => {
    const g = glanceChips('미국 비자 발급이 늦어지면서 유학생들이 불편을 겪고 있다. 한화로 환산하면 약 3억 원이다.', 'ko');
    expect(g.organizations).not.toContain('비자');
    expect(g.organizations).not.toContain('한화');
  });
});

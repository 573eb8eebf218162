/**
 * Korean people (name + title: "신원식 국방부 장관"), organisations (ministries, agencies, companies,
 * parties by their endings, with guards against common nouns) and places (gazetteer; 읍/면 inside an
 * address). A place is shown when the article uses it as a place at least once ("미국에서",
 * "서울 서초구"), not only as an actor ("미국은 … 발표했다") or inside an organisation's name
 * ("서울 강남경찰서").
 */
import { KNOWN_ORG_ACRONYMS } from './acronyms';
import { NOT_ORG_ACRONYM } from './gazetteer';
import { isKoreanName, KO_PERSON_TITLES, stripParticle } from './korean';
import { COMPANY_ENDINGS, KNOWN_COMPANY, koreanOrganisation, SIDE_TEAM, teamNickname } from './orgs-ko';
import { KO_PLACES } from './places-ko';
import { landmark } from './ko-landmarks';
import { bracketHeads, occupationNames, personnelEntries, roleCredits } from './ko-cues';
import { AGE_AFFILIATION, AGE_WITH, FORMER, KO_UNIT_PERSON, MORE_TITLES, mayors, NOT_OFFICE_UNIT, OFFICE_UNIT, PROVINCE, speakerTags, UNIT_TITLE } from './ko-titles';
import { RULES } from './rules';
import { pushUnique, type Entities } from './entities-en';
import { allMatches } from '../../text';

/**
 * Names listed before one title ("유승민·윤상현 의원") are read up to this many: an unbounded list
 * would make each name's look-ahead walk the rest of a long comma list (seconds on a page of them).
 */
const MAX_LISTED = 12;
/**
 * A name (2-4 syllables) before a title, with an optional organisation between ("신원식 국방부 장관").
 * The title is a lookahead so that a rejected word before a name ("가수 이현도 씨") leaves the name
 * to be matched on its own; "유승민·윤상현 의원" gives both names.
 */
const personPattern = (former: string, titles: string, ordinal = '', companies = false): RegExp => new RegExp(`(?<![가-힣])([가-힣]{2,4})(?=(?:[·,]\\s?[가-힣]{2,4}){0,${MAX_LISTED}}\\s+${former}(?:(?:[A-Za-z]{2,10}|[가-힣]{1,10}(?:부|청|처|원|회|당|단|실|국|소|위|사|군|시|도|구|대|과|팀|센터|재단|그룹${companies ? `|${COMPANY_ENDINGS}` : ''}))\\s+)?${ordinal}(?:[가-힣]{0,3}(?:장관|총리|대통령))?(?:${titles})(?=[은는이가을를의에도과와,·\\s)]|$))`, 'g');
const KO_PERSON = personPattern('', KO_PERSON_TITLES);
/** "김정은 국방위원회 제1위원장", "김여정 제1부부장": an ordinal before the title. */
const ORDINAL = '(?:제\\d{1,2}\\s?)?';
/**
 * Variants: "전" / "현" before the title (koFormerTitles, round 5), more titles (koMoreTitles,
 * round 5), an ordinal before it (koOrdinalTitles, round 7).
 */
const KO_PERSON_VARIANTS = new Map<string, RegExp>();
function koPerson(): RegExp {
  if (!RULES.koFormerTitles && !RULES.koMoreTitles && !RULES.koOrdinalTitles && !RULES.koTitleModifiers && !RULES.koCompanyEndings) return KO_PERSON;
  const key = `${RULES.koFormerTitles}${RULES.koMoreTitles}${RULES.koOrdinalTitles}${RULES.koTitleModifiers}${RULES.koCompanyEndings}`;
  let re = KO_PERSON_VARIANTS.get(key);
  if (!re) {
    // "조용탁 방문 연구원": a word that qualifies the title may stand before it (koTitleModifiers, round 9).
    const before = `${RULES.koFormerTitles ? FORMER : ''}${RULES.koTitleModifiers ? `(?:(?:${TITLE_MODIFIERS})\\s+)?` : ''}`;
    // "임성철 비사이드코리아 대표": a company named by its ending may stand between too (koCompanyEndings).
    re = personPattern(before, RULES.koMoreTitles ? `${MORE_TITLES}|${KO_PERSON_TITLES}` : KO_PERSON_TITLES, RULES.koOrdinalTitles ? ORDINAL : '', RULES.koCompanyEndings);
    KO_PERSON_VARIANTS.set(key, re);
  }
  return re;
}
/** 등 closing a list ("… 조세호 등", "… 등이"), and one item of the list read backwards from it. */
const LIST_END = /(?<=[가-힣)])\s?등(?:이|은|을|의|과|도|에|으로)?(?![가-힣])/g;
const LIST_ITEM_BEFORE = /(?<![가-힣])([가-힣]{1,6})(?:\([^)]{1,15}\))?\s?$/;
const LIST_MARK_BEFORE = /[,·]\s?$/;

/**
 * The items of a comma or middle-dot list that ends right before `end` (at most MAX_LISTED), read
 * backwards one item at a time, so a page-long list costs its length, not its length squared.
 */
function listBefore(text: string, end: number): { names: string[]; start: number } {
  const names: string[] = [];
  let at = end;
  while (names.length <= MAX_LISTED) {
    const item = LIST_ITEM_BEFORE.exec(text.slice(Math.max(0, at - 30), at));
    if (!item) break;
    names.unshift(item[1]);
    at -= item[0].length;
    const mark = LIST_MARK_BEFORE.exec(text.slice(Math.max(0, at - 2), at));
    if (!mark) break;
    at -= mark[0].length;
  }
  return { names, start: at };
}
/** "원세훈 전 국정원장": a name, "전" / "현", then a title glued to its unit. */
const KO_FORMER_UNIT_PERSON = new RegExp(`(?<![가-힣0-9])([가-힣]{2,4})\\s+(?:전|현|前|現)\\s+${UNIT_TITLE}(?=[은는이가을를의에도과와,·\\s)]|$)`, 'g');
/** Titles strong enough to vouch for a name that does not look Korean ("케리 국무장관", "마크롱 대통령"). */
const STRONG_TITLE = new RegExp(`^[·,]?\\s*(?:[가-힣]{2,4}[·,]\\s?){0,${MAX_LISTED}}(?:[가-힣]{2,4}\\s+)??\\s*(?:[가-힣]{0,3}(?:장관|총리|대통령)|대통령|총리|장관|감독|선수|대사|의원|씨|회장|주석|국왕|여왕|왕세자|총재|사무총장|외무상|외상|CEO)(?=[은는이가을를의에도과와,·\\s)]|$)`);
/**
 * Common foreign given names as Korean news spells them; one opening a two-word name makes it a person
 * ("데이비드 휴벨과 토어스텐 비젤은", "에마뉘엘 마크롱"). Not those that are Korean words too (장, 조,
 * 팀, 칼, 짐, 톰, 사라, 마크).
 */
const FOREIGN_GIVEN = '데이비드|데이비스|제프|제프리|앨런|알렌|윌리엄|제이슨|에마뉘엘|엠마뉘엘|클로드|에드바르트|에드워드|존|조지|마이클|로버트|제임스|' +
  '토머스|토마스|리처드|찰스|피터|폴|스티븐|스티브|케빈|브라이언|앤드루|크리스|크리스토퍼|대니얼|다니엘|매슈|매튜|앤서니|도널드|조지프|조셉|' +
  '프랭크|헨리|잭|빌|메리|엘리자베스|제니퍼|로라|안나|니콜라|니콜라스|루이|피에르|미셸|프랑수아|볼프강|한스|블라디미르|세르게이|알렉산더|' +
  '알렉산드르|이반|요한|프리드리히|올리버|해리|에릭|스콧|마틴|마르틴|앨버트|알베르트|아이작|찰리|벤저민|조너선|레오나르도|빈센트|카를로스|' +
  '후안|호세|루이스|안토니오|마리아|샤를|앙겔라|앙투안|오토|하인리히|구스타프|토어스텐|토르스텐|제이미|제레미|패트릭|사이먼|조슈아|애덤';
/**
 * Common Japanese surnames as Korean news spells them. Japanese names come surname first ("아베 신조",
 * "고토 겐지"), so the surname opens the two-word name. Not those that are Korean words too (간, 하라,
 * 오타, 구도, 안도, 오노, 모리, 오카) or a company's (혼다: "혼다 자동차").
 */
const JAPANESE_SURNAMES = '아베|스가|기시다|이시바|고이즈미|아소|모테기|하기우다|고노|고토|유카와|다나카|스즈키|사토|다카하시|와타나베|' +
  '이토|야마모토|나카무라|고바야시|가토|요시다|야마다|사사키|야마구치|마쓰모토|이노우에|기무라|하야시|시미즈|야마자키|이케다|하시모토|' +
  '이시카와|오가와|후지타|오카다|하세가와|무라카미|곤도|이시이|사이토|사카모토|엔도|아오키|후지이|니시무라|후쿠다|미우라|후지와라|' +
  '오카모토|마쓰다|나카지마|나카가와|하라다|다무라|다케우치|가네코|와다|나카야마|이시다|우에다|모리타|시바타|사카이|요코야마|미야자키|' +
  '미야모토|우치다|다카기|다니구치|마루야마|이마이|후지모토|무라타|다케다|우에노|스기야마|마스다|히라노|오쓰카|구보|마쓰이|오자와|' +
  '노다|하토야마|아리마|에다노|마에하라|가가와|오타니';
/** What follows a Japanese leader's surname and is no given name: "아베 정권", "기시다 내각". */
const NOT_JAPANESE_GIVEN = /^(?:정권|내각|정부|행정부|측|일가|가문|시대|시절|체제|담화|발언|외교|노선|정책|전|후|당시)$/;
const JAPANESE_NAME = new RegExp(`(?<![가-힣A-Za-z])(${JAPANESE_SURNAMES})\\s([가-힣]{2,6})(?=[\\s,.·)(’”'"]|$)`, 'g');
const FOREIGN_NAME = new RegExp(`(?<![가-힣A-Za-z])(${FOREIGN_GIVEN})\\s([가-힣]{2,8})(?=[\\s,.·)(’”'"]|$)`, 'g');

/** A whole word that is a title of KO_PERSON_TITLES (not a surname after a foreign given name: "존 대표"). */
const TITLE_WORD = new RegExp(`^(?:${KO_PERSON_TITLES})$`);

/** A byline: a Korean name before the reporter's e-mail address ("이성훈 sinawi@hanmail.net", "김영신 기자 yskim@…"). */
const BYLINE_MAIL = /(?<![가-힣])([가-힣]{2,3})\s+(?:기자\s+)?[A-Za-z0-9._+-]+@[A-Za-z0-9-]+\.[A-Za-z.]+/g;
/** A byline tag: "[스포츠조선 안소윤 기자]", "[OSEN=대전, 지형준 기자]", "(서울=연합뉴스) 홍길동 기자 =", "김수연 기자입니다". */
const BYLINE_TAG = /(?<![가-힣])([가-힣]{2,3})\s+기자(?=\s*[\]=)]|입니다)/g;
/**
 * The reporter of a broadcast: the anchor hands over ("취재기자 연결합니다. 나혜인 기자!") or
 * introduces the report ("구민지 기자가 보도합니다", "조민기 기자의 보도입니다", "안서연 기자의 보돕니다").
 */
const REPORTER_CALL = /(?<![가-힣])([가-힣]{2,3})\s+기자(?=\s*!|가\s+보도합니다|가\s+전합니다|의\s+보도입니다|의\s+보돕니다|였습니다)/g;

/**
 * A candidate: the name, then the party or the office run for, the race, and 후보 ("윤석열 국민의힘 대선
 * 후보", "이재명 대선후보", "김부겸 대구시장 후보").
 */
const CANDIDATE = /(?<![가-힣])([가-힣]{2,4})\s+(?:([가-힣A-Za-z]{2,12})\s+)?(?:대선|총선|경선|보궐선거|재보선|지방선거)?\s?(?:예비)?후보(?=[은는이가을를의에도과와,·\s)]|$)/g;
/** A race named before 후보 ("대선 후보"), read as the word between. */
const RACE = /^(?:대선|총선|경선|보궐선거|재보선|지방선거|예비)$/;
/** An office run for, between a candidate's name and 후보. */
const OFFICE_RUN_FOR = /(?:시장|도지사|지사|구청장|군수|교육감|국회의원|대통령|당대표|의원)$/;
/** The outlet of a byline ("[이데일리 정시내 기자]", "[더팩트ㅣ정리=신진환 기자]", "[OSEN=대전, 지형준 기자]"). */
const BYLINE_OUTLET = /\[\s*([가-힣A-Za-z][가-힣A-Za-z0-9]{1,11})(?:\s*[=ㅣ|]\s*[^\]=]{0,12})?(?:=|,?\s+)[가-힣]{2,3}\s+기자\s*\]/g;
/** The outlet of a dateline ("(서울=연합뉴스)", "[베이징=뉴시스]"). */
const DATELINE_OUTLET = /[(\[]\s*[가-힣]{1,8}\s?=\s?([가-힣A-Za-z][가-힣A-Za-z0-9]{1,11})\s*[)\]]/g;

/**
 * Two or more full names joined by middle dots, as headlines and leads pair people ("김부겸∙추경호",
 * "박종철·이한열·전태일"): every item three syllables opening with a surname.
 */
const NAME_PAIR = /(?<![가-힣])([가-힣]{3}(?:\s?[·∙]\s?[가-힣]{3})+)(?![가-힣])/g;

/** "페헤이라(72)", "홍길동(45)씨": a name with an age in brackets. */
const KO_AGE = /(?<![가-힣])([가-힣]{2,5})\s?\((\d{1,2})(?:세)?\)/g;

/**
 * Companies named by letters joined with "&" (koAmpersandNames). Only a first part of two letters or
 * more is read as an acronym at all, so "P&G" or "H&M" could not be listed here.
 */
const AMPERSAND_COMPANIES = new Set(['KT&G', 'AT&T']);

/**
 * Nouns of scope before 대표 in its sense "leading" ("국내 대표 가치투자 커뮤니티": the country's leading
 * community), shaped like a name because 국 is a surname (koScopeNouns).
 */
const SCOPE_NOUNS = new Set(['국내', '국외', '국제', '현지', '주요', '유일', '유력', '전문']);

/** Common nouns and verb forms shaped like a name (surname + syllables) that stand before a title. */
const NOT_NAME = new Set([
  '연구원', '연구진', '관계자', '전문가', '위원장', '부위원', '이사장', '공동대표', '담당자', '책임자', '대변인', '이번', '이날', '이후', '지난',
  '오는', '전체', '주민', '시민', '국민', '정부', '조사', '최근', '최대', '최고', '최초', '이상', '이하', '전국', '한국', '이들', '이번엔', '고객',
  '학생', '교사', '선수', '감독', '기자', '배우', '가수', '현직', '전직', '명의', '모아', '나설', '이끈', '이끌', '신임', '전임', '후임', '당시',
  '현재', '임시', '공동', '수석', '차기', '역대', '정부는', '정부가', '한편', '이어', '또한', '하지만', '그러나', '특히', '주장', '정치인',
  '유명', '인기', '원로', '우리나라', '조합원', '노조원', '당원', '회원', '주민들', '시민들', '국가', '여당', '야당', '지역', '경기', '도내', '시내', '구내', '군내', '안팎', '전원', '구단', '소속', '출신',
]);

/**
 * Adjectives and common nouns that stand before a title or its homonym ("많은 대통령이", "동네 의원을":
 * a clinic), read as a two-syllable name when its first syllable is a surname or the title is strong.
 */
const WORD_BEFORE_TITLE = /^(?:많은|적은|젊은|어린|늙은|새로운|여러|다른|같은|이런|그런|저런|어떤|수많은|훌륭한|위대한|유능한|무능한|동네|개인|치과|한의|소아과|내과|외과)$/;

/** Affiliations and adverbs that stand before a title: "김상욱 무소속 의원", "어차피 대통령은". */
const BEFORE_TITLE_WORD = /^(?:무소속|비례대표|초선|재선|삼선|다선|중진|원로|현역|어차피|역시|결국|바로|이미|다시|직접|당연히|과연|아직|벌써|모두|함께|새로|처음)$/;

/** Particles after which a place name is where something happens, not who acts. */
const PLACE_PARTICLE = /^(?:에서|에서는|에서도|에서의|에선|에|에는|에도|으로|로|으로는|로는|까지|부터|으로부터|로부터|행|발|산|내|전역|전체|현지|일대|지역|곳곳|인근|시내)$/;
/** A bare place name right before one of these is part of an organisation's name ("미국 국무부"). */
const ORG_AFTER = /^(?:정부|당국|군|측|대사관|총영사관|외교부|국무부|국방부|백악관|의회|대통령|총리|연방|군부)/;

/** Verb forms and common nouns that merely end like 읍/면 place names. */
const NOT_PLACE = /(?:다면|라면|으면|하면|이면|되면|지면|서면|려면|보면|로면|전면|후면|측면|정면|표면|이면|방면|장면|국면|단면|지면|반면|내면|외면)$/;

/** A bare place name before one of these plays a match or names a team ("브라질 수비수", "대만-홍콩"). */
const TEAM_AFTER = /^(?:대표팀|선수단|수비수|공격수|미드필더|골키퍼|골대|감독|주장|축구|야구|배구|농구|대표|팀)/;
/** A score or a standing right after a name: "페루에 0-4로", "이란에 0대 1", "나이지리아(승점 4)". */
const SCORE_AFTER = /^[\s(]*(?:\d+\s*[-:대]\s*\d*|승점)/;

interface Token { word: string; at: number }
interface Mentions { asPlace: number; acting: number; at: number; counted?: number }
/** Verbs after an object that make it a destination: "미국을 방문한다". */
const VISIT = /^(?:방문|찾|향|떠나|떠났|여행|순방|탈출|경유|거쳐|중심)/;
/** A city, county, district or province: what acts under that name is its government. */
const LOCAL_GOVERNMENT = (name: string): boolean => /[시군구]$/.test(name) || PROVINCE.test(name);
/** A word that is the subject of its sentence and names a body: a local government or an organisation, with 은/는/이/가. */
function actingSubject(word: string): boolean {
  const m = /^([가-힣A-Za-z0-9]+?)(?:은|는|이|가)$/.exec(word);
  return !!m && ((KO_PLACES.has(m[1]) && LOCAL_GOVERNMENT(m[1])) || koreanOrganisation(m[1]));
}

/** A known place with a particle of where ("순천시에서", "부산으로"). */
function placeWithParticle(word: string): boolean {
  for (let end = word.length - 1; end >= 2; end--) {
    if (KO_PLACES.has(word.slice(0, end))) return PLACE_PARTICLE.test(word.slice(end));
  }
  return false;
}

/** 검찰, 경찰, 정부 … as the subject of a sentence: the agency acting. */
const ACTING_AGENCY = /^(?:검찰|경찰|해경|정부|재판부|국회|소방당국|보건당국|방역당국|금융당국)(?:은|는|이|가)$/;
/** Bare heads that close a spaced organisation name. */
const ORG_HEAD = /^(?:연구소|연구원|협회|위원회|재단|센터|의회|대학|대학교|병원|신문|방송|은행|정부|당국|그룹|공사|공단)$/;

/**
 * A wire dateline: "(서울=연합뉴스)", "[하노이=뉴시스]", "(울산=뉴스1)". The word before "=" is the city the
 * story is filed from, a place whether or not the gazetteer knows it; a credit of the same shape names
 * what comes from the outlet instead ("(사진=연합뉴스)", "[자료=뉴시스]"), and a byline "[OSEN=대전" puts
 * the outlet first.
 */
const DATELINE_CITY = /[(\[]\s?([가-힣]{2,8})\s?=\s?([가-힣A-Za-z][가-힣A-Za-z0-9]{1,11})\s?[)\]]/g;
const NEWS_OUTLET = /(?:뉴스(?:TV|\d)?|뉴시스|일보|신문|방송|통신|경제|타임스|데일리|투데이|TV)$/;
const CREDIT_WORD = /^(?:사진|자료|자료사진|사진제공|그래픽|인포그래픽|영상|제공|출처|캡처|화면캡처|촬영|편집|그림|이미지|일러스트|삽화|디자인|표|도표|정리|글|기사|취재|뉴스)$/;

/** Where the city of each wire dateline starts. */
function datelineCities(text: string): Set<number> {
  const at = new Set<number>();
  if (!text.includes('=')) return at;
  for (const m of allMatches(DATELINE_CITY, text)) {
    if (NEWS_OUTLET.test(m[2]) && !CREDIT_WORD.test(m[1])) at.add(m.index! + m[0].indexOf(m[1]));
  }
  return at;
}

/** A sentence about a match: its country names are teams ("크로아티아와 비겼다") unless a venue ("브라질에서"). */
const SPORTS = /득점|승점|무승부|비겼|꺾고|꺾었|역전승|역전패|평가전|친선전|친선경기|조별리그|예선|결승|[0-9]\s?[-:대]\s?[0-9]|[0-9]+강|골을|골대|대표팀|선수단|감독은|감독이/;

/**
 * Whether the sentence holding a position matches `re` (sentences end at . ! ? or a line break).
 * Sentence ends are found once and each answer is cached, so a long text costs one pass.
 */
function sentenceTest(text: string, re: RegExp): (at: number) => boolean {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) if (/[.!?\n]/.test(text[i])) ends.push(i);
  ends.push(text.length);
  const cache = new Map<number, boolean>();
  return (at) => {
    // The first end at or after `at` closes the sentence; the one before opens it.
    let lo = 0;
    let hi = ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] < at) lo = mid + 1;
      else hi = mid;
    }
    let hit = cache.get(lo);
    if (hit === undefined) {
      hit = re.test(text.slice(lo > 0 ? ends[lo - 1] + 1 : 0, ends[lo]));
      cache.set(lo, hit);
    }
    return hit;
  };
}

/**
 * Heads of institutions (보안국, 마드리드대, 법원, 권부 …), also those the organisation guards reject as
 * common nouns; a bare 대학 or 병원 after a country is a kind of place ("미국 대학"), not one body.
 */
const INSTITUTION_HEAD = /^(?:[가-힣]{2,9}(?:국|대|부|청|처|당)|[가-힣]{0,9}(?:법원|정부|당국|권부|의회)|[가-힣]{1,9}(?:위원회|은행|공사|공단|재단|협회|연구소|대학|대학교|병원|학교|그룹|센터))$/;
/** Words before a bracketed head that are no body: "회의(의장 …)", "행사(대표 …)". */
const NOT_ORG_WORD = /(?:회의|행사|모임|대회|토론회|간담회|설명회|총회|자리|당시|이날|지난해|올해)$/;
/** Nouns after 북미 that make it the pair of North Korea and the US. */
const PAIR_AFTER = /^(?:간|정상|회담|관계|대화|협상|양측|양국|합의|공동|실무|고위급|비핵화|수교|정상회담|대결|갈등)/;
/** Verbs of a request to an authority ("인가를 신청했으며", "협조를 요청했다"). */
const REQUEST = /^(?:신청|요청|제출|건의|문의|촉구|통보|요구|항의|청구|질의|민원)/;
/** Nouns of building or setting up a body that does not exist yet. */
const PLANNED = /^(?:건립|설치|신설|건설|조성|확충|착공|유치|설립)(?:을|를|이|가|과|와|에|도|은|는|하|한|할|해|했|키|\s|$)/;
/** Halls named like an institution ("예술의전당", "문화의전당"): a place after a city, not its body. */
const HALL = /전당$/;
/** Nouns after a bare place that keep it a place: "미국 전역", "서울 도심". */
const PLACE_NOUN = /^(?:전역|전체|일대|지역|곳곳|인근|현지|시내|도심|외곽|해역|영토|영공|영해|국경|북부|남부|동부|서부|중부|북동부|북서부|남동부|남서부|동북부|서북부|동남부|서남부|중심가|시민|주민|전역에|상공|앞바다|연안)/;
/** A word of an address after a place: "서울 서초구", "광주시 광산구 장덕동", "경기 가평". */
const ADDRESS_PART = /^[가-힣]{1,8}(?:특별시|광역시|시|군|구|도|주|동|읍|면|리|로|길|가)(?:에서|에서는|에|의|은|는|이|가|을|를|으로|로|까지|부터)?$/;

/**
 * After a bare place name, whether the text goes on with more of the place: an address word, a place
 * noun, another place of the gazetteer, or a list of places ("일본·중국", "서울, 부산").
 */
function placeContinues(text: string, end: number, next: string): boolean {
  if (!next) return true;
  const between = text.slice(end, end + 2);
  if (/^[·,]/.test(between)) return true;
  if (!/^\s/.test(between)) return true;
  const noun = stripParticle(next);
  if (KO_PLACES.has(noun) || KO_PLACES.has(next) || ADDRESS_PART.test(next) || PLACE_NOUN.test(next)) return true;
  for (let cut = next.length - 1; cut >= 2; cut--) if (KO_PLACES.has(next.slice(0, cut))) return true;
  return false;
}

/**
 * After a country, the rest of a list of countries and their count as the subject: "영국·프랑스 등 57개
 * 나라가 대표단을 파견했고", "일본 호주 인도 4개국이 모인". Counted "in" ("5개국에서") or "from"
 * ("7개 나라 60명이") they stay places.
 */
const COUNTED_MEMBERS = /^(?:\s?[·,]?\s?[가-힣]{2,8}(?:과|와)?){0,8}?(?:\s?등)?\s?(?:총|주요)?\s?\d{1,3}\s?개\s?(?:국|나라|국가)(?:이|가|은|는)(?![가-힣])/;

/** A word that opens with a place of the gazetteer ("화성시", "이천에서", "용인정"). */
function placeAhead(word: string): boolean {
  for (let cut = word.length; cut >= 2; cut--) if (KO_PLACES.has(word.slice(0, cut))) return true;
  return false;
}

/** Place names of the text, each with how many of its mentions use it as a place. */
function placeMentions(text: string, tokens: Token[], institutions: { name: string; at: number }[] = []): Map<string, Mentions> {
  const found = new Map<string, Mentions>();
  // The list reading backtracks; most texts count no countries at all.
  const counts = RULES.koCountedCountries && /\d\s?개\s?(?:국|나라)/.test(text);
  const sportsAt = sentenceTest(text, SPORTS);
  const datelines = RULES.koDatelines ? datelineCities(text) : new Set<number>();
  tokens.forEach(({ word: token, at }, i) => {
    let name: string | null = null;
    let rest = '';
    if (KO_PLACES.has(token) || datelines.has(at)) name = token;
    else {
      for (let end = token.length - 1; end >= 2; end--) {
        if (KO_PLACES.has(token.slice(0, end))) { name = token.slice(0, end); rest = token.slice(end); break; }
      }
    }
    if (!name) return;
    const entry = found.get(name) ?? { asPlace: 0, acting: 0, at };
    found.set(name, entry);
    const end = at + token.length;
    if (!RULES.koPlaceUse || datelines.has(at)) { entry.asPlace++; return; }
    if (counts && /^(?:|과|와)$/.test(rest) && COUNTED_MEMBERS.test(text.slice(end, end + 60))) {
      entry.counted = (entry.counted ?? 0) + 1;
      return;
    }
    if (SCORE_AFTER.test(text.slice(end, end + 12))) return;
    // "애리조나 카디널스", "맨체스터 유나이티드": the place opens a club's name; the pair is the club.
    if (!rest && tokens[i + 1]?.at === end + 1 && teamNickname(stripParticle(tokens[i + 1].word), true)) {
      institutions.push({ name: `${name} ${stripParticle(tokens[i + 1].word)}`, at });
      return;
    }
    // "대만-홍콩": a pairing of teams.
    if (!rest && (/^\s*-\s*[가-힣]/.test(text.slice(end, end + 4)) || /[가-힣]\s*-\s*$/.test(text.slice(Math.max(0, at - 4), at)))) return;
    const next = tokens[i + 1]?.word ?? '';
    if (tokens[i - 1]?.word === '주') return; // "주 오사카 한국총영사관": a mission abroad
    // "‘워싱턴 포스트’ 지의 보도": a place opening a quoted name is part of that name.
    if (RULES.koQuotedNames && !rest && /[‘“'"「『]/.test(text[at - 1] ?? '') && /^\s[가-힣A-Za-z]+[’”'"」』]/.test(text.slice(end, end + 14))) return;
    if (sportsAt(at)) { if (/^에서/.test(rest)) entry.asPlace++; return; }
    // "제2차 북미 정상회담", "북미 관계": 북미 is North Korea and the US, not North America.
    if (RULES.koPairWords && name === '북미' && PAIR_AFTER.test(rest || next)) return;
    // "광양시에 실시계획 인가를 신청했으며": the city a request is addressed to is its government.
    if (RULES.koAddressee && /^(?:에|에게)$/.test(rest) && tokens.slice(i + 1, i + 4).some((t) => REQUEST.test(t.word))) {
      if (/[시군구도]$/.test(name)) entry.acting++;
      return;
    }
    if (rest) {
      if (PLACE_PARTICLE.test(rest) || (/^[을를]$/.test(rest) && VISIT.test(next))) entry.asPlace++;
      // "서울·경기도·강원도는 맑겠으나": the last of a list of places is no actor on its own.
      else if (/^(?:은|는|이|가)$/.test(rest) && !(RULES.koOfficeTitles && /[·,]\s?$/.test(text.slice(Math.max(0, at - 2), at)))) entry.acting++;
      // "전라남도와 전남문화관광재단은 … 지원한다", "광양시와 순천시는 협약을 맺었다": a local government
      // joined by 와/과 to the subject of the sentence acts with it.
      else if (RULES.koCoordinatedActors && /^[와과]$/.test(rest) && LOCAL_GOVERNMENT(name) && tokens[i + 1] && actingSubject(tokens[i + 1].word)) entry.acting++;
      // "광양시와 순천시에서 행사가 열렸다": joined to a place where something happens, a place too.
      else if (RULES.koCoordinatedActors && /^[와과]$/.test(rest) && tokens[i + 1] && placeWithParticle(tokens[i + 1].word)) entry.asPlace++;
      return;
    }
    if (ORG_AFTER.test(next) || TEAM_AFTER.test(next) || koreanOrganisation(stripParticle(next))) return;
    // "매사추세츠 공대", "오하이오 주립대": a place before a word for a university names that university.
    if (RULES.koUniversityAfterPlace && UNIVERSITY_WORD.test(stripParticle(next)) && tokens[i + 1]?.at === end + 1) {
      institutions.push({ name: `${name} ${stripParticle(next)}`, at });
      return;
    }
    // "당진시 문화관광과", "전라남도 친환경농업과장": the place names whose office it is.
    if (RULES.koOfficeTitles && OFFICE_UNIT.test(stripParticle(next)) && !NOT_OFFICE_UNIT.test(stripParticle(next))) return;
    // "한국 범죄학 연구소", "미국 버지니아주 의회": the place opens an organisation's name two words long.
    if (ORG_HEAD.test(stripParticle(tokens[i + 2]?.word ?? '')) && (tokens[i + 2]?.at ?? 0) - at < 24) return;
    // "미국 법원", "북한 권부", "우크라이나 보안국": a bare place before the head of an institution says
    // whose institution it is; the pair is the organisation, not a place.
    if (RULES.koPlaceModifier && !placeContinues(text, end, next) && INSTITUTION_HEAD.test(stripParticle(next)) && !(RULES.koBarePlaces && HALL.test(stripParticle(next)))) {
      // The pair names the organisation ("미국 항공우주국"), unless the head is a plain common noun.
      const head = stripParticle(next);
      if (tokens[i + 1].at === end + 1 && (head.length >= 3 || /^(?:법원|권부|의회)$/.test(head))) institutions.push({ name: `${name} ${head}`, at });
      return;
    }
    entry.asPlace++;
  });
  return found;
}

/** A word before a title or an age that can be a person's name: not a common noun, place or organisation. */
function personName(name: string, text: string, at: number): boolean {
  if (NOT_NAME.has(name) || /[사부청처회당단실국팀과측]$/.test(name) || /^[가-힣]모$/.test(name)) return false;
  if (RULES.koGenericWords && BEFORE_TITLE_WORD.test(name)) return false;
  if (RULES.koScopeNouns && SCOPE_NOUNS.has(name)) return false;
  if (RULES.koWordsBeforeTitles && (WORD_BEFORE_TITLE.test(name) || /^[가-힣]모씨$/.test(name))) return false;
  if (RULES.koTitleModifiers && TITLE_MODIFIER.test(name)) return false;
  if (!RULES.koPersonCues) return true;
  if (name.length > 2 && /[은는을를의에와과도]$/.test(name) && !isKoreanName(name)) return false; // a particle, not a syllable of the name
  if (!isKoreanName(name) && /(?:진|된|던|한|는|인|운|른|할|될|렸|였|졌)$/.test(name)) return false; // "기울어진": a verb form
  if (KO_PLACES.has(name) || KO_PLACES.has(stripParticle(name)) || koreanOrganisation(name)) return false;
  // "팀을 이끈 감독": a two-syllable word after an object is a verb form, not a name.
  if (name.length === 2 && /[을를]\s$/.test(text.slice(Math.max(0, at - 3), at))) return false;
  return true;
}

/** Words that qualify a title ("조용탁 방문 연구원", "객원 교수", "명예 회장"), no names. */
const TITLE_MODIFIERS = '방문|객원|초빙|명예|특임|겸임|석좌|수석|선임|책임|전임|외래|상임|비상임|수습|인턴|임시|직무|권한';
const TITLE_MODIFIER = new RegExp(`^(?:${TITLE_MODIFIERS})$`);

/** Adnominal and past endings of verbs: "기소된 미용실 원장", "숨진 … 씨" are not names whatever their first syllable. */
const VERB_ENDING = /(?:된|던|될|됐|했|렸|였|졌|겼|왔|갔|하는|받은|맡은|숨진)$/;
/** Words for a day or a time, shaped like a name ("오늘(18)부터"). */
const TIME_WORD = /^(?:오늘|내일|어제|모레|올해|작년|내년|금년|지난해|당일|이튿날|그날|매일|매년|요즘|최근|현재|당시)$/;
/** Nouns for a kind of person or a group: "1990년 출생자(23세)", "여야 의원", "참가 선수". */
const PERSON_KIND = /(?:자|생|객|족|층|진|들)$/;
const GROUP_WORD = /^(?:여야|양당|양국|각국|각당|전현직|남녀|노사|노소|부부|모녀|부자|부녀|모자|형제|자매|참가|출전|주전|현역|국가|간판|외국|외국인|신인|대표|후보|예비|소속)$/;

/** A two-syllable word between a name and its title ("아소" in "일제히 아소 부총리"). */
const MIDDLE_WORD = new RegExp(`^\\s+(?!(?:${KO_PERSON_TITLES})[은는이가을를의에도과와,·\\s)])([가-힣]{2})\\s+(?:[가-힣]{0,3}(?:장관|총리|대통령))?(?:${KO_PERSON_TITLES})(?=[은는이가을를의에도과와,·\\s)]|$)`);

/**
 * Whether a word before a title or an age has the shape of a name: not a verb form, a time word, a
 * noun for a kind of person, nor the organisation of the person named right before it
 * ("류원기(67) 영남제분 회장", "표창원 전 경찰대 교수").
 */
function personShape(name: string, text: string, at: number, rest: string): 'name' | 'organisation' | 'neither' {
  if (VERB_ENDING.test(name) || TIME_WORD.test(name) || GROUP_WORD.test(name)) return 'neither';
  if (!isKoreanName(name) && PERSON_KIND.test(name)) return 'neither';
  const before = text.slice(Math.max(0, at - 16), at);
  // The person before is marked as one by an age or by 전/현 ("former", "current"); a bare word
  // before is most often a role ("방송인", "민주당"), not a name.
  const previous = before.match(/([가-힣]{2,4})(?:\(\d{1,3}(?:세)?\)\s*|\s+(?:전|현|前|現)\s+)$/);
  if (previous && isKoreanName(previous[1]) && !NOT_NAME.has(previous[1])) return rest ? 'organisation' : 'neither';
  // "일제히 아소 부총리": a word between a name and its title is an organisation, not any two syllables.
  const middle = rest.match(MIDDLE_WORD);
  // A country ("오바마 미국 대통령", "시진핑 중국 국가주석") or an army ("육군") may stand there too.
  if (middle && !koreanOrganisation(middle[1]) && !KO_PLACES.has(middle[1]) && !/[국군]$/.test(middle[1])
    && !(RULES.koTitleModifiers && TITLE_MODIFIER.test(middle[1]))) return 'neither';
  return 'name';
}

/**
 * Words for a university after the place it is named for. Not 대학 / 대학교 alone: "미국 대학" is
 * as often any American university.
 */
const UNIVERSITY_WORD = /^(?:공대|주립대|주립대학|주립대학교|의대|공과대학|의과대학)$/;

/** Organisations that are also buildings: hospitals, courts, schools, the National Assembly … */
const FACILITY = /(?:병원|센터|법원|지법|고법|대학교|대학|대|백화점|학교|고교|연구소|국회|청사|박물관|미술관|도서관|체육관|경기장)$/;
/** A neighbourhood of an address: "면목동", "안암동 5가", "옥룡면", "수완지구". */
const NEIGHBOURHOOD = /^(?:[가-힣]{2,3}[동리읍면]|[가-힣]{2,4}지구|[가-힣]*\d+가)$/;
/** Common nouns that end like a neighbourhood (활동, 운동; 측면, 전면 are in NOT_PLACE). */
const NOT_NEIGHBOURHOOD = /(?:활동|운동|행동|노동|공동|이동|변동|작동|출동|가동|소동|폭동|난동|충동|감동|발동|합동|선동|파동|진동|연동|정리|처리|관리|논리|원리|권리|대리|무리|요리|수리|승리|심리)$/;

/** Whether a word (with its particle) is the street part of an address; an island district ("여의도") only after a city. */
function streetWord(word: string, before: string): boolean {
  const noun = stripParticle(word);
  if (NEIGHBOURHOOD.test(noun) && !NOT_NEIGHBOURHOOD.test(noun) && !NOT_PLACE.test(noun) && !KO_PLACES.has(noun)) return true;
  return /^[가-힣]{2}도$/.test(word) && KO_PLACES.has(stripParticle(before));
}

/** Common heads of an organisation's own units: 팀 (team), 과 (section), 실 (office). */
const UNIT_HEADS = ['팀', '과', '실'];

/**
 * "△항만운영팀장 김한춘 △재무회계팀 박정철 …": four or more names ending in the same unit head are
 * the units of one body (a personnel list), not organisations of their own; they all go.
 */
function withoutUnitRosters(organizations: string[]): string[] {
  // National and representative teams and clubs, even four in one sports story, are no roster.
  const unit = (o: string, head: string): boolean => o.endsWith(head) && !SIDE_TEAM.test(o);
  const roster = UNIT_HEADS.filter((head) => organizations.filter((o) => unit(o, head)).length >= 4);
  return roster.length ? organizations.filter((o) => !roster.some((head) => unit(o, head))) : organizations;
}

export function koreanEntities(text: string): Entities {
  const out: Entities = { people: [], organizations: [], places: [] };
  const people: { name: string; at: number }[] = [];
  // "류원기(67) 영남제분 회장": the word between a person and their title is their organisation.
  const employers: { name: string; at: number }[] = [];
  for (const m of allMatches(koPerson(), text)) {
    const name = m[1];
    if (!personName(name, text, m.index!)) continue;
    // "강희근 경상대 교수": a word in 대 between a name and its title is the university.
    if (RULES.koUniversityBetween && /^[가-힣]{1,5}대$/.test(name) && isKoreanName(text.slice(Math.max(0, m.index! - 8), m.index!).match(/([가-힣]{2,4})\s$/)?.[1] ?? '')) {
      employers.push({ name, at: m.index! });
      continue;
    }
    const rest = text.slice(m.index! + name.length, m.index! + name.length + 40);
    // "자체 안전 검사와": 검사 is an inspection as often as a prosecutor; a prosecutor is named in full.
    if (RULES.koInspectionGuard && name.length < 3 && /^\s+검사/.test(rest)) continue;
    // A name that does not look Korean needs a title of office right after it.
    if (!isKoreanName(name) && (!RULES.koPersonCues || !STRONG_TITLE.test(rest))) continue;
    // Without the cues, only the name right before its title (no list, no four-syllable names).
    if (!RULES.koPersonCues && (name.length > 3 || !/^\s/.test(rest))) continue;
    if (RULES.koPersonGuards) {
      const shape = personShape(name, text, m.index!, rest);
      if (shape === 'organisation') employers.push({ name, at: m.index! });
      if (shape !== 'name') continue;
    }
    people.push({ name, at: m.index! });
  }
  if (RULES.koPersonCues) {
    for (const m of allMatches(KO_AGE, text)) {
      if (!personName(m[1], text, m.index!)) continue;
      if (RULES.koPersonGuards && personShape(m[1], text, m.index!, '') !== 'name') continue;
      people.push({ name: m[1], at: m.index! });
    }
  }
  // A name found by a cue of its own, kept when it passes the guards of a person's name.
  const cued = (name: string, at: number): void => {
    if (!personName(name, text, at) || (RULES.koPersonGuards && personShape(name, text, at, '') !== 'name')) return;
    people.push({ name, at });
  };
  if (RULES.koNamePairs) {
    for (const m of allMatches(NAME_PAIR, text)) {
      const items = m[1].split(/\s?[·∙]\s?/);
      // "정치적·경제적": words in 적 are adjectives, whatever their first syllable.
      if (!items.every((w) => isKoreanName(w) && !w.endsWith('적'))) continue;
      let from = m.index!;
      const placed = items.map((name) => { const at = text.indexOf(name, from); from = at + name.length; return { name, at }; });
      // "서청원·민주당": one item that is no name makes the pair no list of people.
      if (!placed.every((p) => personName(p.name, text, p.at) && (!RULES.koPersonGuards || personShape(p.name, text, p.at, '') === 'name'))) continue;
      people.push(...placed);
    }
  }
  if (RULES.koCandidates) {
    for (const m of allMatches(CANDIDATE, text)) {
      if (m[2] && !RACE.test(m[2]) && !koreanOrganisation(m[2]) && !OFFICE_RUN_FOR.test(m[2])) continue;
      if (isKoreanName(m[1])) cued(m[1], m.index!);
    }
  }
  if (RULES.koOfficeTitles) {
    for (const m of allMatches(KO_UNIT_PERSON, text)) if (isKoreanName(m[1])) cued(m[1], m.index!);
    for (const p of [...mayors(text), ...speakerTags(text)]) if (personName(p.name, text, p.at)) people.push(p);
  }
  if (RULES.koFormerTitles) {
    for (const m of allMatches(KO_FORMER_UNIT_PERSON, text)) if (isKoreanName(m[1])) cued(m[1], m.index!);
  }
  if (RULES.koAgeBrackets) {
    for (const m of allMatches(AGE_WITH, text)) {
      for (const name of [m[1], m[3]]) if (name && name.length >= 2) cued(name, m.index!);
    }
    if (RULES.koAgeAffiliation) for (const m of allMatches(AGE_AFFILIATION, text)) cued(m[1], m.index!);
  }
  if (RULES.koBylines) {
    for (const re of RULES.koReporterCalls ? [BYLINE_MAIL, BYLINE_TAG, REPORTER_CALL] : [BYLINE_MAIL, BYLINE_TAG]) {
      for (const m of allMatches(re, text)) if (isKoreanName(m[1]) && !NOT_NAME.has(m[1])) people.push({ name: m[1], at: m.index! });
    }
  }
  if (RULES.koForeignNames) {
    for (const m of allMatches(FOREIGN_NAME, text)) {
      // "매슈 토드씨": a title glued to the surname is no part of it.
      const surname = stripParticle(m[2]).replace(/씨$/, '');
      // "존 고든이", "데이비드 휴벨과": the word after the given name is the surname, not a title, a
      // place, an organisation, a common noun of KO names' guards or a verb form.
      if (surname.length < 2 || surname.length > 5 || NOT_NAME.has(surname) || KO_PLACES.has(surname) || koreanOrganisation(surname)) continue;
      if (TITLE_WORD.test(surname) || VERB_ENDING.test(surname) || /(?:하다|했다|한다|하고|하며|에서)$/.test(m[2])) continue;
      people.push({ name: `${m[1]} ${surname}`, at: m.index! });
    }
  }
  if (RULES.koJapaneseNames) {
    for (const m of allMatches(JAPANESE_NAME, text)) {
      // "유카와 하루나씨": a title glued to the given name is no part of it.
      const given = stripParticle(m[2]).replace(/씨$/, '');
      if (given.length < 2 || given.length > 3 || NOT_NAME.has(given) || KO_PLACES.has(given) || koreanOrganisation(given)) continue;
      if (NOT_JAPANESE_GIVEN.test(given) || TITLE_WORD.test(given) || VERB_ENDING.test(given) || /(?:하다|했다|한다|하고|하며|에서)$/.test(m[2])) continue;
      people.push({ name: `${m[1]} ${given}`, at: m.index! });
    }
  }
  if (RULES.koNameLists) {
    // "전현무, 박지윤, 이창훈, 라미란 등 총 10명의 MC": three or more full names listed before 등.
    for (const m of allMatches(LIST_END, text)) {
      const { names: listed, start } = listBefore(text, m.index!);
      // The three-syllable names at the list's end; a longer word ("레이디제인") ends the run.
      let k = listed.length;
      while (k > 0 && isKoreanName(listed[k - 1]) && listed[k - 1].length === 3) k--;
      const names = listed.slice(k);
      if (names.length < 3 || !names.every((n) => !NOT_NAME.has(n) && !KO_PLACES.has(n) && !koreanOrganisation(n))) continue;
      for (const name of names) if (personName(name, text, start)) people.push({ name, at: start });
    }
  }
  if (RULES.koOccupationCue) {
    for (const p of occupationNames(text)) if (personName(p.name, text, p.at) && !NOT_NAME.has(p.name)) people.push(p);
  }
  if (RULES.koBracketHeads) {
    for (const h of bracketHeads(text)) {
      if (!personName(h.name, text, h.at)) continue;
      people.push({ name: h.name, at: h.at });
      // The body before the brackets is an organisation when it is no place and no common noun of the guards.
      const body = h.body.replace(/^(?:사|주|재)\)/, '');
      if (body.length >= 3 && !KO_PLACES.has(body) && !NOT_NAME.has(body) && !NOT_ORG_WORD.test(body)) employers.push({ name: body, at: h.at });
    }
  }
  if (RULES.koRoleCredits) {
    for (const p of roleCredits(text)) if (personName(p.name, text, p.at)) people.push(p);
  }
  if (RULES.koPersonnelLists) {
    for (const p of personnelEntries(text)) if (personName(p.name.replace(' ', ''), text, p.at)) people.push(p);
  }
  people.sort((a, b) => a.at - b.at);
  for (const p of people) pushUnique(out.people, p.name);
  const tokens: Token[] = [];
  for (const m of allMatches(/[가-힣A-Za-z0-9]+/g, text)) tokens.push({ word: m[0], at: m.index! });
  const institutions: { name: string; at: number }[] = [];
  const places = placeMentions(text, tokens, institutions);
  const found: { name: string; at: number; kind: 'place' | 'org' }[] = [...employers, ...institutions].map((e) => ({ ...e, kind: 'org' as const }));
  for (const [name, e] of places) {
    if (e.asPlace > 0) found.push({ name, at: e.at, kind: 'place' });
    else if (e.counted) found.push({ name, at: e.at, kind: 'org' });
    // "광양시는 … 추진한다": a city, county or district that only ever acts is its local government.
    // A province too ("전라남도가 … 추진키로 했다").
    else if (e.acting > 0 && (/[시군구]$/.test(name) || RULES.koOfficeTitles && PROVINCE.test(name))) found.push({ name, at: e.at, kind: 'org' });
  }
  tokens.forEach(({ word: token, at }, i) => {
    const noun = stripParticle(token);
    if (KO_PLACES.has(noun) || KO_PLACES.has(token)) return;
    const previous = tokens[i - 1]?.word ?? '';
    const next = tokens[i + 1];
    // "롯데 자이언츠", "LG 트윈스": a company before a club's nickname is part of the club's name.
    if (noun === token && next && next.at === at + token.length + 1 && teamNickname(stripParticle(next.word), true)
      && (KNOWN_COMPANY(token) || /^[A-Z]{2,4}$/.test(token))) return;
    const before = i > 0 && tokens[i - 1].at + previous.length + 1 === at ? previous : '';
    if (teamNickname(noun, before !== '')) {
      if (before && KO_PLACES.has(before)) return; // the place's pair is the club already
      const owner = before && (KNOWN_COMPANY(before) || /^[A-Z]{2,4}$/.test(before));
      // "현대" after any other word ("근 현대 사회") is read as any word.
      if (owner || teamNickname(noun, false)) {
        found.push({ name: owner ? `${before} ${noun}` : noun, at: owner ? tokens[i - 1].at : at, kind: 'org' });
        return;
      }
    }
    // "경기 화성시", "경기 이천에서": the province, when a city or county of it follows.
    if (RULES.koGyeonggi && token === '경기' && next && next.at === at + token.length + 1 && placeAhead(next.word)) {
      found.push({ name: token, at, kind: 'place' });
      return;
    }
    // 읍/면 end many verb forms (…하면); take them only inside an address: "광양시 진상면", "옥룡면 추산리".
    if (/^[가-힣]{2,4}[읍면]$/.test(noun) && !NOT_PLACE.test(noun) && (/[시군]$/.test(previous) || /^[가-힣]{1,4}리$/.test(tokens[i + 1]?.word ?? ''))) {
      found.push({ name: noun, at, kind: 'place' });
      return;
    }
    // 동 too ("노원구 상계동"), only right after a city or district: 행동, 활동 are not places.
    if (RULES.koAddressesAndAgencies && /^[가-힣]{1,3}동$/.test(noun) && /^[가-힣]{1,4}[시구]$/.test(stripParticle(previous)) && KO_PLACES.has(stripParticle(previous))) {
      found.push({ name: noun, at, kind: 'place' });
      return;
    }
    // Airports and beaches by name: "제주공항", "해운대해수욕장".
    if (RULES.koAddressesAndAgencies && /^[가-힣]{2,}(?:국제)?공항$|^[가-힣]{2,}해수욕장$/.test(noun) && !/^(?:국제|국내|지방|신)공항$/.test(noun)) {
      found.push({ name: noun, at, kind: 'place' });
      return;
    }
    // "백운산 휴양림", "부산역에서": a mountain, river, bridge or station used as a place.
    if (RULES.koLandmarks && !out.people.includes(noun) && landmark(noun, token, tokens[i + 1]?.word ?? '')) {
      found.push({ name: noun, at, kind: 'place' });
      return;
    }
    // Agencies named by their common noun when they act ("검찰은 … 기소했다"): the ones readers scan for.
    if (RULES.koAddressesAndAgencies && ACTING_AGENCY.test(token)) {
      found.push({ name: noun, at, kind: 'org' });
      return;
    }
    if (/^[A-Z][A-Z0-9]{1,5}$/.test(token)) {
      // "KT&G", "AT&T": letters joined by "&" are one name, never the company of their first letters
      // ("KT" is another company); "R&D", "M&A" are no names.
      if (RULES.koAmpersandNames && text[at + token.length] === '&' && next && next.at === at + token.length + 1 && /^[A-Z]/.test(next.word)) {
        const whole = `${token}&${/^[A-Z0-9]+/.exec(next.word)![0]}`;
        if (AMPERSAND_COMPANIES.has(whole)) found.push({ name: whole, at, kind: 'org' });
        return;
      }
      // "과학기술정책연구원(STEPI)": an acronym in brackets right after an organisation spells it.
      const spelled = text[at - 1] === '(' && koreanOrganisation(stripParticle(previous)) && tokens[i - 1].at + previous.length === at - 1;
      if ((KNOWN_ORG_ACRONYMS.has(token) || spelled) && !NOT_ORG_ACRONYM.has(token)) found.push({ name: token, at, kind: 'org' });
      return;
    }
    if (out.people.includes(noun) || !koreanOrganisation(noun)) return;
    // "개성공단": a place's 공단 is its industrial park.
    if (RULES.koIndustrialParks && /공단$/.test(noun) && KO_PLACES.has(noun.slice(0, -2))) {
      found.push({ name: noun, at, kind: 'place' });
      return;
    }
    // "△육아종합지원센터 건립", "여성비전센터 설치": a body still to be built is a plan, not a name.
    if (RULES.koPlannedBodies && noun === token && PLANNED.test(tokens[i + 1]?.word ?? '') && tokens[i + 1].at === at + token.length + 1) return;
    // "진월면 삼성 마을": a company's name right after a township or district of an address is a
    // village or neighbourhood named like it.
    if (RULES.koKnownCompanies && KNOWN_COMPANY(noun) && /^[가-힣]{1,6}(?:[시군구읍면동리])$/.test(stripParticle(previous)) && (KO_PLACES.has(stripParticle(previous)) || /[읍면동리]$/.test(stripParticle(previous)))) return;
    // "면목동 녹색병원", "서울 여의도 국회 의원회관": a building given by its street address is where
    // something happens, the place, not the body that runs it.
    if (RULES.koFacilityAddress && FACILITY.test(noun) && tokens[i - 1]?.at + previous.length + 1 === at && streetWord(previous, tokens[i - 2]?.word ?? '')) {
      found.push({ name: noun, at, kind: 'place' });
      return;
    }
    found.push({ name: noun, at, kind: 'org' });
  });
  if (RULES.koMediaNames) {
    for (const re of [BYLINE_OUTLET, DATELINE_OUTLET]) {
      for (const m of allMatches(re, text)) {
        if (!KO_PLACES.has(m[1]) && !out.people.includes(m[1]) && !TITLE_WORD.test(m[1])) found.push({ name: m[1], at: m.index!, kind: 'org' });
      }
    }
  }
  found.sort((a, b) => a.at - b.at);
  for (const f of found) pushUnique(f.kind === 'place' ? out.places : out.organizations, f.name);
  if (RULES.koUnitRosters) out.organizations = withoutUnitRosters(out.organizations);
  return out;
}

/**
 * Korean person cues beyond a title after the name. Round 6: a noun of occupation before a name
 * ("소프라노 윤한나를", "배우 정성일이", "개그맨 조세호") and the head of a body named in brackets after
 * it ("광양제철소(소장 김학동)"). Round 9: a role and its player ("정겨울(신고은 분)") and the names of
 * a personnel list ("△항만운영팀장 김한춘 △재무회계팀 박정철").
 */
import { isKoreanName } from './korean';
import { allMatches } from '../../text';

/** Occupations that stand before a name as its title. */
const OCCUPATION = '배우|가수|탤런트|성우|소프라노|메조소프라노|테너|바리톤|피아니스트|바이올리니스트|첼리스트|지휘자|작곡가|작사가|' +
  '소설가|시인|화가|조각가|사진작가|방송인|개그맨|개그우먼|코미디언|래퍼|아나운서|앵커|연출가|프로듀서|무용가|발레리나|MC';
/** Particles and the honorific 씨 after the name. */
const AFTER_NAME = /^(?:|씨|은|는|이|가|을|를|의|에게|에게서|도|과|와|과의|와의|로|으로|만|씨는|씨가|씨의|씨를|씨와|씨도|이다|였다|이었다)$/;
/** A name of three syllables after the occupation, with its particle, then a break. */
const OCCUPATION_NAME = new RegExp(`(?<![가-힣])(?:${OCCUPATION})\\s+([가-힣]{3,6})(?=[\\s,.·)”’'"]|$)`, 'g');
/** Three-syllable words after an occupation that open like a name: "개그맨 선후배", "배우 이미지". */
const NOT_OCCUPATION_NAME = /^(?:선후배|이미지|이야기|지망생|출신으|데뷔작|정도로|조차도|주인공|한마디)/;

/** "소프라노 윤한나를": a three-syllable Korean name after a noun of occupation. */
export function occupationNames(text: string): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  for (const m of allMatches(OCCUPATION_NAME, text)) {
    const name = m[1].slice(0, 3);
    if (!AFTER_NAME.test(m[1].slice(3)) || !isKoreanName(name) || NOT_OCCUPATION_NAME.test(m[1])) continue;
    out.push({ name, at: m.index! + m[0].length - m[1].length });
  }
  return out;
}

/** Titles of the head of a body, in brackets after its name. */
const HEAD_TITLE = '소장|이사장|대표|대표이사|회장|위원장|원장|단장|관장|사장|총장|청장|센터장|교장|학장|지부장|본부장|의장|조합장|공장장|지점장|회장대행';
/** "포스코 광양제철소(소장 김학동)", "(사)윤동주문학원연구보존회(이사장 윤태현)". */
const BRACKET_HEAD = new RegExp(`([가-힣A-Za-z0-9]{2,24})\\((?:${HEAD_TITLE})\\s([가-힣]{2,4})\\)`, 'g');

/** The head named in brackets after a body, and the body. */
export function bracketHeads(text: string): { name: string; body: string; at: number }[] {
  const out: { name: string; body: string; at: number }[] = [];
  for (const m of allMatches(BRACKET_HEAD, text)) {
    if (isKoreanName(m[2])) out.push({ name: m[2], body: m[1], at: m.index! });
  }
  return out;
}

/**
 * "정겨울(신고은 분)", "신고은(정겨울 역)": drama and film reports name a role with its player in
 * brackets, and both are people. 분 ("the one who plays") needs nothing else; 역 ("the role of") needs
 * the space before it, so "(강남역)" is no cue.
 */
const ROLE_CREDIT = /(?<![가-힣])([가-힣]{2,4})\s?\(([가-힣]{2,4})(?:\s?분|\s역)\)/g;

export function roleCredits(text: string): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  for (const m of allMatches(ROLE_CREDIT, text)) {
    out.push({ name: m[1], at: m.index! }, { name: m[2], at: m.index! + m[1].length });
  }
  return out;
}

/** The unit or post an entry of a personnel list opens with: a team, office or division, or its head. */
const LIST_UNIT = '[가-힣·]{1,12}(?:팀장|팀|실장|실|과장|과|부장|국장|소장|사업소|센터장|센터|본부장|본부|단장|처장|지점장|지점|지사장|지사|위원|이사|감사|상무|전무|원장|관장)';
/**
 * "△항만운영팀장 김한춘 △재무회계팀 박정철 ◇ 3급(차장)": an entry is a bullet, the unit, then the
 * name alone up to the next bullet, section mark or the end. A name has three syllables, or is spelt
 * with a space after a one-syllable surname ("△가치경영팀 박 신"): two syllables after a unit are as
 * often a plan ("△전담팀 구성", "△TF팀 신설"). Prose bullets ("△고용복지+센터 개소", "△도깨비 감투")
 * fail on the unit or on the surname.
 */
const PERSONNEL_ENTRY = new RegExp(`[△▲]\\s?${LIST_UNIT}\\s([가-힣]{3}|[가-힣]\\s[가-힣]{1,2})(?=\\s*(?:[△▲◇◆■<\\n]|$))`, 'g');
/** A list has this many entries at least; fewer bullets are rather a programme's items. */
const MIN_ENTRIES = 3;

export function personnelEntries(text: string): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  for (const m of allMatches(PERSONNEL_ENTRY, text)) {
    if (isKoreanName(m[1].replace(' ', ''))) out.push({ name: m[1], at: m.index! + m[0].length - m[1].length });
  }
  return out.length >= MIN_ENTRIES ? out : [];
}

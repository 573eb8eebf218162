/**
 * Korean person cues that the title list alone misses: a title glued to the office it heads
 * ("장형곤 문화예술과장", "김학동 제철소장"), a mayor ("정현복 시장", only when the text also says
 * "정 시장": 시장 is "market" too), and the speaker tags of broadcast transcripts
 * ("[한덕수/국무총리]", "▶ 인터뷰 : 강초 / 부산 금정구").
 */
import { isKoreanName } from './korean';
import { allMatches } from '../../text';

const AFTER_TITLE = '(?=[은는이가을를의에도과와,·\\s)]|$)';
/**
 * Heads of an office named by its unit: "문화예술과장", "비서실장", "제철소장"; the unit has two
 * syllables at least ("위원장" is a title of its own, listed in KO_PERSON_TITLES).
 */
export const UNIT_TITLE = '(?:[가-힣]{2,8}(?:과장|실장|소장|국장|부장|팀장|본부장|단장|처장|청장|원장|관장|센터장|지점장)|교육장|촌장)';
/**
 * Name (not after a digit: "460명은"), an optional office between ("전라남도", "DJI코리아": it ends
 * like one, so that a name before a name, "오가자 신기남 위원장", is not taken), then the title.
 */
export const KO_UNIT_PERSON = new RegExp(
  `(?<![가-힣0-9])([가-힣]{2,4})\\s+(?:(?:[A-Za-z]{2,10}[가-힣]{0,4}|[가-힣]{1,10}(?:부|청|처|원|회|당|단|실|국|소|위|사|군|시|도|구|대|과|팀|센터|재단|그룹|코리아))\\s+)?${UNIT_TITLE}${AFTER_TITLE}`, 'g');
/** Provinces, which act as their governments ("전라남도가 … 추진키로 했다"); not islands (독도, 제주도). */
export const PROVINCE = /^(?:경기|강원|충청[남북]|전라[남북]|경상[남북]|[충전경][남북])도$/;
/** A unit of an office (or its head) right after a place: "당진시 문화관광과", "전라남도 친환경농업과장". */
export const OFFICE_UNIT = new RegExp(`^(?:[가-힣]{2,8}(?:과|실)|${UNIT_TITLE})$`);
/** Nouns that merely end like an office unit (과 "and"/"result", 실 "room"/"loss"). */
export const NOT_OFFICE_UNIT = /(?:효과|결과|성과|사과|교과|통과|초과|경과|전과|부과|간과|과실|사실|현실|진실|확실|손실|교실|화장실|회의실|상황실|병실|침실|거실|욕실|분실|부실|절실|충실|매실)$/;

const MAYOR = /(?<![가-힣])([가-힣]{3})\s+시장(?=[은는이가을를의에도과와,·\s)]|$)/g;

/** "정현복 시장" when the text also calls him "정 시장". */
export function mayors(text: string): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  for (const m of allMatches(MAYOR, text)) {
    if (isKoreanName(m[1]) && new RegExp(`(?<![가-힣])${m[1][0]}\\s시장`).test(text)) out.push({ name: m[1], at: m.index! });
  }
  return out;
}

/** "[구병삼/통일부 대변인 : …]", "[한덕수/국무총리]", "인터뷰 : 강초 / 부산 금정구". */
const SPEAKER_TAG = /(?:\[\s*([가-힣]{2,5})\s*\/\s*[^\]\n/]{1,40}\]?|인터뷰\s*:\s*([가-힣]{2,5})\s*\/)/g;

export function speakerTags(text: string): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  for (const m of allMatches(SPEAKER_TAG, text)) out.push({ name: (m[1] ?? m[2])!, at: m.index! });
  return out;
}

/** "전" / "현" ("former", "current") between a name and its title or office: "손재학 전 차관". */
export const FORMER = '(?:(?:전|현|前|現)\\s+)?';
/** Titles beyond KO_PERSON_TITLES: judges and prosecutors, chefs, and the kin words news uses as titles. */
export const MORE_TITLES = '부장판사|부장검사|셰프|할머니|할아버지';
/** "원(정제원·21)", "은하(정은비·19)", "쑨웨이(22·중국)": a name, then in brackets an age with a real name or a home. */
export const AGE_WITH = /(?<![가-힣])([가-힣]{1,5})\s?\((?:(\d{1,2})·[가-힣]{1,8}|([가-힣]{2,4})·(\d{1,2}))\)/g;
/** An age and an affiliation of any length in brackets (koAgeAffiliation): "윤석민(28·볼티모어 오리올스)". */
export const AGE_AFFILIATION = /(?<![가-힣])([가-힣]{2,5})\s?\(\d{1,2}(?:세)?[·,]\s?[^()]{1,30}\)/g;

/**
 * Korean landmarks by their endings: mountains (백운산), rivers (섬진강), bridges (이순신대교),
 * stations (부산역) and fortresses (마로산성). The endings are also those of common nouns (부동산,
 * 지역, 보강) and of "made in" (중국산), so a word counts only where the text uses it as a place:
 * with a particle of place ("부산역에서") or before a noun of a landmark ("백운산 휴양림").
 */
import { KO_PLACES } from './places-ko';

const LANDMARK = /^([가-힣]{2,5})(산성|대교|산|강|역)$/;
/** Common nouns with those endings. */
const NOT_LANDMARK = /(?:부동산|재산|유산|자산|생산|예산|확산|청산|결산|계산|파산|공산|양산|증산|감산|합산|정산|환산|분산|발산|등산|하산|입산|출산|원산|지역|구역|영역|권역|해역|수역|전역|무역|통역|번역|현역|주역|용역|방역|병역|성역|배역|하역|노역|단역|광역|교역|징역|유역|보강|증강|하강|개강|종강|휴강|수강|청강|요강|대강|근강)$/;
/** Particles of place after the word. */
const PLACE_PARTICLE = /^(?:에서|에서는|에서도|에서의|에|에는|에도|으로|로|까지|부터|을|를)$/;
/** After 을/를, verbs of going there: "백운산을 찾은". */
const GO = /^(?:찾|오르|올라|올랐|방문|향|건너|지나|넘|따라)/;
/** "줄리엔강으로 추정되는": after 으로/로, verbs of who or what something is, not where it goes. */
const IDENTITY = /^(?:추정|알려|보이|밝혀|확인|불리|지목|꼽히|꼽힌|선정|임명|지명|분류)/;
/** Nouns after a landmark that keep it one: "구봉산 전망대", "낙동강 하구", "부산역 광장". */
const LANDMARK_NOUN = /^(?:정상|전망대|휴양림|자연|자락|둘레길|등산로|일대|기슭|국립공원|산림|하구|유역|주변|인근|근처|부근|앞|광장|대합실|출구|역사|플랫폼|입구|하류|상류|뱃길|물길|수계|남단|북단)/;

/** Whether a token (noun + particle, then the next word) is a landmark used as a place. */
export function landmark(noun: string, token: string, next: string): boolean {
  const m = noun.match(LANDMARK);
  if (!m || NOT_LANDMARK.test(noun) || KO_PLACES.has(m[1]) && m[2] === '산') return false;
  const rest = token.slice(noun.length);
  if (rest) return PLACE_PARTICLE.test(rest) && (!/^[을를]$/.test(rest) || GO.test(next)) && !(/^으?로$/.test(rest) && IDENTITY.test(next));
  return LANDMARK_NOUN.test(next);
}

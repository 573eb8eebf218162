/**
 * Korean people (name + title: "신원식 국방부 장관"), organisations (…부, …청, …위원회) and places
 * (gazetteer, …시, …군, and 읍/면 inside an address).
 */
import { KO_PLACES, NOT_ORG_ACRONYM } from './gazetteer';
import { isKoreanName, KO_ORG_STOP, KO_ORG_SUFFIX, KO_PERSON_TITLES, stripParticle } from './korean';
import { pushUnique, type Entities } from './entities-en';

const KO_PERSON = new RegExp(`(?<![가-힣])([가-힣]{2,3})\\s+(?:(?:[A-Za-z]{2,10}|[가-힣]{1,10}(?:부|청|처|원|회|당|단|실|국|소|위|사|군|시|도|구|대|과|팀|센터|재단|그룹))\\s+)?(?:${KO_PERSON_TITLES})(?=[은는이가을를의에도과와,·\\s)]|$)`, 'g');


/** Common nouns shaped like a name (surname + syllables). */
const NOT_NAME = new Set(['연구원', '연구진', '관계자', '전문가', '위원장', '부위원', '이사장', '공동대표', '담당자', '책임자', '대변인', '이번', '이날', '이후', '지난', '오는', '전체', '주민', '시민', '국민', '정부', '조사', '최근', '최대', '최고', '최초', '이상', '이하', '전국', '한국', '이들', '이번엔', '고객', '학생', '교사', '선수', '감독', '기자']);

/** Verb forms and common nouns that merely end like 시/면 place names. */
const NOT_PLACE = /(?:다면|라면|으면|하면|이면|되면|지면|서면|려면|보면|로면|전면|후면|측면|필요시|할시|될시|을시|반드시|고시|개시|게시|감시|제시|표시|지시|실시|전시|일시|잠시|즉시|역시|혹시|다시|무시|임시|당시|동시|상시|도시)$/;

export function koreanEntities(text: string): Entities {
  const out: Entities = { people: [], organizations: [], places: [] };
  for (const m of text.matchAll(KO_PERSON)) if (isKoreanName(m[1]) && !NOT_NAME.has(m[1]) && !/[사부청처회당단실국팀과측]$/.test(m[1])) pushUnique(out.people, m[1]);
  const tokens = text.split(/[^가-힣A-Za-z0-9]+/).filter(Boolean);
  tokens.forEach((token, i) => {
    const noun = stripParticle(token);
    if (KO_PLACES.has(token) || KO_PLACES.has(noun)) return pushUnique(out.places, KO_PLACES.has(token) ? token : noun);
    if (NOT_PLACE.test(noun)) return;
    if (/^[가-힣]{2,4}시$/.test(noun) || (/^[가-힣]{2,4}군$/.test(noun) && !/(?:한|아|국|해|공|육|미|적|연합)군$/.test(noun))) {
      return pushUnique(out.places, noun);
    }
    // 읍/면 end many verb forms (…하면); take them only inside an address: "광양시 진상면", "옥룡면 추산리".
    if (/^[가-힣]{2,4}[읍면]$/.test(noun) && (/[시군]$/.test(tokens[i - 1] ?? '') || /^[가-힣]{1,4}리$/.test(tokens[i + 1] ?? ''))) {
      return pushUnique(out.places, noun);
    }
    if (/^[A-Z]{2,6}$/.test(token)) return NOT_ORG_ACRONYM.has(token) ? undefined : pushUnique(out.organizations, token);
    if (KO_ORG_SUFFIX.test(noun) && !KO_ORG_STOP.has(noun) && !out.people.includes(noun)) pushUnique(out.organizations, noun);
  });
  return out;
}


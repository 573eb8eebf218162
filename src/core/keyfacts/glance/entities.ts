/**
 * People, organisations and places by hand-written cues: capitalised word runs, titles
 * (Minister, President, 장관, 대통령…), organisation endings (Ministry, Corp., 부, 청, 위원회…) and a
 * small gazetteer plus Korean 시/군/읍/면 endings. Heuristic by design: cheap, no model.
 */
import { EN_PLACES, KO_PLACES } from './gazetteer';
import { isKoreanName, KO_ORG_STOP, KO_ORG_SUFFIX, KO_PERSON_TITLES, stripParticle } from './korean';

export interface Entities { people: string[]; organizations: string[]; places: string[] }

const ORG_WORDS = new Set(
  ('Ministry|Agency|Corp|Corp.|Corporation|Inc|Inc.|Co|Co.|Ltd|Ltd.|Group|Bank|University|Council|Committee|' +
    'Commission|Association|Party|Department|Office|Service|Army|Navy|Forces|Force|Command|Assembly|Court|' +
    'Police|Union|Institute|Center|Centre|Foundation|Federation|League|Club|FC|Electronics|Motors|Company|' +
    'Airlines|Pentagon|Congress|Senate|Parliament|Nations|Organization|Organisation|Administration|Bureau|' +
    'Authority|Board|Times|Herald|News|Post|Journal|Hospital|School|College|Academy|Fund|Reserve|Exchange|' +
    'Museum|Zoo|House|Cabinet|Government|Yonhap|Reuters|Industries|Holdings|Telecom|Network|Studio|Studios').split('|'),
);
const PLACE_WORDS = new Set('Province|City|County|Island|Islands|Peninsula|Sea|River|Bay|Strait|Mountain|Valley|District|Street'.split('|'));
const TITLE_WORDS = new Set(
  ('Minister|President|Secretary|Prime|Vice|Deputy|Foreign|Defense|Defence|Unification|Finance|Trade|' +
    'Interior|Justice|Health|Education|Energy|Labor|Labour|Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Dr|Dr.|Gov|Gov.|Sen|' +
    'Sen.|Rep|Rep.|Gen|Gen.|Chairman|Chairwoman|CEO|Chief|Lord|Sir|Dame|Judge|Coach|Manager|Boss|Officer|' +
    'Ambassador|Governor|Senator|Representative|Mayor|King|Queen|Prince|Princess|Pope|Professor|Prof.|' +
    'Director|Commissioner|Spokesman|Spokeswoman|Spokesperson|Speaker|Leader|General|Colonel|Admiral|' +
    'Captain|Lieutenant|Sergeant|Detective|Inspector|Sheriff|Premier|Chancellor|Former|Senior|National|' +
    'Security|Adviser|Advisor|State|Striker|Midfielder|Defender|Goalkeeper|Star|Candidate|Actor|Actress|Singer').split('|'),
);
const NAME_CUES = new Set('Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Dr|Dr.|Gov.|Sen.|Rep.|Gen.|Minister|President|Secretary|Chairman|Lord|Sir|Judge|Mayor|Governor|Senator|Professor|Prof.|Coach|Manager|Boss|Leader|Ambassador'.split('|'));
const SKIP_FIRST = new Set(
  ('The|A|An|He|She|It|They|We|I|In|On|At|But|And|This|That|These|Those|His|Her|Its|Their|Our|If|When|While|' +
    'After|Before|As|For|From|With|By|According|Meanwhile|However|Also|There|Here|Some|Many|Most|One|Two|' +
    'During|Since|Despite|Although|Under|Over|Last|Next|Earlier|Later|Monday|Tuesday|Wednesday|Thursday|' +
    'Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday|Tomorrow').split('|'),
);
const CONNECTORS = new Set(['of', 'for', 'and', 'de', 'van', 'von', 'der', 'al', 'bin', 'du', 'la', 'del']);

function pushUnique(list: string[], value: string): void {
  if (value && !list.includes(value)) list.push(value);
}

/** Runs of capitalised words in one sentence (connectors like "of" allowed inside). */
function capitalisedRuns(sentence: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  const flush = () => {
    while (run.length && CONNECTORS.has(run[run.length - 1])) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (const raw of sentence.split(/\s+/)) {
    const lead = raw.replace(/^["“‘'(\[]+/, '');
    if (lead !== raw) flush();
    const word = lead.replace(/(?:['’]s)?["”’'),;:!?\]]*$/, '').replace(/\.$/, (m) => (/^(?:[A-Z]|Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Prof|Jr|Sr|St|Co|Corp|Inc|Ltd|(?:[A-Z]\.)+[A-Z])$/.test(lead.slice(0, -1)) ? m : ''));
    const capital = /^\p{Lu}/u.test(word) && /\p{L}/u.test(word);
    if (capital) run.push(word);
    else if (run.length && CONNECTORS.has(word)) run.push(word);
    else flush();
    if (word !== lead || /[,;:!?]$/.test(lead)) flush();
  }
  flush();
  return runs;
}

function classifyEnglish(run: string[], out: Entities): void {
  while (run.length && SKIP_FIRST.has(run[0])) run = run.slice(1);
  if (!run.length) return;
  const joined = run.join(' ');
  if (EN_PLACES.has(joined) || PLACE_WORDS.has(run[run.length - 1])) return pushUnique(out.places, joined);
  if (run.some((w) => ORG_WORDS.has(w)) || (/^[A-Z]{2,6}$/.test(joined) && !NOT_ORG_ACRONYM.has(joined))) return pushUnique(out.organizations, joined);
  let titled = false;
  let i = 0;
  while (i < run.length - 1 && (TITLE_WORDS.has(run[i]) || EN_PLACES.has(run[i]))) { titled ||= NAME_CUES.has(run[i]); i++; }
  const name = run.slice(i);
  if (name.some((w) => CONNECTORS.has(w) || TITLE_WORDS.has(w))) return;
  if (name.length >= 2 && name.length <= 4) return pushUnique(out.people, name.join(' '));
  if (name.length === 1 && titled && !EN_PLACES.has(name[0])) pushUnique(out.people, name[0]);
}

function englishEntities(sentenceList: string[]): Entities {
  const out: Entities = { people: [], organizations: [], places: [] };
  for (const sentence of sentenceList) for (const run of capitalisedRuns(sentence)) classifyEnglish(run, out);
  // "Shin" after "Shin Won-sik": a later bare surname is the same person.
  out.people = out.people.filter((p) => !out.people.some((q) => q !== p && q.split(' ').includes(p)));
  return out;
}

const KO_PERSON = new RegExp(`(?<![가-힣])([가-힣]{2,3})\\s+(?:[가-힣A-Za-z]{2,12}\\s+)?(?:${KO_PERSON_TITLES})(?=[은는이가을를의에도과와,·\\s)]|$)`, 'g');

/** Upper-case abbreviations that are things, not organisations. */
const NOT_ORG_ACRONYM = new Set('DNA RNA AI IT TV CEO CFO GDP USB LED CCTV SNS PC OS GPS VR AR CPU GPU ICT PM AM UV ID OK MRI CT PCR TNT LPG LNG EV SUV ESG ETF IPO KST GMT UTC'.split(' '));

/** Common nouns shaped like a name (surname + syllables). */
const NOT_NAME = new Set(['연구원', '연구진', '관계자', '전문가', '위원장', '부위원', '이사장', '공동대표', '담당자', '책임자', '대변인', '이번', '이날', '이후', '지난', '오는', '전체', '주민', '시민', '국민', '정부', '조사', '최근', '최대', '최고', '최초', '이상', '이하', '전국', '한국', '이들', '이번엔', '고객', '학생', '교사', '선수', '감독', '기자']);

/** Verb forms and common nouns that merely end like 시/면 place names. */
const NOT_PLACE = /(?:다면|라면|으면|하면|이면|되면|지면|서면|려면|보면|로면|전면|후면|측면|필요시|할시|될시|을시|당시|동시|임시|감시|수시|상시|표시)$/;

function koreanEntities(text: string): Entities {
  const out: Entities = { people: [], organizations: [], places: [] };
  for (const m of text.matchAll(KO_PERSON)) if (isKoreanName(m[1]) && !NOT_NAME.has(m[1])) pushUnique(out.people, m[1]);
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

/** Entities of an article, in order of first mention. */
export function findEntities(text: string, sentenceList: string[], korean: boolean): Entities {
  const found = korean ? koreanEntities(text) : englishEntities(sentenceList);
  const cap = (xs: string[]) => xs.slice(0, 12);
  return { people: cap(found.people), organizations: cap(found.organizations), places: cap(found.places) };
}

/**
 * English people, organisations and places from runs of capitalised words: titles (Minister,
 * Gov.) mark people, endings (Ministry, Corp.) organisations, a small gazetteer places. A run
 * counts as a person only with a title, as a speaker, or when its surname recurs alone.
 */
import { acronymExpansions, KNOWN_ORG_ACRONYMS, type AcronymType } from './acronyms';
import { commonEnglishWord } from './common-words-en';
import { CLUB_ENDINGS, CLUB_OPENERS, DIRECTIONS, EVENT_WORDS, GENERIC_HEADS, HYPHEN_MODIFIER, KIN_WORDS, SPEAKING_VERBS, MORE_EVENT_WORDS, NOT_NAME_WORDS, PEOPLE_ADJECTIVES, SHOW_WORDS, MORE_PERSON_ROLES, PERSON_ROLE_BEFORE, PLACE_HEADS, PLACE_OPENERS, QUANTITY_WORDS, RANKING_WORDS, ORG_KIND_AFTER, ORG_KIND_BEFORE, PLACE_BEFORE, PLACE_TEAM_AFTER, PLACE_KIND_AFTER, GROUP_KIND_AFTER, ADJECTIVE_SHAPE, TEAM_AFTER, TEAM_BEFORE, TOURNAMENTS } from './cues-en';
import { EN_PLACES, NOT_ORG_ACRONYM } from './gazetteer';
import { GIVEN_NAMES } from './given-names';
import { KNOWN_BODIES, KNOWN_COMPANIES, KNOWN_PARTIES } from './known-orgs-en';
import { lowerCaseUse as usedInLowerCase } from './lower-case-use';
import { lowercaseNames, writtenWithoutCapitals } from './lowercase-en';
import { RULES } from './rules';
import { allMatches } from '../../text';

export interface Entities { people: string[]; organizations: string[]; places: string[] }

const DEMONYM = /^(?:[A-Z][a-z]+(?:ean|ese|ian|ish|can|ans|ians|eans|ese)|Thai|Swiss|Dutch|French|Greek|Iraqi|Israeli|Pakistani|Saudi|Argentine|Filipino|Czech|Slovak|Kiwi)$/;
/**
 * Words ending like a demonym that are one, of a people, a faith, a party or an era: kept as
 * demonyms in a surname's place ("John American" is no name), where other such endings are surnames
 * ("Nicholas Maronese", "Kim Kardashian").
 */
const KNOWN_DEMONYMS = new Set(
  ('American|Canadian|Mexican|Brazilian|Chilean|Colombian|Peruvian|Venezuelan|Cuban|Bolivian|Ecuadorian|British|English|Scottish|Irish|' +
    'Welsh|Cornish|Italian|Spanish|Portuguese|Belgian|Austrian|Swedish|Norwegian|Danish|Finnish|Polish|Hungarian|Romanian|Bulgarian|' +
    'Turkish|Russian|Ukrainian|Belarusian|Serbian|Croatian|Bosnian|Albanian|Georgian|Armenian|Iranian|Syrian|Lebanese|Palestinian|' +
    'Jordanian|Egyptian|Libyan|Tunisian|Algerian|Moroccan|Nigerian|Ghanaian|Kenyan|Ethiopian|Sudanese|Somalian|Zimbabwean|Rwandan|' +
    'Chinese|Japanese|Korean|Taiwanese|Vietnamese|Cambodian|Burmese|Malaysian|Indonesian|Singaporean|Indian|Bangladeshi|Nepalese|' +
    'Australian|Mongolian|Tibetan|European|Asian|African|Arabian|Persian|Kurdish|Jewish|Christian|Muslim|Caribbean|Mediterranean|' +
    'Scandinavian|Siberian|Victorian|Elizabethan|Edwardian|Republican|Republicans|Anglican|Episcopalian|Presbyterian|' +
    'Lutheran|Olympian|Olympians|Parisian|Londoner|Texan|Californian|Floridian|Hawaiian|Alaskan|Bavarian|Catalan|Basque|Maltese|' +
    'Cypriot|Icelandic|Estonian|Latvian|Lithuanian|Slovenian|Slovakian|Macedonian|Montenegrin|Kosovan|Moldovan|Azerbaijani|Kazakh|' +
    'Uzbek|Afghan|Sri Lankan|Filipino|Samoan|Tongan|Fijian|Haitian|Jamaican|Dominican|Guatemalan|Honduran|Nicaraguan|Panamanian|' +
    'Paraguayan|Uruguayan|Argentinian|Angolan|Ugandan|Tanzanian|Zambian|Namibian|Senegalese|Congolese|Togolese|Malian|Nigerien|' +
    'Qatari|Omani|Yemeni|Kuwaiti|Emirati|Bahraini|Saudi|Pakistani|Iraqi|Israeli').split('|'),
);
/**
 * A demonym by its ending, or (enKnownDemonyms) one of the known ones whatever its ending ("Libyan",
 * "Kenyan", "Afghan", "Cypriot", which the ending misses).
 */
function isDemonym(w: string): boolean {
  return DEMONYM.test(w) || (RULES.enKnownDemonyms && KNOWN_DEMONYMS.has(w));
}
/**
 * Whether a word of a name (at position k of `name`) is a demonym. With enDemonymNames a common
 * given name is none ("Brian", "Julian", "Christian", "Duncan", "Sebastian"), nor is a surname
 * after one unless it is a known demonym ("Nicholas Maronese", not "Kenyan" in "Sarah Kenyan").
 */
function demonymIn(name: string[], k: number): boolean {
  const w = name[k];
  if (!isDemonym(w)) return false;
  if (!RULES.enDemonymNames) return true;
  if (GIVEN_NAMES.has(w) && !(k === 0 && name.length > 1 && !isGivenOrSurname(name[1]))) return false;
  if (k > 0 && k === name.length - 1 && GIVEN_NAMES.has(name[0]) && !KNOWN_DEMONYMS.has(w)) return false;
  return true;
}
/** Words that make a demonym-like given name an adjective again: "Christian Democrats", "Christian Aid". */
const ADJECTIVE_HEADS = new Set(
  ('Democrats|Democrat|Democratic|Socialists|Socialist|Conservatives|Conservative|Liberals|Liberal|Greens|Union|Unions|Party|' +
    'Science|Scientists|Church|Churches|Nationalists|Zionists|Evangelicals|Coalition|Alliance|Aid|Values|Television|Broadcasting|' +
    'Network|Music|Rock|Metal|Heritage|Solidarity|Voice|Voices|Brothers|Community|Communities|Era|Age|Empire|Kingdom').split('|'),
);
/** Surnames that are also heads of places', bodies' or titles' names ("Hall", "Temple", "Post", "King"). */
const SURNAME_HEADS = new Set('Hall|Temple|Lake|Bridge|Street|Tower|Beach|Park|Post|Church|House|King|Bank|Banks|Prince|Marshal'.split('|'));
/** A word that may follow a given name in a name: title-case, no known demonym and no head an adjective takes. */
const isGivenOrSurname = (w: string): boolean => /^\p{Lu}\p{Ll}/u.test(w) && !KNOWN_DEMONYMS.has(w) && !ADJECTIVE_HEADS.has(w);

const EN_PLACES_LOWER = new Set([...EN_PLACES].map((p) => p.toLowerCase()));
const titleCase = (s: string) => s.charAt(0) + s.slice(1).toLowerCase();

const ORG_WORDS = new Set(
  ('Ministry|Agency|Corp|Corp.|Corporation|Inc|Inc.|Co|Co.|Ltd|Ltd.|Group|Bank|University|Council|Committee|' +
    'Commission|Association|Party|Department|Office|Service|Army|Navy|Forces|Force|Command|Assembly|Court|' +
    'Police|Union|Institute|Center|Centre|Foundation|Federation|League|Club|FC|Electronics|Motors|Company|' +
    'Airlines|Pentagon|Congress|Senate|Parliament|Nations|Organization|Organisation|Administration|Bureau|' +
    'Authority|Board|Times|Herald|News|Post|Journal|Hospital|School|College|Academy|Fund|Reserve|Exchange|' +
    'Museum|Zoo|House|Cabinet|Government|Yonhap|Reuters|Industries|Holdings|Telecom|Network|Studio|Studios|' +
    'Fleet|Shimbun|Music|Media|Pharma|Pharmaceutical|Pharmaceuticals|Daily|Online|Press|Tribune|Telegraph|Gazette|' +
    'Broadcasting|Television|Radio|Airways|Securities|Insurance|Brigade|Regiment|Battalion|Corps|Marines|Ballet|' +
    'Orchestra|Philharmonic|Theatre|Theater|Church|Ministries|Prosecutors|Prosecution|Guard').split('|'),
);
/**
 * Words of company names beyond ORG_WORDS: industries and company kinds ("Moruo Mining and
 * Construction Company", "Proton Holdings"). None is a title, so none opens a person's title.
 */
const COMPANY_WORDS = new Set(
  ('Mining|Construction|Logistics|Petroleum|Chemical|Chemicals|Steel|Shipping|Shipbuilding|Foods|Beverages|Brewery|' +
    'Partners|Ventures|Capital|Investments|Enterprises|Systems|Solutions|Technologies|Technology|Labs|Laboratories|' +
    'Entertainment|Records|Pictures|Publishing|Publishers|Consulting|Resources|Airline|Cooperative|Co-operative|Bancorp').split('|'),
);
/**
 * Last words of research, consulting and advisory firms' names ("Coresight Research", "Desjardins
 * Economics", "Capital Economics"), never a person's (enFirmWords): only as the last word of a run.
 */
const FIRM_WORDS = new Set('Research|Analytics|Economics|Consultancy|Consultants|Advisors|Advisers|Associates|Insights|Strategies|Therapeutics|Biosciences|Aerospace|Robotics'.split('|'));
/** Heads of picture agencies' names in a credit ("AFP/Getty Images", "via Sipa Images"): enPictureAgencies. */
const PICTURE_AGENCY_WORDS = new Set(['Images', 'Imagery']);
/** An organisation's word: ORG_WORDS, and (enCompanyWords) the words of company names. */
const orgWord = (w: string): boolean => ORG_WORDS.has(w) || (RULES.enCompanyWords && COMPANY_WORDS.has(w)) || (RULES.enMoreOrgHeads && MORE_ORG_HEADS.has(w))
  || (RULES.enInstitutionHeads && INSTITUTION_HEADS.has(w));
/** Heads of institutions' names: "Mayo Clinic", "World Economic Forum", "Chamber of Commerce", "Redonda Restoration Programme". */
const INSTITUTION_HEADS = new Set('Clinic|Clinics|Forum|Chamber|Tribunal|Secretariat|Programme|Observatory|Laboratory|Conservatory|Seminary|Institution'.split('|'));
/** Heads of the names of associations and campaigns: "Software Freedom Conservancy", "Five Star Movement". */
const MORE_ORG_HEADS = new Set('Society|Alliance|Coalition|Trust|Conservancy|Consortium|Guild|Caucus|Movement|Initiative|Syndicate'.split('|'));
const PLACE_WORDS = new Set('Arena|Dome|Hall|Tower|Gardens|Road|Avenue|Province|City|County|Island|Islands|Peninsula|Sea|River|Bay|Strait|Mountain|Valley|District|Street|Port|Palace|Airport|Station|Park|Stadium|Square|Harbor|Harbour|Temple|Bridge|Lake|Beach'.split('|'));
/** Plural and natural heads of places' names: "the Porcupine Mountains", "the Great Lakes", "the Gobi Desert" (enMorePlaceWords). */
const MORE_PLACE_WORDS = new Set(['Mountains', 'Lakes', 'Desert', 'Plateau', 'Volcanoes', 'Wilderness', 'Prison', 'Jail', 'Penitentiary']);
const placeWord = (w: string): boolean => PLACE_WORDS.has(w) || RULES.enMorePlaceWords && MORE_PLACE_WORDS.has(w);
const TITLE_WORDS = new Set(
  ('Minister|President|Secretary|Prime|Vice|Deputy|Foreign|Defense|Defence|Unification|Finance|Trade|' +
    'Interior|Justice|Health|Education|Energy|Labor|Labour|Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Dr|Dr.|Gov|Gov.|Sen|' +
    'Sen.|Rep|Rep.|Gen|Gen.|Chairman|Chairwoman|CEO|Chief|Lord|Sir|Dame|Judge|Coach|Manager|Boss|Officer|' +
    'Ambassador|Governor|Senator|Representative|Mayor|King|Queen|Prince|Princess|Pope|Professor|Prof.|' +
    'Director|Commissioner|Spokesman|Spokeswoman|Spokesperson|Speaker|Leader|General|Colonel|Admiral|' +
    'Captain|Lieutenant|Sergeant|Detective|Inspector|Sheriff|Premier|Chancellor|Former|Senior|National|' +
    'Security|Adviser|Advisor|State|Striker|Midfielder|Defender|Goalkeeper|Star|Candidate|Actor|Actress|Singer|' +
    'Adm|Adm.|Admiral|Lt|Lt.|Col|Col.|Maj|Maj.|Sgt|Sgt.|Capt|Capt.|Cmdr|Cmdr.|Rev|Rev.|Commander|Marshal|Lady|First|' +
    'Spokesman|Spokeswoman|Executive|Vice|Chair|Rapporteur|Envoy|Delegate|Lawmaker|Justice|Attorney|Prosecutor').split('|'),
);
const NAME_CUES = new Set('Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Dr|Dr.|Gov.|Sen.|Rep.|Gen.|Adm.|Admiral|Lt.|Col.|Maj.|Sgt.|Capt.|Cmdr.|Rev.|Commander|General|Lawmaker|Prosecutor|Attorney|Chairwoman|CEO|Spokesman|Spokeswoman|Spokesperson|Director|Commissioner|Premier|Chancellor|Minister|President|Secretary|Chairman|Lord|Sir|Judge|Mayor|Governor|Senator|Professor|Prof.|Coach|Manager|Boss|Leader|Ambassador'.split('|'));
const SKIP_FIRST = new Set(
  ('The|A|An|He|She|It|They|We|I|In|On|At|But|And|This|That|These|Those|His|Her|Its|Their|Our|If|When|While|' +
    'After|Before|As|For|From|With|By|According|Meanwhile|However|Also|There|Here|Some|Many|Most|One|Two|' +
    'During|Since|Despite|Although|Under|Over|Last|Next|Earlier|Later|Monday|Tuesday|Wednesday|Thursday|' +
    'Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday|Tomorrow').split('|'),
);
/**
 * More function words that open a sentence and never a name ("Whether Washington …", "Following
 * Cook's death", "Like Alice, …"): stripped from the front of a run like SKIP_FIRST (enFunctionOpeners).
 * Not words that open names: "All" (All Blacks), "Just" (Just Eat), "Only", "No", "Now", "So"; nor
 * those that open headlines, whose next words are capitalised anyway and would be left as a name:
 * "Not" ("304 Not Modified Access-Control-…"), "Why", "How", "Is", "Was" ("Why Neon Is the …").
 * "About" opens headings too, but of one word mostly ("About Python", "About Us"), which no rule takes
 * for a name alone.
 */
const FUNCTION_OPENERS = new Set(
  ('Whether|Unless|Until|Once|Because|Though|Whereas|Upon|Into|Within|Without|Among|Amid|Amidst|Between|Through|Throughout|' +
    'Across|Against|Toward|Towards|Beyond|Both|Each|Every|Either|Neither|Such|Yet|Nor|' +
    'Several|Another|Perhaps|Maybe|Already|Still|Unlike|Like|Via|Whenever|Wherever|Whatever|Whoever|Alongside|Following|' +
    'Thanks|Sometimes|Never|Always|About').split('|'),
);
/** The word opens a sentence or a clause, never a name: stripped from the front of a run. */
function opensNoName(word: string): boolean {
  return SKIP_FIRST.has(word) || RULES.enFunctionOpeners && FUNCTION_OPENERS.has(word) || RULES.enPossessiveOpeners && (word === 'My' || word === 'Your');
}
/** Words that open a clause and never belong to a name. */
const CLAUSE_OPENERS = new Set('However|Meanwhile|Moreover|Furthermore|Nevertheless|Nonetheless|Instead|Indeed|Although|Though|Despite|Elsewhere|Overall|Otherwise|Therefore|Thus|Hence|Besides'.split('|'));
/**
 * Capitalised function words that never sit inside a name: met after the first word of a run, they
 * start a new one ("in the Philippines The foreign ministry", "in New Hampshire Her decision": a
 * caption or a line run into the next sentence without a stop). Not "A" or "I" ("Group A", "Super
 * Bowl I"), nor months and days ("Theresa May").
 */
const RUN_BREAKS = new Set('The|An|He|She|It|They|We|His|Her|Its|Their|Our|This|That|These|Those|If|When|While|But|With|From|After|Before|During|Although|Meanwhile|There|Here|Some|Many|Most'.split('|'));
/** Days of the week end a run too ("in London Thursday"), with enWeekdayBreaks. */
const WEEKDAYS = new Set('Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday'.split('|'));
/** Lower-case particles of personal names. */
const NAME_PARTICLES = new Set(['van', 'von', 'de', 'der', 'del', 'du', 'la', 'al', 'bin', 'da', 'dos', 'le']);
const CONNECTORS = new Set(['of', 'for', 'de', 'van', 'von', 'der', 'al', 'bin', 'du', 'la', 'del', 'da', 'dos', 'le']);

export function pushUnique(list: string[], value: string): void {
  if (value && !list.includes(value)) list.push(value);
}

/** A list without repeats, in order of first push (pushUnique with a set, for long lists). */
class UniqueList {
  readonly items: string[] = [];
  private readonly seen = new Set<string>();

  remove(value: string): void {
    const at = this.items.indexOf(value);
    if (at >= 0) this.items.splice(at, 1);
    this.seen.delete(value);
  }

  push(value: string): void {
    if (value && !this.seen.has(value)) {
      this.seen.add(value);
      this.items.push(value);
    }
  }
}

interface Found {
  people: UniqueList; organizations: UniqueList; places: UniqueList;
  /** Names shaped like a person's that no cue confirms. */
  doubtfulPeople: UniqueList;
}

/** Opening quote marks and brackets stripped from the front of a word. */
const LEAD_MARKS = /^["“‘'(\[]+/;
const LEAD_MARK_CHARS = new Set(['"', '“', '‘', "'", '(', '[']);
/** Closing marks stripped from the end of a word (after an optional possessive 's). */
const TAIL_MARK_CHARS = new Set(['"', '”', '’', "'", ')', ',', ';', ':', '!', '?', ']']);
/** A final full stop is kept after these (the word before the stop, as written). */
const KEEPS_STOP = /^(?:[A-Z]|Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Adm|Lt|Col|Maj|Sgt|Capt|Cmdr|Rev|Prof|Jr|Sr|St|Co|Corp|Inc|Ltd|(?:[A-Z]\.)+[A-Z])$/;
const UPPER_FIRST = /^\p{Lu}/u;
/** Quote marks that close a quotation. */
const CLOSING_QUOTES = new Set(['"', '”', '’', "'"]);
/** The word closes a quotation: 'Cool”', 'Cool”,', 'Cool,”'. */
function closesQuote(lead: string): boolean {
  let end = lead.length;
  while (end > 0 && '.,;:!?'.includes(lead[end - 1])) end--;
  return end > 0 && CLOSING_QUOTES.has(lead[end - 1]);
}
/** A word ending with one of these closes the run. */
const CLAUSE_END_CHARS = new Set([',', ';', ':', '!', '?']);

/**
 * The word without closing marks and a possessive: what `(?:['’]s)?["”’'),;:!?\]]*$` removes,
 * i.e. the longest run of closing marks at the end plus an 's right before it; then a final full
 * stop unless the word before it (as written) is an abbreviation.
 */
function bareWord(lead: string): string {
  let end = lead.length;
  while (end > 0 && TAIL_MARK_CHARS.has(lead[end - 1])) end--;
  if (end >= 2 && lead[end - 1] === 's' && (lead[end - 2] === "'" || lead[end - 2] === '’')) end -= 2;
  const word = end === lead.length ? lead : lead.slice(0, end);
  if (word.endsWith('.') && !KEEPS_STOP.test(word.slice(0, -1))) return word.slice(0, -1);
  return word;
}

/** Starts with an upper-case letter (ASCII decided without a regex). */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_FIRST.test(word);
}

/** A run of capitalised words with the lower-case words around it ('' at a clause edge). */
interface Run {
  words: string[]; before: string; after: string;
  /** The run opens its sentence, where any word is capitalised. */
  initial: boolean;
  /** A modifier that makes it an organisation came right before ("Manhattan-based"). */
  based: boolean;
  /** The lower-case word before a comma right before the run ("wife" in "his wife, Sally,"), else ''. */
  beforeComma: string;
  /** The two lower-case words before `before`, nearest first ("article", "an" in "an article in Healthline"); '' past a clause mark. */
  earlier: [string, string];
}

/**
 * A capitalised word with a hyphenated participle ("Manhattan-based", "Injury-ravaged", "Paris-born")
 * before a name modifies it and is no part of it. "-based", "-headquartered" and "-listed" say the
 * name is an organisation.
 */
const MODIFIER_WORD = /^\p{Lu}[\p{L}.']*-(?:based|born|bred|raised|ravaged|hit|stricken|plagued|listed|headquartered|owned|bound)$/u;
const ORG_MODIFIER = /-(?:based|listed|headquartered)$/;

/**
 * A dateline opening one of the first sentences: "WEST PALM BEACH — The family …", "ST CATHERINE,
 * Jamaica — …", "MOSCOW (AP) — …", "WASHINGTON (CNN) -- …". The capitals before the dash are where
 * the story was filed, whether or not the gazetteer knows the place.
 */
const DATELINE = /^((?:ST\.?|[A-Z][A-Z'’-]+)(?: [A-Z][A-Z'’.-]+){0,3})(?:, [A-Z][\p{L}.]+(?: [A-Z][\p{L}.]+)?)?(?: \([\p{L} .]+\))? ?(?:—|–|--|-(?= ))/u;
/** Capitalised openings of a sentence before a dash that are no dateline. */
const NOT_DATELINE_WORDS = new Set(
  ('BREAKING|UPDATE|UPDATED|EXCLUSIVE|WATCH|LIVE|VIDEO|VIDEOS|PHOTO|PHOTOS|OPINION|ANALYSIS|EDITOR|EDITORS|EDITOR’S|EDITOR\'S|NOTE|' +
    'CORRECTION|CLARIFICATION|REVIEW|SPOILER|SPOILERS|WARNING|NEW|NEWS|FILE|ADVERTISEMENT|SPONSORED|READ|MORE|LISTEN|UPDATES|ALERT|' +
    'FLASH|URGENT|DEVELOPING|REPORT|FEATURE|COMMENT|COLUMN|INTERVIEW|PODCAST|GALLERY|QUIZ|POLL|TRANSCRIPT|THE|A|AN|AND|OF|IN|TO|' +
    'FOR|ON|AT|BY|WITH|FROM|IS|IT|WE|I|YOU|HE|SHE|THEY|THIS|THAT|WHAT|WHY|HOW|WHO|WHEN|WHERE|NO|YES|NOT|ALL|OUR|MY').split('|'),
);
/** Sentences from the start in which a dateline is looked for (a caption may come first). */
const DATELINE_SENTENCES = 6;
/** "WEST PALM BEACH" → "West Palm Beach", "O’HARE" → "O’Hare", "WILKES-BARRE" → "Wilkes-Barre". */
const titleCaseCapitals = (name: string) => name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase());

/** The place of a dateline opening the sentence, or null. */
function datelinePlace(sentence: string): string | null {
  const m = DATELINE.exec(sentence);
  if (!m) return null;
  const words = m[1].split(' ');
  if (words.some((w) => NOT_DATELINE_WORDS.has(w.replace(/[.:]$/, '')))) return null;
  const name = titleCaseCapitals(m[1]);
  return isPlace(name) ? withStop(name) : name;
}

/** "(home)", "(away)", "(H)", "(A)" after a club in a fixture list; FIXTURE stands for it as the word after the run. */
const FIXTURE_MARK = /^\((?:home|away|H|A)\)[,.;:]?$/;
const FIXTURE = '(fixture)';

/** Runs of capitalised words in one sentence (connectors like "of" allowed inside). */
function capitalisedRuns(sentence: string): Run[] {
  const runs: Run[] = [];
  let run: string[] = [];
  let quoted = false; // the run opened with a quote mark: a title ("So Cool"), not a name
  let closedQuote = false; // a word of the run ended with a closing quote mark
  let previous = ''; // the last lower-case word before the run, '' after a clause mark
  // The two lower-case words before `previous`, nearest first; strings, not an array, as they change at every word.
  let earlier1 = '';
  let earlier2 = '';
  let runEarlier: [string, string] = ['', ''];
  let afterRun = false; // a run came after `previous`, so `previous` is no word right before the next
  // After a clause mark no word before counts.
  const forgetWords = () => {
    previous = '';
    earlier1 = '';
    earlier2 = '';
  };
  let before = '';
  let initial = false;
  let based = false;
  let basedNext = false;
  let beforeComma = '';
  let commaWord = ''; // the last word, when it was lower case and ended with a comma
  const flush = (after: string) => {
    if (run.length) {
      while (run.length && CONNECTORS.has(run[run.length - 1])) run.pop();
      // "“So Cool” is": a quotation that ends with the run is a title. "“Sometimes President Trump
      // speaks …”": one that goes on past it opens a sentence, where any word is capitalised.
      if (run.length && (!quoted || RULES.enQuoteOpeners && !closedQuote)) runs.push({ words: run, before, after, initial: initial || quoted, based, beforeComma, earlier: runEarlier });
      run = [];
    }
    quoted = false;
    closedQuote = false;
  };
  // "By Cat Lafuente/June 12, 2020": a slash between a word and a capital separates two fields.
  // "Thomas Coex/AFP/Getty Images": a chain of credits, the agencies as separate as the photographer.
  const fields = RULES.enCreditChains ? /(\p{L})\/(\p{Lu})/gu : /(\p{Ll})\/(\p{Lu})/gu;
  const raws = (RULES.enBylines && sentence.includes('/') ? sentence.replace(fields, '$1 / $2') : sentence).split(/\s+/);
  let position = 0;
  for (let at = 0; at < raws.length; at++) {
    const raw = raws[at];
    if (!raw) continue;
    // Only the word right before may be the comma word of a run ("his wife, Sally,"): every other
    // word, a fixture mark or a modifier skipped below included, clears it.
    const commaBefore = commaWord;
    commaWord = '';
    const first = position++ === 0;
    let lead = raw;
    if (LEAD_MARK_CHARS.has(raw[0])) {
      // "May 2 Crystal Palace (away) - May 9 Arsenal (home)": a fixture list names teams.
      if (RULES.enFixtureMarks && run.length && FIXTURE_MARK.test(raw)) {
        flush(FIXTURE);
        forgetWords();
        continue;
      }
      lead = raw.replace(LEAD_MARKS, '');
      flush('');
      forgetWords();
      quoted = raw[0] !== '(' && raw[0] !== '[';
    }
    const word = bareWord(lead);
    // "defeat in London However, after …": a caption runs into the next sentence without a stop; a
    // word that opens a clause ends the run before it.
    if (RULES.enClauseOpeners && run.length && CLAUSE_OPENERS.has(word)) flush('');
    if (RULES.enRunBreaks && run.length && word === lead && (RUN_BREAKS.has(word) || RULES.enWeekdayBreaks && WEEKDAYS.has(word))) {
      flush('');
      forgetWords();
    }
    if (RULES.enModifierWords && word === lead && word.includes('-') && MODIFIER_WORD.test(word) && at + 1 < raws.length && startsUpper(raws[at + 1])) {
      flush('');
      forgetWords();
      basedNext = ORG_MODIFIER.test(word);
      continue;
    }
    if (startsUpper(word)) {
      if (!run.length) {
        before = previous;
        runEarlier = [earlier1, earlier2];
        initial = first;
        based = basedNext;
        beforeComma = commaBefore;
        // The words before a later run start after this one.
        earlier1 = '';
        earlier2 = '';
        afterRun = true;
      }
      run.push(word);
      if (quoted && closesQuote(lead)) closedQuote = true;
    } else if (run.length && CONNECTORS.has(word)) run.push(word);
    else {
      // "the Barcelona defender.": the word after a run counts even when the sentence ends on it.
      flush(word === lead || RULES.enTeamVotes ? word : '');
      if (previous && !afterRun) {
        earlier2 = earlier1;
        earlier1 = previous;
      } else {
        earlier1 = '';
        earlier2 = '';
      }
      afterRun = false;
      previous = word;
      if (lead === `${word},`) commaWord = word;
    }
    basedNext = false;
    if (word !== lead || CLAUSE_END_CHARS.has(lead[lead.length - 1])) {
      // "Kate Hudson, Brent Rose, and …": a comma after a run is kept as what follows it, for lists.
      flush(RULES.enListedNames && lead.endsWith(',') && word === lead.slice(0, -1) ? ',' : '');
      forgetWords();
    }
  }
  flush('');
  return runs;
}

/** What the article says around every mention of one run, added up. */
interface Evidence {
  words: string[];
  spoken: boolean;
  /** Mentions after "the" ("the New York Yankees", "the Pacific Fleet"): not how people are named. */
  afterThe: number;
  /** Mentions after "in", "at", "from" …: where something happens. */
  placeCue: number;
  /** Mentions before "striker", "boss" …: a sports team. */
  teamCue: number;
  /** Mentions beside a noun for a kind of organisation: "an Asda supermarket", "Tory MP", "journal Pediatrics". */
  orgKind: number;
  /** Mentions before a noun for a kind of place: "his Hereford constituency". */
  placeKind: number;
  /** Mentions after a lower-case noun for a person's role: "UCLA star Kenny Washington". */
  personRole: number;
  /** Mentions after "against", "beat" …: a team in a sports story, a person's surname elsewhere ("the case against Jeffrey"). */
  opponentCue: number;
  /** How many times the run occurs. */
  mentions: number;
  /** Mentions that do not open their sentence: a word capitalised only there may be a common word. */
  insideSentence: number;
  /** Mentions after a hyphenated modifier that makes them an organisation ("Manhattan-based Skin Laundry"). */
  basedCue: number;
  /** Mentions as a byline: the sentence opens with "By" and the name ("By Cat Lafuente"). */
  byline: number;
  /** Mentions after "in", "at", "from" … and before a comma and a known place: "in Cupertino, California". */
  regionAfter: number;
  /** Mentions after "a" or "an" (or "used"): "a Diet Coke", "a used Ford Focus". */
  afterArticle: number;
  /** Mentions after a slash or "via", as credits name agencies: "AFP/Getty Images", "via Sipa Images". */
  creditCue: number;
  /** Mentions as an item of a list of bodies: "universities, including Cambridge, … and Exeter". */
  listedBody: number;
  /** Mentions after a word of kinship, or set off by commas after one: "brother Jason", "his wife, Sally,". */
  kinCue: number;
  /** Mentions as a speaker followed by "he" or "she": "Mbumba said he considered". */
  pronounCue: number;
  /** Mentions followed by a noun for an event: "the California World Music festival". */
  eventAfter: number;
  /** Mentions as a campus after its university: "San Francisco" in "University of California, San Francisco". */
  campus: number;
  /** Mentions after "in" after a piece of writing: "an article in Healthline", "a study published in Cell". */
  mediaCue: number;
  /** Mentions followed by a newspaper's part: "the Sunday Business section". */
  sectionAfter: number;
  /** Mentions as where someone studied: "a graduate of Mount Holyoke", "studied at Smolny". */
  schoolCue: number;
  /** Mentions as a work's title: "the film Lady Bird", "films such as The Wise Kids". */
  workCue: number;
}

/** "the film Lady Bird", "films such as The Wise Kids", "novels like Beloved": the run is a work's title. */
function workCue(run: Run): boolean {
  if (WORK_NOUNS.has(run.before)) return true;
  if (run.before === 'as') return run.earlier[0] === 'such' && WORK_NOUNS.has(run.earlier[1]);
  return (run.before === 'like' || run.before === 'including') && WORK_NOUNS.has(run.earlier[0]);
}

/** "an article in Healthline", "a study published in the Lancet": the run follows "in" after a piece of writing. */
function publicationCue(run: Run): boolean {
  // "in Proceedings of the National Academy of Sciences": a name cut before "of the" is no whole name.
  if (run.after === 'the') return false;
  if (run.before === 'in') return WRITING_BEFORE_IN.has(run.earlier[0]);
  return run.before === 'the' && run.earlier[0] === 'in' && WRITING_BEFORE_IN.has(run.earlier[1]);
}

/**
 * `run` is a campus of the university run before it: "University of California, San Francisco",
 * "California State University, Long Beach", "University of Texas at Dallas". A state's university
 * and a city that is no state.
 */
function isCampusOf(previous: { joined: string; after: string }, run: Run, joined: string): boolean {
  const adjacent = previous.after === ',' && run.before === '' || previous.after === 'at' && run.before === 'at';
  if (!adjacent || !/\bUniversity\b/.test(previous.joined) || CAMPUS_STATES.has(joined) || run.words.length > 3) return false;
  const of = /^(?:The )?University of (.+)$/.exec(previous.joined);
  const state = of ? of[1] : previous.joined.replace(/ State University$/, '');
  return CAMPUS_STATES.has(state);
}

/** The sentence has `name verb he` or `name verb she` as words ("Ebrard said he will", "Slemp told she"). */
function speaksAsHeOrShe(sentence: string, name: string, verb: string): boolean {
  for (const pronoun of [' he', ' she']) {
    const phrase = `${name} ${verb}${pronoun}`;
    for (let at = sentence.indexOf(phrase); at >= 0; at = sentence.indexOf(phrase, at + 1)) {
      const next = sentence.charCodeAt(at + phrase.length);
      const before = at > 0 ? sentence[at - 1] : ' ';
      if (!(next >= 97 && next <= 122) && !/\p{L}/u.test(before)) return true;
    }
  }
  return false;
}

/** Places that are not a team's name in a sports story: continents, regions, and states named otherwise on the pitch. */
const NOT_TEAM_PLACES = new Set('Europe|Asia|Africa|America|Americas|Middle East|Indo-Pacific|Korean Peninsula|Pacific|Atlantic|Arctic|Antarctica|Earth|Britain|UK|U.K|U.K.|US|U.S|U.S.|USA|United States|United States of America|ROK|DPRK|Gaza|West Bank|Crimea|Donbas'.split('|'));

interface RunContext {
  sports: boolean; counter: OccurrenceCounter; acronyms: Map<string, AcronymType>; expansions: Set<string>;
  /**
   * Words that are a name of their own somewhere (after any title), not after "the": "Shin said",
   * "Mr Rhodes". A word met only inside other names is not: "Skin" of "Skin Therapy" does not make
   * "Skin Laundry" a person, nor "Bela" of "Bela Bela" a place's.
   */
  aloneWords: Set<string>;
  /** Whether a word is written in lower case somewhere in the text. */
  lowerCaseUse: (word: string) => boolean;
  /** The last words of names of several words: "Yankees" of "New York Yankees", "Dinos" of "NC Dinos". */
  tailWords: Set<string>;
}

/** "South-West London": a compass point written with a hyphen. */
const COMPASS_HYPHEN = /^(?:North|South)-(?:East|West)$/i;
/** Followers of a team, or of a person: "Liverpool fans", "Trump supporters". */
const FOLLOWER_WORDS = new Set(['fans', 'supporters']);
/** "east Lancashire", "northern Gaza": a lower-case direction before a name says it is a place. */
const LOWER_DIRECTIONS = new Set('north|south|east|west|northern|southern|eastern|western|central|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|northeastern|northwestern|southeastern|southwestern'.split('|'));
/** Last words of the names of laws, treaties and agreements. */
const DOCUMENT_WORDS = new Set('Agreement|Agreements|Accord|Accords|Treaty|Act|Code|Protocol|Convention|Declaration|Charter|Doctrine|Amendment|Bill'.split('|'));
/** Words that only name awards, never a person or an organisation: "Grammy Award", "Nobel Prize". */
const AWARD_WORDS = new Set(['Award', 'Prize', 'Medal', 'Trophy', 'Honours', 'Honors']);
/** "New Yorkers", "Londoners", "Parisians": the people of a place. */
const PEOPLE_OF_PLACE = /^(.+?)(?:ers|ians|ites|ans|ns)$/;

/** The words of a run that may be a person's name: those after its last title, place or nationality, and whether a name cue came before. */
function personPart(run: string[]): { name: string[]; titled: boolean } {
  let i = 0;
  for (let k = 0; k < run.length - 1; k++) {
    if (TITLE_WORDS.has(run[k]) || EN_PLACES.has(run[k]) || demonymIn(run, k)) i = k + 1;
  }
  return { name: run.slice(i), titled: run.slice(0, i).some((w) => NAME_CUES.has(w)) };
}

const TITLE_CASE_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;
/** "Borthwick-Jackson", "Al-Riyami", "David-Alexandre": a name of two capitalised parts. */
const DOUBLE_BARRELLED = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u;
/** "O'Brien", "Nyong'o", "D'Angelo": an apostrophe inside a name; "Trump's", "Jones'" are possessives. */
const INNER_APOSTROPHE = /^\p{Lu}\p{L}*['’]\p{L}+$/u;
const POSSESSIVE = /['’]s?$/;
/** One-word runs after "in" or "from" that are no place: months, days, titles, given names, institutions. */
const NAME_LIKE_PLACE_WORD = (w: string): boolean => WEEKDAYS.has(w) || /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter|Ramadan|English|Spanish|French|German|Chinese|Japanese|Korean|Arabic)$/.test(w)
  || TITLE_WORDS.has(w) || GIVEN_NAMES.has(w) || orgWord(w) || EVENT_WORDS.has(w) || NOT_NAME_WORDS.has(w) || isDemonym(w) || SINGLE_WORD_ORGS.has(w) || KNOWN_COMPANIES.has(w);
const innerApostrophe = (w: string): boolean => RULES.enNameSpellings && INNER_APOSTROPHE.test(w) && !POSSESSIVE.test(w);
/** A word a person's name can be made of, in title case. */
/** A title, a demonym, an event's or a caption's word: no word of an organisation's or a place's own name. */
const namesNoBody = (w: string): boolean => TITLE_WORDS.has(w) || NOT_NAME_WORDS.has(w) || EVENT_WORDS.has(w) || isDemonym(w);
const nameWord = (w: string): boolean => TITLE_CASE_WORD.test(w) || RULES.enNameSpellings && DOUBLE_BARRELLED.test(w) || innerApostrophe(w);
/** Single words that are names of institutions on their own. */
const SINGLE_WORD_ORGS = new Set(['Pentagon', 'Congress', 'Senate', 'Parliament', 'Yonhap', 'Reuters', 'Kremlin', 'Interpol', 'Europol']);
/** "U.S" → "U.S.": a final stop dropped with the sentence's. */
const withStop = (w: string) => (/^(?:[A-Z]\.)+[A-Z]$/.test(w) ? `${w}.` : w);
/** Countries that no longer exist, named like organisations ("Union"): places all the same. */
const FORMER_COUNTRIES = new Set(['Soviet Union', 'USSR', 'Yugoslavia', 'Czechoslovakia', 'East Germany', 'West Germany', 'Ottoman Empire', 'Austria-Hungary']);
/**
 * Short forms of American cities written with stops or capitals ("the L.A.-based artist", "in NYC"):
 * enCityShortForms. Not "SF", as often science fiction as San Francisco.
 */
const CITY_SHORT_FORMS = new Set(['L.A.', 'NYC', 'N.Y.C.']);
export const isPlace = (name: string) => EN_PLACES.has(name) || EN_PLACES.has(withStop(name)) || (RULES.enFormerCountries && FORMER_COUNTRIES.has(name))
  || (RULES.enCityShortForms && CITY_SHORT_FORMS.has(withStop(name)));

/** The type of a phrase by its own words alone (for acronym expansions). */
function typeOfWords(words: string[]): AcronymType {
  const joined = words.join(' ');
  if (isPlace(joined)) return 'place';
  // "Richard M. Stallman (RMS)": a person's initials, no organisation.
  if (RULES.enPersonAcronyms && words.length >= 2 && words.length <= 4 && (GIVEN_NAMES.has(words[0]) || /^[A-Z]\.$/.test(words[1]))
    && !words.some((w) => orgWord(w))) return 'other';
  // "District Administrator (DA)", "King's Counsel (KC)": an office's title, no organisation; not
  // "International Court of Justice (ICJ)", whose words name a body.
  if (RULES.enTitleAcronyms && (TITLE_WORDS.has(words[words.length - 1]) || OFFICE_TITLE_ENDINGS.has(words[words.length - 1])) && !words.some((w) => orgWord(w))) return 'other';
  if (words.some((w) => orgWord(w)) || words.length >= 2) return 'org';
  return 'unknown';
}

/** Last words of offices' titles beyond TITLE_WORDS, which an acronym may stand for (enTitleAcronyms). */
const OFFICE_TITLE_ENDINGS = new Set(['Administrator', 'Counsel', 'Officer', 'Registrar', 'Auditor', 'Ombudsman', 'Controller', 'Inspector', 'Superintendent', 'Commissioner']);

/** An organisation name, unless it is a bare head, a numbered group, an event or a tournament. */
function organisationName(run: string[], joined: string): boolean {
  if (!RULES.enOrgGuards) return true;
  if (TOURNAMENTS.has(joined) || EVENT_WORDS.has(run[run.length - 1])) return false;
  if (run.length === 1) return SINGLE_WORD_ORGS.has(joined) || !GENERIC_HEADS.has(joined);
  // "Group C", "Division 2": a heading with a label, not a name.
  if (run.length === 2 && GENERIC_HEADS.has(run[0]) && /^(?:[A-Z]|\d+|[IVX]+)$/.test(run[1])) return false;
  return !run.every((w) => GENERIC_HEADS.has(w) || CONNECTORS.has(w) || SKIP_FIRST.has(w));
}

function classifyEnglish(evidence: Evidence, out: Found, context: RunContext): void {
  let run = evidence.words;
  while (run.length && opensNoName(run[0])) run = run.slice(1);
  if (RULES.enCommonCapitals && run.length > 2 && QUANTITY_WORDS.has(run[0]) && run[1] === 'of') run = run.slice(2);
  if (!run.length) return;
  if (RULES.enCommonCapitals) {
    // "Best Sleeping Pads", "the first Black player", "Super Bowl I": a guide's heading, an adjective, an event.
    if (run.length > 1 && RANKING_WORDS.has(run[0]) && /[a-z]s$/.test(run[run.length - 1])) return;
    if (run.length === 1 && PEOPLE_ADJECTIVES.has(run[0])) return;
    if (run.some((w) => MORE_EVENT_WORDS.has(w))) return;
  }
  // "One of America's": what opened the run was stripped; "of" opens no name.
  if (RULES.enConnectorFronts) while (run.length && (run[0] === 'of' || run[0] === 'for')) run = run.slice(1);
  if (!run.length) return;
  // "Will US science survive Trump 2.0?": a question's auxiliary before a place opens no name.
  if (RULES.enQuestionOpeners && run.length > 1 && QUESTION_OPENERS.has(run[0]) && isPlace(run.slice(1).join(' '))) run = run.slice(1);
  // "the Constitution of Lesotho", "the Treaty of Versailles": a law is a work; the place it is of is a place.
  if (RULES.enLawNames && run.length > 2 && LAW_HEADS.has(run[0]) && run[1] === 'of') {
    const of = run.slice(2).join(' ');
    if (isPlace(of)) out.places.push(withStop(of));
    return;
  }
  // "the Labour Force Survey", "the Global Peace Index": a survey or an index is a work.
  if (RULES.enSurveyNames && run.length > 1 && SURVEY_WORDS.has(run[run.length - 1])) return;
  // "the California World Music festival": a name of two words or more before a noun for an event,
  // at every mention, is the event's; a place there is still a place ("the New York marathon").
  if (RULES.enEventNouns && run.length > 1 && evidence.eventAfter === evidence.mentions && !isPlace(run.join(' '))) return;
  // "the film Lady Bird", "films such as The Wise Kids": a work's title, at every mention, is no chip.
  if (RULES.enWorkTitles && evidence.workCue === evidence.mentions) return;
  // "Henry Gamble's Birthday Party": a party for an occasion is no political party.
  if (RULES.enOccasionParties && run.length === 2 && run[1] === 'Party' && OCCASION_WORDS.has(run[0])) return;
  // "the Sunday Business section", "the Metro desk": a newspaper's part, at every mention, is no chip.
  if (RULES.enSectionNames && evidence.sectionAfter === evidence.mentions && !isPlace(run.join(' '))) return;
  // "University of California, San Francisco": a campus named only so is part of the university's name.
  if (RULES.enCampusNames && evidence.campus === evidence.mentions) return;
  // "Ash Wednesday-like", "Nazi-era": a name made an adjective describes something else.
  if (RULES.enLikeModifiers && LIKE_MODIFIER.test(run[run.length - 1])) return;
  // "Environmental Group Wants Answers About RFK Jr.": a headline's words run together; a name has no
  // capitalised preposition or verb inside it.
  if (RULES.enHeadlineRuns && run.length > 2 && run.slice(1, -1).some((w) => HEADLINE_INNER_WORDS.has(w))) return;
  // "Islamists", "Salafist": followers of a creed, not a body.
  if (RULES.enCreedWords && run.length === 1 && CREED_WORDS.has(run[0])) return;
  // "Egypt's Islamist Muslim Brotherhood": a word before a known body's name describes it.
  if (RULES.enCreedWords && run.length >= 3 && CREED_WORDS.has(run[0])) {
    const body = run.slice(1).join(' ');
    if (KNOWN_BODIES.has(body) || KNOWN_PARTIES.has(body)) return out.organizations.push(body);
  }
  // "the Vietnam War", "the Falklands conflict": a war is an event; the place it is named after is a place.
  if (RULES.enWarNames && run.length > 1 && WAR_WORDS.has(run[run.length - 1])) {
    const where = run.slice(0, -1).join(' ');
    if (isPlace(where)) out.places.push(withStop(where));
    return;
  }
  // "Paris Motor Show": a show, fair or summit is an event, not a body (the place in it is not read here).
  if (RULES.enEventShows && run.length > 1 && SHOW_WORDS.has(run[run.length - 1])) return;
  const joined = run.join(' ');
  // "Paris Agreement", "Affordable Care Act": laws and treaties are no organisation or person.
  if (RULES.enDocumentNames && run.length > 1 && DOCUMENT_WORDS.has(run[run.length - 1])) return;
  // "Grammy Award", "Tour de France", "Bahrain Grand Prix", "Rio Olympics": awards and events.
  if (RULES.enPluralsAndAwards && (run.some((w) => AWARD_WORDS.has(w)) || run.length > 2 && EVENT_WORDS.has(run[0]) && CONNECTORS.has(run[1])
    || run.length > 1 && EVENT_WORDS.has(run[run.length - 1]) && !isPlace(joined))) return;
  // "Mayoral candidate" opening a sentence, "mayoral" elsewhere: the capital is the sentence's.
  if (RULES.enSentenceCase && run.length === 1 && evidence.insideSentence === 0 && !/^[A-Z0-9&.]{2,}$/.test(joined) && !isPlace(joined)
    && context.lowerCaseUse(joined.toLowerCase())) return;
  // "Thomas Coex/AFP/Getty Images", "via Sipa Images": a picture agency in a credit.
  if (RULES.enPictureAgencies && (run.length === 2 || RULES.enCreditAgencies && run.length <= 4) && PICTURE_AGENCY_WORDS.has(run[run.length - 1]) && evidence.creditCue > 0) {
    return out.organizations.push(joined);
  }
  // "Senate Democratic Leader Greg Taylor of Indianapolis", "Rep. Jim Jordan of Ohio": a person named
  // with a title, or by a common given name, then "of" and the place the person comes from or speaks for.
  if (RULES.enPersonOfPlace) {
    const of = run.lastIndexOf('of');
    if (of > 1 && of < run.length - 1 && isPlace(run.slice(of + 1).join(' '))) {
      const { name, titled } = personPart(run.slice(0, of));
      if (name.length >= 2 && name.length <= 3 && (titled || GIVEN_NAMES.has(name[0])) && personShaped(name, evidence, titled)) {
        out.people.push(name.join(' '));
        // In a sports story "Alex Mowatt of Leeds" names the player's club.
        const where = run.slice(of + 1).join(' ');
        if (context.sports) out.organizations.push(where);
        else out.places.push(withStop(where));
        return;
      }
    }
  }
  // "the Islamic State", "Amnesty International": bodies known by name, whatever their words.
  if (RULES.enKnownBodies && KNOWN_BODIES.has(joined)) return out.organizations.push(joined);
  // "Sinn Féin", "Likud", "the ANC": parties known by name.
  if (RULES.enKnownParties && KNOWN_PARTIES.has(joined)) return out.organizations.push(joined);
  if (RULES.enStateForms) {
    // "People's Republic of China", "Russian Federation", "Kingdom of Saudi Arabia": a state's
    // official name is the country, not a body named Republic or Federation.
    if (officialStateName(run)) return out.places.push(joined);
    // "the Lesotho Constitution", "the Kenyan Constitution": a document; the place in it is a place.
    if (run.length >= 2 && run.length <= 3 && run[run.length - 1] === 'Constitution') {
      const owner = run.slice(0, -1).join(' ');
      if (isPlace(owner)) out.places.push(withStop(owner));
      return;
    }
  }
  // "Greenpeace East Asia", "Oxfam America", "Google Korea": a known body or company, then a place,
  // is its branch there, though the article names it after "at".
  if (RULES.enKnownBranches && run.length >= 2) {
    for (let k = 1; k < run.length; k++) {
      const head = run.slice(0, k).join(' ');
      if ((KNOWN_BODIES.has(head) || KNOWN_COMPANIES.has(head)) && isPlace(run.slice(k).join(' '))) return out.organizations.push(joined);
    }
  }
  // "Facebook", "Netflix": companies named by one word, with no cue needed; "Facebook CEO Mark
  // Zuckerberg": the company before a title, then the person.
  if (RULES.enKnownCompanies && KNOWN_COMPANIES.has(run[0]) && (run.length === 1 || TITLE_WORDS.has(run[1]))) {
    out.organizations.push(run[0]);
    if (run.length === 1) return;
  }
  // "Manhattan-based Skin Laundry": what is based somewhere is an organisation.
  if (RULES.enModifierWords && evidence.basedCue > 0 && !isPlace(joined) && !run.some((w) => TITLE_WORDS.has(w) || NOT_NAME_WORDS.has(w))) {
    return out.organizations.push(joined);
  }
  // "South Korea-U.S." / "Seoul-Washington": two places joined by a hyphen.
  if (RULES.enNameShapes && joined.includes('-')) {
    const parts = joined.split('-');
    if (parts.length >= 2 && parts.every((p) => isPlace(p.trim()))) {
      for (const p of parts) out.places.push(isPlace(p.trim()) && EN_PLACES.has(p.trim()) ? p.trim() : withStop(p.trim()));
      return;
    }
  }
  // A place name the article uses more often as a team than as a place is the team ("Crystal Palace
  // boss", "Crystal Palace team-mates" beside one "at Crystal Palace").
  // "against Valencia" names a team in a sports story or when it is a place's name; elsewhere "the
  // case against Jeffrey" names a person, and so does a name that opens with a given name or follows
  // a role noun ("almost beat Simon Mignolet").
  // Outside a sports story a place after "against" is the place ("charges against Israel").
  const opponentIsTeam = context.sports && (isPlace(joined) || evidence.personRole === 0 && !(RULES.enGivenNames && GIVEN_NAMES.has(run[0])))
    || !RULES.enNewsOpponents && isPlace(joined);
  const teamCues = evidence.teamCue + (opponentIsTeam ? evidence.opponentCue : 0);
  let team = teamCues > 0 && (RULES.enTeamVotes ? teamCues > evidence.placeCue : evidence.placeCue === 0);
  // In a sports story a club or a national side is named like its place: a place name the story
  // never uses as a place ("allowed Liverpool to apply pressure", "Swansea City") is the team. Not
  // continents, regions or the names of states that rarely field a team under that name.
  if (RULES.enSportsPages && !team && context.sports && evidence.placeCue === 0 && evidence.placeKind === 0 && !evidence.spoken
    && (isPlace(joined) && !NOT_TEAM_PLACES.has(joined) || run.length === 2 && run[1] === 'City' && isPlace(run[0]))) team = true;
  // "SEOUL," in a dateline is Seoul; "USA" and "UAE" are spelt so.
  if (/^[A-Z]{3,}$/.test(joined) && EN_PLACES_LOWER.has(joined.toLowerCase())) return out.places.push(EN_PLACES.has(joined) ? joined : titleCase(joined));
  if (/^[A-Z][A-Z0-9&]{1,6}$/.test(joined) && !isPlace(joined)) {
    // An acronym: typed by its expansion in the article, else known organisations only.
    const type = !RULES.enAcronyms ? 'org' : context.acronyms.get(joined) ?? (KNOWN_ORG_ACRONYMS.has(joined) ? 'org' : 'unknown');
    if (type === 'org' && !NOT_ORG_ACRONYM.has(joined)) out.organizations.push(joined);
    return;
  }
  // "universities, including Cambridge, … Cardiff and Exeter": a place named as one of a list of
  // bodies is that body (its university, club or bank), unless a mention uses it as a place.
  if (RULES.enBodyLists && evidence.listedBody > 0 && evidence.placeCue === 0 && evidence.placeKind === 0 && isPlace(joined)) return out.organizations.push(joined);
  // "a graduate of Mount Holyoke", "studied at Smolny": where someone studied, at every mention, is a school.
  if (RULES.enSchoolCues && evidence.schoolCue === evidence.mentions && run.length <= 4 && !team
    && !run.some(namesNoBody)) {
    return out.organizations.push(joined);
  }
  if (isPlace(joined)) return team ? out.organizations.push(joined) : out.places.push(withStop(joined));
  // "an article in Healthline", "a study published in Cell": what a piece appears in is a publication,
  // when no mention says it is a place.
  if (RULES.enPublicationIn && evidence.mediaCue > 0 && evidence.placeCue === 0 && evidence.placeKind === 0 && !team && evidence.personRole === 0
    && run.length <= 4 && !run.some(namesNoBody)) {
    return out.organizations.push(joined);
  }
  // "Stuart Hall said", "Stephen King told": a common given name and a surname that is also the head
  // of a place's, a body's or a title's name, quoted or named alone as a surname, is a person.
  if (RULES.enHeadWordSurnames && run.length === 2 && GIVEN_NAMES.has(run[0]) && SURNAME_HEADS.has(run[1]) && evidence.afterThe === 0
    && (evidence.spoken || context.aloneWords.has(run[1]))) return out.people.push(joined);
  // A short run beside a noun for a kind of organisation or place is of that kind, when it has no
  // word of a person's or an event's name and its mentions do not disagree.
  if (RULES.enKindNouns && run.length <= 2 && (evidence.orgKind > 0) !== (evidence.placeKind > 0)
    && !run.some(namesNoBody)
    && !evidence.spoken && !context.acronyms.has(joined)) {
    return evidence.orgKind > 0 ? out.organizations.push(joined) : out.places.push(joined);
  }
  // "Joint Chiefs of Staff (JCS)": the words an organisation's acronym spells are that organisation.
  if (RULES.enAcronyms && context.expansions.has(joined)) return out.organizations.push(joined);
  // "South London", "north Wales": a direction inside a place.
  // "Lower Manhattan", "Greater Sydney": a part of a place named by its position.
  if (RULES.enNameShapes && run.length >= 2 && (DIRECTIONS.has(run[0]) || RULES.enCaptionJoins && COMPASS_HYPHEN.test(run[0]) || RULES.enPlaceQualifiers && PLACE_QUALIFIERS.has(run[0]))
    && isPlace(run.slice(1).join(' '))) {
    return out.places.push(joined);
  }
  if (RULES.enNameShapes && run.length > 1 && CLUB_ENDINGS.has(run[run.length - 1]) && !TITLE_WORDS.has(run[0])) return out.organizations.push(joined);
  // "Gaza Strip", "Los Angeles Coliseum", "Cape Town": a place by its head or its first word.
  if (RULES.enPlaceShapes && run.length > 1 && (PLACE_HEADS.has(run[run.length - 1]) || PLACE_OPENERS.has(run[0]) || RULES.enPortNames && run.length === 2 && run[0] === 'Port')
    && !run.some((w) => orgWord(w) || TITLE_WORDS.has(w) || NOT_NAME_WORDS.has(w) || EVENT_WORDS.has(w))) {
    return team ? out.organizations.push(joined) : out.places.push(joined);
  }
  if (run.length > 1 && placeWord(run[run.length - 1]) && !TITLE_WORDS.has(run[0])) {
    if (RULES.enOrgGuards && run.some((w) => NOT_NAME_WORDS.has(w) || EVENT_WORDS.has(w))) return;
    return team ? out.organizations.push(joined) : out.places.push(joined);
  }
  // "the UK Government", "United States Embassies": a country's government or embassies named by the
  // country; the name is the country's, the head a common noun.
  if (RULES.enGovernmentOfPlace && run.length >= 2 && GOVERNMENT_HEADS.has(run[run.length - 1]) && isPlace(run.slice(0, -1).join(' '))) {
    return out.places.push(withStop(run.slice(0, -1).join(' ')));
  }
  // "Fauna and Flora International", "the Muslim Brotherhood", "The Isley Brothers": heads no person's
  // name ends with.
  const last = run[run.length - 1];
  if (run.length > 1 && (RULES.enOrgEndings && ORG_ENDINGS.has(last) || RULES.enFamilyNames && FAMILY_ENDINGS.has(last)) && !TITLE_WORDS.has(run[0])) {
    return out.organizations.push(joined);
  }
  // "Coresight Research", "Desjardins Economics": a firm's last word after a proper name; not "David
  // Watt of Rosenberg Research", a person and the firm he is of, nor "Allergy Research", a piece of
  // "Center for Food and Allergy Research" whose first word the article writes in lower case.
  if (RULES.enFirmWords && run.length > 1 && FIRM_WORDS.has(last) && !run.some((w) => CONNECTORS.has(w) || TITLE_WORDS.has(w))
    && !context.lowerCaseUse(run[0].toLowerCase())) {
    return out.organizations.push(joined);
  }
  if (run.some((w) => orgWord(w))) {
    // "Construction for the Coliseum": a company word alone is a common noun.
    if (run.length === 1 && COMPANY_WORDS.has(joined)) return;
    // "For Press freedom", "Prosecutors said": a head word alone names one only as "the Post".
    if (RULES.enSentenceCase && run.length === 1 && !SINGLE_WORD_ORGS.has(joined) && evidence.afterThe === 0) return;
    if (organisationName(run, joined)) out.organizations.push(joined);
    return;
  }
  // "in Redonda … to Redonda", "from Cupertino … in Cupertino": one word the gazetteer does not know,
  // named at least twice after "in", "at", "from" … and never otherwise than as a place, is a place.
  if (RULES.enCuedPlaces && run.length === 1 && evidence.placeCue >= 2 && evidence.placeCue * 2 >= evidence.mentions && !team
    && evidence.afterThe === 0 && evidence.orgKind === 0 && evidence.personRole === 0 && evidence.opponentCue === 0 && !evidence.spoken
    && nameWord(joined) && !NAME_LIKE_PLACE_WORD(joined) && !context.lowerCaseUse(joined.toLowerCase())) {
    return out.places.push(joined);
  }
  // "in Cupertino, California": a run of one to three name words before a comma and the state,
  // county or country it lies in is a place, unless a mention says it is something else.
  if (RULES.enCityRegion && evidence.regionAfter > 0 && run.length <= 3 && !team && evidence.orgKind === 0 && evidence.personRole === 0
    && evidence.opponentCue === 0 && !evidence.spoken && evidence.byline === 0 && run.every((w) => nameWord(w) && !TITLE_WORDS.has(w) && !NOT_NAME_WORDS.has(w) && !EVENT_WORDS.has(w) && !isDemonym(w))
    && !(run.length > 1 && GIVEN_NAMES.has(run[0]))) {
    return out.places.push(joined);
  }
  // "UCLA star Kenny Washington": a two- or three-word run after a noun for a person's role is that
  // person, though its last word is a place; only when no mention makes it a team or an organisation.
  if (RULES.enRoleNouns && evidence.personRole > 0 && !team && evidence.orgKind === 0 && run.length >= 2 && run.length <= 3
    && personShapedLoose(run)) return out.people.push(joined);
  // "Statistics Korea", "Daily Mail Australia": a name ending in a country is an institution.
  // Not a common given name and a surname that is also a place's ("Zoe Kazan"): that is read as a person below.
  if (RULES.enNameShapes && run.length > 1 && isPlace(run[run.length - 1]) && !DIRECTIONS.has(run[0]) && !run.some((w) => TITLE_WORDS.has(w))
    && !(RULES.enGivenNamePlaces && run.length === 2 && GIVEN_NAMES.has(run[0]))) {
    // Right in two chips of seven on text no rule had been written on ("Canadian Rockies", "Veterans of
    // Ireland", "Zoe Kazan" were shown as bodies): the shape alone is no evidence outside a sports
    // story, where it names clubs ("Real Madrid", "Bayern Munich"), unless a word says what kind of
    // body it is (a club's first word, a known company: "Goldman Sachs of New York", a field: "Statistics Korea").
    if (RULES.enPlaceTailCues && !context.sports && !team && evidence.orgKind === 0 && !CLUB_OPENERS.has(run[0])
      && !KNOWN_COMPANIES.has(run[0]) && !(RULES.enFieldBodies && fieldBody(run))) return;
    if (!run.some((w) => NOT_NAME_WORDS.has(w) || isPlace(w) && w !== run[run.length - 1])) out.organizations.push(joined);
    return;
  }
  if (team && run.length <= 2 && !run.some((w) => TITLE_WORDS.has(w) || isDemonym(w) || NOT_NAME_WORDS.has(w))) return out.organizations.push(joined);
  // "Boston Red Sox", "Atlanta Braves", "Seoul Metro": a city followed by a name is a club or a company.
  if (RULES.enNameShapes && run.length >= 2 && run.length <= 3 && (isPlace(run[0]) || isPlace(run.slice(0, 2).join(' '))) && !isPlace(joined)
    && !run.some((w) => TITLE_WORDS.has(w) || DIRECTIONS.has(w) || NOT_NAME_WORDS.has(w) || isDemonym(w))
    && run.slice(isPlace(run[0]) ? 1 : 2).every((w) => TITLE_CASE_WORD.test(w) && !isPlace(w))) {
    // "Jordan Rhodes" twice and "Rhodes" alone: a first name that is also a place's.
    if (run.length === 2 && context.aloneWords.has(run[1]) && context.counter.count(joined) >= 2 && !evidence.afterThe) {
      return out.people.push(joined);
    }
    // "Florence Pugh", "Paris Hilton": a common given name that is also a place's, then a surname (no
    // plural nickname, no company, party or landmark word, never after "in" or "at"), is a person; a
    // club is "Chelsea Women", "Dallas Cowboys", "a Virginia Democrat" a party's member, "Adelaide
    // Oval" a ground.
    if (RULES.enGivenPlaceNames && run.length === 2 && PLACE_GIVEN_NAMES.has(run[0]) && isGivenOrSurname(run[1]) && !/s$/.test(run[1]) && !run[1].includes('-') && !evidence.afterThe
      && !orgWord(run[1]) && !COMPANY_WORDS.has(run[1]) && !TEAM_NICKNAME_WORDS.has(run[1]) && !LANDMARK_WORDS.has(run[1])
      && evidence.teamCue === 0 && evidence.opponentCue === 0 && evidence.placeCue === 0) {
      return out.people.push(joined);
    }
    // "in Mexico Beautiful Frida poses", "Afghanistan Elaine May": a caption's place run into a name
    // the text uses alone is no club; the person, if any, is read below.
    if (!(RULES.enCaptionJoins && run.length === 3 && isPlace(run[0]) && context.aloneWords.has(run[2]))) return out.organizations.push(joined);
  }
  // "the Black Cats", "the Gunners": a plural after "the" names a team or a group, never a person.
  if (evidence.afterThe > 0 && /s$/.test(run[run.length - 1]) && !isDemonym(run[run.length - 1]) && !EVENT_WORDS.has(run[run.length - 1])) {
    if (!run.some((w) => TITLE_WORDS.has(w) || NOT_NAME_WORDS.has(w)) && (!RULES.enPluralGroups || pluralGroup(run, evidence, context))) out.organizations.push(joined);
    return;
  }
  // "his first wife, Sally, was dying", "brother Jason": one name word after a word of kinship is a
  // person, when the article never writes it in lower case and no mention makes it something else.
  if (RULES.enKinNames && run.length === 1 && evidence.kinCue > 0 && evidence.afterThe === 0 && evidence.orgKind === 0 && evidence.placeKind === 0
    && !team && nameWord(joined) && !TITLE_WORDS.has(joined) && !NOT_NAME_WORDS.has(joined) && !isDemonym(joined)
    && !context.lowerCaseUse(joined.toLowerCase())) return out.people.push(joined);
  // "Mbumba said he considered …": one name word that speaks and is then "he" or "she" is a person
  // (a company "said it"), when no mention makes it something else and it is never written in lower case.
  if (RULES.enPronounSpeakers && run.length === 1 && evidence.pronounCue > 0 && evidence.afterThe === 0 && evidence.orgKind === 0 && evidence.placeKind === 0
    && evidence.placeCue === 0 && !team && nameWord(joined) && !TITLE_WORDS.has(joined) && !NOT_NAME_WORDS.has(joined) && !isDemonym(joined)
    && !context.lowerCaseUse(joined.toLowerCase())) return out.people.push(joined);
  // The name follows the last title-like word: "Culture Minister Park Bo-gyoon", "South Korean President Yoon".
  const { name, titled } = personPart(run);
  // Only two to four words, or one after a title, can be a person: decided before the costlier checks.
  if (name.length > 4 || (name.length === 1 && !titled)) return;
  if (!personShaped(name, evidence, titled)) return;
  // Romanised Korean names: "Shin Won-sik", "Park Bo-gyoon".
  const koreanName = name.length === 2 && /^[A-Z][a-z]{0,4}$/.test(name[0]) && /^[A-Z][a-z]+-[a-z]+$/.test(name[1]);
  if (name.length >= 2 && name.length <= 4) {
    // Second references use the surname alone ("Shin said"); organisations and titles rarely do that.
    const alone = [name[0], name[name.length - 1]].some((w) => context.aloneWords.has(w));
    // "centre-forward Marcus Rashford": a common given name opens a person's name.
    const given = RULES.enGivenNames && name.length <= 3 && GIVEN_NAMES.has(name[0]);
    const byline = RULES.enBylines && evidence.byline > 0 && name.length <= 3;
    // "Dolby Vision", "Google Docs", "Facebook Messenger": a known company, then one more word, shaped
    // like a person's name, is the company's product or service: the chip is the company where a cue
    // would show the person, and no doubtful person is kept.
    const product = RULES.enCompanyProducts && !titled && name.length === 2 && run.length === 2 && KNOWN_COMPANIES.has(name[0]);
    if (product) {
      if (evidence.spoken || alone || given || byline) out.organizations.push(name[0]);
      return;
    }
    // "Dolby Vision", "Folsom Prison", "Zenbivy Bed": a word the article uses alone, then a common
    // English word, is a brand's or a place's thing when nothing else says it is a person.
    if (RULES.enBrandNouns && !titled && !koreanName && !evidence.spoken && !given && !byline && context.aloneWords.has(name[0])
      && !context.aloneWords.has(name[name.length - 1]) && commonEnglishWord(name[name.length - 1])) return;
    if (titled || koreanName || evidence.spoken || alone || given || byline) out.people.push(name.join(' '));
    // Shown only where the article would otherwise show too few chips.
    // Not what only ever follows "a" or "an": "a used Ford Focus", "a Diet Coke" are things.
    else if (evidence.insideSentence > 0 && !name.some((w) => KNOWN_COMPANIES.has(w)) && !(RULES.enArticleThings && evidence.afterArticle === evidence.mentions)) {
      out.doubtfulPeople.push(name.join(' '));
    }
    return;
  }
  if (name.length === 1 && titled && !EN_PLACES.has(name[0])) out.people.push(name[0]);
}

/**
 * Given names that are also places', left out of GIVEN_NAMES so that "Paris" alone stays the city:
 * before a surname they open a person's name ("Florence Pugh", "Paris Hilton", "Jordan Henderson").
 */
const PLACE_GIVEN_NAMES = new Set(
  'Florence|Paris|Victoria|Georgia|Jordan|Chelsea|Austin|Sydney|Charlotte|Madison|Savannah|Brooklyn|Virginia|Carolina|Adelaide|Regina|Lincoln|Orlando|Devon|Israel|India|Houston|Dakota|Eugene|Marion'.split('|'),
);
/** Second words of a club's, a paper's or a school's name that are no plural: "Chelsea Women", "Orlando Magic", "Paris Match", "Georgia Tech". */
const TEAM_NICKNAME_WORDS = new Set(['Women', 'Ladies', 'United', 'City', 'Town', 'County', 'Athletic', 'Rovers', 'Wanderers', 'Albion', 'FC', 'SC', 'Heat', 'Magic', 'Thunder', 'Jazz', 'Fire', 'Galaxy', 'Dynamo', 'Sun', 'Storm', 'Lynx', 'Liberty', 'Sky', 'Mercury', 'Fever', 'Sparks', 'Match', 'Today', 'Tech', 'State', 'Airport', 'Zoo', 'Metro']);

/** Second words of a landmark's or a venue's name: "Adelaide Oval", "India Gate", "Lincoln Memorial". */
const LANDMARK_WORDS = new Set(['Oval', 'Gate', 'Memorial', 'Plaza', 'Terrace', 'Heights', 'Hill', 'Hills', 'Falls', 'Cathedral', 'Mall', 'Pier', 'Wharf', 'Quay', 'Green', 'Common', 'Crescent', 'Place', 'Court', 'Row', 'Lane', 'Way']);

/** Words before a place that name a part of it: "Lower Manhattan", "Greater London", "Downtown Seoul" (enPlaceQualifiers). */
const PLACE_QUALIFIERS = new Set(['Lower', 'Upper', 'Greater', 'Inner', 'Outer', 'Downtown', 'Midtown', 'Uptown', 'Metro', 'Metropolitan', 'Old']);
/** Last words of organisations' names that end no person's or place's name (enOrgEndings). */
const ORG_ENDINGS = new Set(['International', 'Brotherhood', 'Fraternity', 'Sisterhood']);
/** Plural family words that end a band's or a firm's name, never one person's: "The Isley Brothers", "Lehman Brothers" (enFamilyNames). */
const FAMILY_ENDINGS = new Set(['Brothers', 'Sisters']);
/** Nouns after a name that make it an event's: "the California World Music festival" (enEventNouns). */
const EVENT_NOUNS_AFTER = new Set('festival|festivals|tournament|championship|championships|conference|summit|marathon|prize|award|awards|expo|fair|derby|rally|parade'.split('|'));
/** Words before "of", "from" or "at" that make what follows a school: "a graduate of Mount Holyoke" (enSchoolCues). */
const SCHOOL_CUES = new Map<string, Set<string>>([
  ['of', new Set(['graduate', 'graduates', 'alumnus', 'alumna', 'alumni', 'alum', 'dropout'])],
  ['from', new Set(['graduated', 'graduating', 'degree', 'degrees', 'doctorate', 'diploma', 'PhD'])],
  ['at', new Set(['studied', 'studying', 'enrolled', 'matriculated'])],
]);
/**
 * Nouns for works before their titles: "the film Lady Bird", "films such as The Wise Kids" (enWorkTitles).
 * Not "play", "single" or "game", which come before teams and people as verbs and adjectives ("they play
 * Arsenal", "a single Tesla", "the game against Chelsea").
 */
const WORK_NOUNS = new Set('film|films|movie|movies|documentary|documentaries|book|books|novel|novels|memoir|album|albums|song|songs|series|sitcom|musical|opera|poem|painting'.split('|'));
/** Words of an occasion before "Party": "Henry Gamble's Birthday Party" is no political party (enOccasionParties). */
const OCCASION_WORDS = new Set('Birthday|Dinner|Garden|Christmas|Halloween|Cocktail|Pool|Block|Launch|Slumber|Pajama|Bachelor|Bachelorette|Costume|Dance|Wedding|Engagement|Retirement|Farewell|Welcome|Surprise|Watch|Pizza|House'.split('|'));
/** Heads of laws' and treaties' names before "of": "the Constitution of Lesotho", "the Treaty of Versailles" (enLawNames). */
const LAW_HEADS = new Set(['Constitution', 'Charter', 'Treaty', 'Statute', 'Statutes', 'Covenant', 'Protocol']);
/** Auxiliary verbs that open a headline's question: "Will US science survive?" (enQuestionOpeners). */
const QUESTION_OPENERS = new Set('Will|Can|Could|Should|Would|Does|Did|Do|Is|Are|Was|Were|Has|Have|Must|Shall'.split('|'));
/** Nouns for a newspaper's parts after their names: "the Sunday Business section" (enSectionNames). */
const SECTION_NOUNS = new Set(['section', 'sections', 'desk', 'supplement']);
/** Pieces of writing and verbs of publishing before "in" and a publication's name (enPublicationIn). */
const WRITING_BEFORE_IN = new Set('article|articles|op-ed|column|columns|essay|editorial|piece|pieces|paper|papers|study|studies|commentary|letter|interview|review|feature|published|wrote|writing|written'.split('|'));
/** US states whose universities name campuses by city ("University of California, Berkeley"): enCampusNames. */
const CAMPUS_STATES = new Set('Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming'.split('|'));
/** Last words of surveys, indices and reports, which are works, not bodies: "the Labour Force Survey" (enSurveyNames). */
const SURVEY_WORDS = new Set(['Survey', 'Census', 'Index', 'Barometer']);
/** A name made an adjective by a suffix: "Ash Wednesday-like", "Kafka-esque", "Nazi-era", "Trump-style" (enLikeModifiers). */
const LIKE_MODIFIER = /-(?:like|style|esque|era|inspired|themed|type|sized|shaped)$/;
/**
 * Capitalised prepositions, conjunctions and verbs that sit inside a run only in headline case ("Wants
 * Answers About", "Asserts Right"), never inside a name, where they are written in lower case (enHeadlineRuns).
 * Not "Can" or "Said", which are given names inside Turkish and Arabic names ("Ahmet Can Dündar").
 */
const HEADLINE_INNER_WORDS = new Set('About|Above|Across|After|Against|Among|Around|Before|Behind|Between|Into|Onto|Over|Through|Toward|Towards|Until|Upon|Within|Says|Wants|Asks|Gets|Makes|Takes|Is|Are|Was|Were|Will|Would|Could|Should|Has|Have|Had'.split('|'));
/** Followers of a creed or doctrine, written with a capital and named by no chip (enCreedWords). */
const CREED_WORDS = new Set('Islamist|Islamists|Jihadist|Jihadists|Salafist|Salafists|Marxist|Marxists|Maoist|Maoists|Zionist|Zionists|Fascist|Fascists|Leninist|Leninists|Trotskyist|Trotskyists'.split('|'));
/** Last words of a war's or an uprising's name (enWarNames). */
const WAR_WORDS = new Set(['War', 'Wars', 'Conflict', 'Uprising', 'Revolution', 'Massacre', 'Invasion', 'Crisis', 'Insurgency']);

/** Heads of a state's official name: "Republic of Korea", "Kingdom of Saudi Arabia", "Russian Federation". */
const STATE_HEADS = new Set(['Republic', 'Kingdom', 'Federation', 'Emirates', 'Sultanate', 'Principality', 'Commonwealth', 'State', 'Confederation', 'Union']);
/** Words before the head of a state's official name: "Islamic Republic of Iran", "People's Republic of China". */
const STATE_MODIFIERS = new Set(['Democratic', 'Islamic', 'Federal', 'Socialist', 'United', 'Arab', 'Hashemite', 'Federative', 'Bolivarian', 'Plurinational', 'Independent', 'Cooperative', 'People', 'Popular']);

/**
 * A state's official name: "Republic of Korea", "Islamic Republic of Iran", "State of Israel" (a head,
 * "of" and a known place, after words of such names only), or a people's adjective and Republic or
 * Federation ("Russian Federation", "French Republic"; the gazetteer knows "Central African Republic").
 */
function officialStateName(run: string[]): boolean {
  const of = run.indexOf('of');
  if (of > 0 && of < run.length - 1) {
    return STATE_HEADS.has(run[of - 1]) && run.slice(0, of - 1).every((w) => STATE_MODIFIERS.has(w)) && isPlace(run.slice(of + 1).join(' '));
  }
  return run.length === 2 && (run[1] === 'Republic' || run[1] === 'Federation') && isDemonym(run[0]);
}

/** Heads that make a country's name a description, not a body's name: "UK Government", "US Embassies". */
const GOVERNMENT_HEADS = new Set(['Government', 'Governments', 'Embassies', 'Authorities']);

/** Plurals for a kind of body that open a list of names ("universities, including …", "clubs such as …"). */
const BODY_KINDS = 'universities|colleges|schools|clubs|teams|sides|banks|lenders|companies|firms|carriers|airlines|broadcasters|newspapers|hospitals|insurers';
const BODY_LIST_ANY = new RegExp(`\\b(?:${BODY_KINDS})\\b`, 'i');
/** A kind of body, then "including", "such as" or "like" and a list of names. */
const BODY_LIST = new RegExp(`\\b(?:${BODY_KINDS}),?\\s+(?:including|such as|like|among them)\\s+([^.;:!?()]+)`, 'gi');
/** The capitalised items of such lists in a sentence: "Cambridge", "Imperial College London", "Cardiff", "Exeter". */
function bodyListItems(sentence: string): string[] {
  const items: string[] = [];
  for (const m of allMatches(BODY_LIST, sentence)) {
    for (const raw of m[1].split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)) {
      // The list ends at the first item that is not a name ("… and Exeter, have their own …"), or
      // after a name the clause goes on from ("… and Liverpool bid for him").
      const item = /^(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+|de\s+)?\p{Lu}[\p{L}'’.-]*){0,4})(.*)$/u.exec(raw.trim());
      if (!item) break;
      items.push(item[1]);
      if (item[2].trim()) break;
    }
  }
  return items;
}

/** Parties and houses named by a plural: "the Tories", "the Lords", "the Democrats". */
const POLITICAL_PLURALS = new Set('Tories|Lords|Commons|Conservatives|Democrats|Republicans|Liberals|Greens|Socialists|Nationalists|Unionists|Labourites|Whigs'.split('|'));

/**
 * "the Gunners", "the Black Cats", "the Tories", "the Yankees": a plural after "the" is a team in a
 * sports story, a party or house, the short form of a name the article gives in full, or a name of
 * several words the article repeats. Elsewhere it is as often a work or a common noun ("the Special
 * Editions", "Attack of the Clones", "the Aunties", "the Movies"), so it gives no chip (enPluralGroups).
 */
function pluralGroup(run: string[], evidence: Evidence, context: RunContext): boolean {
  const last = run[run.length - 1];
  if (context.sports || POLITICAL_PLURALS.has(last) || /ss$/.test(last)) return true;
  // "the Yankees" after "New York Yankees": the short form of a name the article gives in full.
  if (run.length === 1 && context.tailWords.has(last)) return true;
  return run.length >= 2 && evidence.mentions >= 2 && !context.lowerCaseUse(last.toLowerCase());
}

/** Endings of English abstract nouns and adjectives that almost no name has: -tion, -ment, -ship, -ness … */
const NOUN_ENDING = /^\p{Lu}\p{Ll}+(?:tion|sion|ment|ship|ness|ity|ance|ence|ive|ory|ism|ics|ure|able|ible|ful|less)$/u;

/** Chips an article should show at least, when it names that many. */
const MIN_CHIPS = 4;

/**
 * "Cricket Australia", "Air India", "Radio France", "Statistics Korea": a national body named by its
 * field, one common word and the place. Not an adverb that opens a sentence ("Accordingly Turkey").
 */
const fieldBody = (run: string[]): boolean => !/ly$/.test(run[0]) && isPlace(run.slice(1).join(' ')) && commonEnglishWord(run[0]);

/** The first or last word is a common English word; initials ("A.") are neither. */
const commonWordAtEnds = (words: string[]): boolean => commonEnglishWord(words[0]) || commonEnglishWord(words[words.length - 1]);
/** Both the first and the last word are common English words ("Software Engineer", "Digital Vision"). */
const commonWordsAtBothEnds = (words: string[]): boolean => commonEnglishWord(words[0]) && commonEnglishWord(words[words.length - 1]);

/**
 * An article that names few people, bodies or places by any cue ("Mama Robotnik", "Crispin Glover" in a
 * review) would show one or two chips. It also shows, up to four chips, the names shaped like a
 * person's that no cue confirmed, in order of first mention: those met inside a sentence, with no word
 * written elsewhere in lower case ("Learn More"), of a company ("Meta Quest Pro") or of an organisation
 * or place shown, and not shown already. Only about half of such names are people's, so they are never
 * added to an article that shows four chips already.
 */
function addDoubtfulPeople(result: Entities, doubtful: string[], lowerCaseUse: (word: string) => boolean): void {
  // "Sky Sports" beside the organisation "Team Sky": a word of a name typed otherwise.
  const otherNameWords = new Set([...result.organizations, ...result.places].flatMap((n) => n.split(' ')));
  for (const name of doubtful) {
    if (result.people.length + result.organizations.length + result.places.length >= MIN_CHIPS) return;
    if (result.people.includes(name) || name.split(' ').some((w) => otherNameWords.has(w) || lowerCaseUse(w.toLowerCase()))) continue;
    // "Voting Membership", "Block Placement Packet", "Zero Mission": a word with the ending of an
    // abstract noun or adjective is a heading's or a title's, not a name's.
    if (RULES.enDoubtfulNouns && name.split(' ').some((w) => NOUN_ENDING.test(w))) continue;
    // "Killer Instinct", "Voting Member", "Van Halen": a name that opens or ends with a common English
    // word is as often a title, a heading or a band as a person; no cue vouches for it.
    if (RULES.enCommonWordNames && commonWordAtEnds(name.split(' '))) continue;
    result.people.push(name);
  }
}

/** Title-case words only, none a title, demonym, organisation, event or caption word. */
function personShapedLoose(run: string[]): boolean {
  return run.every((w, k) => nameWord(w) && !TITLE_WORDS.has(w) && !demonymIn(run, k) && !orgWord(w) && !EVENT_WORDS.has(w) && !NOT_NAME_WORDS.has(w) && !placeWord(w))
    && !isPlace(run.join(' ')) && !isPlace(run[0]);
}

/**
 * Words a person's name can be made of: no title, connector, demonym, acronym, place, institution
 * or caption word, and not only ever met after "the" (unless a title vouches for it).
 */
function personShaped(name: string[], evidence: Evidence, titled: boolean): boolean {
  // "Louis van Gaal", "Vicente del Bosque": a name particle inside a name; "of" / "for" never.
  const particle = (w: string, k: number) => RULES.enPersonShape && NAME_PARTICLES.has(w) && k > 0 && k < name.length - 1;
  if (name.some((w, k) => (CONNECTORS.has(w) && !particle(w, k)) || TITLE_WORDS.has(w))) return false;
  if (name.some((w, k) => demonymIn(name, k) || w === 'I')) return false; // "South Korean", "So I"
  if (name.some((w) => /^[A-Z0-9&]{2,}$/.test(w))) return false; // "HANWHA LIFE", "SK Innovation": companies, tickers
  if (!RULES.enPersonShape) return true;
  if (name.some((w) => NOT_NAME_WORDS.has(w) || EVENT_WORDS.has(w) || SKIP_FIRST.has(w) || /['’]/.test(w) && !innerApostrophe(w))) return false;
  // "Goodison Park Rooney", "Millennium Stadium There": a caption glued to the next one. "Park" first is a surname.
  if (name.some((w, k) => (k > 0 && placeWord(w)) || orgWord(w) || CLUB_ENDINGS.has(w))) return false;
  // "Real Madrid", "New York Mets"; not "Zoe Kazan", a common given name and a surname that is also a place's.
  const givenAndPlace = RULES.enGivenNamePlaces && name.length === 2 && GIVEN_NAMES.has(name[0]);
  if (name.some((w, k) => isPlace(w) && !(givenAndPlace && k === 1)) || isPlace(name.slice(0, 2).join(' '))) return false;
  if (!titled && evidence.afterThe > 0) return false;
  if (RULES.enPluralsAndAwards) {
    const last = name[name.length - 1];
    // "Supporter Groups", "New Yorkers": a group, or the people of a place.
    if (/s$/.test(last) && orgWord(last.slice(0, -1))) return false;
    const people = PEOPLE_OF_PLACE.exec(name.join(' '));
    if (people && (isPlace(people[1]) || isPlace(`${people[1]}e`))) return false;
  }
  return name.every((w, k) => particle(w, k) || nameWord(w) || /^(?:[A-Z]\.)+$/.test(w) || /^(?:Mc|Mac|O')\p{Lu}/u.test(w) || /^[IVX]+$/.test(w));
}

/**
 * Counts of non-overlapping occurrences of a needle in the text (as `text.split(needle).length - 1`),
 * memoised per needle. Needles here start with an upper-case letter. Once the counter has scanned
 * 400k characters it indexes where each upper-case letter of the text starts (by the pair of code
 * units there), so a long text with many candidate names (German capitalises every noun) is not
 * scanned once per name.
 */
class OccurrenceCounter {
  private readonly cache = new Map<string, number>();
  private byPrefix: Map<number, number[]> | null = null;
  private scanned = 0;
  constructor(private readonly text: string) {}

  count(needle: string): number {
    let n = this.cache.get(needle);
    if (n === undefined) {
      n = this.indexed(needle) ?? this.scan(needle);
      this.cache.set(needle, n);
    }
    return n;
  }

  private scan(needle: string): number {
    this.scanned += this.text.length;
    let n = 0;
    for (let at = this.text.indexOf(needle); at >= 0; at = this.text.indexOf(needle, at + needle.length)) n++;
    return n;
  }

  /** Null when the needle cannot use the index (yet). */
  private indexed(needle: string): number | null {
    if (needle.length < 2 || !UPPER_FIRST.test(needle)) return null;
    if (!this.byPrefix) {
      if (this.scanned < 400_000) return null; // short texts: a few plain scans cost less
      this.byPrefix = upperCasePositions(this.text);
    }
    let n = 0;
    let next = 0;
    for (const at of this.byPrefix.get(pairKey(needle, 0)) ?? []) {
      if (at >= next && this.text.startsWith(needle, at)) {
        n++;
        next = at + needle.length;
      }
    }
    return n;
  }
}

const pairKey = (s: string, at: number) => s.charCodeAt(at) * 0x10000 + s.charCodeAt(at + 1);

/** Where each upper-case letter (code point) of the text starts, by the two code units there. */
function upperCasePositions(text: string): Map<number, number[]> {
  const byPrefix = new Map<number, number[]>();
  const add = (at: number) => {
    const key = pairKey(text, at);
    const list = byPrefix.get(key);
    if (list) list.push(at);
    else byPrefix.set(key, [at]);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) add(i);
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (UPPER_FIRST.test(String.fromCodePoint(cp))) add(i);
    if (cp > 0xffff) i++;
  }
  return byPrefix;
}

/** "said X" / "according to X": X starts right after the whitespace that follows the verb. */
const SPEECH_BEFORE = /\b(?:said|says|told|according to)\s+/g;
/** "X said" / "X, 45,": the positions (right after a non-space) where such a tail starts. */
const SPEECH_AFTER = /(?<=\S)(?=,?\s+(?:said|says|told|added|\d{1,3},))/g;
/** Cheap pre-check: no speech verb and no ", 45," means no speaker in the sentence. */
const SPEECH_ANY = /said|says|told|according to|added|\d,/;

/**
 * Answers "does `text` have `query` starting at one of `positions`?". With few positions it tries
 * each; with many (one huge sentence full of "said") it sorts the text at those positions, cut to
 * KEY_CHARS, and binary-searches, so each question costs a logarithm instead of a scan.
 */
class StartsAt {
  private static readonly FEW = 16;
  private static readonly KEY_CHARS = 64;
  private keys: string[] | null = null;
  constructor(private readonly text: string, private readonly positions: number[]) {}

  has(query: string): boolean {
    if (this.positions.length <= StartsAt.FEW || query.length > StartsAt.KEY_CHARS) {
      for (const at of this.positions) if (this.text.startsWith(query, at)) return true;
      return false;
    }
    const keys = (this.keys ??= this.positions.map((at) => this.text.slice(at, at + StartsAt.KEY_CHARS)).sort());
    // The first key >= query starts with query if any key does.
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[mid] < query) lo = mid + 1;
      else hi = mid;
    }
    return lo < keys.length && keys[lo].startsWith(query);
  }
}

/** Where a speaker's name may start or end in one sentence; computed once per sentence. */
class SpeechSpots {
  private readonly starts: StartsAt;
  private readonly ends: number[] = [];
  private endsReversed: StartsAt | null = null;

  constructor(private readonly sentence: string) {
    const starts: number[] = [];
    if (SPEECH_ANY.test(sentence)) {
      for (const m of allMatches(SPEECH_BEFORE, sentence)) starts.push(m.index! + m[0].length);
      for (const m of allMatches(SPEECH_AFTER, sentence)) this.ends.push(m.index!);
    }
    this.starts = new StartsAt(sentence, starts);
  }

  /**
   * Whether the sentence has "said|says|told|according to" + whitespace + `joined`, or `joined` +
   * ",? whitespace said|says|told|added|N,". `joined` starts and ends with a non-space, so it can
   * only start where the whitespace after a verb ends, and only end right before such a tail.
   */
  isSpoken(joined: string): boolean {
    if (this.starts.has(joined)) return true;
    if (this.ends.length <= 16) {
      for (const end of this.ends) if (end >= joined.length && this.sentence.startsWith(joined, end - joined.length)) return true;
      return false;
    }
    // Ending at `end` in the sentence = starting at `length - end` in the sentence reversed.
    const length = this.sentence.length;
    this.endsReversed ??= new StartsAt(reverse(this.sentence), this.ends.map((end) => length - end));
    return this.endsReversed.has(reverse(joined));
  }
}

/** Reversed by UTF-16 code units (only ever compared with another such reversal). */
const reverse = (s: string) => s.split('').reverse().join('');

/**
 * "Fred Allen and Norman Corwin", "Kate Hudson, Brent Rose, and …": a run joined by "and" or by a
 * comma list to a person is a person too, when it was typed as nothing else and has a person's shape
 * (two or three name words, never after "the").
 */
function coordinatedPeople(pairs: [string, string][], evidence: Map<string, Evidence>, found: Found): void {
  const typed = new Set([...found.people.items, ...found.organizations.items, ...found.places.items]);
  const people = new Set(found.people.items);
  const isPerson = (joined: string) => people.has(personPart(joined.split(' ')).name.join(' '));
  const candidate = (joined: string): string | null => {
    const e = evidence.get(joined);
    let words = joined.split(' ');
    while (words.length > 1 && opensNoName(words[0])) words = words.slice(1);
    const name = words.join(' ');
    if (!e || typed.has(name) || words.length < 2 || words.length > 3) return null;
    // "Andrew Hayden, Software Engineer": a title or a plain noun phrase beside a person, all common words.
    if (RULES.enCoordinatedCommonWords && commonWordsAtBothEnds(words)) return null;
    return personShapedLoose(words) && personShaped(words, e, false) ? name : null;
  };
  for (const [a, b] of pairs) {
    for (const [person, other] of [[a, b], [b, a]]) {
      const name = isPerson(person) ? candidate(other) : null;
      if (name) {
        found.people.push(name);
        people.add(name);
        typed.add(name);
      }
    }
  }
}

/**
 * "Chang W. Lee/The New York Times", "Paris Benoit Tessier/Reuters": the name before a slash and an
 * organisation is the photographer, a person (after a caption's place run into it); the run is then
 * no organisation of its own.
 */
function creditedPeople(credits: [string, string][], evidence: Map<string, Evidence>, found: Found): void {
  const organizations = new Set(found.organizations.items);
  for (const [left, right] of credits) {
    const agency = right.replace(/^The /, '');
    if (!organizations.has(agency) && !organizations.has(right)) continue;
    const e = evidence.get(left);
    let words = left.split(' ');
    if (words.length > 2 && isPlace(words[0])) words = words.slice(1);
    if (!e || words.length < 2 || words.length > 3 || !personShaped(words, e, true)) continue;
    // "Thomas Jackson/Digital Vision/Getty Images": a credited name of common words is a second agency.
    if (RULES.enCreditAgencies && commonWordsAtBothEnds(words)) {
      found.organizations.push(left);
      continue;
    }
    found.people.push(words.join(' '));
    found.organizations.remove(left);
  }
}

export function englishEntities(sentenceList: string[]): Entities {
  const found: Found = { people: new UniqueList(), organizations: new UniqueList(), places: new UniqueList(), doubtfulPeople: new UniqueList() };
  const text = sentenceList.join(' ');
  const counter = new OccurrenceCounter(text);
  // Every mention first, then one decision per distinct run with what all its mentions say.
  const evidence = new Map<string, Evidence>();
  // "Fred Allen and Norman Corwin": the runs joined by "and" or a comma, by their joined words.
  const coordinated: [string, string][] = [];
  // "Benoit Tessier/Reuters": a photo credit, the photographer and the agency.
  const credits: [string, string][] = [];
  // "universities, including Cambridge, Imperial College London, Cardiff and Exeter": the items of a
  // list of bodies, by their words.
  const listedBodies = new Set<string>();
  for (const [index, sentence] of sentenceList.entries()) {
    if (RULES.enBodyLists && BODY_LIST_ANY.test(sentence)) for (const item of bodyListItems(sentence)) listedBodies.add(item);
    if (RULES.enDatelines && index < DATELINE_SENTENCES) {
      const place = datelinePlace(sentence);
      if (place) found.places.push(place);
    }
    let spots: SpeechSpots | null = null;
    let previousRun: { joined: string; after: string; before: string } | null = null;
    for (const run of capitalisedRuns(sentence)) {
      const runJoined = run.words.join(' ');
      if (RULES.enCoordinatedNames && previousRun?.after === 'and' && run.before === 'and') coordinated.push([previousRun.joined, runJoined]);
      // "Adrienne So, Martin Cizmar, and Matt Jancer": runs of one list, next to each other.
      else if (RULES.enListedNames && previousRun?.after === ',' && (run.before === '' || run.before === 'and')) coordinated.push([previousRun.joined, runJoined]);
      if (RULES.enBylines && previousRun?.after === '/' && run.before === '/') credits.push([previousRun.joined, runJoined]);
      // "in Cupertino, California", "from Radstock, Somerset": a place, then the state, county or
      // country it lies in (not "to Kim, Russia's ally").
      if (RULES.enCityRegion && previousRun?.after === ',' && run.before === '' && PLACE_BEFORE.has(previousRun.before) && isPlace(runJoined)
        && !sentence.includes(`${runJoined}'s`) && !sentence.includes(`${runJoined}’s`)) {
        const e = evidence.get(previousRun.joined);
        if (e) e.regionAfter++;
      }
      // "University of California, San Francisco", "University of Texas at Dallas": a city after a
      // state's university is its campus, part of the university's name.
      const campus = RULES.enCampusNames && previousRun !== null && isCampusOf(previousRun, run, runJoined);
      previousRun = { joined: runJoined, after: run.after, before: run.before };
      // "said Joseph Nye" / "Joseph Nye said": a speaker is a person.
      spots ??= new SpeechSpots(sentence);
      let words = run.words;
      // "the Fianna Fáil-led coalition": the name without the modifier, which says it leads or backs
      // something (an organisation or a country).
      const modifier = RULES.enCommonCapitals ? HYPHEN_MODIFIER.exec(words[words.length - 1]) : null;
      if (modifier && modifier.index > 0) words = [...words.slice(0, -1), words[words.length - 1].slice(0, modifier.index)];
      const joined = words.join(' ');
      let e = evidence.get(joined);
      if (!e) {
        e = { words, spoken: false, afterThe: 0, placeCue: 0, teamCue: 0, orgKind: 0, placeKind: 0, personRole: 0, opponentCue: 0, insideSentence: 0, basedCue: 0, byline: 0, regionAfter: 0, afterArticle: 0, creditCue: 0, listedBody: 0, kinCue: 0, pronounCue: 0, eventAfter: 0, campus: 0, mediaCue: 0, sectionAfter: 0, schoolCue: 0, workCue: 0, mentions: 0 };
        evidence.set(joined, e);
      }
      e.mentions++;
      if (EVENT_NOUNS_AFTER.has(run.after)) e.eventAfter++;
      if (campus) e.campus++;
      if (RULES.enSectionNames && SECTION_NOUNS.has(run.after)) e.sectionAfter++;
      if (RULES.enBylines && run.initial && words[0] === 'By' && words.length >= 3 && words.length <= 4) e.byline++;
      if (!e.spoken && spots.isSpoken(joined)) e.spoken = true;
      if (RULES.enKinNames && (KIN_WORDS.has(run.before) || run.after === ',' && KIN_WORDS.has(run.beforeComma))) e.kinCue++;
      if (RULES.enPronounSpeakers && words.length === 1 && SPEAKING_VERBS.has(run.after) && speaksAsHeOrShe(sentence, joined, run.after)) e.pronounCue++;
      if (!RULES.enContext) continue;
      // "Thomas Coex/AFP", "(Mike Watson Images/Moodboard/Getty)": both sides of a slash are a credit's.
      if (run.before === '/' || run.before === 'via' || RULES.enCreditAgencies && run.after === '/') e.creditCue++;
      if (run.before === 'the') e.afterThe++;
      else if (run.before === 'a' || run.before === 'an' || run.before === 'used') e.afterArticle++;
      if (RULES.enRoleNouns && (PERSON_ROLE_BEFORE.has(run.before) || RULES.enMoreRoleNouns && MORE_PERSON_ROLES.has(run.before))) e.personRole++;
      if (RULES.enSchoolCues && SCHOOL_CUES.get(run.before)?.has(run.earlier[0])) e.schoolCue++;
      if (RULES.enWorkTitles && workCue(run)) e.workCue++;
      if (RULES.enPublicationIn && publicationCue(run)) e.mediaCue++;
      else if (PLACE_BEFORE.has(run.before) || RULES.enDirectionCues && LOWER_DIRECTIONS.has(run.before)) e.placeCue++;
      if (!run.initial) e.insideSentence++;
      if (run.based) e.basedCue++;
      if (RULES.enWeakTeamCues && TEAM_BEFORE.has(run.before) && !TEAM_AFTER.has(run.after) && run.after !== FIXTURE) e.opponentCue++;
      // "Trump supporters" are a politician's; "Liverpool fans" a club's: weak like "against X".
      else if (RULES.enSupporterCues && FOLLOWER_WORDS.has(run.after)) e.opponentCue++;
      else if (TEAM_AFTER.has(run.after) || TEAM_BEFORE.has(run.before) || run.after === FIXTURE) e.teamCue++;
      else if (RULES.enTeamVotes && PLACE_TEAM_AFTER.has(run.after) && isPlace(joined)) e.teamCue++;
      if (!RULES.enKindNouns) continue;
      if (ORG_KIND_AFTER.has(run.after) || ORG_KIND_BEFORE.has(run.before) || RULES.enGroupNouns && GROUP_KIND_AFTER.has(run.after) && !(words.length === 1 && ADJECTIVE_SHAPE.test(words[0]))) e.orgKind++;
      // "a Fianna Fáil-led coalition": what leads or backs something is an organisation (or a place).
      else if (modifier && modifier.index > 0 && !isPlace(joined)) e.orgKind++;
      if (PLACE_KIND_AFTER.has(run.after)) e.placeKind++;
    }
  }
  for (const item of listedBodies) {
    const e = evidence.get(item);
    if (e) e.listedBody++;
  }
  const expansions = new Set<string>();
  const aloneWords = new Set<string>();
  const tailWords = new Set<string>();
  for (const e of evidence.values()) {
    let words = e.words;
    while (words.length > 1 && opensNoName(words[0])) words = words.slice(1);
    const { name } = personPart(words);
    if (name.length === 1 && e.mentions > e.afterThe && e.words[0] !== 'The') aloneWords.add(name[0]);
    if (words.length > 1) tailWords.add(words[words.length - 1]);
  }
  const lowerCaseUse = usedInLowerCase(text);
  const context: RunContext = { sports: [...evidence.values()].filter((e) => e.teamCue > 0 || e.opponentCue > 0).length >= 3, counter, acronyms: acronymExpansions(text, typeOfWords, (words, type) => { if (type === 'org') expansions.add(words.join(' ')); }), expansions, aloneWords, lowerCaseUse, tailWords };
  for (const e of evidence.values()) classifyEnglish(e, found, context);
  if (RULES.enCoordinatedNames) coordinatedPeople(coordinated, evidence, found);
  if (RULES.enBylines) creditedPeople(credits, evidence, found);
  // "Shin" after "Shin Won-sik": a later bare surname is the same person. Only a one-word name
  // can be a word of another name, and only of a longer one.
  const people = found.people.items;
  const wordsOfLongerNames = new Set(people.filter((q) => q.includes(' ')).flatMap((q) => q.split(' ')));
  const organizations = found.organizations.items;
  const places = found.places.items;
  // "Hyundai Mobis" next to "Hyundai Mobis Co.": the short form of an organisation is that organisation.
  const orgPrefixes = new Set(organizations.filter((o) => o.includes(' ')).map((o) => o.split(' ').slice(0, -1).join(' ')));
  // "Holland Del Bosque": a caption's last word glued to a person's name is neither.
  const gluedToPerson = (o: string) => people.some((p) => o.endsWith(` ${p}`) && isPlace(o.slice(0, -p.length - 1)));
  if (RULES.enLowercaseText && writtenWithoutCapitals(sentenceList)) {
    const lower = lowercaseNames(text);
    for (const p of lower.people) if (!people.some((q) => q.toLowerCase() === p.toLowerCase())) people.push(p);
    for (const p of lower.places) if (!places.some((q) => q.toLowerCase() === p.toLowerCase())) places.push(p);
  }
  const result = {
    people: people.filter((p) => !wordsOfLongerNames.has(p) && !orgPrefixes.has(p) && !places.includes(p)),
    organizations: [...organizations.filter((o) => !gluedToPerson(o)), ...people.filter((p) => orgPrefixes.has(p) && !organizations.includes(p))],
    places,
  };
  if (RULES.enShortFallback) addDoubtfulPeople(result, found.doubtfulPeople.items, lowerCaseUse);
  return result;
}

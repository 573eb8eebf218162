/**
 * English text written without capitals ("police say michael scott shemansky came to their
 * attention …"): the capitalised runs find nothing there, so people are read by a common given name
 * followed by a surname the text repeats, and places by the gazetteer. Only used when almost no
 * word inside a sentence is capitalised.
 */
import { EN_PLACES } from './gazetteer';
import { GIVEN_NAMES } from './given-names';

/** Share of words capitalised inside sentences below which a text counts as written without capitals. */
const MAX_INNER_CAPITALS = 0.02;
/** Too short a text says nothing about its case. */
const MIN_WORDS = 40;

/** Given names that are also common words ("mark", "bill", "frank"), and places that are ("nice", "turkey", "us"). */
const LOWER_HOMOGRAPHS = new Set(
  ('mark|pat|bill|rob|ray|max|jack|frank|don|dean|chuck|ken|lee|kim|jan|ed|roman|christian|victor|will|carol|guy|' +
    'ruth|bob|joy|august|rick|nick|josh|sam|jean|phil|ted|tim|van|eli|leon|rosa|sandy|dan|joe|art|' +
    'us|nice|turkey|china|hull|cork|chile|guinea|jordan|georgia|rio|york|mali|niger|alps|bath|lima|goa|kent|' +
    'durham|richmond|porto|reading|split|dover|mobile|bonn|kobe|bali|cali|gambia|sabah|punjab|soho|midlands').split('|'),
);

/** Frequent words that are no surname ("james said", "sandra has"). */
const COMMON_WORDS = new Set(
  ('the|a|an|and|or|but|of|in|on|at|to|for|from|by|with|as|is|was|were|are|be|been|being|has|have|had|do|does|did|' +
    'said|says|say|told|tells|added|asked|wrote|posted|who|whom|whose|which|that|this|these|those|it|its|he|she|they|' +
    'we|you|i|his|her|their|our|my|him|them|me|not|no|also|then|than|so|if|when|while|after|before|during|since|' +
    'about|into|over|under|up|down|out|off|again|just|only|even|still|now|all|both|each|some|any|more|most|other|' +
    'such|own|same|very|can|could|would|should|may|might|must|will|shall|went|came|made|took|got|gave|left|found|saw|' +
    'won|lost|scored|played|died|lives|lived|one|two|three|four|five|six|seven|eight|nine|ten|first|last|new|old|' +
    'former|young|later|early|late|year|years|day|days|week|weeks|month|months|time|today|yesterday|tomorrow|night|' +
    'morning|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|' +
    'september|october|november|december|man|woman|boy|girl|father|mother|son|daughter|wife|husband|brother|sister|' +
    'family|friend|police|officer|president|minister|senator|coach|manager|star|player|how|what|where|why|there|here|' +
    'because|although|though|however|whether|until|too|well|back|set|get|put|let|run|ran|see|seen|win|come|goes|take|' +
    'make|know|knew|think|right|next|across|jr|sr|mr|mrs|ms|dr').split('|'),
);

/** Words around a city's name that make it a club's. */
const CLUB_BEFORE = new Set(['real', 'atletico', 'inter', 'sporting', 'dynamo', 'olympique', 'athletic', 'racing']);
const CLUB_AFTER = new Set(['city', 'united', 'fc', 'rovers', 'athletic', 'wanderers', 'albion', 'county', 'town', 'hotspur', 'rangers', 'celtic']);

const WORD = /^[a-z][a-z'’-]*$/;
const titleCase = (s: string) => s.replace(/(^|[\s-])([a-z])/g, (_, b: string, c: string) => b + c.toUpperCase());

/** Lower-case gazetteer names, by their number of words, mapped to how the gazetteer writes them. */
let placesByLength: Map<number, Map<string, string>> | null = null;
function lowerPlaces(): Map<number, Map<string, string>> {
  if (placesByLength) return placesByLength;
  placesByLength = new Map();
  for (const place of EN_PLACES) {
    const lower = place.toLowerCase();
    if (lower.length < 3 || LOWER_HOMOGRAPHS.has(lower) || /[.]/.test(lower)) continue;
    const n = lower.split(' ').length;
    if (!placesByLength.has(n)) placesByLength.set(n, new Map());
    placesByLength.get(n)!.set(lower, place);
  }
  return placesByLength;
}

/** Marks that may open a word before its first letter. */
const OPENING_MARKS = new Set(['"', '“', '‘', "'", '(']);
/** Marks that end a word before a quotation, whose first word is capitalised in any text. */
const QUOTE_LEAD_MARKS = new Set([':', '"', '“', '‘', "'"]);
const LETTER = /^\p{L}/u;
const UPPER = /^\p{Lu}/u;
const I_WORD = /^I(?:['’]\w+)?$/;

/** Whether `token` starts with a letter (after one opening mark at most). */
function startsWithLetter(token: string): boolean {
  const rest = OPENING_MARKS.has(token[0]) ? token.slice(1) : token;
  const c = rest.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(rest);
}

function startsWithCapital(token: string): boolean {
  const c = token.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(token);
}

/** Whether the sentences are written without capitals, apart from their first letters. */
export function writtenWithoutCapitals(sentenceList: string[]): boolean {
  let words = 0;
  let inner = 0;
  for (const sentence of sentenceList) {
    const tokens = sentence.split(/\s+/).filter(Boolean);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (!startsWithLetter(token)) continue;
      words++;
      // "I", "I've", and a quotation's first word are capitalised in any text.
      if (i > 0 && startsWithCapital(token) && !(token[0] === 'I' && I_WORD.test(token))) {
        const previous = tokens[i - 1];
        if (!QUOTE_LEAD_MARKS.has(previous[previous.length - 1])) inner++;
      }
    }
  }
  return words >= MIN_WORDS && inner / words < MAX_INNER_CAPITALS;
}

/** The bare lower-case word of a token: no marks around it, no possessive. */
const bare = (token: string) => token.toLowerCase().replace(/^["“‘'(]+/, '').replace(/['’]s$/, '').replace(/[^a-z'’-]+$/, '');

/** People and places of a text written without capitals, written as names ("Sandra Shemansky", "Florida"). */
export function lowercaseNames(text: string): { people: string[]; places: string[] } {
  const raw = text.split(/\s+/);
  const tokens = raw.map(bare);
  const counts = new Map<string, number>();
  for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  const people: string[] = [];
  const places: string[] = [];
  const push = (list: string[], value: string) => { if (!list.includes(value)) list.push(value); };
  const byLength = lowerPlaces();
  for (let i = 0; i < tokens.length; i++) {
    for (const n of [3, 2, 1]) {
      const place = byLength.get(n)?.get(tokens.slice(i, i + n).join(' '));
      if (!place) continue;
      // "real madrid", "manchester city": a club named after its city.
      if (!CLUB_BEFORE.has(tokens[i - 1] ?? '') && !CLUB_AFTER.has(tokens[i + n] ?? '')) push(places, place);
      i += n - 1;
      break;
    }
    const given = tokens[i];
    if (!given || !GIVEN_NAMES.has(titleCase(given)) || LOWER_HOMOGRAPHS.has(given) || COMMON_WORDS.has(given)) continue;
    // "michael scott shemansky": up to two more words, none a common word; the last is the surname.
    // A name ends at a mark or a possessive ("jim kenney, doug oliver", "abraham's"); verbs and
    // adverbs are no surnames ("abraham collapsed", "allegedly").
    const name = [given];
    for (let k = i + 1; k < tokens.length && name.length < 3 && !/[^a-z]$/i.test(raw[k - 1]); k++) {
      const w = tokens[k];
      if (!WORD.test(w) || w.length < 3 || COMMON_WORDS.has(w) || byLength.get(1)?.has(w) || /(?:ed|ly|ing)$/.test(w)) break;
      name.push(w);
    }
    // The surname said again elsewhere: a person talked about, not a phrase.
    while (name.length > 1 && (counts.get(name[name.length - 1]) ?? 0) < 2) name.pop();
    if (name.length > 1) {
      push(people, titleCase(name.join(' ')));
      i += name.length - 1;
    }
  }
  return { people, places };
}

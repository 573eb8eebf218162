/** People, organisations and places of an article (heuristic, no model). */
import { KNOWN_ORG_ACRONYMS } from './acronyms';
import { englishEntities, isPlace, type Entities } from './entities-en';
import { koreanEntities } from './entities-ko';
import { GIVEN_NAMES } from './given-names';
import { KNOWN_COMPANIES } from './known-orgs-en';
import { readsAsEnglish } from './latin-language';
import { stripParticle } from './korean';
import { knownKoreanOrganisation } from './orgs-ko';
import { RULES } from './rules';

export type { Entities } from './entities-en';

/** Languages whose capitals the English rules read: English, and a page that does not say its language. */
const ENGLISH = /^en\b/i;

/**
 * In other languages written in Latin letters a capital says less (German capitalises every noun:
 * "Golf von Mexiko", "Bis Mitte"; Spanish "Comisión Europea" reads as a person), so only what holds
 * in any of them is kept: places the gazetteer knows, people whose name opens with a common given
 * name ("Giorgia Meloni", "Emmanuel Macron"), and organisations known by name or acronym.
 */
function withoutEnglishGuesses(found: Entities): Entities {
  return {
    people: found.people.filter((p) => {
      const words = p.split(' ');
      return words.length >= 2 && words.length <= 3 && GIVEN_NAMES.has(words[0]);
    }),
    organizations: found.organizations.filter((o) => KNOWN_ORG_ACRONYMS.has(o) || KNOWN_COMPANIES.has(o)),
    places: found.places.filter((p) => isPlace(p)),
  };
}

/**
 * Organisations Lede knows by name that only the headline gives ("국힘 \"李, 투표 독려까지 갈라치기\"").
 * Not the headline's other names: its telegraphic style ("한국, 캐나다에 져", "양곡법 재의요구 대통령에
 * 건의") misleads the cues that read the body well.
 */
function headlineOrganisations(headline: string, found: Entities): string[] {
  const out: string[] = [];
  for (const word of headline.match(/[가-힣A-Za-z0-9]+/g) ?? []) {
    const noun = stripParticle(word);
    if (knownKoreanOrganisation(noun) && !found.organizations.includes(noun) && !out.includes(noun)) out.push(noun);
  }
  return out;
}

/** Entities of an article, in order of first mention. `lang` is the article's (BCP 47) language. */
export function findEntities(text: string, sentenceList: string[], korean: boolean, lang = 'en', headline = ''): Entities {
  let found = korean ? koreanEntities(text) : englishEntities(sentenceList);
  if (korean && RULES.koHeadline && headline.trim()) found = { ...found, organizations: [...headlineOrganisations(headline, found), ...found.organizations] };
  // A page that says it is English (or says nothing) but is written in another language is read as one.
  const english = ENGLISH.test(lang) && (!RULES.textLanguage || readsAsEnglish(text));
  if (!korean && RULES.otherLanguages && !english) found = withoutEnglishGuesses(found);
  const cap = (xs: string[]) => xs.slice(0, 12);
  return { people: cap(found.people), organizations: cap(found.organizations), places: cap(found.places) };
}

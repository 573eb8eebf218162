/**
 * Acronyms typed by what the same article spells out: "Korea Baseball Organization (KBO)" makes KBO
 * an organisation, "intercontinental ballistic missile (ICBM)" makes ICBM a thing, not a name. An
 * acronym the article never expands is an organisation only when it is a well-known one.
 */
import { allMatches } from '../../text';

/** Well-known organisation acronyms seen in news without their expansion. */
export const KNOWN_ORG_ACRONYMS = new Set(
  ('UN|NATO|EU|FBI|CIA|NSA|NASA|WHO|WTO|IMF|OPEC|OECD|ASEAN|APEC|FIFA|UEFA|IOC|NBA|NFL|MLB|NHL|MLS|KBO|KBL|BBC|CNN|AFP|' +
    'AP|NBC|ABC|CBS|NPR|PSG|KBS|MBC|SBS|YTN|JTBC|MBN|KCNA|UNESCO|UNICEF|IAEA|ICC|ICJ|PPP|DPK|LG|SK|KT|CJ|BOK|FSS|FSC|FTC|NIS|' +
    'JCS|USFK|IRGC|SNP|GOP|RAF|NHS|BMW|IBM|HSBC|KEPCO|POSCO|KOSPI|KOSDAQ|WKYC|WRAL|WNCN|AFC|FAW|FA|SEC|FDA|CDC|EPA|DOJ|KDI|KOTRA|KAIST|UNIST|DGIST|SNU|ECB|FED|IS|ISIS|HAMAS|HYBE|JYP|YG|SM').split('|'),
);

const SKIP_INITIAL = new Set(['of', 'and', 'the', 'for', 'de', 'on', 'in', '&']);

/** Initials of a phrase's significant words: "Football Association of Wales" → "FAW". */
export function initials(words: string[]): string {
  return words.filter((w) => !SKIP_INITIAL.has(w.toLowerCase())).map((w) => w[0]?.toUpperCase() ?? '').join('');
}

export type AcronymType = 'org' | 'place' | 'other' | 'unknown';

/**
 * What each acronym of the text stands for, from "Words (ACR)". `typeOf` types
 * the expansion (capitalised words); a lower-case expansion is a thing ("other").
 */
export function acronymExpansions(text: string, typeOf: (words: string[]) => AcronymType, onExpansion?: (words: string[], type: AcronymType) => void): Map<string, AcronymType> {
  const found = new Map<string, AcronymType>();
  if (!text.includes('(')) return found;
  // Find each "(ACR)" first and read the words before it: a pattern that matched the words itself
  // would be tried at every position of the text (hundreds of ms on a long page).
  for (const m of allMatches(/\(([A-Z][A-Z0-9&]{1,7})s?\)/g, text)) {
    const acronym = m[1];
    if (found.has(acronym)) continue;
    const before = text.slice(Math.max(0, m.index! - 120), m.index!);
    if (!/[\p{L}.][ ,]*$/u.test(before)) continue;
    const words = before.trim().replace(/,/g, '').split(/\s+/).slice(-8);
    // The shortest tail of the words whose initials spell the acronym.
    for (let start = words.length - 1; start >= 0; start--) {
      const tail = words.slice(start);
      if (initials(tail).replace(/-/g, '') === acronym || initials(tail.flatMap((w) => w.split('-'))) === acronym) {
        const lower = tail.every((w) => !/^\p{Lu}/u.test(w) || SKIP_INITIAL.has(w.toLowerCase()));
        const type = lower ? 'other' : typeOf(tail);
        found.set(acronym, type);
        onExpansion?.(tail, type);
        break;
      }
    }
  }
  return found;
}

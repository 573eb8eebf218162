/** People, organisations and places of an article (heuristic, no model). */
import { englishEntities, type Entities } from './entities-en';
import { koreanEntities } from './entities-ko';

export type { Entities } from './entities-en';

/** Entities of an article, in order of first mention. */
export function findEntities(text: string, sentenceList: string[], korean: boolean): Entities {
  const found = korean ? koreanEntities(text) : englishEntities(sentenceList);
  const cap = (xs: string[]) => xs.slice(0, 12);
  return { people: cap(found.people), organizations: cap(found.organizations), places: cap(found.places) };
}

/** "At a glance": who, where, when, how many, who said what — from the article text. */
import type { Glance } from '../../types';
import { sentences } from '../../text';
import { effectiveLang, isKorean } from '../terms';
import { findDates } from './dates';
import { findEntities } from './entities';
import { findNumbers } from './numbers';
import { findQuotes } from './quotes';

export interface GlanceInput {
  title: string;
  textContent: string;
  lang: string | null;
  publishedTime?: string | null;
}

/** Glance reads at most this much text, so the cost stays bounded on huge pages. */
const MAX_CHARS = 100_000;
/**
 * Characters that never show: soft hyphens ("Vladi\u00admir Putin"), zero-width spaces, word joiners,
 * byte-order marks. Inside a word they would hide it from every list and cue, so names are read without
 * them (the chip's sentence is found without them too: src/ui/render/glance.ts).
 */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;

/** People, organisations, places, dates, numbers and quotes of an article (heuristic, no model). */
export function atAGlance(input: GlanceInput): Glance {
  const text = (input.textContent ?? '').slice(0, MAX_CHARS).replace(INVISIBLE, '');
  if (!text.trim()) return { people: [], organizations: [], places: [], dates: [], numbers: [], quotes: [] };
  const lang = effectiveLang(input.lang, text);
  const korean = isKorean(lang);
  const sentenceList = sentences(text, lang);
  const entities = findEntities(text, sentenceList, korean, lang, input.title ?? '');
  return {
    ...entities,
    dates: findDates(text, input.publishedTime, korean),
    numbers: findNumbers(text, korean),
    quotes: findQuotes(sentenceList, korean, entities.people, entities.organizations),
  };
}

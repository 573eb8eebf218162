/** "At a glance": who, where, when, how many, who said what — from the article text. */
import type { Glance } from '../../types';
import { sentences, withoutInvisibles } from '../../text';
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

/** People, organisations, places, dates, numbers and quotes of an article (heuristic, no model). */
export function atAGlance(input: GlanceInput): Glance {
  // Names are read without soft hyphens and zero-width characters ("Vladi\u00admir Putin"); the chip's
  // sentence is found so too (src/ui/render/glance.ts).
  const text = withoutInvisibles((input.textContent ?? '').slice(0, MAX_CHARS));
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

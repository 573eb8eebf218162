/** Key facts and "at a glance" over an article's plain text. */
export { keyFacts, DEFAULT_WEIGHTS } from './keyfacts';
export type { KeyFactsInput, KeyFactsOptions, KeyFactsWeights } from './keyfacts';
export { atAGlance } from './glance';
export type { GlanceInput } from './glance';

/** Key facts and "at a glance" over an article's plain text. */
export { keyFacts, DEFAULT_WEIGHTS } from './keyfacts';
export type { KeyFactsInput, KeyFactsOptions, KeyFactsWeights } from './keyfacts';

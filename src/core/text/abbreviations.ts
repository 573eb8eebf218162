/**
 * Cues for repairing Intl.Segmenter's sentence breaks. ICU only breaks after a period when the
 * next word starts with a capital letter, so every list here is about "period, space, Capital".
 */

/** Titles and abbreviations that precede a name or a number: a break after them is always wrong. */
export const NAME_PREFIXES = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'gov', 'sen', 'rep', 'gen', 'lt', 'col', 'maj', 'capt',
  'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'cdr', 'rev', 'fr', 'st', 'mt', 'ft', 'pres', 'supt', 'insp',
  'det', 'hon', 'amb', 'atty', 'no', 'nos', 'vol', 'art', 'fig', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'vs', 'v', 'cf', 'approx', 'dept', 'univ',
]);

/** Words that usually start a new sentence; after "U.S." or an initial they mean the break is real. */
export const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our',
  'this', 'that', 'these', 'those', 'there', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for',
  'from', 'with', 'by', 'as', 'after', 'before', 'during', 'while', 'when', 'if', 'although', 'though',
  'however', 'meanwhile', 'also', 'still', 'earlier', 'later', 'last', 'next', 'some', 'many', 'most',
  'all', 'both', 'one', 'two', 'officials', 'what', 'why', 'how', 'who', 'according', 'since', 'under',
  'to', 'of', 'about', 'instead', 'now', 'then', 'here', 'such', 'other', 'another', 'each', 'no',
]);

/** Words after "a.m." / "p.m." that continue the sentence. */
export const TIME_CONTINUATIONS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'et', 'est', 'edt',
  'pt', 'pst', 'pdt', 'ct', 'gmt', 'utc', 'bst', 'kst', 'jst', 'local', 'seoul', 'today', 'tomorrow',
  'yesterday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december',
]);

/**
 * Content terms of a sentence for overlap scoring. English: lower-cased words without stop words,
 * with a light plural/possessive fold. Korean: character bigrams inside each word, which match a
 * stem whatever particle or ending is attached ("국방부는" / "국방부가" share "국방", "방부").
 */

/**
 * Scoring tokens: runs of letters/digits, with digits and Hangul split apart ("14일" → "14", "일")
 * as Intl.Segmenter's word mode does for en/ko. Same tokens in practice as words(), at about 1/60
 * of the cost (words() takes 1–2 ms on a 3,500-character article, most of the key-facts budget).
 */
const SCORING_TOKEN = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

export function scoringWords(sentence: string): string[] {
  return sentence.match(SCORING_TOKEN) ?? [];
}

const EN_STOP = new Set(
  ('a an the and or but if of to in on at by for with from as into about over after before under ' +
    'between through during without within than then so such that this these those there here is are was ' +
    'were be been being am do does did done have has had having will would shall should can could may ' +
    'might must not no nor it its it\'s he him his she her hers they them their theirs we us our you your i ' +
    'me my mine who whom whose which what when where why how all any both each few more most other some ' +
    'own same too very just also only up down out off again further once said says say told according ' +
    'mr mrs ms one two new year years last first time like get got s t').split(' '),
);

/** True when the language tag is Korean. */
export const isKorean = (lang: string | null): boolean => (lang ?? '').toLowerCase().startsWith('ko');

/** Letters a text must have before it may overrule the page's declared language. */
const OVERRULE_MIN = 200;

/**
 * Language of `text`: the tag, unless the text plainly says otherwise, and Hangul means Korean when
 * the tag is missing. Templates declare a language their articles are not in (a Korean article under
 * lang="en", an English edition under lang="ko"), and the key facts, the glance and the voice read
 * aloud all go by this answer.
 */
export function effectiveLang(lang: string | null, text: string): string {
  let hangul = 0, latin = 0;
  for (let i = 0, n = Math.min(text.length, 2000); i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xac00 && c <= 0xd7a3) hangul++;
    else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
  }
  const looksKorean = hangul > latin / 3;
  if (!lang) return looksKorean ? 'ko' : 'en';
  if (!isKorean(lang) && looksKorean && hangul >= OVERRULE_MIN) return 'ko';
  if (isKorean(lang) && hangul * 20 < latin && latin >= OVERRULE_MIN) return 'en';
  return lang;
}

function foldEnglish(word: string): string {
  let w = word.toLowerCase();
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2); // possessive
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  return w;
}

/** Content terms of a sentence already split by words(). */
export function termsOfWords(sentenceWords: string[], lang: string): string[] {
  const out: string[] = [];
  if (isKorean(lang)) {
    for (const word of sentenceWords) {
      const chars = Array.from(word.toLowerCase());
      if (/^[\d.,]+$/.test(word)) { out.push(word); continue; }
      if (chars.length === 1) continue;
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
    }
    return out;
  }
  for (const word of sentenceWords) {
    const folded = foldEnglish(word);
    if (folded.length < 2 && !/\d/.test(folded)) continue;
    if (EN_STOP.has(folded)) continue;
    out.push(folded);
  }
  return out;
}

export type TermVector = Map<string, number>;

/** TF-IDF vectors (idf over the article's own sentences), L2-normalised. */
export function tfidfVectors(termLists: string[][]): TermVector[] {
  // Term counts first; a term's document frequency is the number of sentences whose counts hold it.
  const counts = termLists.map((terms) => {
    const vec: TermVector = new Map();
    for (const t of terms) vec.set(t, (vec.get(t) ?? 0) + 1);
    return vec;
  });
  const df = new Map<string, number>();
  for (const vec of counts) for (const t of vec.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = termLists.length;
  return counts.map((vec) => {
    let norm = 0;
    for (const [t, tf] of vec) {
      const w = (1 + Math.log(tf)) * Math.log(1 + n / (df.get(t) ?? 1));
      vec.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of vec) vec.set(t, w / norm);
    return vec;
  });
}

export function cosine(a: TermVector, b: TermVector): number {
  if (a.size > b.size) [a, b] = [b, a];
  let dot = 0;
  for (const [t, w] of a) {
    const v = b.get(t);
    if (v !== undefined) dot += w * v;
  }
  return dot;
}

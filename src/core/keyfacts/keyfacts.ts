/**
 * Key facts: 3–5 sentences quoted verbatim, chosen by a lead-aware score (position, centrality,
 * title overlap, numbers and names, length and shape) with maximal-marginal-relevance selection
 * against redundancy, returned in article order. Deterministic; no model, no network.
 */
import type { KeyFact } from '../types';
import { sentences } from '../text';
import { leadingMatterLength, sentenceShape, type SentenceShape } from './clean';
import { localCentrality, pairwiseCentrality, sumVectors } from './centrality';
import { cosine, effectiveLang, isKorean, scoringWords, termsOfWords, tfidfVectors, type TermVector } from './terms';
import { DEFAULT_WEIGHTS, type KeyFactsWeights } from './weights';

export { DEFAULT_WEIGHTS, type KeyFactsWeights } from './weights';

export interface KeyFactsInput {
  title: string;
  textContent: string;
  lang: string | null;
  publishedTime?: string | null;
}

export interface KeyFactsOptions {
  /** Fixed number of facts (clamped to 1..5); default grows with article length (3–5). */
  count?: number;
  weights?: Partial<KeyFactsWeights>;
}


/** Only this much text is read: news articles are far shorter, and the cost must stay bounded. */
const MAX_CHARS = 30_000;
const MAX_SENTENCES = 300;

interface Candidate {
  index: number;
  text: string;
  shape: SentenceShape;
  vector: TermVector;
  score: number;
}

/** The article's key facts (see module comment). Empty text gives no facts. */
export function keyFacts(input: KeyFactsInput, options: KeyFactsOptions = {}): KeyFact[] {
  const text = input.textContent ?? '';
  if (!text.trim()) return [];
  const lang = effectiveLang(input.lang, text);
  const korean = isKorean(lang);
  const weights = { ...DEFAULT_WEIGHTS, ...options.weights };

  let all = sentences(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text, lang);
  if (text.length > MAX_CHARS) all = all.slice(0, -1); // the cut may have split the last one
  all = all.slice(0, MAX_SENTENCES);

  const quotable = all.map((s) => s.slice(leadingMatterLength(s)));
  const wordLists = quotable.map(scoringWords);
  const termLists = wordLists.map((w) => termsOfWords(w, lang));
  const vectors = tfidfVectors([...termLists, termsOfWords(scoringWords(input.title ?? ''), lang)]);
  const titleVector = vectors[vectors.length - 1];
  const centroid = sumVectors(vectors.slice(0, -1));

  const candidates: Candidate[] = [];
  const titleKey = comparable(input.title ?? '');
  quotable.forEach((q, index) => {
    const shape = sentenceShape(q, wordLists[index].length, korean);
    if (shape.junk || (titleKey && !keepsMoreThan(q, titleKey.length) && comparable(q) === titleKey)) return; // junk, or the headline left in the body
    candidates.push({ index, text: q, shape, vector: vectors[index], score: 0 });
  });
  if (!candidates.length) return [];

  const pairwise = weights.pairwise ? pairwiseCentrality(candidates) : null;
  const local = weights.localPair ? localCentrality(candidates, 15) : null;
  candidates.forEach((c, rank) => {
    c.score = scoreCandidate(c, rank, centroid, titleVector, korean, weights);
    if (pairwise) c.score += weights.pairwise * pairwise[rank];
    if (local) c.score += weights.localPair * local[rank];
    if (weights.ledeSim && rank > 0) c.score += weights.ledeSim * cosine(c.vector, candidates[0].vector);
  });
  const count = options.count ? Math.max(1, Math.min(5, options.count)) : defaultCount(candidates.length, weights, korean);
  let chosen = selectMmr(candidates, count, weights.mmrLambda);
  if (weights.wordBudget && !options.count) chosen = withinBudget(chosen, weights.wordBudget);
  return chosen
    .sort((a, b) => a.index - b.index)
    .map((c) => ({ text: c.text, sentenceIndex: c.index }));
}

const comparable = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * True when comparable(s) is surely longer than `limit`, counted without building it: every ASCII
 * letter or digit and every Hangul syllable of `s` stays one character of it. Most sentences are
 * longer than the title by this count alone and skip comparable(), whose lower-casing and Unicode
 * replace took an eighth of keyFacts() in Chromium.
 */
function keepsMoreThan(s: string, limit: number): boolean {
  let kept = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const asciiLetterOrDigit = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if ((asciiLetterOrDigit || (c >= 0xac00 && c <= 0xd7a3)) && ++kept > limit) return true;
  }
  return false;
}

/**
 * 3 facts, 4 from `fourFrom` usable sentences, 5 from `fiveFrom` (English at most `maxFactsEn`);
 * fewer when the article has fewer sentences.
 */
function defaultCount(usable: number, w: KeyFactsWeights, korean: boolean): number {
  if (usable < w.threeFrom) return Math.min(usable, Math.max(1, Math.ceil(usable / 2)));
  const count = usable >= w.fiveFrom ? 5 : usable >= w.fourFrom ? 4 : 3;
  return korean ? count : Math.min(count, w.maxFactsEn);
}

/**
 * The facts in selection order up to the first that reaches `budget` words (at least two):
 * ROUGE F1 against a reference of about 45 words is hurt by a third 30-word sentence once the first
 * two already run past ~65 words. Off by default: it gives two facts on some articles.
 */
function withinBudget(chosen: Candidate[], budget: number): Candidate[] {
  let words = 0;
  let keep = 0;
  while (keep < chosen.length && (keep < 2 || words < budget)) words += chosen[keep++].shape.wordCount;
  return chosen.slice(0, keep);
}

function scoreCandidate(
  c: Candidate, rank: number, centroid: TermVector, titleVector: TermVector, korean: boolean,
  w: KeyFactsWeights,
): number {
  const { shape } = c;
  let score = w.lead * Math.exp(-rank / (korean ? w.koLeadDecay : w.leadDecay)) - w.posLog * Math.log(1 + rank);
  score -= w.perWord * shape.wordCount;
  score += w.centrality * cosine(c.vector, centroid);
  if (titleVector.size) score += w.title * cosine(c.vector, titleVector);
  if (/\d/.test(c.text)) score += w.numbers;
  if (!korean) {
    const capitalised = c.text.slice(1).match(/\b\p{Lu}\p{Ll}+/gu)?.length ?? 0;
    score += w.names * Math.min(1, capitalised / 4);
  }
  const minWords = korean ? 5 : 8;
  if (shape.wordCount < minWords) score -= w.shortPenalty * (1 - shape.wordCount / minWords);
  const maxWords = korean ? w.idealMaxWords * 0.7 : w.idealMaxWords;
  if (shape.wordCount > maxWords) score -= w.longPenalty * Math.min(1, (shape.wordCount - maxWords) / maxWords);
  if (shape.quoteFirst) score -= w.quotePenalty;
  if (shape.question) score -= w.questionPenalty;
  if (shape.dependentOpener) score -= w.openerPenalty;
  if (rank === 0 && shape.teaserOpener) score -= w.teaserPenalty;
  if (!shape.predicateEnd) score -= korean ? w.noPredicatePenalty : w.noTerminalPenalty;
  return score;
}

/** Maximal marginal relevance: best score, discounted by similarity to facts already chosen. */
function selectMmr(candidates: Candidate[], count: number, lambda: number): Candidate[] {
  const top = Math.max(...candidates.map((c) => c.score));
  const bottom = Math.min(...candidates.map((c) => c.score));
  const range = top - bottom || 1;
  const chosen: Candidate[] = [];
  const left = new Set(candidates);
  // Each candidate's highest similarity to the facts chosen so far, raised as each fact is chosen
  // (so each pair's cosine is computed once, not again in every later round).
  const redundancy = new Map<Candidate, number>(candidates.map((c) => [c, 0]));
  while (chosen.length < count && left.size) {
    let best: Candidate | null = null;
    let bestValue = -Infinity;
    for (const c of left) {
      const value = lambda * ((c.score - bottom) / range) - (1 - lambda) * redundancy.get(c)!;
      if (value > bestValue) { bestValue = value; best = c; }
    }
    chosen.push(best!);
    left.delete(best!);
    if (chosen.length < count) {
      for (const c of left) redundancy.set(c, Math.max(redundancy.get(c)!, cosine(c.vector, best!.vector)));
    }
  }
  return chosen;
}

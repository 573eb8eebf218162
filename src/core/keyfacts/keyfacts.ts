/**
 * Key facts: 3–5 sentences quoted verbatim, chosen by a lead-aware score (position, centrality,
 * title overlap, numbers and names, length and shape) with maximal-marginal-relevance selection
 * against redundancy, returned in article order. Deterministic; no model, no network.
 */
import type { KeyFact } from '../types';
import { sentences } from '../text';
import { leadingMatterLength, sentenceShape, type SentenceShape } from './clean';
import { cosine, effectiveLang, isKorean, scoringWords, termsOfWords, tfidfVectors, type TermVector } from './terms';

export interface KeyFactsInput {
  title: string;
  textContent: string;
  lang: string | null;
  publishedTime?: string | null;
}

export interface KeyFactsWeights {
  lead: number; leadDecay: number; posLog: number; localPair: number; perWord: number; ledeSim: number; centrality: number; pairwise: number; title: number; numbers: number; names: number;
  shortPenalty: number; longPenalty: number; idealMaxWords: number; quotePenalty: number;
  questionPenalty: number; noPredicatePenalty: number; noTerminalPenalty: number; openerPenalty: number; mmrLambda: number;
  /** Usable sentences from which 4, then 5 facts are given. */
  fourFrom: number; fiveFrom: number;
  /** Below this many usable sentences an article is very short and gets fewer than 3 facts. */
  threeFrom: number;
}

export interface KeyFactsOptions {
  /** Fixed number of facts (clamped to 1..5); default grows with article length (3–5). */
  count?: number;
  weights?: Partial<KeyFactsWeights>;
}

export const DEFAULT_WEIGHTS: KeyFactsWeights = {
  lead: 1.0, leadDecay: 4, posLog: 0, localPair: 0, perWord: 0, ledeSim: 0, centrality: 0.6, pairwise: 0, title: 0.4, numbers: 0.05, names: 0.1,
  shortPenalty: 0.5, longPenalty: 0.3, idealMaxWords: 35, quotePenalty: 0.15,
  questionPenalty: 0.5, noPredicatePenalty: 0.6, noTerminalPenalty: 0.8, openerPenalty: 0, mmrLambda: 0.75, fourFrom: 30, fiveFrom: 50, threeFrom: 4,
};

/** Only this much text is read: news articles are far shorter, and the cost must stay bounded. */
const MAX_CHARS = 100_000;
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
    if (titleKey && comparable(q) === titleKey) return; // the headline left in the body
    if (!shape.junk) candidates.push({ index, text: q, shape, vector: vectors[index], score: 0 });
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
  const count = options.count ? Math.max(1, Math.min(5, options.count)) : defaultCount(candidates.length, weights);
  return selectMmr(candidates, count, weights.mmrLambda)
    .sort((a, b) => a.index - b.index)
    .map((c) => ({ text: c.text, sentenceIndex: c.index }));
}

const comparable = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** 3 facts, 4 from `fourFrom` usable sentences, 5 from `fiveFrom`; fewer when the article has fewer sentences. */
function defaultCount(usable: number, w: KeyFactsWeights): number {
  if (usable < w.threeFrom) return Math.min(usable, Math.max(1, Math.ceil(usable / 2)));
  return usable >= w.fiveFrom ? 5 : usable >= w.fourFrom ? 4 : 3;
}

/** TextRank-lite: mean similarity to the other usable sentences (first 150), scaled to 0..1. */
function pairwiseCentrality(candidates: Candidate[]): number[] {
  const pool = candidates.slice(0, 150);
  const sums = candidates.map((c) => {
    let sum = 0;
    for (const other of pool) if (other !== c) sum += cosine(c.vector, other.vector);
    return sum;
  });
  const top = Math.max(...sums) || 1;
  return sums.map((s) => s / top);
}

/** Mean similarity to the other sentences of the opening (first `window` usable ones). */
function localCentrality(candidates: Candidate[], window: number): number[] {
  const pool = candidates.slice(0, window);
  return candidates.map((c) => {
    let sum = 0;
    for (const other of pool) if (other !== c) sum += cosine(c.vector, other.vector);
    return sum / Math.max(1, pool.length - 1);
  });
}

function sumVectors(vectors: TermVector[]): TermVector {
  const sum: TermVector = new Map();
  for (const v of vectors) for (const [t, w] of v) sum.set(t, (sum.get(t) ?? 0) + w);
  let norm = 0;
  for (const w of sum.values()) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  for (const [t, w] of sum) sum.set(t, w / norm);
  return sum;
}

function scoreCandidate(
  c: Candidate, rank: number, centroid: TermVector, titleVector: TermVector, korean: boolean,
  w: KeyFactsWeights,
): number {
  const { shape } = c;
  let score = w.lead * Math.exp(-rank / w.leadDecay) - w.posLog * Math.log(1 + rank);
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
  while (chosen.length < count && left.size) {
    let best: Candidate | null = null;
    let bestValue = -Infinity;
    for (const c of left) {
      let redundancy = 0;
      for (const s of chosen) redundancy = Math.max(redundancy, cosine(c.vector, s.vector));
      const value = lambda * ((c.score - bottom) / range) - (1 - lambda) * redundancy;
      if (value > bestValue) { bestValue = value; best = c; }
    }
    chosen.push(best!);
    left.delete(best!);
  }
  return chosen;
}

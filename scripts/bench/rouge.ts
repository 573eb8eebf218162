/**
 * ROUGE for the key-facts bench. Tokenization (defined here, used for every figure we print):
 * maximal runs of Unicode letters and digits, lower-cased (/[\p{L}\p{N}]+/gu). No stemming, no
 * stop-word removal. For Korean, whose words carry particles ("국방부는" vs "국방부가"), we also
 * score character bigrams: the bigrams inside each token (a one-character token counts as itself).
 */

export interface RougeScore { p: number; r: number; f: number }
export interface RougeSet { rouge1: RougeScore; rouge2: RougeScore; rougeL: RougeScore; charBigram: RougeScore }

export function rougeTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function charBigrams(tokens: string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const chars = Array.from(token);
    if (chars.length === 1) out.push(token);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  }
  return out;
}

function ngrams(tokens: string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= tokens.length; i++) out.push(tokens.slice(i, i + n).join('\u0001'));
  return out;
}

function score(overlap: number, candidate: number, reference: number): RougeScore {
  const p = candidate ? overlap / candidate : 0;
  const r = reference ? overlap / reference : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Clipped multiset overlap of two bags. */
function bagOverlap(candidate: string[], reference: string[]): RougeScore {
  const counts = new Map<string, number>();
  for (const g of reference) counts.set(g, (counts.get(g) ?? 0) + 1);
  let overlap = 0;
  for (const g of candidate) {
    const c = counts.get(g) ?? 0;
    if (c > 0) { overlap++; counts.set(g, c - 1); }
  }
  return score(overlap, candidate.length, reference.length);
}

function lcsLength(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Reference: one string, or a list of sentences (joined with spaces). Summary-level LCS. */
export function rouge(candidate: string | string[], reference: string | string[]): RougeSet {
  const cand = rougeTokens(Array.isArray(candidate) ? candidate.join(' ') : candidate);
  const ref = rougeTokens(Array.isArray(reference) ? reference.join(' ') : reference);
  return {
    rouge1: bagOverlap(cand, ref),
    rouge2: bagOverlap(ngrams(cand, 2), ngrams(ref, 2)),
    rougeL: score(lcsLength(cand, ref), cand.length, ref.length),
    charBigram: bagOverlap(charBigrams(cand), charBigrams(ref)),
  };
}

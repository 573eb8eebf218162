/** Centrality measures over TF-IDF sentence vectors. */
import { cosine, type TermVector } from './terms';

/** TextRank-lite: mean similarity to the other usable sentences (first 150), scaled to 0..1. */
export function pairwiseCentrality(candidates: { vector: TermVector }[]): number[] {
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
export function localCentrality(candidates: { vector: TermVector }[], window: number): number[] {
  const pool = candidates.slice(0, window);
  return candidates.map((c) => {
    let sum = 0;
    for (const other of pool) if (other !== c) sum += cosine(c.vector, other.vector);
    return sum / Math.max(1, pool.length - 1);
  });
}

export function sumVectors(vectors: TermVector[]): TermVector {
  const sum: TermVector = new Map();
  for (const v of vectors) for (const [t, w] of v) sum.set(t, (sum.get(t) ?? 0) + w);
  let norm = 0;
  for (const w of sum.values()) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  for (const [t, w] of sum) sum.set(t, w / norm);
  return sum;
}


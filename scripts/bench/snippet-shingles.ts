/**
 * The article-extraction-benchmark metric adapted to extraction-dev, whose truth is snippets, not
 * full texts. Tokens: Unicode \w+ runs (letters, marks, digits, connector punctuation); shingles of
 * 4 tokens (a shorter snippet is one shingle). Per page:
 *   recall    = shingles of the `with` snippets found in the prediction / all `with` shingles
 *   precision = `with` shingles found / (`with` + `without` shingles found in the prediction)
 * (only annotated text can be judged: a found `without` shingle is a false positive, a found
 * `with` shingle a true one). Both are averaged over pages; F1 comes from the averages.
 * A page whose prediction contains no annotated shingle scores precision 0 (1 if it has no
 * `with` snippets).
 */
const tokens = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{M}\p{N}\p{Pc}]+/gu) ?? [];

function shingleSet(text: string, n = 4): Set<string> {
  const t = tokens(text);
  const out = new Set<string>();
  if (!t.length) return out;
  for (let i = 0; i < Math.max(1, t.length - n + 1); i++) out.add(t.slice(i, i + n).join(' '));
  return out;
}

export interface SnippetShingleFigures { pages: number; precision: number; recall: number; f1: number }

export function snippetShingleScore(pages: { with: string[]; without: string[] }[], predicted: string[]): SnippetShingleFigures {
  let pSum = 0, rSum = 0;
  pages.forEach((page, i) => {
    const pred = shingleSet(predicted[i] ?? '');
    const good = new Set(page.with.flatMap((s) => [...shingleSet(s)]));
    const bad = new Set(page.without.flatMap((s) => [...shingleSet(s)].filter((k) => !good.has(k))));
    let tp = 0, fp = 0;
    for (const k of good) if (pred.has(k)) tp++;
    for (const k of bad) if (pred.has(k)) fp++;
    rSum += good.size ? tp / good.size : 1;
    pSum += tp + fp ? tp / (tp + fp) : good.size ? 0 : 1;
  });
  const n = pages.length || 1;
  const precision = pSum / n, recall = rSum / n;
  return { pages: pages.length, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

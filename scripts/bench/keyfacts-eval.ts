/**
 * Key-facts evaluation on the summaries dev set (../shared/corpus/summaries/{en,ko}.jsonl):
 * ROUGE-1/2/L F1 (and a Korean character-bigram F1) of keyFacts() next to Lead-3 (the first three
 * sentences from our segmenter), the share of facts quoted verbatim, and keyFacts() time per article.
 *
 * Importable (evaluateKeyFacts) by the bench, or runnable by itself:
 *   npx esbuild scripts/bench/keyfacts-eval.ts --bundle --platform=node --format=esm --packages=external \
 *     --outfile=/tmp/keyfacts-eval.mjs && node /tmp/keyfacts-eval.mjs [--weights JSON] [--count N] [--show ID] [--halves]
 * --halves adds the R1 delta over Lead-3 on each half of the set (split by a hash of the id), so a
 * change can be kept only when it helps on both halves, not just on the whole 50.
 * It runs only when the script's file name contains "keyfacts-eval", so a bench that bundles and
 * imports it never triggers the command-line run. Corpus: $LEDE_CORPUS or ../shared/corpus.
 */
import fs from 'node:fs';
import path from 'node:path';
import { keyFacts, type KeyFactsOptions } from '../../src/core/keyfacts';
import { sentences } from '../../src/core/text';
import { rouge, type RougeSet } from './rouge';

export interface SummaryItem { id: string; title: string; text: string; reference: string | string[]; lang?: string }

export interface SystemFigures { rouge1: number; rouge2: number; rougeL: number; charBigram: number; meanWords: number }

export interface LangFigures {
  lang: string;
  articles: number;
  lede: SystemFigures;
  lead3: SystemFigures;
  /** Facts that are verbatim substrings of the text / all facts. */
  verbatim: { ok: number; total: number };
  /** keyFacts() per article, milliseconds. */
  medianMs: number;
  p95Ms: number;
}

export function loadSummaries(corpusDir: string, lang: string): SummaryItem[] {
  const file = path.join(corpusDir, 'summaries', `${lang}.jsonl`);
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

export function lead3(text: string, lang: string): string[] {
  return sentences(text, lang).slice(0, 3);
}

function average(sets: RougeSet[], wordCounts: number[]): SystemFigures {
  const mean = (f: (s: RougeSet) => number) => (100 * sets.reduce((a, s) => a + f(s), 0)) / (sets.length || 1);
  return {
    rouge1: mean((s) => s.rouge1.f), rouge2: mean((s) => s.rouge2.f), rougeL: mean((s) => s.rougeL.f),
    charBigram: mean((s) => s.charBigram.f),
    meanWords: wordCounts.reduce((a, b) => a + b, 0) / (wordCounts.length || 1),
  };
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : 0;
};

export function evaluateLang(items: SummaryItem[], lang: string, options: KeyFactsOptions = {}): LangFigures {
  const ledeSets: RougeSet[] = [];
  const leadSets: RougeSet[] = [];
  const ledeWords: number[] = [];
  const leadWords: number[] = [];
  const times: number[] = [];
  const verbatim = { ok: 0, total: 0 };
  for (const item of items) {
    const input = { title: item.title ?? '', textContent: item.text, lang };
    keyFacts(input, options); // warm-up so the timing measures steady state, not first-call JIT
    const t0 = performance.now();
    const facts = keyFacts(input, options);
    times.push(performance.now() - t0);
    for (const f of facts) { verbatim.total++; if (item.text.includes(f.text)) verbatim.ok++; }
    const ours = facts.map((f) => f.text);
    const lead = lead3(item.text, lang);
    ledeSets.push(rouge(ours, item.reference));
    leadSets.push(rouge(lead, item.reference));
    ledeWords.push(ours.join(' ').split(/\s+/).length);
    leadWords.push(lead.join(' ').split(/\s+/).length);
  }
  return {
    lang, articles: items.length, lede: average(ledeSets, ledeWords), lead3: average(leadSets, leadWords),
    verbatim, medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95),
  };
}

/** Figures for en and ko. `corpusDir` is ../shared/corpus (or $LEDE_CORPUS). */
export function evaluateKeyFacts(corpusDir: string, options: KeyFactsOptions = {}): LangFigures[] {
  return ['en', 'ko'].map((lang) => evaluateLang(loadSummaries(corpusDir, lang), lang, options));
}

export function formatFigures(figures: LangFigures[]): string {
  const row = (name: string, f: SystemFigures) =>
    `  ${name.padEnd(8)} R1 ${f.rouge1.toFixed(2)}  R2 ${f.rouge2.toFixed(2)}  RL ${f.rougeL.toFixed(2)}  ` +
    `charBigram ${f.charBigram.toFixed(2)}  words ${f.meanWords.toFixed(1)}`;
  return figures.map((g) => [
    `key facts ${g.lang} (${g.articles} articles)`,
    row('Lede', g.lede), row('Lead-3', g.lead3),
    `  delta    R1 ${(g.lede.rouge1 - g.lead3.rouge1).toFixed(2)}  charBigram ${(g.lede.charBigram - g.lead3.charBigram).toFixed(2)}`,
    `  verbatim ${g.verbatim.ok}/${g.verbatim.total}  keyFacts median ${g.medianMs.toFixed(2)} ms  p95 ${g.p95Ms.toFixed(2)} ms`,
  ].join('\n')).join('\n');
}

/** Half 0 or 1 of the dev set: FNV-1a hash of the id, so the split does not follow file order. */
export function halfOf(id: string): 0 | 1 {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return ((h >>> 0) & 1) as 0 | 1;
}

/** One line per language: R1 delta over Lead-3 on all articles and on each half. */
function formatHalves(corpus: string, options: KeyFactsOptions): string {
  return ['en', 'ko'].map((lang) => {
    const items = loadSummaries(corpus, lang);
    const delta = (subset: SummaryItem[]) => {
      const g = evaluateLang(subset, lang, options);
      return `${(g.lede.rouge1 - g.lead3.rouge1).toFixed(2)} (R1 ${g.lede.rouge1.toFixed(2)}, n=${subset.length})`;
    };
    return `${lang} R1 delta: all ${delta(items)}  half0 ${delta(items.filter((i) => halfOf(i.id) === 0))}  ` +
      `half1 ${delta(items.filter((i) => halfOf(i.id) === 1))}`;
  }).join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const arg = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  const options: KeyFactsOptions = {};
  if (arg('--weights')) options.weights = JSON.parse(arg('--weights')!);
  if (arg('--count')) options.count = Number(arg('--count'));
  const corpus = process.env.LEDE_CORPUS ?? path.resolve(process.cwd(), '../shared/corpus');
  const show = arg('--show');
  if (show) {
    for (const lang of ['en', 'ko']) {
      for (const item of loadSummaries(corpus, lang)) {
        if (show !== 'all' && !item.id.includes(show)) continue;
        const facts = keyFacts({ title: item.title, textContent: item.text, lang }, options);
        const r = rouge(facts.map((f) => f.text), item.reference).rouge1.f;
        const l = rouge(lead3(item.text, lang), item.reference).rouge1.f;
        console.log(`## ${item.id} R1 ${(100 * r).toFixed(1)} lead3 ${(100 * l).toFixed(1)}`);
        for (const f of facts) console.log(`  [${f.sentenceIndex}] ${f.text}`);
        console.log(`  REF: ${JSON.stringify(item.reference)}`);
      }
    }
    return;
  }
  console.log(args.includes('--halves') ? formatHalves(corpus, options) : formatFigures(evaluateKeyFacts(corpus, options)));
}

if (/keyfacts-eval/.test(path.basename(process.argv[1] ?? ''))) main();

/**
 * Extraction evaluation on ../shared/corpus/extraction-dev (snippet P/R/F as its README defines)
 * for Lede's extractArticle() next to plain Readability.parse(), plus the
 * article-extraction-benchmark metric (implemented here as `shingleScore`).
 *
 * Importable (evaluateExtractionDev, shingleScore) by the bench, or runnable by itself:
 *   npx esbuild scripts/bench/extraction-dev.ts --bundle --platform=node --format=esm --packages=external \
 *     --outfile=/tmp/extraction-dev.mjs && LEDE_CORPUS=../shared/corpus node /tmp/extraction-dev.mjs [--diff] [--json]
 *
 * Shingle metric (article-extraction-benchmark): tokens are Unicode `\w+` runs (letters, marks,
 * digits, connector punctuation); shingles of 4 consecutive tokens (a text shorter than 4 tokens is
 * one shingle); per page, precision = |pred ∩ truth| / |pred| and recall = |pred ∩ truth| / |truth|
 * over shingle multisets; both averaged over pages; F1 from the averages. An empty prediction
 * scores precision 1 if the truth is empty, else 0 (and recall 0).
 * Where it is applied: the readability-test-pages, with Readability's own expected.html as the
 * reference. That measures agreement with Readability's output, not quality: the held-out news set
 * the issue names is not available here, and extraction-dev has snippets, not full texts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../src/core/extract';
import { parsePage, settle } from './jsdom-pages';

export interface DevPage { url: string; file: string; with: string[]; without: string[]; extractUrl: string }
export interface SnippetFigures { pages: number; precision: number; recall: number; accuracy: number; f: number; tp: number; fn: number; fp: number; tn: number }
export interface ShingleFigures { pages: number; precision: number; recall: number; f1: number }

const norm = (s: string | null | undefined): string => String(s ?? '').replace(/\s+/g, ' ').trim();

export function snippetScore(pages: DevPage[], texts: string[]): SnippetFigures {
  let tp = 0, fn = 0, fp = 0, tn = 0;
  pages.forEach((p, i) => {
    const t = norm(texts[i]);
    for (const s of p.with) if (t.includes(norm(s))) tp++; else fn++;
    for (const s of p.without) if (t.includes(norm(s))) fp++; else tn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { pages: pages.length, precision, recall, accuracy: (tp + tn) / (tp + fn + fp + tn || 1), f: 2 * tp / (2 * tp + fp + fn || 1), tp, fn, fp, tn };
}

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(/[\p{L}\p{M}\p{N}\p{Pc}]+/gu) ?? [];
  const out = new Map<string, number>();
  if (!tokens.length) return out;
  const count = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < count; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** The article-extraction-benchmark score of predicted texts against reference texts. */
export function shingleScore(predicted: string[], truth: string[]): ShingleFigures {
  let pSum = 0, rSum = 0;
  predicted.forEach((pred, i) => {
    const a = shingles(pred), b = shingles(truth[i]);
    let inter = 0, aSize = 0, bSize = 0;
    for (const [k, c] of a) { aSize += c; inter += Math.min(c, b.get(k) ?? 0); }
    for (const c of b.values()) bSize += c;
    pSum += aSize ? inter / aSize : bSize ? 0 : 1;
    rSum += bSize ? inter / bSize : 1;
  });
  const n = predicted.length || 1;
  const precision = pSum / n, recall = rSum / n;
  return { pages: predicted.length, precision, recall, f1: precision + recall ? 2 * precision * recall / (precision + recall) : 0 };
}

/** Parses html at url (scripts off, CSS errors silenced), runs `read`, closes the window. */
async function timed(html: string, url: string, read: (doc: Document) => string): Promise<{ text: string; ms: number }> {
  const dom = parsePage(html, url);
  await settle();
  const t0 = performance.now();
  let text = '';
  try { text = read(dom.window.document); } catch { text = ''; }
  const ms = performance.now() - t0;
  dom.window.close();
  return { text, ms };
}

const plainText = (html: string, url: string) => timed(html, url, (doc) => new Readability(doc).parse()?.textContent ?? '');
// The document was parsed for this run only, as in the extension (serialized page parsed in an
// extension page), so Lede may work on it in place like Readability does.
const ledeText = (html: string, url: string) => timed(html, url, (doc) => extractArticle(doc, url, { disposable: true })?.textContent ?? '');

export interface ExtractionDevResult {
  lede: SnippetFigures; plain: SnippetFigures; ledeMs: number; plainMs: number;
  perPage: { file: string; ledeTp: number; plainTp: number; ledeFp: number; plainFp: number }[];
  testPages: { lede: ShingleFigures; plain: ShingleFigures };
}

export async function evaluateExtractionDev(corpusDir: string, options: { limit?: number; skipTestPages?: boolean } = {}): Promise<ExtractionDevResult> {
  const dir = path.join(corpusDir, 'extraction-dev');
  const pages: DevPage[] = (JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')) as DevPage[]).slice(0, options.limit ?? Infinity);
  const ledeTexts: string[] = [], plainTexts: string[] = [];
  let ledeMs = 0, plainMs = 0;
  for (const [i, page] of pages.entries()) {
    if (process.env.LEDE_BENCH_VERBOSE && i % 20 === 0) console.error(`${i} pages, heap ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB`);
    const html = fs.readFileSync(path.join(dir, page.file), 'utf8');
    const plain = await plainText(html, page.extractUrl);
    const lede = await ledeText(html, page.extractUrl);
    plainTexts.push(plain.text); ledeTexts.push(lede.text);
    plainMs += plain.ms; ledeMs += lede.ms;
  }
  const perPage = pages.map((p, i) => {
    const l = snippetScore([p], [ledeTexts[i]]), r = snippetScore([p], [plainTexts[i]]);
    return { file: p.file, ledeTp: l.tp, plainTp: r.tp, ledeFp: l.fp, plainFp: r.fp };
  });
  // Readability's own test pages: agreement with its expected output.
  const rtDir = path.join(corpusDir, 'readability-test-pages');
  const slugs = options.skipTestPages ? [] : fs.readdirSync(rtDir).filter((s) => fs.existsSync(path.join(rtDir, s, 'expected.html'))).sort();
  const truth: string[] = [], lede: string[] = [], plain: string[] = [];
  const url = 'http://fakehost/test/page.html';
  for (const slug of slugs) {
    const source = fs.readFileSync(path.join(rtDir, slug, 'source.html'), 'utf8');
    truth.push((await timed(fs.readFileSync(path.join(rtDir, slug, 'expected.html'), 'utf8'), url, (doc) => doc.body?.textContent ?? '')).text);
    lede.push((await ledeText(source, url)).text);
    plain.push((await plainText(source, url)).text);
  }
  return {
    lede: snippetScore(pages, ledeTexts), plain: snippetScore(pages, plainTexts), ledeMs, plainMs, perPage,
    testPages: { lede: shingleScore(lede, truth), plain: shingleScore(plain, truth) },
  };
}

const f3 = (x: number): string => x.toFixed(3);

async function main(): Promise<void> {
  const corpus = process.env.LEDE_CORPUS ?? path.resolve(process.cwd(), '../shared/corpus');
  const limitArg = process.argv.indexOf('--limit');
  const result = await evaluateExtractionDev(corpus, {
    limit: limitArg > 0 ? Number(process.argv[limitArg + 1]) : undefined,
    skipTestPages: process.argv.includes('--no-test-pages'),
  });
  if (process.argv.includes('--json')) { console.log(JSON.stringify(result)); return; }
  console.log('extraction-dev (snippets)   pages  P      R      F      TP  FN  FP  TN   time ms');
  for (const [name, s, ms] of [['Lede', result.lede, result.ledeMs], ['plain Readability', result.plain, result.plainMs]] as const) {
    console.log(`${name.padEnd(27)} ${String(s.pages).padEnd(6)} ${f3(s.precision)}  ${f3(s.recall)}  ${f3(s.f)}  ${s.tp} ${s.fn}  ${s.fp} ${s.tn}  ${ms.toFixed(0)}`);
  }
  const t = result.testPages;
  console.log(`readability-test-pages shingle agreement with expected.html: Lede P ${f3(t.lede.precision)} R ${f3(t.lede.recall)} F1 ${f3(t.lede.f1)}; plain P ${f3(t.plain.precision)} R ${f3(t.plain.recall)} F1 ${f3(t.plain.f1)} (${t.lede.pages} pages)`);
  if (process.argv.includes('--diff')) {
    for (const p of result.perPage) {
      if (p.ledeTp !== p.plainTp || p.ledeFp !== p.plainFp) console.log(`  ${p.file}: TP ${p.plainTp}→${p.ledeTp} FP ${p.plainFp}→${p.ledeFp}`);
    }
  }
}

if (process.argv[1] && /extraction-dev/.test(process.argv[1])) void main();

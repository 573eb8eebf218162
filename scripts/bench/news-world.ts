/**
 * news-world-dev (../shared/corpus/news-world-dev): body, title, date and authors of Lede's click
 * path next to plain Readability.parse(), scored as that set's README defines, on the whole set
 * and on each half (even / odd index), plus pages shown and fallbacks taken.
 *
 * Importable (evaluateNewsWorld, scoring helpers) by the bench, or runnable by itself:
 *   npx esbuild scripts/bench/news-world.ts --bundle --platform=node --format=esm --packages=external \
 *     --outfile=/tmp/news-world.mjs && node /tmp/news-world.mjs [--pages] [--json]
 */
import fs from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { readArticle } from '../../src/core/pipeline';
import { parsePage, settle } from './jsdom-pages';

export interface WorldPage {
  id: string; file: string; url: string; title: string; authors: string[]; published: string | null;
  summary: string[]; headlines: string[]; paragraphs: string[];
}

/** README tokens: runs of letters, marks and digits after NFKC, lower-cased; Han and kana one token per character. */
export function worldTokens(text: string): string[] {
  const runs = text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  const out: string[] = [];
  for (const run of runs) {
    for (const part of run.match(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|[^\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+/gu) ?? []) out.push(part);
  }
  return out;
}

function shingleCounts(tokens: string[], n = 4): Map<string, number> {
  const out = new Map<string, number>();
  if (!tokens.length) return out;
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const key = tokens.slice(i, i + n).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Per-page shingle precision and recall (an empty extraction scores 0 / 0). */
export function bodyScore(extracted: string, reference: string): { precision: number; recall: number } {
  const a = shingleCounts(worldTokens(extracted)), b = shingleCounts(worldTokens(reference));
  let inter = 0, aSize = 0, bSize = 0;
  for (const [k, c] of a) { aSize += c; inter += Math.min(c, b.get(k) ?? 0); }
  for (const c of b.values()) bSize += c;
  return { precision: aSize ? inter / aSize : 0, recall: aSize && bSize ? inter / bSize : 0 };
}

const squash = (s: string): string => s.normalize('NFKC').replace(/\s+/g, ' ').trim();

export const titleMatches = (got: string | null, want: string): boolean => !!got && squash(got) === squash(want);

/** The reference's minute; a reference without an offset is compared by its wall-clock minute. */
export function dateMatches(got: string | null, want: string | null): boolean {
  if (!want || !got) return false;
  const hasOffset = /(?:[+-]\d\d:?\d\d|Z)$/.test(want.trim());
  if (!hasOffset) return got.replace(' ', 'T').slice(0, 16) === want.replace(' ', 'T').slice(0, 16);
  const a = Date.parse(got), b = Date.parse(want.replace(' ', 'T'));
  return Number.isFinite(a) && Number.isFinite(b) && Math.floor(a / 60_000) === Math.floor(b / 60_000);
}

/** Share of the listed authors named in the byline (case-insensitive); a page that lists none scores 1 when the byline is empty. */
export function authorsShare(byline: string | null, authors: string[]): number {
  if (!authors.length) return byline ? 0 : 1;
  const have = (byline ?? '').toLowerCase();
  return authors.filter((a) => have.includes(a.toLowerCase())).length / authors.length;
}

export interface SideFigures {
  pages: number; shown: number; empty: number; precision: number; recall: number; f1: number;
  title: number; date: number; authors: number;
}
export interface PageRow {
  id: string; half: 0 | 1;
  lede: { precision: number; recall: number; title: boolean; date: boolean; authors: number; chars: number; view: string; fallback: string | null };
  plain: { precision: number; recall: number; title: boolean; date: boolean; authors: number; chars: number };
}

export function summarise(rows: PageRow[], side: 'lede' | 'plain'): SideFigures {
  const n = rows.length || 1;
  const precision = rows.reduce((s, r) => s + r[side].precision, 0) / n;
  const recall = rows.reduce((s, r) => s + r[side].recall, 0) / n;
  return {
    pages: rows.length,
    shown: rows.filter((r) => r[side].chars > 0 && (side === 'plain' || r.lede.view === 'article')).length,
    empty: rows.filter((r) => r[side].chars === 0).length,
    precision, recall, f1: precision + recall ? 2 * precision * recall / (precision + recall) : 0,
    title: rows.filter((r) => r[side].title).length,
    date: rows.filter((r) => r[side].date).length,
    authors: rows.reduce((s, r) => s + r[side].authors, 0),
  };
}

export async function evaluateNewsWorld(corpusDir: string): Promise<{ rows: PageRow[]; fallbacks: Record<string, number> }> {
  const dir = path.join(corpusDir, 'news-world-dev');
  const pages: WorldPage[] = (JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')) as { pages: WorldPage[] }).pages;
  const rows: PageRow[] = [];
  const fallbacks: Record<string, number> = {};
  for (const [i, page] of pages.entries()) {
    const html = fs.readFileSync(path.join(dir, 'html', page.file), 'utf8');
    const reference = [...page.summary, ...page.headlines, ...page.paragraphs].join('\n');

    let dom = parsePage(html, page.url);
    await settle();
    let plain: ReturnType<Readability['parse']> = null;
    try { plain = new Readability(dom.window.document).parse(); } catch { plain = null; }
    dom.window.close();

    dom = parsePage(html, page.url);
    await settle();
    let result: ReturnType<typeof readArticle> | null = null;
    try { result = readArticle(dom.window.document, page.url, { disposable: true, maxMs: 60_000 }); } catch { result = null; }
    dom.window.close();
    const article = result?.view === 'article' ? result.article : null;
    if (result?.fallback) fallbacks[result.fallback] = (fallbacks[result.fallback] ?? 0) + 1;

    const plainText = plain?.textContent ?? '';
    const ledeText = article?.textContent ?? '';
    rows.push({
      id: page.id, half: (i % 2) as 0 | 1,
      lede: {
        ...bodyScore(ledeText, reference), title: titleMatches(article?.title ?? null, page.title),
        date: dateMatches(article?.publishedTime ?? null, page.published), authors: authorsShare(article?.byline ?? null, page.authors),
        chars: ledeText.trim().length, view: result?.view ?? 'crash', fallback: result?.fallback ?? null,
      },
      plain: {
        ...bodyScore(plainText, reference), title: titleMatches(plain?.title ?? null, page.title),
        date: dateMatches(plain?.publishedTime ?? null, page.published), authors: authorsShare(plain?.byline ?? null, page.authors),
        chars: plainText.trim().length,
      },
    });
  }
  return { rows, fallbacks };
}

const f3 = (x: number): string => x.toFixed(3);
export const describeSide = (s: SideFigures): string =>
  `shown ${s.shown}/${s.pages}, empty ${s.empty}, P/R/F1 ${f3(s.precision)} / ${f3(s.recall)} / ${f3(s.f1)}, title ${s.title}, date ${s.date}, authors ${s.authors.toFixed(1)}`;

async function main(): Promise<void> {
  const corpus = process.env.LEDE_CORPUS ?? path.resolve(process.cwd(), '../shared/corpus');
  const { rows, fallbacks } = await evaluateNewsWorld(corpus);
  if (process.argv.includes('--json')) { console.log(JSON.stringify({ rows, fallbacks })); return; }
  for (const [name, part] of [['all', rows], ['half A (even)', rows.filter((r) => r.half === 0)], ['half B (odd)', rows.filter((r) => r.half === 1)]] as const) {
    console.log(`${name.padEnd(14)} Lede       ${describeSide(summarise(part, 'lede'))}`);
    console.log(`${''.padEnd(14)} Readability ${describeSide(summarise(part, 'plain'))}`);
  }
  console.log('fallbacks', JSON.stringify(fallbacks));
  if (process.argv.includes('--pages')) {
    for (const r of rows) {
      const l = r.lede, p = r.plain;
      console.log(`${r.id.padEnd(44)} R ${f3(l.recall)}/${f3(p.recall)} P ${f3(l.precision)}/${f3(p.precision)} chars ${l.chars}/${p.chars} ${l.view}${l.fallback ? ' fb:' + l.fallback : ''} t${+l.title}${+p.title} d${+l.date}${+p.date} a${l.authors.toFixed(1)}/${p.authors.toFixed(1)}`);
    }
  }
}

if (process.argv[1] && /news-world/.test(process.argv[1])) void main();

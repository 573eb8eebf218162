/**
 * Landmark pruning (src/core/extract/landmarks.ts) page by page: on every dev set, Lede's click
 * extraction with pruning and without, in jsdom, each on its own fresh parse. Prints elements
 * before and after pruning (median per page), body recall with and without (against each set's
 * reference: extraction-dev's snippets, news-world-dev's body, Readability's expected.html, the
 * corpus pages' first and last sentences), the pages where pruning lost recall, and the time of
 * both extractions.
 *
 * Importable by the bench, or runnable by itself:
 *   npx esbuild scripts/bench/landmark-pruning.ts --bundle --platform=node --format=esm --packages=external \
 *     --outfile=node_modules/.cache/dev/landmark-pruning.mjs && node --expose-gc node_modules/.cache/dev/landmark-pruning.mjs
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractPage } from '../../src/core/extract';
import { pruneLandmarks } from '../../src/core/extract/landmarks';
import { snippetScore, type DevPage } from './extraction-dev';
import { parsePage, settle } from './jsdom-pages';
import { bodyScore, type WorldPage } from './news-world';

interface Page { set: string; id: string; html: string; url: string; recall: (text: string) => number }

export interface PruningSet {
  set: string; pages: number; pruned: number;
  elementsBefore: number; elementsAfter: number;
  recallPruned: number; recallWhole: number;
  /** Pages where pruning lost recall: id, recall whole → pruned. */
  lost: { id: string; whole: number; pruned: number }[];
  /** Pages whose byline differs with pruning: id, byline whole → pruned. */
  bylines: { id: string; whole: string | null; pruned: string | null }[];
  prunedMs: number; wholeMs: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : 0;
};
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

function loadSets(corpus: string, limit: number): Page[][] {
  const devDir = path.join(corpus, 'extraction-dev');
  const dev = (JSON.parse(fs.readFileSync(path.join(devDir, 'index.json'), 'utf8')) as DevPage[]).slice(0, limit).map((p): Page => ({
    set: 'extraction-dev', id: p.file, html: fs.readFileSync(path.join(devDir, p.file), 'utf8'), url: p.extractUrl,
    recall: (text) => snippetScore([p], [text]).recall,
  }));
  const worldDir = path.join(corpus, 'news-world-dev');
  const world = (JSON.parse(fs.readFileSync(path.join(worldDir, 'index.json'), 'utf8')) as { pages: WorldPage[] }).pages.slice(0, limit).map((p): Page => {
    const reference = [...p.summary, ...p.headlines, ...p.paragraphs].join('\n');
    return { set: 'news-world-dev', id: p.id, html: fs.readFileSync(path.join(worldDir, 'html', p.file), 'utf8'), url: p.url, recall: (text) => bodyScore(text, reference).recall };
  });
  const rtDir = path.join(corpus, 'readability-test-pages');
  const rt = fs.readdirSync(rtDir).filter((s) => fs.existsSync(path.join(rtDir, s, 'expected.html'))).sort().slice(0, limit).map((slug): Page => {
    const expected = parsePage(fs.readFileSync(path.join(rtDir, slug, 'expected.html'), 'utf8'), 'http://fakehost/').window.document.body?.textContent ?? '';
    return { set: 'readability-test-pages', id: slug, html: fs.readFileSync(path.join(rtDir, slug, 'source.html'), 'utf8'), url: 'http://fakehost/test/page.html', recall: (text) => bodyScore(text, expected).recall };
  });
  const pagesDir = path.join(corpus, 'pages');
  type CorpusEntry = { file: string; url: string; isArticle: boolean; bytesEncoding: string; firstSentence?: string; lastSentence?: string };
  const corpusPages = (JSON.parse(fs.readFileSync(path.join(pagesDir, 'index.json'), 'utf8')) as CorpusEntry[])
    .filter((p) => p.isArticle && p.firstSentence && p.lastSentence).slice(0, limit).map((p): Page => ({
      set: 'corpus pages', id: p.file, url: p.url, html: new TextDecoder(p.bytesEncoding).decode(fs.readFileSync(path.join(pagesDir, p.file))),
      recall: (text) => {
        const t = squash(text);
        return [p.firstSentence!, p.lastSentence!].filter((s) => t.includes(squash(s))).length / 2;
      },
    }));
  return [dev, world, rt, corpusPages];
}

async function extractText(page: Page, prune: boolean): Promise<{ text: string; byline: string | null; ms: number }> {
  const dom = parsePage(page.html, page.url);
  await settle();
  const t0 = performance.now();
  let text = '', byline: string | null = null;
  try {
    const article = extractPage(dom.window.document, page.url, { disposable: true, maxMs: 60_000, pruneLandmarks: prune }).article;
    text = article?.textContent ?? '';
    byline = article?.byline ?? null;
  } catch { text = ''; }
  const ms = performance.now() - t0;
  dom.window.close();
  return { text, byline, ms };
}

export async function evaluateLandmarkPruning(corpus: string, limit = Infinity): Promise<PruningSet[]> {
  const out: PruningSet[] = [];
  for (const pages of loadSets(corpus, limit)) {
    if (!pages.length) continue;
    const before: number[] = [], after: number[] = [];
    const row: PruningSet = { set: pages[0].set, pages: pages.length, pruned: 0, elementsBefore: 0, elementsAfter: 0, recallPruned: 0, recallWhole: 0, lost: [], bylines: [], prunedMs: 0, wholeMs: 0 };
    for (const [i, page] of pages.entries()) {
      const dom = parsePage(page.html, page.url);
      const doc = dom.window.document;
      const count = doc.getElementsByTagName('*').length;
      const removed = pruneLandmarks(doc);
      dom.window.close();
      before.push(count); after.push(count - removed);
      if (removed) row.pruned++;
      // Alternate the order so neither side always runs on the warmer heap.
      const [a, b] = i % 2 ? [await extractText(page, true), await extractText(page, false)] : [null, null];
      const whole = b ?? await extractText(page, false);
      const pruned = a ?? await extractText(page, true);
      const rw = page.recall(whole.text), rp = page.recall(pruned.text);
      row.recallWhole += rw; row.recallPruned += rp;
      row.wholeMs += whole.ms; row.prunedMs += pruned.ms;
      if (rp < rw - 1e-9) row.lost.push({ id: page.id, whole: rw, pruned: rp });
      if (whole.byline !== pruned.byline) row.bylines.push({ id: page.id, whole: whole.byline, pruned: pruned.byline });
    }
    row.recallWhole /= pages.length; row.recallPruned /= pages.length;
    row.elementsBefore = median(before); row.elementsAfter = median(after);
    out.push(row);
  }
  return out;
}

export const describePruning = (r: PruningSet): string =>
  `${r.set}: ${r.pruned}/${r.pages} pages pruned; elements median ${r.elementsBefore} → ${r.elementsAfter}; body recall ${r.recallWhole.toFixed(3)} → ${r.recallPruned.toFixed(3)}; ` +
  `pages losing recall ${r.lost.length}${r.lost.length ? ` (${r.lost.map((l) => `${l.id} ${l.whole.toFixed(3)} → ${l.pruned.toFixed(3)}`).join('; ')})` : ''}; ` +
  `bylines changed ${r.bylines.length}${r.bylines.length ? ` (${r.bylines.map((b) => `${b.id} ${JSON.stringify(b.whole)} → ${JSON.stringify(b.pruned)}`).join('; ')})` : ''}; ` +
  `extraction time ${(r.wholeMs / 1000).toFixed(1)} → ${(r.prunedMs / 1000).toFixed(1)} s (×${(r.prunedMs / (r.wholeMs || 1)).toFixed(2)})`;

async function main(): Promise<void> {
  const corpus = process.env.LEDE_CORPUS ?? path.resolve(process.cwd(), '../shared/corpus');
  for (const r of await evaluateLandmarkPruning(corpus, Number(process.env.LEDE_BENCH_LIMIT ?? Infinity))) console.log(describePruning(r));
}

if (process.argv[1] && /landmark-pruning/.test(process.argv[1])) main().catch((error) => { console.error(error); process.exitCode = 1; });

/**
 * Detection verdicts on the four development sets, each whole and split in halves by index parity
 * (a rule written on one half is checked on the other). Labels: pages/ index.json isArticle;
 * readability-test-pages expected `readerable`; every news-world-dev and extraction-dev page is a
 * page with main text (an article for automatic mode's purposes). Run alone:
 *   npx esbuild scripts/bench/detection-sets.ts --bundle --platform=node --format=esm \
 *     --packages=external --outfile=node_modules/.cache/dh/ds.mjs && node node_modules/.cache/dh/ds.mjs [--misses]
 */
import fs from 'node:fs';
import path from 'node:path';
import { detectArticle } from '../../src/core/detect';
import { parsePage, settle } from './jsdom-pages';

export interface SetVerdict { set: string; page: string; url: string; label: boolean; found: boolean; reasons: string[] }
export interface HalfTally { articles: number; found: number; others: number; rejected: number }
export interface SetTally { set: string; all: HalfTally; even: HalfTally; odd: HalfTally }

interface Entry { page: string; html: () => string; url: string; label: boolean }

function entries(corpus: string): Record<string, Entry[]> {
  const read = (file: string, encoding = 'utf-8') => () => new TextDecoder(encoding).decode(fs.readFileSync(file));
  const pages: { file: string; url: string; isArticle: boolean; bytesEncoding: string }[] = JSON.parse(fs.readFileSync(path.join(corpus, 'pages/index.json'), 'utf8'));
  const rtDir = path.join(corpus, 'readability-test-pages');
  const rt = fs.readdirSync(rtDir).filter((s) => fs.existsSync(path.join(rtDir, s, 'source.html'))).sort();
  const world: { pages: { file: string; url: string }[] } = JSON.parse(fs.readFileSync(path.join(corpus, 'news-world-dev/index.json'), 'utf8'));
  const dev: { file: string; extractUrl: string }[] = JSON.parse(fs.readFileSync(path.join(corpus, 'extraction-dev/index.json'), 'utf8'));
  return {
    'pages': pages.map((p) => ({ page: p.file, url: p.url, label: p.isArticle, html: read(path.join(corpus, 'pages', p.file), p.bytesEncoding) })),
    'readability-test-pages': rt.map((slug) => ({
      page: slug, url: 'http://fakehost/test/page.html', html: read(path.join(rtDir, slug, 'source.html')),
      label: JSON.parse(fs.readFileSync(path.join(rtDir, slug, 'expected-metadata.json'), 'utf8')).readerable,
    })),
    'news-world-dev': world.pages.map((p) => ({ page: p.file, url: p.url, label: true, html: read(path.join(corpus, 'news-world-dev/html', p.file)) })),
    'extraction-dev': dev.map((p) => ({ page: p.file, url: p.extractUrl, label: true, html: read(path.join(corpus, 'extraction-dev', p.file)) })),
  };
}

const tally = (vs: SetVerdict[]): HalfTally => ({
  articles: vs.filter((v) => v.label).length, found: vs.filter((v) => v.label && v.found).length,
  others: vs.filter((v) => !v.label).length, rejected: vs.filter((v) => !v.label && !v.found).length,
});

export async function detectionSets(corpus: string): Promise<{ tallies: SetTally[]; verdicts: SetVerdict[] }> {
  const verdicts: SetVerdict[] = [];
  const tallies: SetTally[] = [];
  for (const [set, list] of Object.entries(entries(corpus))) {
    const mine: SetVerdict[] = [];
    for (const e of list) {
      await settle();
      const dom = parsePage(e.html(), e.url);
      const d = detectArticle(dom.window.document, e.url);
      dom.window.close();
      mine.push({ set, page: e.page, url: e.url, label: e.label, found: d.isArticle, reasons: d.reasons });
    }
    verdicts.push(...mine);
    tallies.push({ set, all: tally(mine), even: tally(mine.filter((_, i) => i % 2 === 0)), odd: tally(mine.filter((_, i) => i % 2 === 1)) });
  }
  return { tallies, verdicts };
}

export const describeHalf = (t: HalfTally): string => `articles ${t.found}/${t.articles}` + (t.others ? `, others rejected ${t.rejected}/${t.others}` : '');

async function main(): Promise<void> {
  const root = process.env.LEDE_ROOT ?? process.cwd();
  const corpus = process.env.LEDE_CORPUS ?? path.resolve(root, '../shared/corpus');
  const { tallies, verdicts } = await detectionSets(corpus);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ tallies, verdicts }, null, 1));
    return;
  }
  for (const t of tallies) console.log(`${t.set.padEnd(24)} all: ${describeHalf(t.all)} | even: ${describeHalf(t.even)} | odd: ${describeHalf(t.odd)}`);
  if (process.argv.includes('--misses')) {
    verdicts.forEach((v) => {
      if (v.label !== v.found) console.log(`${v.label ? 'MISS' : 'FALSE'} ${v.set} ${v.page} ${v.url} [${v.reasons.join(' ')}]`);
    });
  }
}

if (/detection-sets|\/ds\.mjs$/.test(process.argv[1] ?? '')) main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

import fs from 'node:fs';
import path from 'node:path';
import { prepareSource } from '../src/core/extract/source';
import { extractCandidates } from '../src/core/extract/body';
import { bodyShape } from '../src/core/extract/body-shape';
import { parsePage, settle } from './bench/jsdom-pages';
import { bodyScore } from './bench/news-world';
import { snippetScore } from './bench/extraction-dev';
const corpus = '../shared/corpus';
const rows: string[] = [];
const prose = (s: any) => (s ? s.chars - s.linkChars : 0);
async function one(set: string, id: string, html: string, url: string, score: (t: string) => number) {
  const dom = parsePage(html, url); await settle();
  try {
    const src = prepareSource(dom.window.document, url, { disposable: true, maxMs: 60000 });
    const c = extractCandidates(src, (p) => p.title ?? '');
    const l = c.lede ? bodyShape(c.lede.content) : null, r = c.readability ? bodyShape(c.readability.content) : null;
    rows.push([set, id, prose(l), prose(r), (prose(l) / Math.max(1, prose(r))).toFixed(3), score(c.lede?.textContent ?? '').toFixed(3), score(c.readability?.textContent ?? '').toFixed(3)].join('\t'));
  } catch (e) { rows.push(`${set}\t${id}\tERR`); }
  dom.window.close();
}
const nw = JSON.parse(fs.readFileSync(path.join(corpus, 'news-world-dev/index.json'), 'utf8')).pages;
for (const p of nw) { const ref = [...p.summary, ...p.headlines, ...p.paragraphs].join('\n'); await one('nw', p.id, fs.readFileSync(path.join(corpus, 'news-world-dev/html', p.file), 'utf8'), p.url, (t) => bodyScore(t, ref).recall); }
const ed = JSON.parse(fs.readFileSync(path.join(corpus, 'extraction-dev/index.json'), 'utf8'));
for (const p of ed) await one('ed', p.file, fs.readFileSync(path.join(corpus, 'extraction-dev', p.file), 'utf8'), p.extractUrl, (t) => { const s = snippetScore([p], [t]); return s.tp / Math.max(1, s.tp + s.fn); });
fs.writeFileSync('/tmp/floor.tsv', rows.join('\n') + '\n');

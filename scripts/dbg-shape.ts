import fs from 'node:fs';
import path from 'node:path';
import { extractPage } from '../src/core/extract';
import { parsePage, settle } from './bench/jsdom-pages';
const corpus = '../shared/corpus';
const rows: string[] = [];
async function one(set: string, id: string, html: string, url: string, label: boolean) {
  const dom = parsePage(html, url); await settle();
  let r; try { r = extractPage(dom.window.document, url, { disposable: true, maxMs: 60000 }); } catch (e) { rows.push(`${set}\t${id}\t${label}\tCRASH ${(e as Error).message.slice(0,80)}`); return; }
  dom.window.close();
  const s = r.shape;
  rows.push(`${set}\t${id}\t${label}\t${r.fallback ?? '-'}\t${s ? [s.chars, s.proseChars, s.proseBlocks, s.linkChars, s.linkBlocks, s.blocks].join('\t') : 'null'}`);
}
const pages = JSON.parse(fs.readFileSync(path.join(corpus, 'pages/index.json'), 'utf8'));
for (const p of pages) await one('pages', p.file, new TextDecoder(p.bytesEncoding).decode(fs.readFileSync(path.join(corpus, 'pages', p.file))), p.url, p.isArticle);
const nw = JSON.parse(fs.readFileSync(path.join(corpus, 'news-world-dev/index.json'), 'utf8')).pages;
for (const p of nw) await one('nw', p.id, fs.readFileSync(path.join(corpus, 'news-world-dev/html', p.file), 'utf8'), p.url, true);
const rt = path.join(corpus, 'readability-test-pages');
for (const slug of fs.readdirSync(rt).sort()) { const m = JSON.parse(fs.readFileSync(path.join(rt, slug, 'expected-metadata.json'), 'utf8')); await one('rt', slug, fs.readFileSync(path.join(rt, slug, 'source.html'), 'utf8'), 'http://fakehost/test/page.html', m.readerable === true); }
const ed = JSON.parse(fs.readFileSync(path.join(corpus, 'extraction-dev/index.json'), 'utf8'));
for (const p of ed) await one('ed', p.file, fs.readFileSync(path.join(corpus, 'extraction-dev', p.file), 'utf8'), p.extractUrl, true);
fs.writeFileSync('/tmp/shapes.tsv', rows.join('\n') + '\n');

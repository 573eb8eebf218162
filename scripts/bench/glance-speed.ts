/**
 * atAGlance() speed and output fingerprint.
 *
 * Inputs: every page of extraction-dev, the article pages of corpus/pages and Readability's test
 * pages, each extracted once with extractArticle(doc, url, { disposable: true }), plus the articles
 * of summaries/{en,ko}.jsonl. The inputs ({ id, title, textContent, lang, publishedTime }) are cached
 * to a JSON file (default /tmp/lede-glance-inputs.json; delete it or pass --refresh to re-extract),
 * so later runs only time atAGlance().
 *
 * Prints median / p95 / max / total milliseconds per input (first call, best wall time, best CPU time), and writes every output to a JSON file
 * (default /tmp/lede-glance-outputs.json) with its SHA-256 fingerprint, so a speed change can be
 * shown to leave the output byte-identical.
 *
 *   npx esbuild scripts/bench/glance-speed.ts --bundle --platform=node --format=esm --packages=external \
 *     --outfile=/tmp/gh/gs.mjs && node /tmp/gh/gs.mjs [--refresh] [--inputs FILE] [--out FILE] [--rounds N (default 5)] [--slowest K]
 * It runs only when the script's file name contains "glance-speed" or is gs.mjs, so a bench that
 * bundles and imports it never triggers the command-line run. Corpus: $LEDE_CORPUS or ../shared/corpus.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../src/core/extract';
import { atAGlance } from '../../src/core/keyfacts';

export interface GlanceBenchInput { id: string; title: string; textContent: string; lang: string | null; publishedTime: string | null }

function extracted(id: string, html: string, url: string): GlanceBenchInput | null {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    const a = extractArticle(dom.window.document, url, { disposable: true, maxMs: 60_000 });
    return a ? { id, title: a.title, textContent: a.textContent, lang: a.lang, publishedTime: a.publishedTime } : null;
  } catch {
    return null;
  } finally {
    dom.window.close();
  }
}

/** Extracts every corpus page once (slow: seconds per dozen pages). */
export function collectInputs(corpusDir: string): GlanceBenchInput[] {
  const inputs: GlanceBenchInput[] = [];
  const push = (x: GlanceBenchInput | null) => { if (x && x.textContent.trim()) inputs.push(x); };
  const devDir = path.join(corpusDir, 'extraction-dev');
  const dev: { file: string; extractUrl: string }[] = JSON.parse(fs.readFileSync(path.join(devDir, 'index.json'), 'utf8'));
  for (const [i, page] of dev.entries()) {
    if (i % 40 === 0) console.error(`extraction-dev ${i}/${dev.length}`);
    push(extracted(`dev:${page.file}`, fs.readFileSync(path.join(devDir, page.file), 'utf8'), page.extractUrl));
  }
  const pagesDir = path.join(corpusDir, 'pages');
  const pages: { file: string; url: string; isArticle: boolean; bytesEncoding: string }[] = JSON.parse(fs.readFileSync(path.join(pagesDir, 'index.json'), 'utf8'));
  for (const page of pages) {
    if (!page.isArticle) continue;
    const html = new TextDecoder(page.bytesEncoding).decode(fs.readFileSync(path.join(pagesDir, page.file)));
    push(extracted(`pages:${page.file}`, html, page.url));
  }
  const rtDir = path.join(corpusDir, 'readability-test-pages');
  for (const slug of fs.readdirSync(rtDir).sort()) {
    const file = path.join(rtDir, slug, 'source.html');
    if (fs.existsSync(file)) push(extracted(`rt:${slug}`, fs.readFileSync(file, 'utf8'), 'http://fakehost/test/page.html'));
  }
  for (const lang of ['en', 'ko']) {
    const lines = fs.readFileSync(path.join(corpusDir, 'summaries', `${lang}.jsonl`), 'utf8').split('\n').filter((l) => l.trim());
    for (const line of lines) {
      const item = JSON.parse(line) as { id: string; title?: string; text: string };
      push({ id: `sum-${lang}:${item.id}`, title: item.title ?? '', textContent: item.text, lang, publishedTime: null });
    }
  }
  return inputs;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : 0;
};

export interface GlanceSpeed { inputs: number; medianMs: number; p95Ms: number; maxMs: number; totalMs: number; fingerprint: string }

function summary(times: number[], fingerprint: string): GlanceSpeed {
  return {
    inputs: times.length, medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95), maxMs: Math.max(0, ...times),
    totalMs: times.reduce((a, b) => a + b, 0), fingerprint,
  };
}

/**
 * Times atAGlance() on each input: `first` is the first call per input (a cold process warms up
 * along the way), `wall` the best of `rounds` further calls, `cpu` the best of their process CPU
 * times (user + system), which a busy machine disturbs less than wall time.
 */
export function measureGlance(inputs: GlanceBenchInput[], rounds = 5): { first: GlanceSpeed; wall: GlanceSpeed; cpu: GlanceSpeed; outputs: unknown[]; times: number[] } {
  const first: number[] = [];
  const outputs = inputs.map((x) => {
    const t0 = performance.now();
    const g = atAGlance(x);
    first.push(performance.now() - t0);
    return g;
  });
  const wall = inputs.map(() => Infinity);
  const cpu = inputs.map(() => Infinity);
  for (let r = 0; r < rounds; r++) {
    inputs.forEach((x, i) => {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      atAGlance(x);
      const t1 = performance.now();
      const c = process.cpuUsage(c0);
      wall[i] = Math.min(wall[i], t1 - t0);
      cpu[i] = Math.min(cpu[i], (c.user + c.system) / 1000);
    });
  }
  const json = JSON.stringify(inputs.map((x, i) => ({ id: x.id, glance: outputs[i] })));
  const fingerprint = crypto.createHash('sha256').update(json).digest('hex');
  return { first: summary(first, fingerprint), wall: summary(wall, fingerprint), cpu: summary(cpu, fingerprint), outputs, times: wall };
}

function main(): void {
  const args = process.argv.slice(2);
  const arg = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  const corpusDir = process.env.LEDE_CORPUS ?? path.resolve('../shared/corpus');
  const inputsFile = arg('--inputs') ?? '/tmp/lede-glance-inputs.json';
  const outFile = arg('--out') ?? '/tmp/lede-glance-outputs.json';
  let inputs: GlanceBenchInput[];
  if (!args.includes('--refresh') && fs.existsSync(inputsFile)) {
    inputs = JSON.parse(fs.readFileSync(inputsFile, 'utf8'));
  } else {
    inputs = collectInputs(corpusDir);
    fs.writeFileSync(inputsFile, JSON.stringify(inputs));
  }
  const { first, wall, cpu, outputs, times } = measureGlance(inputs, Number(arg('--rounds') ?? 5));
  fs.writeFileSync(outFile, JSON.stringify(inputs.map((x, i) => ({ id: x.id, glance: outputs[i] })), null, 1));
  const f = (x: number) => x.toFixed(3);
  const chars = inputs.map((x) => x.textContent.length);
  console.log(`atAGlance over ${inputs.length} inputs (${f(quantile(chars, 0.5) / 1000)}k chars median, ${f(Math.max(...chars) / 1000)}k max)`);
  const line = (name: string, x: GlanceSpeed) => console.log(`${name.padEnd(6)} median ${f(x.medianMs)} ms  p95 ${f(x.p95Ms)} ms  max ${f(x.maxMs)} ms  total ${f(x.totalMs)} ms`);
  line('first', first);
  line('wall', wall);
  line('cpu', cpu);
  const groups = new Map<string, number[]>();
  inputs.forEach((x, i) => { const g = x.id.split(':')[0]; groups.set(g, [...(groups.get(g) ?? []), times[i]]); });
  for (const [g, ts] of groups) console.log(`  ${g.padEnd(8)} n=${String(ts.length).padStart(3)}  median ${f(quantile(ts, 0.5))}  p95 ${f(quantile(ts, 0.95))}  total ${f(ts.reduce((a, b) => a + b, 0))}`);
  const slowest = Number(arg('--slowest') ?? 5);
  const order = times.map((t, i) => i).sort((a, b) => times[b] - times[a]).slice(0, slowest);
  for (const i of order) console.log(`  slow: ${f(times[i])} ms  ${inputs[i].id} (${inputs[i].textContent.length} chars, ${inputs[i].lang})`);
  console.log(`fingerprint ${wall.fingerprint}  (outputs: ${outFile})`);
}

if (/glance-speed|^gs\.mjs$/.test(path.basename(process.argv[1] ?? ''))) main();

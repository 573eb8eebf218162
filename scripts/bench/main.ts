/**
 * `npm run bench` (issue 5 §1): every figure for the current code and, in the same run, the
 * baselines (plain Readability.parse(), Lead-3). Prints a table; writes bench-results.json.
 * Corpus: $LEDE_CORPUS or ../shared/corpus. Bundled and run by scripts/bench.mjs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { detectArticle } from '../../src/core/detect';
import { extractPage } from '../../src/core/extract';
import { clickView } from '../../src/core/pipeline';
import { keyFacts, atAGlance } from '../../src/core/keyfacts';
import { snippetScore, shingleScore, type DevPage } from './extraction-dev';
import { describeSide, evaluateNewsWorld, summarise } from './news-world';
import { evaluateKeyFacts, formatFigures } from './keyfacts-eval';
import { evaluateEntities, formatEntityFigures, loadSets } from './glance-entities';
import { evaluateCorpusPages } from './korean-pages';
import { browserDetectTimes } from './browser-detect';
import { browserExtractTimes } from './browser-extract';
import { describeRatio, ratioFigures, timeSetsInJsdom, type PageTime } from './time-ratio';
import { formatPopupPaint, popupPaintTimes } from './popup-paint';
import { measureSizes } from './sizes';
import { snippetShingleScore } from './snippet-shingles';
import { parsePage as parse, settle } from './jsdom-pages';
import { describeTally, tallyVerdicts, type Verdict } from './detection-verdicts';
import { describeHalf, detectionSets } from './detection-sets';
import { describePruning, evaluateLandmarkPruning } from './landmark-pruning';
import { CHROMIUM } from './chromium';

const root = process.cwd();
const corpus = process.env.LEDE_CORPUS ?? path.resolve(root, '../shared/corpus');
const limit = Number(process.env.LEDE_BENCH_LIMIT ?? Infinity);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : 0;
};
const f3 = (x: number): string => x.toFixed(3);
const ms2 = (x: number): string => x.toFixed(2);

/**
 * Lede (detect → extract → key facts) and plain Readability on each page, each on its own fresh
 * parse, garbage collected before each. The time compared with Readability is extraction plus key
 * facts (issue 5 §1); detection and the "at a glance" panel are timed on their own.
 */
async function runPage(html: string, url: string, detectTimes: number[]) {
  let dom = parse(html, url);
  await settle();
  let t0 = performance.now();
  let plain = '';
  try { plain = new Readability(dom.window.document).parse()?.textContent ?? ''; } catch { plain = ''; }
  const plainMs = performance.now() - t0;
  dom.window.close();

  dom = parse(html, url);
  const doc = dom.window.document;
  await settle();
  t0 = performance.now();
  const detection = detectArticle(doc, url);
  const detected = detection.isArticle;
  detectTimes.push(performance.now() - t0);
  const readerable = isProbablyReaderable(doc); // the baseline verdict, untimed
  gc();
  t0 = performance.now();
  let lede = '';
  let shown = false;
  let fallback: string | null = null;
  let input: Parameters<typeof atAGlance>[0] | null = null;
  let readabilityMs = 0;
  try {
    const { article, shape, fallback: step, readabilityMs: inside } = extractPage(doc, url, { disposable: true, maxMs: 60_000 });
    readabilityMs = inside;
    shown = clickView(article, shape, detection) === 'article';
    fallback = step;
    lede = article?.textContent ?? '';
    if (article) input = { title: article.title, textContent: article.textContent, lang: article.lang, publishedTime: article.publishedTime };
  } catch { lede = ''; }
  const extractMs = performance.now() - t0;
  // Each timed call starts on a collected heap, as Readability's does, so key facts do not pay for
  // collecting the extraction's jsdom garbage.
  let keyFactsMs = 0, glanceMs = 0;
  if (input) {
    gc();
    const k0 = performance.now();
    keyFacts(input);
    keyFactsMs = performance.now() - k0;
    gc();
    const g0 = performance.now();
    atAGlance(input);
    glanceMs = performance.now() - g0;
  }
  const ledeMs = extractMs + keyFactsMs;
  dom.window.close();
  return { plain, lede, plainMs, ledeMs, readabilityMs, keyFactsMs, glanceMs, extracted: input !== null, detected, readerable, shown, fallback };
}

async function hugePageTimes(): Promise<Record<string, number>> {
  const url = 'https://example.com/2024/05/01/a-long-story-slug';
  const builders: Record<string, (d: Document) => void> = {
    '60,000 paragraphs': (d) => { for (let i = 0; i < 60_000; i++) d.body.appendChild(d.createElement('p')).textContent = 'Short line of text.'; },
    '3,000-deep nesting': (d) => {
      let node: Element = d.body;
      for (let i = 0; i < 3000; i++) node = node.appendChild(d.createElement('div'));
      for (let i = 0; i < 5; i++) node.appendChild(d.createElement('p')).textContent = 'Long enough paragraph text. '.repeat(20);
    },
    '5 MB text node': (d) => { d.body.appendChild(d.createElement('p')).appendChild(d.createTextNode('word '.repeat(1_000_000))); },
  };
  const out: Record<string, number> = {};
  for (const [name, build] of Object.entries(builders)) {
    const dom = parse('<html><body></body></html>', url);
    build(dom.window.document);
    await settle();
    const t0 = performance.now();
    detectArticle(dom.window.document, url);
    out[name] = performance.now() - t0;
    dom.window.close();
  }
  return out;
}

interface Click { shown: boolean; fallback: string | null }

/** "shown / pages, fallbacks {step: n}" for the click's view over a set's article pages. */
function describeClicks(clicks: Click[]): string {
  const steps: Record<string, number> = {};
  for (const c of clicks) if (c.fallback) steps[c.fallback] = (steps[c.fallback] ?? 0) + 1;
  const list = Object.entries(steps).map(([k, n]) => `${k} ${n}`).join(', ');
  return `${clicks.filter((c) => c.shown).length}/${clicks.length} shown, fallbacks: ${list || 'none'}`;
}

async function main(): Promise<void> {
  const detectTimes: number[] = [];
  const devClicks: Click[] = [], rtClicks: Click[] = [];
  // 1. extraction-dev
  const devDir = path.join(corpus, 'extraction-dev');
  const devPages: DevPage[] = (JSON.parse(fs.readFileSync(path.join(devDir, 'index.json'), 'utf8')) as DevPage[]).slice(0, limit);
  const lede: string[] = [], plain: string[] = [];
  const devTimes: PageTime[] = [];
  const keyFactsPageMs: number[] = [], glancePageMs: number[] = [];
  for (const [i, page] of devPages.entries()) {
    if (i % 50 === 0) console.error(`extraction-dev ${i}/${devPages.length}, heap ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB`);
    const r = await runPage(fs.readFileSync(path.join(devDir, page.file), 'utf8'), page.extractUrl, detectTimes);
    lede.push(r.lede); plain.push(r.plain);
    devClicks.push({ shown: r.shown, fallback: r.fallback });
    devTimes.push({ plainMs: r.plainMs, ledeMs: r.ledeMs, readabilityMs: r.readabilityMs });
    if (r.extracted) { keyFactsPageMs.push(r.keyFactsMs); glancePageMs.push(r.glanceMs); }
  }
  const devHalves = [0, 1].map((h) => ({
    lede: snippetScore(devPages.filter((_, i) => i % 2 === h), lede.filter((_, i) => i % 2 === h)),
    plain: snippetScore(devPages.filter((_, i) => i % 2 === h), plain.filter((_, i) => i % 2 === h)),
  }));
  const extraction = {
    lede: snippetScore(devPages, lede), plain: snippetScore(devPages, plain),
    ledeShingles: snippetShingleScore(devPages, lede), plainShingles: snippetShingleScore(devPages, plain),
  };
  // 1b. the same time ratio on the other dev sets (extraction-dev's is timed page by page above)
  console.error('time against Readability (jsdom): news-world-dev, corpus articles');
  const timeRatios = [{ set: 'extraction-dev', figures: ratioFigures(devTimes) }, ...await timeSetsInJsdom(corpus, limit)];

  // 2. readability-test-pages: agreement with Readability's expected output (also detection timing).
  const rtDir = path.join(corpus, 'readability-test-pages');
  const slugs = fs.readdirSync(rtDir).filter((s) => fs.existsSync(path.join(rtDir, s, 'expected.html'))).sort().slice(0, limit);
  const truth: string[] = [], rtLede: string[] = [], rtPlain: string[] = [];
  const rtVerdicts: Verdict[] = [];
  console.error(`readability-test-pages (${slugs.length})`);
  for (const slug of slugs) {
    const url = 'http://fakehost/test/page.html';
    const expected = parse(fs.readFileSync(path.join(rtDir, slug, 'expected.html'), 'utf8'), url);
    truth.push(expected.window.document.body?.textContent ?? '');
    expected.window.close();
    const r = await runPage(fs.readFileSync(path.join(rtDir, slug, 'source.html'), 'utf8'), url, detectTimes);
    rtLede.push(r.lede); rtPlain.push(r.plain);
    const label = (JSON.parse(fs.readFileSync(path.join(rtDir, slug, 'expected-metadata.json'), 'utf8')) as { readerable?: boolean }).readerable === true;
    rtVerdicts.push({ label, lede: r.detected, readerable: r.readerable });
    if (label) rtClicks.push({ shown: r.shown, fallback: r.fallback });
  }
  const testPages = { lede: shingleScore(rtLede, truth), plain: shingleScore(rtPlain, truth) };
  const testPageDetection = tallyVerdicts(rtVerdicts);

  // 3. Korean (and English) corpus pages
  const pages = await evaluateCorpusPages(corpus, detectTimes);
  const corpusDetection = tallyVerdicts(pages.verdicts);

  // 3b. news-world-dev: the click on 74 pages of 57 publishers, scored as its README says
  console.error('news-world-dev (74)');
  const world = await evaluateNewsWorld(corpus);

  // 3c. landmark pruning, page by page on every dev set: elements, body recall and time with and without
  console.error('landmark pruning (every dev set, with and without)');
  const landmarkPruning = await evaluateLandmarkPruning(corpus, limit);

  // 4. key facts
  const keyFactsFigures = evaluateKeyFacts(corpus);
  // 4b. "at a glance" name chips against labelled names (entities-dev scoring), per language and half
  const glanceNames = evaluateEntities(loadSets(corpus, root)).map((r) => r.figures);

  // 5. sizes and huge pages
  const sizes = await measureSizes(root);
  const huge = await hugePageTimes();
  const detectionBySet = (await detectionSets(corpus)).tallies;
  let browserDetection = null;
  console.error('headless Chromium: detection, then extraction time');
  try { browserDetection = await browserDetectTimes(root, corpus); } catch (error) { console.error('Chromium detection timing skipped:', (error as Error).message); }
  let browserExtraction = null;
  try { browserExtraction = await browserExtractTimes(root, corpus, { limit }); } catch (error) { console.error('Chromium extraction timing skipped:', (error as Error).message); }
  let popupPaint = null;
  try { popupPaint = await popupPaintTimes(root, corpus); } catch (error) { console.error('Chromium popup timing skipped:', (error as Error).message); }

  const detection = { pages: detectTimes.length, medianMs: quantile(detectTimes, 0.5), p95Ms: quantile(detectTimes, 0.95), maxMs: quantile(detectTimes, 1), huge };
  const results = {
    date: new Date().toISOString(), machine: `${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}, ${os.platform()} ${os.release()}, Node ${process.version}, load ${os.loadavg()[0].toFixed(1)}`,
    extraction, testPages, corpusPages: pages.byLang, corpusPerPage: pages.perPage, keyFacts: keyFactsFigures, glanceNames,
    detectionVerdicts: { corpusPages: corpusDetection, readabilityTestPages: testPageDetection, corpusPerPage: pages.verdicts, bySet: detectionBySet },
    click: { extractionDev: devClicks, readabilityTestPages: rtClicks, newsWorld: world, extractionDevHalves: devHalves },
    browserDetection, browserExtraction, popupPaint, landmarkPruning,
    time: {
      extractPlusKeyFactsOverReadability: timeRatios[0].figures.ratio, jsdomTimeRatios: timeRatios, keyFactsPerArticleMedianMs: quantile(keyFactsPageMs, 0.5),
      glancePerArticleMedianMs: quantile(glancePageMs, 0.5), glancePerArticleP95Ms: quantile(glancePageMs, 0.95),
    }, detection, sizes,
  };
  fs.writeFileSync(path.join(root, 'bench-results.json'), JSON.stringify(results, null, 2));

  const kb = (n: number): string => (n / 1024).toFixed(1) + ' KB';
  const out: string[] = [];
  out.push(`Lede bench — ${results.date} — ${results.machine}`, '');
  out.push(`| figure | Lede | baseline | target |`, `| --- | --- | --- | --- |`);
  const e = extraction;
  out.push(`| extraction-dev snippets P / R / F (${e.lede.pages} pages) | ${f3(e.lede.precision)} / ${f3(e.lede.recall)} / ${f3(e.lede.f)} | Readability ${f3(e.plain.precision)} / ${f3(e.plain.recall)} / ${f3(e.plain.f)} | P up, R kept |`);
  devHalves.forEach((hf, h) => out.push(`| extraction-dev snippets P / R / F, half ${h ? 'B (odd)' : 'A (even)'} | ${f3(hf.lede.precision)} / ${f3(hf.lede.recall)} / ${f3(hf.lede.f)} | Readability ${f3(hf.plain.precision)} / ${f3(hf.plain.recall)} / ${f3(hf.plain.f)} | F ≥ 0.932 |`));
  for (const [name, part] of [['all', world.rows], ['half A (even)', world.rows.filter((r) => r.half === 0)], ['half B (odd)', world.rows.filter((r) => r.half === 1)]] as const) {
    out.push(`| news-world-dev ${name} (${part.length}): click shown, body P / R / F1, title, date, authors | ${describeSide(summarise(part, 'lede'))} | Readability ${describeSide(summarise(part, 'plain'))} | F1 ≥ Readability + 0.03; title, date, authors ≥ Readability |`);
  }
  const worldFallbacks = Object.entries(world.fallbacks).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
  out.push(`| articles shown on click (fallbacks to Readability's result) | extraction-dev ${describeClicks(devClicks)}; readerable test pages ${describeClicks(rtClicks)}; news-world-dev fallbacks: ${worldFallbacks}; corpus articles ${describeClicks(pages.verdicts.filter((v) => v.label).map((v) => ({ shown: !!v.shown, fallback: v.fallback ?? null })))}; corpus non-articles shown as "no article" ${pages.verdicts.filter((v) => !v.label && !v.shown).length}/${pages.verdicts.filter((v) => !v.label).length} | — | all shown, non-articles "no article" |`);
  out.push(`| extraction-dev 4-token shingles P / R / F1 (page-averaged) | ${f3(e.ledeShingles.precision)} / ${f3(e.ledeShingles.recall)} / ${f3(e.ledeShingles.f1)} | Readability ${f3(e.plainShingles.precision)} / ${f3(e.plainShingles.recall)} / ${f3(e.plainShingles.f1)} | F1 ≥ 0.97 (held-out) |`);
  out.push(`| readability-test-pages shingle agreement with expected.html P / R / F1 | ${f3(testPages.lede.precision)} / ${f3(testPages.lede.recall)} / ${f3(testPages.lede.f1)} | Readability ${f3(testPages.plain.precision)} / ${f3(testPages.plain.recall)} / ${f3(testPages.plain.f1)} | — |`);
  for (const [name, t] of [['corpus pages (articles = index.json isArticle)', corpusDetection], ['readability-test-pages (articles = expected `readerable`)', testPageDetection]] as const) {
    out.push(`| detection, ${name} | ${describeTally(t, 'lede')} (${t.foundOnlyByLede} found where isProbablyReaderable says no) | isProbablyReaderable ${describeTally(t, 'readerable')} | articles found, others rejected |`);
  }
  for (const t of detectionBySet) {
    out.push(`| detection by half, ${t.set} (even / odd index) | ${describeHalf(t.all)} (${describeHalf(t.even)} / ${describeHalf(t.odd)}) | — | articles found, others rejected |`);
  }
  for (const g of pages.byLang) {
    out.push(`| corpus ${g.lang} articles: extracted, first / last sentence found, boilerplate lines left | ${g.extracted}/${g.pages}, ${g.first} / ${g.last}, ${g.boilerplateLines} | — | all, 0 |`);
  }
  for (const g of keyFactsFigures) {
    out.push(`| key facts ${g.lang} ROUGE-1 / 2 / L F1 (${g.articles}) | ${ms2(g.lede.rouge1)} / ${ms2(g.lede.rouge2)} / ${ms2(g.lede.rougeL)} | Lead-3 ${ms2(g.lead3.rouge1)} / ${ms2(g.lead3.rouge2)} / ${ms2(g.lead3.rougeL)} | R1 +${g.lang === 'en' ? '1.5' : '3'} |`);
    if (g.lang === 'ko') out.push(`| key facts ko character-bigram F1 | ${ms2(g.lede.charBigram)} | Lead-3 ${ms2(g.lead3.charBigram)} | — |`);
    out.push(`| key facts ${g.lang} verbatim, median time | ${g.verbatim.ok}/${g.verbatim.total}, ${ms2(g.medianMs)} ms | — | all, ≤ 5 ms |`);
  }
  for (const { set, figures } of timeRatios) {
    out.push(`| time (extract + key facts) ÷ Readability.parse(), ${set} (${figures.pages} pages), jsdom: totals; median page; Readability inside Lede | ${describeRatio(figures)} | 1.00× | ≤ 1.00× |`);
  }
  for (const { set, figures, keyFactsMs } of browserExtraction?.sets ?? []) {
    out.push(`| time (extract + key facts) ÷ Readability.parse(), ${set} (${figures.pages} pages), headless Chromium, median of ${browserExtraction!.repeat} runs each: totals; median page; Readability inside Lede | ${describeRatio(figures)}; key facts ${keyFactsMs.toFixed(0)} ms of Lede's | 1.00× | ≤ 1.00× |`);
  }
  for (const r of landmarkPruning) out.push(`| landmark pruning before Readability (jsdom), ${r.set} | ${describePruning(r).replace(/^[^:]+: /, '')} | without pruning | no page losing recall or byline |`);
  if (popupPaint) out.push(...formatPopupPaint(popupPaint));
  // Without Debian's Chromium (or playwright-core) the browser rows would simply be missing: say so.
  if (!browserDetection || !browserExtraction || !popupPaint) {
    const missing = [!browserExtraction && 'extraction time', !popupPaint && 'popup paint', !browserDetection && 'detection'].filter(Boolean).join(', ');
    out.push(`| headless Chromium figures not measured: ${missing} | ${fs.existsSync(CHROMIUM) ? `${CHROMIUM} is there: playwright-core is missing or a run failed (see the messages above)` : `${CHROMIUM} not found (\`apt-get install chromium\`, as .ci/run does)`} | — | measured |`);
  }
  out.push(`| key facts per extracted dev page, median (jsdom run) | ${ms2(results.time.keyFactsPerArticleMedianMs)} ms | — | ≤ 5 ms |`);
  out.push(`| "at a glance" per extracted dev page, median / p95 (its own panel, outside the ratio above) | ${ms2(results.time.glancePerArticleMedianMs)} / ${ms2(results.time.glancePerArticleP95Ms)} ms | — | — |`);
  out.push(`| detection in jsdom per page median / p95 / max (${detection.pages} fresh pages, in jsdom, not a browser) | ${ms2(detection.medianMs)} / ${ms2(detection.p95Ms)} / ${ms2(detection.maxMs)} ms | — | the target is the Chromium row |`);
  out.push(`| detection in jsdom on huge pages (jsdom's own queries dominate) | ${Object.entries(huge).map(([k, v]) => `${k} ${ms2(v)} ms`).join('; ')} | — | < 50 ms |`);
  if (browserDetection) {
    const b = browserDetection;
    out.push(`| detection in headless Chromium, corpus pages, cold first call median / p95 / max (${b.pages} pages × ${b.runs} loads) | ${ms2(b.medianMs)} / ${ms2(b.p95Ms)} / ${ms2(b.maxMs)} ms | — | ≤ 0.5 / ≤ 3 ms |`);
    out.push(`| detection in headless Chromium: warm call median; bundle evaluation median; cold under a neutral URL (no site rule) median / p95 | ${ms2(b.warm.medianMs)} ms; ${ms2(b.load.medianMs)} ms; ${ms2(b.domPath.medianMs)} / ${ms2(b.domPath.p95Ms)} ms | — | — |`);
    if (b.world) out.push(`| detection in headless Chromium, news-world-dev pages at their own URLs (no site rule), cold median / p95 (${b.world.pages} pages × ${b.runs} loads) | ${ms2(b.world.medianMs)} / ${ms2(b.world.p95Ms)} ms | — | ≤ 0.5 / ≤ 3 ms |`);
    out.push(`| detection in headless Chromium on huge pages | ${Object.entries(b.huge).map(([k, v]) => `${k} ${ms2(v)} ms`).join('; ')} | — | < 50 ms |`);
  }
  if (sizes.content) out.push(`| content script (dist/chrome/content.js) minified / gzip | ${kb(sizes.content.raw)} / ${kb(sizes.content.gzip)} (${sizes.content.gzip} B) | — | ≤ 6 KB (6,144 B) gzip |`);
  out.push(`| detector + site rules alone (src/core/detect) minified / gzip | ${kb(sizes.detector.raw)} / ${kb(sizes.detector.gzip)} | — | — |`);
  if (sizes.popup) out.push(`| popup.js minified / gzip | ${kb(sizes.popup.raw)} / ${kb(sizes.popup.gzip)} | — | — |`);
  out.push(`| whole extension (dist/chrome, ${sizes.extension.files} files) / sum of gzip | ${kb(sizes.extension.raw)} / ${kb(sizes.extension.gzip)} | — | — |`);
  out.push('', formatFigures(keyFactsFigures));
  out.push('', formatEntityFigures(glanceNames));
  const misses = pages.perPage.filter((p) => !p.first || !p.last || p.boilerplateLines.length);
  if (misses.length) {
    out.push('', 'corpus pages with a miss:');
    for (const p of misses) out.push(`  ${p.file}: first ${p.first ? 'ok' : 'MISSING'}, last ${p.last ? 'ok' : 'MISSING'}${p.boilerplateLines.length ? `, boilerplate: ${p.boilerplateLines.slice(0, 3).map((l) => JSON.stringify(l.slice(0, 60))).join(' | ')}` : ''}`);
  }
  console.log(out.join('\n'));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

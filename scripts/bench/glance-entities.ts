/**
 * "At a glance" people / organization / place chips against labelled names, scored as
 * ../shared/corpus/entities-dev/README.md says: each document becomes a dated NewsArticle page, is
 * extracted, and the chips of glance.people / organizations / places are compared with the labels
 * of the same type, case-insensitively after NFKC. A chip is right when it equals a labelled name or
 * one contains the other at word boundaries (for Hangul, any containment of at least 2 syllables);
 * mistyped when it so matches a name of another type; otherwise not a name.
 *
 * Korean: entities-dev/ko.jsonl. English: test/fixtures/glance-en-labels.json (labels written by
 * reading corpus/pages English articles and corpus/summaries/en.jsonl; the file says how). Corpus
 * pages are extracted from their saved HTML; the other documents are wrapped in a page.
 * Each set is also split by position parity (A = even lines, B = odd), so a rule written looking at
 * one half can be checked on the other.
 * Held-out sets (rows "held-out en" / "held-out ko", halves C1 = even, C2 = odd), labelled blind:
 * test/fixtures/glance-heldout-en.json (English articles of corpus/news-world-dev) and
 * test/fixtures/glance-heldout-ko.json (corpus/summaries/ko.jsonl and Korean corpus/pages); the files say how.
 * Fresh sets (rows "fresh en" / "fresh ko", set C3, no halves), labelled blind before round 4 and used only to check it:
 * test/fixtures/glance-fresh-en.json (the summaries/en.jsonl articles not in the dev set) and
 * test/fixtures/glance-fresh-ko.json (the summaries/ko.jsonl articles not held out, and four Korean pages).
 * Second fresh English set (row "fresh2 en", halves C4a = even, C4b = odd), labelled blind before round 5:
 * test/fixtures/glance-fresh2-en.json (40 English articles of corpus/readability-test-pages and corpus/extraction-dev;
 * the file holds each text it labels, title and paragraphs, and says how they were taken).
 * Second fresh Korean set (row "fresh2 ko", set C4ko, halves C4a = even, C4b = odd), labelled blind before round 5:
 * test/fixtures/glance-fresh2-ko.json (the articles listed with their leads on the yna-ko-1 section page, one
 * document each, and the sbs-1 page); the file says how.
 * Third fresh English set (row "fresh3 en", set C5, halves C5a = even, C5b = odd), labelled blind after round 6 and before round 7:
 * test/fixtures/glance-fresh3-en.json (20 English articles of corpus/readability-test-pages and corpus/extraction-dev not in C4,
 * texts taken and stored as in C4).
 * Fourth fresh Korean set (row "fresh4 ko", set C6ko, halves C6a = even, C6b = odd), labelled blind after round 10:
 * test/fixtures/glance-fresh4-ko.json (134 news teasers, headline and lead, of the naver-2, naver-3 and naver-4 pages;
 * the file holds each text it labels and says how they were taken).
 * Fifth fresh English set (row "fresh5 en", set C7, halves C7a = even, C7b = odd), labelled blind during round 12:
 * test/fixtures/glance-fresh5-en.json (the continuations, after the stored text, of the C4 and C5 articles; the file says how).
 * Sixth fresh sets (rows "fresh6 en" and "fresh6 ko", sets C8 and C8ko, halves C8a = even, C8b = odd), labelled blind after round 13:
 * test/fixtures/glance-fresh6-en.json (continuations of the held-out news-world-dev articles) and glance-fresh6-ko.json (naver-5's search results).
 * Seventh fresh English set (row "fresh7 en", set C9, halves C9a = even, C9b = odd), labelled blind after round 14:
 * test/fixtures/glance-fresh7-en.json (the third parts of the articles whose second parts C7 and C8 hold).
 * Eighth fresh English set (row "fresh8 en", set C10, halves C10a = even, C10b = odd), labelled blind after round 15:
 * test/fixtures/glance-fresh8-en.json (the fourth parts of the same articles).
 * Ninth fresh English set (row "fresh9 en", set C11, halves C11a = even, C11b = odd), labelled blind after round 16:
 * test/fixtures/glance-fresh9-en.json (the fifth and sixth parts of the same articles; an article's parts share a half).
 * Tenth fresh English set (row "fresh10 en", set C12, halves C12a = even, C12b = odd), labelled blind after round 17:
 * test/fixtures/glance-fresh10-en.json (the seventh and eighth parts of the ten C11 articles that go on).
 * Eleventh fresh English set (row "fresh11 en", set C13, halves C13a = even, C13b = odd), labelled blind after round 19:
 * test/fixtures/glance-fresh11-en.json (first parts of 21 pages of publishers in no earlier set).
 *
 *   npx esbuild scripts/bench/glance-entities.ts --bundle --platform=node --format=esm --packages=external \
 *     --outfile=node_modules/.cache/dev/glance-entities.mjs && node node_modules/.cache/dev/glance-entities.mjs \
 *     [--rules] [--chips [--right] [--missed] --set ko|en|held-out ko|held-out en|fresh ko|fresh en|fresh2 en|fresh2 ko|fresh3 en|fresh4 ko|fresh5 en|fresh6 en|fresh6 ko|fresh7 en|fresh8 en|fresh9 en|fresh10 en|fresh11 en
 *     --half all|A|B|C1|C2|C4a|C4b|C5a|C5b|C6a|C6b|C7a|C7b|C8a|C8b|C9a|C9b|C10a|C10b|C11a|C11b|C12a|C12b|C13a|C13b]
 * (the outfile must sit inside the repository so the bundle finds its packages; --lang is the same as --set)
 * --chips lists the chips that are not right (--right: every chip), --missed the labelled names not shown, and the
 * documents with at least 4 names that show fewer than 4 chips ("short").
 * --rules adds what each typing rule gains (scripts: src/core/keyfacts/glance/rules.ts), one rule off at a time.
 * It runs only when the script's file name contains "glance-entities", so the bench can import it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../src/core/extract';
import { atAGlance } from '../../src/core/keyfacts';
import { RULES, type RuleName } from '../../src/core/keyfacts/glance/rules';

type Kind = 'PER' | 'ORG' | 'LOC';
const KINDS: Kind[] = ['PER', 'ORG', 'LOC'];
const FIELD: Record<Kind, 'people' | 'organizations' | 'places'> = { PER: 'people', ORG: 'organizations', LOC: 'places' };

export interface LabelledDoc {
  id: string; lang: 'en' | 'ko'; title: string;
  /** Either paragraphs to wrap in a page, or a corpus page to extract. */
  paragraphs?: string[]; page?: { file: string; url: string; encoding: string };
  PER: string[]; ORG: string[]; LOC: string[];
}

export type Verdict = 'right' | 'mistyped' | 'wrong';
export interface ScoredChip { doc: string; kind: Kind; chip: string; verdict: Verdict; matched: string | null }

const norm = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
const HANGUL = /[\uac00-\ud7a3]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** `small` occurs inside `big` with no letter or digit right before or after it. */
function containsAtBoundary(big: string, small: string): boolean {
  for (let at = big.indexOf(small); at >= 0; at = big.indexOf(small, at + 1)) {
    const before = at > 0 ? big[at - 1] : '';
    const after = big[at + small.length] ?? '';
    if (!(before && WORD_CHAR.test(before)) && !(after && WORD_CHAR.test(after))) return true;
  }
  return false;
}

/** The README's match: equal, or one contains the other (at word boundaries; any 2+ syllables for Hangul). */
export function namesMatch(a: string, b: string): boolean {
  const x = norm(a), y = norm(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [big, small] = x.length >= y.length ? [x, y] : [y, x];
  if (HANGUL.test(small)) {
    const syllables = small.match(/[\uac00-\ud7a3]/g)?.length ?? 0;
    return syllables >= 2 && big.includes(small);
  }
  return containsAtBoundary(big, small);
}

export function scoreChip(doc: LabelledDoc, kind: Kind, chip: string): ScoredChip {
  const same = doc[kind].find((n) => namesMatch(chip, n));
  if (same) return { doc: doc.id, kind, chip, verdict: 'right', matched: same };
  for (const other of KINDS) {
    if (other === kind) continue;
    const hit = doc[other].find((n) => namesMatch(chip, n));
    if (hit) return { doc: doc.id, kind, chip, verdict: 'mistyped', matched: `${other}:${hit}` };
  }
  return { doc: doc.id, kind, chip, verdict: 'wrong', matched: null };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A dated NewsArticle page holding the document's paragraphs. */
export function newsPage(doc: LabelledDoc): string {
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: doc.title, datePublished: '2024-04-17T09:00:00+09:00' });
  const body = (doc.paragraphs ?? []).map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html><html lang="${doc.lang}"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title>` +
    `<meta property="og:type" content="article"><meta property="article:published_time" content="2024-04-17T09:00:00+09:00">` +
    `<script type="application/ld+json">${ld.replace(/</g, '\\u003c')}</script></head>` +
    `<body><header><a href="/">News</a></header><main><article><h1>${escapeHtml(doc.title)}</h1>\n${body}\n</article></main></body></html>`;
}

export interface GlanceInput { title: string; textContent: string; lang: string | null; publishedTime: string | null }

/** The extractor's view of the document (null when nothing is extracted). */
export function extractedInput(doc: LabelledDoc, corpusDir: string): GlanceInput | null {
  let html: string, url: string;
  if (doc.page) {
    html = new TextDecoder(doc.page.encoding).decode(fs.readFileSync(path.join(corpusDir, 'pages', doc.page.file)));
    url = doc.page.url;
  } else {
    html = newsPage(doc);
    url = `https://news.example.com/2024/04/17/${encodeURIComponent(doc.id)}`;
  }
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    const a = extractArticle(dom.window.document, url, { disposable: true, maxMs: 60_000 });
    return a ? { title: a.title, textContent: a.textContent, lang: a.lang ?? doc.lang, publishedTime: a.publishedTime } : null;
  } finally {
    dom.window.close();
  }
}

export function loadKorean(corpusDir: string): LabelledDoc[] {
  return fs.readFileSync(path.join(corpusDir, 'entities-dev/ko.jsonl'), 'utf8').split('\n').filter((l) => l.trim())
    .map((l) => ({ ...JSON.parse(l), lang: 'ko' as const }));
}

interface EnglishFixture { id: string; source: string; PER: string[]; ORG: string[]; LOC: string[] }

/** English labels (test fixture) joined with their texts from the corpus. */
export function loadEnglish(corpusDir: string, root: string): LabelledDoc[] {
  const fixture: { documents: EnglishFixture[] } = JSON.parse(fs.readFileSync(path.join(root, 'test/fixtures/glance-en-labels.json'), 'utf8'));
  const summaries = new Map<string, { title?: string; text: string }>(fs.readFileSync(path.join(corpusDir, 'summaries/en.jsonl'), 'utf8')
    .split('\n').filter((l) => l.trim()).map((l) => { const x = JSON.parse(l); return [x.id, x]; }));
  const pages: { file: string; url: string; bytesEncoding: string; title?: string }[] = JSON.parse(fs.readFileSync(path.join(corpusDir, 'pages/index.json'), 'utf8'));
  return fixture.documents.map((d) => {
    const base = { id: d.id, lang: 'en' as const, PER: d.PER, ORG: d.ORG, LOC: d.LOC };
    if (d.source === 'pages') {
      const p = pages.find((x) => x.file === d.id)!;
      return { ...base, title: p.title ?? '', page: { file: p.file, url: p.url, encoding: p.bytesEncoding } };
    }
    const s = summaries.get(d.id)!;
    // Summaries are one block of text: one paragraph per sentence-ish line keeps the page readable.
    return { ...base, title: s.title ?? '', paragraphs: s.text.split(/\n+/).filter((x) => x.trim()) };
  });
}

interface HeldOutFixture {
  id: string; source: 'news-world-dev' | 'summaries' | 'pages' | 'section'; blocks?: number;
  /** source 'section': the saved list page (under corpus/pages) and the data-cid of the listed article. */
  page?: string; item?: string;
  PER: string[]; ORG: string[]; LOC: string[];
}

/** One article listed on a saved section page: its headline and the lines of its lead (Yonhap's list markup). */
function sectionItem(corpusDir: string, file: string, item: string): { title: string; paragraphs: string[] } {
  const dom = new JSDOM(fs.readFileSync(path.join(corpusDir, 'pages', file), 'utf8'));
  try {
    const li = dom.window.document.querySelector(`li[data-cid="${item}"]`);
    if (!li) throw new Error(`${file}: no listed article ${item}`);
    const title = li.querySelector('.title01')?.textContent?.trim() ?? '';
    const paragraphs = (li.querySelector('p.lead')?.textContent ?? '').split(/\n+/).map((x) => x.trim()).filter(Boolean);
    return { title, paragraphs };
  } finally {
    dom.window.close();
  }
}

/** Held-out labels (test fixtures written blind) joined with their texts from the corpus. */
export function loadHeldOut(lang: 'en' | 'ko', corpusDir: string, root: string, kind: 'heldout' | 'fresh' | 'fresh2' = 'heldout'): LabelledDoc[] {
  const fixture: { documents: HeldOutFixture[] } = JSON.parse(fs.readFileSync(path.join(root, `test/fixtures/glance-${kind}-${lang}.json`), 'utf8'));
  const world: { id: string; title: string; summary?: string[]; paragraphs: string[] }[] =
    JSON.parse(fs.readFileSync(path.join(corpusDir, 'news-world-dev/index.json'), 'utf8')).pages;
  const summaries = new Map<string, { title?: string; text: string }>(fs.readFileSync(path.join(corpusDir, `summaries/${lang}.jsonl`), 'utf8')
    .split('\n').filter((l) => l.trim()).map((l) => { const x = JSON.parse(l); return [x.id, x]; }));
  const pages: { file: string; url: string; bytesEncoding: string; title?: string }[] = JSON.parse(fs.readFileSync(path.join(corpusDir, 'pages/index.json'), 'utf8'));
  return fixture.documents.map((d) => {
    const base = { id: d.id, lang, PER: d.PER, ORG: d.ORG, LOC: d.LOC };
    if (d.source === 'pages') {
      const p = pages.find((x) => x.file === d.id)!;
      return { ...base, title: p.title ?? '', page: { file: p.file, url: p.url, encoding: p.bytesEncoding } };
    }
    if (d.source === 'section') return { ...base, ...sectionItem(corpusDir, d.page!, d.item!) };
    if (d.source === 'summaries') {
      const x = summaries.get(d.id)!;
      return { ...base, title: x.title ?? '', paragraphs: x.text.split(/\n+/).filter((t) => t.trim()) };
    }
    const w = world.find((x) => x.id === d.id)!;
    return { ...base, title: w.title, paragraphs: [...(w.summary ?? []), ...w.paragraphs].slice(0, d.blocks) };
  });
}

interface TextFixture { id: string; title: string; paragraphs: string[]; PER: string[]; ORG: string[]; LOC: string[] }

/** Sets C4, C5 and C6ko: the labelled texts are in the fixture itself (title and paragraphs, wrapped in a page). */
export function loadTextFixture(root: string, file: string, lang: 'en' | 'ko' = 'en'): LabelledDoc[] {
  const fixture: { documents: TextFixture[] } = JSON.parse(fs.readFileSync(path.join(root, 'test/fixtures', file), 'utf8'));
  return fixture.documents.map((d) => ({ id: d.id, lang, title: d.title, paragraphs: d.paragraphs, PER: d.PER, ORG: d.ORG, LOC: d.LOC }));
}

export interface EntityFigures {
  lang: string; half: string; docs: number; chips: number; right: number; mistyped: number; wrong: number;
  chipsPerDoc: number; precision: number; mistypedShare: number; labelled: number; shown: number; shownShare: number;
  /** Documents with at least 4 labelled names, and how many of them show at least 4 chips. */
  docsWith4: number; docsWith4Shown4: number;
  medianMs: number;
}

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : 0;
};

export interface Evaluated {
  figures: EntityFigures; chips: ScoredChip[]; missed: { doc: string; kind: Kind; name: string }[];
  /** Documents with at least 4 labelled names that show fewer than 4 chips. */
  short: { doc: string; chips: number; names: number }[];
}

/** Scores the chips of already-extracted inputs; timing is the best of `rounds` atAGlance() calls. */
export function evaluate(lang: string, half: string, docs: LabelledDoc[], inputs: (GlanceInput | null)[], rounds = 3): Evaluated {
  const chips: ScoredChip[] = [];
  const missed: Evaluated['missed'] = [];
  const times: number[] = [];
  const short: Evaluated['short'] = [];
  let labelled = 0, shown = 0, docsWith4 = 0, docsWith4Shown4 = 0;
  docs.forEach((doc, i) => {
    const input = inputs[i];
    const g = input ? atAGlance(input) : { people: [], organizations: [], places: [] };
    if (input) {
      let best = Infinity;
      for (let r = 0; r < Math.max(1, rounds); r++) { const t0 = performance.now(); atAGlance(input); best = Math.min(best, performance.now() - t0); }
      times.push(best);
    }
    let docChips = 0;
    for (const kind of KINDS) {
      const list = g[FIELD[kind]];
      docChips += list.length;
      for (const chip of list) chips.push(scoreChip(doc, kind, chip));
      for (const name of doc[kind]) {
        labelled++;
        if (list.some((c) => namesMatch(c, name))) shown++;
        else missed.push({ doc: doc.id, kind, name });
      }
    }
    const names = doc.PER.length + doc.ORG.length + doc.LOC.length;
    if (names >= 4) { docsWith4++; if (docChips >= 4) docsWith4Shown4++; else short.push({ doc: doc.id, chips: docChips, names }); }
  });
  const right = chips.filter((c) => c.verdict === 'right').length;
  const mistyped = chips.filter((c) => c.verdict === 'mistyped').length;
  const n = chips.length;
  return {
    figures: {
      lang, half, docs: docs.length, chips: n, right, mistyped, wrong: n - right - mistyped,
      chipsPerDoc: n / Math.max(1, docs.length), precision: n ? right / n : 0, mistypedShare: n ? mistyped / n : 0,
      labelled, shown, shownShare: labelled ? shown / labelled : 0, docsWith4, docsWith4Shown4, medianMs: quantile(times, 0.5),
    },
    chips, missed, short,
  };
}

/** `name` is the row label ("ko", "held-out en"); `lang` decides which rules bear on it. */
interface LoadedSet { name: string; lang: 'ko' | 'en'; heldOut: boolean | 'fresh' | 'fresh2' | 'fresh3' | 'fresh4' | 'fresh5' | 'fresh6' | 'fresh7' | 'fresh8' | 'fresh9' | 'fresh10' | 'fresh11'; docs: LabelledDoc[]; inputs: (GlanceInput | null)[] }

/** The dev sets and the held-out sets of both languages, extracted once. */
export function loadSets(corpusDir: string, root: string): LoadedSet[] {
  const sets = [
    ['ko', 'ko', false, loadKorean(corpusDir)], ['en', 'en', false, loadEnglish(corpusDir, root)],
    ['held-out en', 'en', true, loadHeldOut('en', corpusDir, root)], ['held-out ko', 'ko', true, loadHeldOut('ko', corpusDir, root)],
    // Set C3: only its figures are read while rules are written, so it is not split.
    ['fresh en', 'en', 'fresh', loadHeldOut('en', corpusDir, root, 'fresh')], ['fresh ko', 'ko', 'fresh', loadHeldOut('ko', corpusDir, root, 'fresh')],
    // Sets C4 (English) and C4ko: halves C4a / C4b, so a rule of round 5 written looking at one can be checked on the other.
    ['fresh2 en', 'en', 'fresh2', loadTextFixture(root, 'glance-fresh2-en.json')],
    ['fresh2 ko', 'ko', 'fresh2', loadHeldOut('ko', corpusDir, root, 'fresh2')],
    // Set C5: halves C5a / C5b, for round 7 the same way.
    ['fresh3 en', 'en', 'fresh3', loadTextFixture(root, 'glance-fresh3-en.json')],
    // Set C6ko: halves C6a / C6b, labelled blind after round 10.
    ['fresh4 ko', 'ko', 'fresh4', loadTextFixture(root, 'glance-fresh4-ko.json', 'ko')],
    // Set C7: halves C7a / C7b, labelled blind during round 12 (the continuations of the C4 and C5 articles).
    ['fresh5 en', 'en', 'fresh5', loadTextFixture(root, 'glance-fresh5-en.json')],
    // Sets C8 and C8ko: halves C8a / C8b, labelled blind after round 13.
    ['fresh6 en', 'en', 'fresh6', loadTextFixture(root, 'glance-fresh6-en.json')],
    ['fresh6 ko', 'ko', 'fresh6', loadTextFixture(root, 'glance-fresh6-ko.json', 'ko')],
    // Set C9: halves C9a / C9b, labelled blind after round 14 (the third parts of the C7 and C8 articles).
    ['fresh7 en', 'en', 'fresh7', loadTextFixture(root, 'glance-fresh7-en.json')],
    // Set C10: halves C10a / C10b, labelled blind after round 15 (the fourth parts of the same articles).
    ['fresh8 en', 'en', 'fresh8', loadTextFixture(root, 'glance-fresh8-en.json')],
    // Set C11: halves C11a / C11b, labelled blind after round 16 (the fifth and sixth parts).
    ['fresh9 en', 'en', 'fresh9', loadTextFixture(root, 'glance-fresh9-en.json')],
    // Set C12: halves C12a / C12b, labelled blind after round 17 (the seventh and eighth parts).
    ['fresh10 en', 'en', 'fresh10', loadTextFixture(root, 'glance-fresh10-en.json')],
    // Set C13: halves C13a / C13b, labelled blind after round 19 (first parts of 21 pages of publishers in no earlier set).
    ['fresh11 en', 'en', 'fresh11', loadTextFixture(root, 'glance-fresh11-en.json')],
  ] as const;
  return sets.map(([name, lang, heldOut, docs]) => ({ name, lang, heldOut, docs, inputs: docs.map((d) => extractedInput(d, corpusDir)) }));
}

/** The halves each set is split into (even / odd positions); set C3 is not split. */
const HALVES = {
  false: ['A', 'B'], true: ['C1', 'C2'], fresh2: ['C4a', 'C4b'], fresh3: ['C5a', 'C5b'], fresh4: ['C6a', 'C6b'],
  fresh5: ['C7a', 'C7b'], fresh6: ['C8a', 'C8b'], fresh7: ['C9a', 'C9b'], fresh8: ['C10a', 'C10b'], fresh9: ['C11a', 'C11b'], fresh10: ['C12a', 'C12b'], fresh11: ['C13a', 'C13b'],
} as const;

/** Whole set and halves of each set (HALVES). */
export function evaluateEntities(sets: LoadedSet[], rounds = 3): Evaluated[] {
  const out: Evaluated[] = [];
  for (const { name, heldOut, docs, inputs } of sets) {
    out.push(evaluate(name, 'all', docs, inputs, rounds));
    if (heldOut === 'fresh') continue;
    const halves = HALVES[`${heldOut}`];
    halves.forEach((half, parity) => {
      const keep = docs.map((_, i) => i % 2 === parity);
      out.push(evaluate(name, half, docs.filter((_, i) => keep[i]), inputs.filter((_, i) => keep[i]), rounds));
    });
  }
  return out;
}

/** `lang` is the set's row label ("ko", "held-out ko"). */
export interface RuleGain { rule: RuleName; lang: string; half: string; precision: number; mistyped: number; shown: number; chipsPerDoc: number }

/**
 * What each rule gains: the figures with all rules on minus the figures with that one rule off, per
 * language and half (only the rules of that language). Positive precision / shown and negative
 * mistyped are gains.
 */
export function ruleGains(sets: LoadedSet[], only?: RuleName[]): RuleGain[] {
  const full = evaluateEntities(sets, 0).map((r) => r.figures);
  const gains: RuleGain[] = [];
  for (const rule of only ?? (Object.keys(RULES) as RuleName[])) {
    const lang = rule.startsWith('ko') ? 'ko' : 'en';
    RULES[rule] = false;
    try {
      const off = evaluateEntities(sets.filter((x) => x.lang === lang), 0).map((r) => r.figures);
      for (const f of off) {
        const on = full.find((x) => x.lang === f.lang && x.half === f.half)!;
        gains.push({
          rule, lang: f.lang, half: f.half, precision: on.precision - f.precision, mistyped: on.mistypedShare - f.mistypedShare,
          shown: on.shownShare - f.shownShare, chipsPerDoc: on.chipsPerDoc - f.chipsPerDoc,
        });
      }
    } finally {
      RULES[rule] = true;
    }
  }
  return gains;
}

export function formatRuleGains(gains: RuleGain[]): string {
  const pts = (x: number) => `${x >= 0 ? '+' : ''}${(100 * x).toFixed(1)}`;
  const lines = ['| rule (gain when on; points) | half | precision | mistyped | names shown | chips / doc |', '| --- | --- | --- | --- | --- | --- |'];
  for (const g of gains) lines.push(`| ${g.lang} ${g.rule} | ${g.half} | ${pts(g.precision)} | ${pts(g.mistyped)} | ${pts(g.shown)} | ${g.chipsPerDoc >= 0 ? '+' : ''}${g.chipsPerDoc.toFixed(2)} |`);
  return lines.join('\n');
}

export function formatEntityFigures(rows: EntityFigures[]): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  const lines = ['| glance names | docs | chips / doc | precision | mistyped | not a name | labelled names shown | docs with ≥4 names showing ≥4 chips | glance median |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |'];
  for (const f of rows) {
    lines.push(`| ${f.lang} ${f.half} | ${f.docs} | ${f.chipsPerDoc.toFixed(2)} | ${f.precision.toFixed(3)} (${f.right}/${f.chips}) | ${pct(f.mistypedShare)} | ${pct(f.wrong / Math.max(1, f.chips))} | ${pct(f.shownShare)} (${f.shown}/${f.labelled}) | ${f.docsWith4Shown4}/${f.docsWith4} | ${f.medianMs.toFixed(3)} ms |`);
  }
  return lines.join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const arg = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  const root = process.cwd();
  const corpusDir = process.env.LEDE_CORPUS ?? path.resolve(root, '../shared/corpus');
  // --off a,b: those rules off for this run (to compare chips with and without them).
  for (const rule of (arg('--off') ?? '').split(',').filter(Boolean)) RULES[rule as RuleName] = false;
  const sets = loadSets(corpusDir, root);
  const results = evaluateEntities(sets);
  console.log(formatEntityFigures(results.map((r) => r.figures)));
  // --rules [a,b]: every rule, or only those named.
  const only = arg('--rules')?.startsWith('--') === false ? (arg('--rules')!.split(',') as RuleName[]) : undefined;
  if (args.includes('--rules')) console.log(`\n${formatRuleGains(ruleGains(sets, only))}`);
  const set = arg('--set') ?? arg('--lang'), half = arg('--half') ?? 'all';
  if (args.includes('--chips')) {
    for (const r of results) {
      if ((set && r.figures.lang !== set) || r.figures.half !== half) continue;
      for (const c of r.chips) if (c.verdict !== 'right' || args.includes('--right')) console.log(`${c.verdict.padEnd(8)} ${c.kind} ${JSON.stringify(c.chip)}${c.matched ? ` ~ ${c.matched}` : ''}  [${c.doc}]`);
      if (args.includes('--missed')) for (const m of r.missed) console.log(`missed   ${m.kind} ${JSON.stringify(m.name)}  [${m.doc}]`);
      for (const d of r.short) console.log(`short    ${d.chips} chips, ${d.names} names  [${d.doc}]`);
    }
  }
  if (args.includes('--dump')) {
    for (const lang2 of ['en'] as const) {
      const docs = loadEnglish(corpusDir, root);
      docs.forEach((d) => console.log(`=== ${d.id}\n${extractedInput(d, corpusDir)?.textContent ?? ''}`));
      void lang2;
    }
  }
}

if (/glance-entities/.test(path.basename(process.argv[1] ?? ''))) main();

/**
 * Extraction on the article pages of ../shared/corpus/pages: first and last body sentence found,
 * and boilerplate lines left in textContent. A line is counted as boilerplate when it lies outside
 * the body (before the line holding the first sentence, after the line holding the last one) or
 * matches one of a few outlet-independent chrome patterns (copyright, tip lines, e-mail sign-offs,
 * "(END)"). Independent of the extractor's own boilerplate rules, so it can catch what they miss.
 */
import fs from 'node:fs';
import path from 'node:path';
import { detectArticle } from '../../src/core/detect';
import { extractPage } from '../../src/core/extract';
import { clickView } from '../../src/core/pipeline';
import { isProbablyReaderable } from '@mozilla/readability';
import { parsePage, settle } from './jsdom-pages';

const norm = (s: string | null | undefined): string => String(s ?? '').replace(/\s+/g, ' ').trim();
const CHROME_LINE = /무단\s*(?:전재|복제)|재배포\s*금지|copyrights?\b|ⓒ|©|제보(?:하기|는|\s*:)|카카오톡|^\(?(?:END|끝)\)?$|\S+@\S+\.\w{2,}$|Related Articles|MOST POPULAR|LATEST NEWS|Back To Top/i;

export interface PageFigures { file: string; lang: string; first: boolean; last: boolean; boilerplateLines: string[]; detectMs: number; extracted: boolean }
/** Detection on every corpus page (articles and others), Lede next to isProbablyReaderable. */
/** `shown`: what a click shows (the article, or "no article"); `fallback`: the Lede step replaced by Readability's result. */
export interface PageVerdict { file: string; label: boolean; lede: boolean; readerable: boolean; shown?: boolean; fallback?: string | null }
export interface LangPageFigures { lang: string; pages: number; extracted: number; first: number; last: number; boilerplateLines: number }

interface IndexPage { file: string; url: string; lang: string; isArticle: boolean; firstSentence?: string; lastSentence?: string; bytesEncoding: string }

export async function evaluateCorpusPages(corpusDir: string, detectTimes: number[]): Promise<{ perPage: PageFigures[]; byLang: LangPageFigures[]; verdicts: PageVerdict[] }> {
  const pages: IndexPage[] = JSON.parse(fs.readFileSync(path.join(corpusDir, 'pages/index.json'), 'utf8'));
  const perPage: PageFigures[] = [];
  const verdicts: PageVerdict[] = [];
  for (const page of pages) {
    const html = new TextDecoder(page.bytesEncoding).decode(fs.readFileSync(path.join(corpusDir, 'pages', page.file)));
    await settle();
    const dom = parsePage(html, page.url);
    const doc = dom.window.document;
    const t0 = performance.now();
    const detection = detectArticle(doc, page.url);
    const detected = detection.isArticle;
    const detectMs = performance.now() - t0;
    detectTimes.push(detectMs);
    const verdict: PageVerdict = { file: page.file, label: page.isArticle, lede: detected, readerable: isProbablyReaderable(doc) };
    verdicts.push(verdict);
    let text = '';
    try {
      const { article, shape, fallback } = extractPage(doc, page.url, { disposable: true, maxMs: 60_000 });
      verdict.shown = clickView(article, shape, detection) === 'article';
      verdict.fallback = fallback;
      text = verdict.shown ? article?.textContent ?? '' : '';
    } catch { verdict.shown = false; }
    dom.window.close();
    if (!page.isArticle) continue;
    const lines = text.split('\n').map(norm).filter(Boolean);
    const first = norm(page.firstSentence), last = norm(page.lastSentence);
    const firstLine = lines.findIndex((l) => l.includes(first.slice(0, 40)));
    let lastLine = -1;
    lines.forEach((l, i) => { if (l.includes(last.slice(-40))) lastLine = i; });
    const boilerplateLines = lines.filter((l, i) => (firstLine >= 0 && i < firstLine) || (lastLine >= 0 && i > lastLine) || CHROME_LINE.test(l));
    perPage.push({ file: page.file, lang: page.lang, first: norm(text).includes(first), last: norm(text).includes(last), boilerplateLines, detectMs, extracted: !!text });
  }
  const byLang = ['ko', 'en'].map((lang) => {
    const rows = perPage.filter((p) => p.lang === lang);
    return {
      lang, pages: rows.length, extracted: rows.filter((r) => r.extracted).length, first: rows.filter((r) => r.first).length,
      last: rows.filter((r) => r.last).length, boilerplateLines: rows.reduce((n, r) => n + r.boilerplateLines.length, 0),
    };
  });
  return { perPage, byLang, verdicts };
}

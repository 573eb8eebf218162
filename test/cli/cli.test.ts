/**
 * The CLI contract (issue 2 §6), run as a separate process on real corpus pages. The CLI is built
 * into test-artifacts/ (not dist/, which other suites may be using) with the same esbuild options
 * as build.mjs.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR, corpusPages, norm } from '../helpers/corpus';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'test-artifacts/cli/cli.js');
const pagesDir = path.join(CORPUS_DIR, 'pages');
const page = (file: string) => corpusPages().find((p) => p.file === file)!;
const filePath = (file: string) => path.join(pagesDir, file);

function run(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const KEYS = ['url', 'isArticle', 'kind', 'site', 'confidence', 'title', 'byline', 'siteName', 'publishedTime', 'modifiedTime', 'lang', 'excerpt', 'leadImage', 'contentHtml', 'textContent', 'readingMinutes', 'keyFacts', 'glance', 'timings', 'noArticle', 'view', 'fallback'];

beforeAll(async () => {
  await esbuild.build({
    entryPoints: [path.join(root, 'src/cli/index.ts')], outfile: cli, bundle: true, format: 'esm',
    platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning',
  });
}, 120_000);

describe('extract --jsonl over articles, non-articles and a missing file', () => {
  const ARTICLES = ['yna-en-2.html', 'kbs-1.html', 'sbs-2.html', 'hankookilbo-1.html'];
  const REJECTED = ['naver-2.html', 'koreaherald-1.html', 'yna-ko-1.html'];
  const SCRIPT_ONLY = 'chosun-3.html';
  const files = [...ARTICLES.slice(0, 2), 'missing.html', ...ARTICLES.slice(2), ...REJECTED, SCRIPT_ONLY];
  let lines: Record<string, any>[];

  beforeAll(() => {
    const args = ['extract', '--jsonl'];
    for (const file of files) args.push('--url', file === 'missing.html' ? 'https://example.com/x' : page(file).url, filePath(file));
    const result = run(args);
    expect(result.code, result.stderr).toBe(0);
    lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
  }, 300_000);

  it('prints one line per file, in order, with the URL that belongs to each file', () => {
    expect(lines).toHaveLength(files.length);
    files.forEach((file, i) => {
      if (file !== 'missing.html') expect(lines[i].url).toBe(page(file).url);
    });
  });

  it('gives {file, error} for the missing file and goes on', () => {
    const line = lines[files.indexOf('missing.html')];
    expect(Object.keys(line).sort()).toEqual(['error', 'file']);
    expect(line.file).toBe(filePath('missing.html'));
    expect(line.error).toMatch(/no such file/);
  });

  it.each(ARTICLES)('extracts the article %s with the keys of the contract', (file) => {
    const line = lines[files.indexOf(file)];
    const expected = page(file);
    expect(Object.keys(line)).toEqual(KEYS);
    expect(line).toMatchObject({ isArticle: true, kind: 'news', site: expected.site, noArticle: null, view: 'article', fallback: null });
    // contentHtml is what the views render: sanitized, no scripts, handlers or class names left.
    expect(line.contentHtml).not.toMatch(/<script|\son\w+=|\sclass=|\sstyle=/i);
    expect(norm(line.title)).toBe(norm(expected.title));
    expect(norm(line.textContent)).toContain(norm(expected.firstSentence));
    expect(line.keyFacts.length).toBeGreaterThan(0);
    for (const fact of line.keyFacts) expect(Object.keys(fact).sort()).toEqual(['sentenceIndex', 'text']);
    expect(Object.keys(line.timings).sort()).toEqual(['detectMs', 'extractMs', 'keyFactsMs']);
  });

  it.each(REJECTED)('rejects the non-article %s', (file) => {
    const line = lines[files.indexOf(file)];
    expect(Object.keys(line)).toEqual(KEYS);
    expect(line).toMatchObject({ isArticle: false, kind: 'none', site: page(file).site, title: null, textContent: null, contentHtml: null, keyFacts: [], glance: null, noArticle: 'not-an-article', view: 'no-article' });
  });

  it('reads a Chosun page whose body is only script data (Arc XP\'s Fusion.globalContent) from that data', () => {
    const line = lines[files.indexOf(SCRIPT_ONLY)];
    expect(line).toMatchObject({ isArticle: true, site: 'chosun', title: page(SCRIPT_ONLY).title, noArticle: null, view: 'article' });
    expect(norm(line.textContent).startsWith(norm(page(SCRIPT_ONLY).firstSentence))).toBe(true);
    expect(line.keyFacts.length).toBeGreaterThanOrEqual(3);
    for (const fact of line.keyFacts) expect(line.textContent).toContain(fact.text);
  });
});

describe('extract, one page', () => {
  it('reads standard input and takes the URL from the page when --url is missing', () => {
    const result = run(['extract', '-'], fs.readFileSync(filePath('yna-en-3.html')));
    expect(result.code, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.url).toBe(page('yna-en-3.html').url); // from og:url / canonical
    expect(out).toMatchObject({ isArticle: true, site: 'yna-en', title: page('yna-en-3.html').title });
  }, 120_000);

  it('decodes a real EUC-KR page, and UTF-8 bytes that declare euc-kr, as a browser would', () => {
    // naver-4 is EUC-KR bytes; naver-1 is UTF-8 bytes whose <meta> says euc-kr.
    const realEucKr = JSON.parse(run(['extract', '--url', page('naver-4.html').url, filePath('naver-4.html')]).stdout);
    expect(realEucKr).toMatchObject({ isArticle: false, site: 'naver' });
    const mislabelled = JSON.parse(run(['extract', '--url', page('naver-1.html').url, filePath('naver-1.html')]).stdout);
    expect(mislabelled.textContent).toContain(norm(page('naver-1.html').firstSentence).slice(0, 30));
    // Forcing the declared encoding gives mojibake: the override is honoured.
    const forced = JSON.parse(run(['extract', '--encoding', 'euc-kr', '--url', page('naver-1.html').url, filePath('naver-1.html')]).stdout);
    expect(String(forced.textContent ?? '')).not.toContain('연천군');
  }, 240_000);
});

describe('summarize', () => {
  it('writes {id, keyFacts: [string]} per input line, verbatim sentences', () => {
    const text = 'SEOUL, April 19 (Yonhap) -- President Yoon Suk Yeol will give an address at Harvard University next week, his office said. ' +
      'The address will make Yoon the first sitting South Korean president to speak there. The trip includes a summit in Washington on April 26. ' +
      'Officials said the speech would focus on freedom and cooperation.';
    const input = [JSON.stringify({ id: 'a1', title: 'Yoon to give address at Harvard', text }), '', 'not json'].join('\n');
    const result = run(['summarize', '--lang', 'en', '--jsonl'], input);
    expect(result.code, result.stderr).toBe(0);
    const [first, second, ...rest] = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(rest).toEqual([]);
    expect(first.id).toBe('a1');
    expect(first.keyFacts.length).toBeGreaterThan(0);
    for (const fact of first.keyFacts) expect(text).toContain(fact.replace(/^SEOUL, April 19 \(Yonhap\) -- /, ''));
    expect(second).toEqual({ id: null, error: 'not a JSON line' });
  }, 120_000);
});

describe('errors', () => {
  it.each([
    [['extract', 'no-such-file.html'], 1, /cannot read no-such-file\.html: no such file/],
    [['extract'], 2, /no input file/],
    [['extract', 'a.html', 'b.html'], 2, /--jsonl/],
    [['extract', '--url', 'not a url', 'a.html'], 2, /not an absolute URL/],
    [['extract', '--encoding', 'klingon', 'a.html'], 2, /unknown encoding/],
    [['extract', 'a.html', '--url', 'https://example.com/'], 2, /before the file/],
    [['summarize', '--jsonl'], 2, /--lang en or --lang ko/],
    [['frobnicate'], 2, /unknown command/],
  ])('%j exits %i with a clear message', (args, code, pattern) => {
    const result = run(args as string[]);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(pattern);
    expect(result.stdout).toBe('');
  }, 120_000);
});

/**
 * Detection timed where it really runs: in headless Chromium (the content script's engine), on the
 * huge synthetic pages and the corpus pages. jsdom's document-wide queries run in JavaScript and
 * cost milliseconds per 10,000 elements; a browser's are native. Page scripts are off and network
 * is blocked. Skipped (null) when Chromium or playwright-core is missing.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

export interface BrowserDetectFigures { pages: number; medianMs: number; p95Ms: number; maxMs: number; huge: Record<string, number> }

const CHROMIUM = '/usr/bin/chromium';
const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : 0;
};

export async function browserDetectTimes(root: string, corpusDir: string): Promise<BrowserDetectFigures | null> {
  if (!fs.existsSync(CHROMIUM)) return null;
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    return null;
  }
  const bundle = await esbuild.build({
    entryPoints: [path.join(root, 'src/core/detect/index.ts')], bundle: true, minify: true, write: false,
    format: 'iife', globalName: 'LedeDetect', platform: 'browser', target: ['chrome120'],
  });
  const code = bundle.outputFiles[0].text + ';globalThis.LedeDetect = LedeDetect;';
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route('**/*', (route) => route.abort());
    let page = await context.newPage();
    const timeDetect = async (url: string): Promise<number> => {
      await page.evaluate(code);
      return page.evaluate((u) => {
        const detect = (globalThis as unknown as { LedeDetect: { detectArticle: (d: Document, u: string) => unknown } }).LedeDetect.detectArticle;
        const t0 = performance.now();
        detect(document, u);
        return performance.now() - t0;
      }, url);
    };
    const times: number[] = [];
    const index: { file: string; url: string; bytesEncoding: string }[] = JSON.parse(fs.readFileSync(path.join(corpusDir, 'pages/index.json'), 'utf8'));
    for (const entry of index) {
      const html = new TextDecoder(entry.bytesEncoding).decode(fs.readFileSync(path.join(corpusDir, 'pages', entry.file)));
      await page.setContent(html, { waitUntil: 'domcontentloaded' });
      times.push(await timeDetect(entry.url));
    }
    const huge: Record<string, number> = {};
    const builders: Record<string, string> = {
      '60,000 paragraphs': `for (let i = 0; i < 60000; i++) document.body.appendChild(document.createElement('p')).textContent = 'Short line of text.';`,
      // Chromium's renderer itself crashes laying out 3,000 nested boxes (with or without Lede), so
      // the outermost box is display:none: no layout, the same DOM for detection.
      '3,000-deep nesting': `let n = document.body.appendChild(document.createElement('div')); n.style.display = 'none'; for (let i = 0; i < 3000; i++) n = n.appendChild(document.createElement('div')); for (let i = 0; i < 5; i++) n.appendChild(document.createElement('p')).textContent = 'Long enough paragraph text. '.repeat(20);`,
      '5 MB text node': `document.body.appendChild(document.createElement('p')).appendChild(document.createTextNode('word '.repeat(1000000)));`,
    };
    for (const [name, build] of Object.entries(builders)) {
      try {
        await page.setContent('<html><body></body></html>');
        await page.evaluate(build);
        huge[name] = await timeDetect('https://example.com/2024/05/01/a-long-story-slug');
      } catch (error) {
        // A renderer may crash on such a page (layout, not detection); record it and go on.
        console.error(`Chromium: ${name}: ${(error as Error).message.split('\n')[0]}`);
        huge[name] = NaN;
        page = await context.newPage();
      }
    }
    return { pages: times.length, medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95), maxMs: quantile(times, 1), huge };
  } finally {
    await browser.close();
  }
}

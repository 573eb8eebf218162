/**
 * Metadata is set as text; the only HTML the views insert is the sanitizer's fragment. This guards
 * the UI folders against HTML sinks creeping in.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const UI_DIRS = ['src/ui', 'src/popup', 'src/reader', 'src/options'];
const SINKS = /\binnerHTML\b|\bouterHTML\s*=|insertAdjacentHTML|document\.write|\.write(ln)?\(|createContextualFragment|srcdoc|\beval\(|new Function\(|setHTMLUnsafe|parseHTMLUnsafe/;

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : /\.(ts|html)$/.test(entry.name) ? [full] : [];
  });
}

describe('UI code has no HTML sinks', () => {
  const files = UI_DIRS.flatMap((dir) => sourceFiles(path.join(root, dir)));

  it('finds the UI sources', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('never uses innerHTML, outerHTML=, insertAdjacentHTML, document.write, eval', () => {
    const hits: string[] = [];
    for (const file of files) {
      fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (SINKS.test(line)) hits.push(`${path.relative(root, file)}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(hits).toEqual([]);
  });

  it('HTML pages have no inline script or style and load only our own scripts', () => {
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const html = fs.readFileSync(file, 'utf8');
      expect(html, file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
      expect(html, file).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
      for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) expect(m[1], file).toMatch(/^[a-z]+(?:-[a-z]+)*\.js$/);
    }
  });

  it('parses snapshots only with DOMParser (inert documents)', () => {
    const parse = fs.readFileSync(path.join(root, 'src/ui/parse.ts'), 'utf8');
    expect(parse).toMatch(/parseFromString\(html, 'text\/html'\)/);
  });
});

/** Both UI locales are complete, and every message key the sources use exists. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
type Catalogue = Record<string, { message: string; description?: string }>;
const load = (lang: string): Catalogue => JSON.parse(fs.readFileSync(path.join(root, 'src/_locales', lang, 'messages.json'), 'utf8'));
const en = load('en');
const ko = load('ko');

function files(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...files(full, ext));
    else if (ext.test(entry.name)) out.push(full);
  }
  return out;
}

/** Keys referenced in code and markup: t('key'…), getMessage('key'), data-i18n, data-i18n-attr, __MSG_key__. */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  const add = (key: string, file: string) => used.set(key, path.relative(root, file));
  for (const file of [...files(path.join(root, 'src'), /\.(ts|html|json)$/), path.join(root, 'manifest.json')]) {
    if (file.includes(`${path.sep}_locales${path.sep}`)) continue;
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_@]+)'/g)) add(m[1], file);
    for (const m of text.matchAll(/getMessage\(\s*['"]([A-Za-z0-9_@]+)['"]/g)) add(m[1], file);
    for (const m of text.matchAll(/data-i18n="([A-Za-z0-9_@]+)"/g)) add(m[1], file);
    for (const m of text.matchAll(/data-i18n-attr="([^"]+)"/g)) {
      for (const pair of m[1].matchAll(/[\w-]+:([A-Za-z0-9_@]+)/g)) add(pair[1], file);
    }
    for (const m of text.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)) add(m[1], file);
  }
  return used;
}

const placeholders = (message: string) => [...new Set(message.match(/\$\d/g) ?? [])].sort();

describe('UI locales', () => {
  it('en and ko have the same keys', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
  });

  it('every message is non-empty and uses the same $n placeholders in both languages', () => {
    for (const key of Object.keys(en)) {
      expect(en[key].message.trim(), `en ${key}`).not.toBe('');
      expect(ko[key]?.message.trim(), `ko ${key}`).not.toBe('');
      expect(placeholders(ko[key].message), `placeholders of ${key}`).toEqual(placeholders(en[key].message));
    }
  });

  it('the Korean catalogue is really translated (mostly Hangul, not copies of English)', () => {
    const same = Object.keys(en).filter((key) => en[key].message === ko[key].message && /[a-z]{4}/i.test(en[key].message));
    expect(same).toEqual(['appName', 'siteHostPlaceholder']);
  });

  it('every key used in src/ and manifest.json exists in the catalogue', () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(40);
    const missing = [...used].filter(([key]) => !(key in en)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('has no stale keys: each one is referenced somewhere (markup, manifest, or a quoted key in code)', () => {
    const used = new Set(usedKeys().keys());
    const code = [...files(path.join(root, 'src'), /\.ts$/), path.join(root, 'manifest.json')].map((file) => fs.readFileSync(file, 'utf8')).join('\n');
    for (const m of code.matchAll(/['"]([A-Za-z0-9_@]+)['"]/g)) used.add(m[1]);
    expect(Object.keys(en).filter((key) => !used.has(key))).toEqual([]);
  });

  it('has the keys the manifest and the commands need', () => {
    for (const key of ['extName', 'extDescription', 'actionTitle', 'commandOpenPopup', 'commandToggleSiteAuto']) {
      expect(en[key], key).toBeDefined();
    }
    expect(en.extName.message.length).toBeLessThanOrEqual(75);
    expect(en.extDescription.message.length).toBeLessThanOrEqual(132);
    expect(ko.extDescription.message.length).toBeLessThanOrEqual(132);
  });
});

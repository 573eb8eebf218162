/**
 * `npm run package` (issue 11 §4): the store zips hold exactly the extension — every file one the
 * manifest, a page, a stylesheet or a script refers to; no source maps, TypeScript, tests or notes —
 * with the right manifest per browser, and web-ext lint finds no error in the Firefox package (its
 * warnings are the known ones the README explains). Built into test-artifacts/package, so a dist/
 * other suites are using is left alone.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readZip } from '../../scripts/zip-read.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.join(root, 'test-artifacts/package');
const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };

type Entries = Map<string, Buffer>;
const packages: Record<'chrome' | 'firefox', Entries> = { chrome: new Map(), firefox: new Map() };

beforeAll(() => {
  fs.rmSync(out, { recursive: true, force: true });
  const run = spawnSync(process.execPath, ['scripts/package.mjs', '--dist', out, '--no-lint'], { cwd: root, encoding: 'utf8' });
  expect(run.status, run.stderr + run.stdout).toBe(0);
  for (const browser of ['chrome', 'firefox'] as const) {
    const zip = path.join(out, `lede-${browser}-${version}.zip`);
    for (const entry of readZip(fs.readFileSync(zip))) if (!entry.name.endsWith('/')) packages[browser].set(entry.name, entry.data());
  }
}, 180_000);

/** Is `file` used: named by the manifest, a page, a stylesheet or a script of the package? */
function unreferenced(entries: Entries): string[] {
  const texts = [...entries].filter(([name]) => /\.(json|html|css|js)$/.test(name)).map(([name, data]) => [name, data.toString('utf8')] as const);
  const mentioned = (needle: string, self: string) => texts.some(([name, text]) => name !== self && text.includes(needle));
  return [...entries.keys()].filter((file) => {
    if (file === 'manifest.json') return false;
    if (/^_locales\/[a-z_A-Z]+\/messages\.json$/.test(file)) return !mentioned('"default_locale"', file);
    if (mentioned(file, file)) return false;
    // Scripts build some paths: icons/${name}-${size}.png (background/tab-state.ts).
    const icon = /^icons\/([a-z-]+)-\d+\.png$/.exec(file);
    return !(icon && mentioned(`"${icon[1]}"`, file) && mentioned('icons/', file));
  });
}

describe.each(['chrome', 'firefox'] as const)('lede-%s package', (browser) => {
  it('holds the built extension and nothing else', () => {
    const names = [...packages[browser].keys()].sort();
    expect(names).toEqual(expect.arrayContaining([
      'manifest.json', 'background.js', 'content.js', 'overlay.js', 'popup.html', 'popup.js', 'reader.html', 'reader.js',
      'options.html', 'options.js', 'styles/base.css', 'styles/view.css', 'styles/print.css', 'icons/icon-128.png',
      '_locales/en/messages.json', '_locales/ko/messages.json',
    ]));
    for (const name of names) {
      expect(name, 'no source maps, sources, tests or notes').not.toMatch(/\.(map|ts|mjs|md|txt|log)$|(^|\/)(test|tests|src|node_modules)\/|^\./);
      expect(name).toMatch(/^(manifest\.json|[a-z-]+\.(js|html)|styles\/[a-z-]+\.css|icons\/[a-z0-9-]+\.png|_locales\/(en|ko)\/messages\.json)$/);
    }
    for (const [name, data] of packages[browser]) {
      if (name.endsWith('.js') || name.endsWith('.css')) expect(data.toString('utf8'), name).not.toMatch(/sourceMappingURL/);
    }
    expect(unreferenced(packages[browser])).toEqual([]);
  });

  it('has the manifest for its browser, at the package version', () => {
    const manifest = JSON.parse(packages[browser].get('manifest.json')!.toString('utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toBe(version);
    if (browser === 'chrome') {
      expect(manifest.background).toEqual({ service_worker: 'background.js' });
      expect(manifest.browser_specific_settings).toBeUndefined();
    } else {
      expect(manifest.background).toEqual({ scripts: ['background.js'] });
      expect(manifest.browser_specific_settings.gecko.id).toBe('lede@lede.example');
    }
  });
});

describe('web-ext lint on the Firefox package', () => {
  it('finds no error; the warnings are the known innerHTML ones on inert documents (README, "Store packages")', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-lint-'));
    try {
      for (const [name, data] of packages.firefox) {
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), data);
      }
      const lint = spawnSync(path.join(root, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', dir, '--no-config-discovery', '--output', 'json'], { encoding: 'utf8' });
      const report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{'))) as {
        summary: { errors: number }; errors: unknown[]; warnings: Array<{ code: string; file: string }>;
      };
      expect(report.errors).toEqual([]);
      expect(report.summary.errors).toBe(0);
      const warnings = report.warnings.map((w) => `${w.code} ${w.file}`);
      for (const warning of warnings) expect(['UNSAFE_VAR_ASSIGNMENT popup.js', 'UNSAFE_VAR_ASSIGNMENT reader.js']).toContain(warning);
      expect(warnings.length).toBeLessThanOrEqual(12);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

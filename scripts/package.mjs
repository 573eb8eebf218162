// `npm run package`: the store packages. Builds the extension for production (no source maps), then
// zips each browser folder with web-ext build into dist/lede-chrome-<version>.zip and
// dist/lede-firefox-<version>.zip, refusing source maps or anything else that is not part of the
// extension, and runs web-ext lint on the unpacked Firefox package (errors fail the run; warnings are
// printed, and each one is explained in the README).
//
// `node scripts/package.mjs [--dist DIR] [--no-lint]`: DIR (default dist/) is where the build and the
// zips go; the package test builds into test-artifacts/ so it never disturbs a dist/ in use.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import webExt from 'web-ext';
import { readZip } from './zip-read.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const distArg = args.indexOf('--dist');
const dist = path.resolve(root, distArg >= 0 ? args[distArg + 1] : 'dist');
const lint = !args.includes('--no-lint');
const BROWSERS = ['chrome', 'firefox'];

function run(command, commandArgs, env = {}) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed (exit ${result.status})`);
}

/** Every file under `dir`, as forward-slash relative paths. */
function filesUnder(dir, prefix = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? filesUnder(path.join(dir, entry.name), rel) : [rel];
  });
}

/** What may ship: the build's own output types. Anything else (maps, tests, notes, sources) stops the run. */
const SHIPPABLE = /^(?:manifest\.json|[a-z-]+\.(?:js|html)|styles\/[a-z-]+\.css|icons\/[a-z0-9-]+\.png|_locales\/[a-z_A-Z]+\/messages\.json)$/;

async function main() {
  // A production build: build.mjs writes no source maps unless NODE_ENV=development.
  run(process.execPath, ['build.mjs'], { NODE_ENV: 'production', LEDE_DIST_DIR: dist });
  const zips = [];
  for (const browser of BROWSERS) {
    const sourceDir = path.join(dist, browser);
    const files = filesUnder(sourceDir);
    const unexpected = files.filter((file) => !SHIPPABLE.test(file));
    if (unexpected.length) throw new Error(`dist/${browser} holds files that must not ship: ${unexpected.join(', ')}`);
    const { version } = JSON.parse(fs.readFileSync(path.join(sourceDir, 'manifest.json'), 'utf8'));
    const filename = `lede-${browser}-${version}.zip`;
    const result = await webExt.cmd.build(
      { sourceDir, artifactsDir: dist, filename, overwriteDest: true },
      { shouldExitProgram: false, showReadyMessage: false },
    );
    const entries = readZip(fs.readFileSync(result.extensionPath)).map((entry) => entry.name).filter((name) => !name.endsWith('/'));
    if (entries.sort().join('\n') !== files.sort().join('\n')) throw new Error(`${filename}: contents differ from dist/${browser}`);
    zips.push({ browser, file: result.extensionPath, count: entries.length, bytes: fs.statSync(result.extensionPath).size });
  }
  for (const zip of zips) console.log(`${path.relative(root, zip.file)}: ${zip.count} files, ${(zip.bytes / 1024).toFixed(1)} KB`);
  if (lint) lintFirefox(zips.find((zip) => zip.browser === 'firefox').file);
}

/** web-ext lint on the Firefox package itself (unpacked to a temporary folder). */
function lintFirefox(zipFile) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-firefox-package-'));
  try {
    for (const entry of readZip(fs.readFileSync(zipFile))) {
      if (entry.name.endsWith('/')) continue;
      const target = path.join(dir, entry.name);
      if (!target.startsWith(dir + path.sep)) throw new Error(`unsafe path in zip: ${entry.name}`);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, entry.data());
    }
    console.log(`web-ext lint ${path.relative(root, zipFile)}:`);
    run(path.join(root, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', dir, '--no-config-discovery']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`package: ${error.message}`);
  process.exit(1);
});

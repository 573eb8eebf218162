// Builds the extension for Chrome (dist/chrome) and Firefox (dist/firefox) from one source,
// and the Node CLI (dist/cli.js). `node build.mjs [--watch]`.
import * as esbuild from 'esbuild';
import { BROWSER_TARGETS, NODE_TARGET, SUPPORTED } from './scripts/esbuild-targets.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
// LEDE_DIST_DIR: build elsewhere (the package test builds into test-artifacts/, leaving dist/ alone).
const dist = process.env.LEDE_DIST_DIR ? path.resolve(process.env.LEDE_DIST_DIR) : path.join(root, 'dist');
const production = process.env.NODE_ENV !== 'development';

/** Extension entry points: each becomes one self-contained classic script (IIFE). */
const extensionEntries = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  overlay: 'src/content/overlay-main.ts',
  popup: 'src/popup/index.ts',
  'popup-early': 'src/popup/early.ts',
  reader: 'src/reader/index.ts',
  options: 'src/options/index.ts',
};

/** Static files copied into each browser folder: [from (relative to root), to (relative to the folder)]. */
const staticFiles = [
  ['src/popup/popup.html', 'popup.html'],
  ['src/reader/reader.html', 'reader.html'],
  ['src/options/options.html', 'options.html'],
  ['src/ui/styles', 'styles'],
  ['src/_locales', '_locales'],
  ['icons', 'icons'],
];

/** Loads the site rules (TypeScript) so the manifest's match list is generated from them. */
async function loadSiteRules() {
  const out = await esbuild.build({
    entryPoints: [path.join(root, 'src/core/sites/index.ts')],
    bundle: true, format: 'esm', platform: 'neutral', write: false,
  });
  const code = out.outputFiles[0].text;
  const mod = await import('data:text/javascript;base64,' + Buffer.from(code).toString('base64'));
  return mod.SITE_RULES;
}

/** Site-rule fields the content script's detector reads (see src/core/sites/site-rule.ts); the rest are extraction hints. */
const DETECTION_FIELDS = ['id', 'hosts', 'articlePath', 'nonArticlePath'];

function literal(value) {
  if (value instanceof RegExp) return value.toString();
  if (Array.isArray(value)) return `[${value.map(literal).join(',')}]`;
  return JSON.stringify(value);
}

/**
 * esbuild plugin for the content script only: each outlet module under src/core/sites/ is replaced by
 * its detection fields, so extraction hints (selectors, boilerplate regexes) are not shipped into
 * every news page. Keeps dist/chrome/content.js within its 6 KB gzip budget.
 */
const detectionOnlySiteRules = {
  name: 'detection-only-site-rules',
  setup(build) {
    const sitesDir = path.join(root, 'src/core/sites') + path.sep;
    build.onLoad({ filter: /[\\/]src[\\/]core[\\/]sites[\\/][a-z0-9-]+\.ts$/ }, async (args) => {
      const file = path.basename(args.path);
      if (!args.path.startsWith(sitesDir) || file === 'index.ts' || file === 'site-rule.ts') return undefined;
      const out = await esbuild.build({ entryPoints: [args.path], bundle: true, format: 'esm', platform: 'neutral', write: false });
      const mod = await import('data:text/javascript;base64,' + Buffer.from(out.outputFiles[0].text).toString('base64'));
      const lines = Object.entries(mod).map(([name, rule]) => {
        const fields = DETECTION_FIELDS.filter((field) => rule?.[field] !== undefined)
          .map((field) => `${field}:${literal(rule[field])}`);
        return `export const ${name} = {${fields.join(',')}};`;
      });
      return { contents: lines.join('\n'), loader: 'js' };
    });
  },
};

function manifestFor(browser, siteRules) {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8'));
  const newsSites = [...new Set(siteRules.flatMap((rule) => rule.matches))].sort();
  manifest.host_permissions = newsSites;
  manifest.content_scripts = [{ matches: newsSites, js: ['content.js'], run_at: 'document_idle' }];
  // reader.html is framed into pages by the automatic-mode overlay: on the news sites, and on any site the user
  // grants at run time, so the entry can't be narrower than http(s). (Chrome's use_dynamic_url would hide it
  // from probing pages, but content scripts get the static URL and Chrome then kills the frame's renderer;
  // verified in Chromium 156.) The worker only serves a snapshot to a frame in a tab where it opened an overlay.
  manifest.web_accessible_resources = [{ resources: ['reader.html'], matches: ['https://*/*', 'http://*/*'] }];
  // Only what must differ between browsers is patched here.
  if (browser === 'chrome') {
    manifest.background = { service_worker: 'background.js' };
    manifest.minimum_chrome_version = '123'; // CSS light-dark() (src/ui/styles/base.css); Firefox 142 has it
    delete manifest.browser_specific_settings;
  } else {
    manifest.background = { scripts: ['background.js'] };
  }
  return manifest;
}

function copy(from, to) {
  if (!fs.existsSync(from)) return;
  fs.cpSync(from, to, { recursive: true });
}

async function buildExtension(browser, siteRules) {
  const outdir = path.join(dist, browser);
  fs.rmSync(outdir, { recursive: true, force: true });
  fs.mkdirSync(outdir, { recursive: true });
  const entryPoints = Object.fromEntries(
    Object.entries(extensionEntries).filter(([, file]) => fs.existsSync(path.join(root, file))),
  );
  const { content, ...pageEntries } = entryPoints;
  const common = {
    outdir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: BROWSER_TARGETS,
    supported: SUPPORTED,
    minify: production,
    sourcemap: production ? false : 'linked',
    legalComments: 'none',
    define: { 'process.env.LEDE_BROWSER': JSON.stringify(browser) },
    logLevel: 'warning',
  };
  await Promise.all([
    // The page bundles keep their libraries' notices (SCOWL's word list in the glance, DOMPurify); the
    // content script stays as small as it can be and carries none.
    esbuild.build({ ...common, entryPoints: pageEntries, legalComments: 'eof' }),
    content ? esbuild.build({ ...common, entryPoints: { content }, plugins: [detectionOnlySiteRules] }) : null,
  ]);
  for (const [from, to] of staticFiles) copy(path.join(root, from), path.join(outdir, to));
  fs.writeFileSync(path.join(outdir, 'manifest.json'), JSON.stringify(manifestFor(browser, siteRules), null, 2));
}

async function buildCli() {
  await esbuild.build({
    entryPoints: { cli: 'src/cli/index.ts' },
    outdir: dist,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: NODE_TARGET,
    supported: SUPPORTED,
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'warning',
  });
}

const siteRules = await loadSiteRules();
await Promise.all([buildExtension('chrome', siteRules), buildExtension('firefox', siteRules), buildCli()]);
const shown = path.relative(root, dist) || '.';
console.log(`Built ${shown}/chrome, ${shown}/firefox (${siteRules.length} site rules) and ${shown}/cli.js.`);
console.log('Load it: Chrome → chrome://extensions → Developer mode → "Load unpacked" → dist/chrome;');
console.log('         Firefox → about:debugging#/runtime/this-firefox → "Load Temporary Add-on…" → dist/firefox/manifest.json');

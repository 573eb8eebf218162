// `npm run bench`: bundles scripts/bench/main.ts (TypeScript, imports src/) for Node and runs it.
// The bundle goes to node_modules/.cache so that its external packages (jsdom, readability) resolve.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { NODE_TARGET, SUPPORTED } from './esbuild-targets.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'node_modules/.cache/lede-bench/main.mjs');
fs.mkdirSync(path.dirname(outfile), { recursive: true });
await esbuild.build({
  entryPoints: [path.join(root, 'scripts/bench/main.ts')], outfile, bundle: true, format: 'esm',
  platform: 'node', target: NODE_TARGET, supported: SUPPORTED, packages: 'external', logLevel: 'warning',
});
// --expose-gc: the bench collects garbage between pages so one page's garbage is not timed on the next.
const run = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', outfile, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);

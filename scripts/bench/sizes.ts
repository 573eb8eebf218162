/** Sizes for the bench: minified + gzip of the built extension's files, and of the detector alone. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as esbuild from 'esbuild';
import { BROWSER_TARGETS, SUPPORTED } from '../esbuild-targets.mjs';

const gzipSize = (bytes: Uint8Array): number => zlib.gzipSync(bytes, { level: 9 }).length;

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

export interface SizeFigures {
  /** dist/chrome/content.js (the code injected into every matched page), bytes minified / gzip. */
  content: { raw: number; gzip: number } | null;
  popup: { raw: number; gzip: number } | null;
  /** Every file of dist/chrome: total bytes, and the sum of each file's gzip size. */
  extension: { files: number; raw: number; gzip: number };
  /** src/core/detect bundled and minified alone (detection + site rules). */
  detector: { raw: number; gzip: number };
}

function fileSize(file: string): { raw: number; gzip: number } | null {
  if (!fs.existsSync(file)) return null;
  const bytes = fs.readFileSync(file);
  return { raw: bytes.length, gzip: gzipSize(bytes) };
}

export async function measureSizes(root: string): Promise<SizeFigures> {
  const chrome = path.join(root, 'dist/chrome');
  const files = filesUnder(chrome);
  let raw = 0, gzip = 0;
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    raw += bytes.length;
    gzip += gzipSize(bytes);
  }
  const detector = await esbuild.build({
    entryPoints: [path.join(root, 'src/core/detect/index.ts')], bundle: true, minify: true, write: false,
    format: 'iife', platform: 'browser', target: BROWSER_TARGETS, supported: SUPPORTED, legalComments: 'none',
  });
  const detectorBytes = detector.outputFiles[0].contents;
  return {
    content: fileSize(path.join(chrome, 'content.js')),
    popup: fileSize(path.join(chrome, 'popup.js')),
    extension: { files: files.length, raw, gzip },
    detector: { raw: detectorBytes.length, gzip: gzipSize(detectorBytes) },
  };
}

/** Types for scripts/zip-read.mjs (imported by test/package/package.test.ts). */
export interface ZipEntry {
  name: string;
  size: number;
  data(): Buffer;
}
export function readZip(buffer: Buffer): ZipEntry[];

// Bundled by browser-extract.ts into one IIFE (global LedeBench) that runs inside headless Chromium.
export { Readability } from '@mozilla/readability';
export { extractPage } from '../../src/core/extract';
export { keyFacts } from '../../src/core/keyfacts';

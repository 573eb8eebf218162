/** The key-facts development set and the seed article from the shared corpus. */
import fs from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR } from './corpus';

export interface SummaryItem { id: string; title: string; text: string; reference: string | string[] }

export function summaries(lang: 'en' | 'ko'): SummaryItem[] {
  return fs.readFileSync(path.join(CORPUS_DIR, 'summaries', `${lang}.jsonl`), 'utf8')
    .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

export const SEED_TITLE = 'S. Korea, US defense chiefs vow to sternly deal with arms transfers between N. Korea, Russia';

/** The whole seed page text, chrome included. */
export function seedPageText(): string {
  return fs.readFileSync(path.join(CORPUS_DIR, 'seed-article.txt'), 'utf8');
}

/** The seed article's paragraphs only (from "The defense chiefs…" to before "MOST POPULAR"), one per line pair. */
export function seedBody(): string {
  const lines = seedPageText().split('\n').map((l) => l.trim()).filter(Boolean);
  const start = lines.findIndex((l) => l.startsWith('The defense chiefs'));
  const end = lines.findIndex((l) => l.startsWith('MOST POPULAR'));
  return lines.slice(start, end).join('\n\n');
}

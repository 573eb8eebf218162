/** `summarize`: {id, title, text} JSON lines in, {id, keyFacts: [string]} lines out. */
import readline from 'node:readline';
import { keyFacts } from '../core/keyfacts';

export interface SummarizeLine {
  id: unknown;
  keyFacts?: string[];
  error?: string;
}

/** Key facts for one input line; a line that is not a JSON object with text gives {id, error}. */
export function summarizeLine(line: string, lang: 'en' | 'ko'): SummarizeLine {
  let record: { id?: unknown; title?: unknown; text?: unknown };
  try {
    record = JSON.parse(line);
  } catch {
    return { id: null, error: 'not a JSON line' };
  }
  if (!record || typeof record !== 'object') return { id: null, error: 'not a JSON object' };
  const id = record.id ?? null;
  if (typeof record.text !== 'string') return { id, error: 'missing "text"' };
  const title = typeof record.title === 'string' ? record.title : '';
  return { id, keyFacts: keyFacts({ title, textContent: record.text, lang }).map((fact) => fact.text) };
}

/** Reads lines from `input` until its end, writing one output line per non-empty input line. */
export async function summarizeStream(input: NodeJS.ReadableStream, write: (line: string) => void, lang: 'en' | 'ko'): Promise<void> {
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    write(JSON.stringify(summarizeLine(line, lang)));
  }
}

/** Command-line arguments of dist/cli.js (see usage()). Throws UsageError on anything else. */

export class UsageError extends Error {}

export interface ExtractInput {
  /** Path, or '-' for standard input. */
  file: string;
  /** The page's address (--url before the file), if given. */
  url?: string;
}

export type Command =
  | { command: 'extract'; jsonl: boolean; encoding?: string; inputs: ExtractInput[] }
  | { command: 'summarize'; lang: 'en' | 'ko'; jsonl: true }
  | { command: 'help' };

export const usage = (): string => `Usage:
  lede extract [--url URL] [--encoding ENC] FILE|-
      One JSON object for the page in FILE (- = standard input).
  lede extract --jsonl [--encoding ENC] --url U1 a.html --url U2 b.html ...
      One JSON line per file, in order; each --url belongs to the file after it.
      A page that fails gives {"file","error"} on its line and the run goes on.
  lede summarize --lang en|ko --jsonl
      Reads {"id","title","text"} lines on standard input, writes {"id","keyFacts":[...]} lines.`;

function valueOf(argv: string[], i: number, flag: string): string {
  const value = argv[i + 1];
  if (value === undefined || (value.startsWith('--') && value !== '-')) throw new UsageError(`${flag} needs a value`);
  return value;
}

/** Parses argv (without node and script path). */
export function parseArgs(argv: string[]): Command {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') return { command: 'help' };
  if (command === 'extract') return parseExtract(rest);
  if (command === 'summarize') return parseSummarize(rest);
  throw new UsageError(`unknown command "${command}" (expected extract or summarize)`);
}

function parseExtract(argv: string[]): Command {
  let jsonl = false;
  let encoding: string | undefined;
  let pendingUrl: string | undefined;
  const inputs: ExtractInput[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--jsonl') jsonl = true;
    else if (arg === '--url') {
      pendingUrl = valueOf(argv, i++, '--url');
      if (!URL.canParse(pendingUrl)) throw new UsageError(`--url: not an absolute URL: ${pendingUrl}`);
    } else if (arg === '--encoding') {
      encoding = valueOf(argv, i++, '--encoding');
      try {
        new TextDecoder(encoding);
      } catch {
        throw new UsageError(`--encoding: unknown encoding "${encoding}"`);
      }
    } else if (arg.startsWith('--')) throw new UsageError(`extract: unknown option ${arg}`);
    else {
      inputs.push(pendingUrl === undefined ? { file: arg } : { file: arg, url: pendingUrl });
      pendingUrl = undefined;
    }
  }
  if (pendingUrl !== undefined) throw new UsageError('--url must come before the file it belongs to');
  if (!inputs.length) throw new UsageError('extract: no input file (use - for standard input)');
  if (!jsonl && inputs.length > 1) throw new UsageError('extract: one file at a time, or use --jsonl for several');
  if (inputs.filter((input) => input.file === '-').length > 1) throw new UsageError('extract: standard input (-) can be read once');
  return { command: 'extract', jsonl, encoding, inputs };
}

function parseSummarize(argv: string[]): Command {
  let lang: string | undefined;
  let jsonl = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--jsonl') jsonl = true;
    else if (arg === '--lang') lang = valueOf(argv, i++, '--lang');
    else throw new UsageError(`summarize: unexpected argument ${arg}`);
  }
  if (lang !== 'en' && lang !== 'ko') throw new UsageError('summarize: --lang en or --lang ko is required');
  if (!jsonl) throw new UsageError('summarize: --jsonl is required (input and output are JSON lines)');
  return { command: 'summarize', lang, jsonl: true };
}

/**
 * dist/cli.js — the Lede core on saved pages (Node + jsdom). Interface: issue 2 §6, see usage().
 * Exit codes: 0 done, 1 a page could not be read or processed (single-page mode), 2 bad arguments.
 */
import { parseArgs, usage, UsageError, type Command } from './args';
import { extractPage } from './extract';
import { summarizeStream } from './summarize';

const out = (line: string): void => {
  process.stdout.write(line + '\n');
};
const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function run(command: Command): Promise<number> {
  if (command.command === 'help') {
    out(usage());
    return 0;
  }
  if (command.command === 'summarize') {
    await summarizeStream(process.stdin, out, command.lang);
    return 0;
  }
  if (!command.jsonl) {
    out(JSON.stringify(extractPage(command.inputs[0], command.encoding)));
    return 0;
  }
  for (const input of command.inputs) {
    try {
      out(JSON.stringify(extractPage(input, command.encoding)));
    } catch (error) {
      out(JSON.stringify({ file: input.file, error: message(error) }));
    }
  }
  return 0;
}

async function main(): Promise<void> {
  let command: Command;
  try {
    command = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`lede: ${error.message}\n\n${usage()}\n`);
    process.exitCode = 2;
    return;
  }
  try {
    process.exitCode = await run(command);
  } catch (error) {
    process.stderr.write(`lede: ${message(error)}\n`);
    process.exitCode = 1;
  }
}

void main();

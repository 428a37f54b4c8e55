import { readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PreprocessedReport } from './preprocess-report.ts';
import { explainFsError, InputError } from './input-error.ts';
import { buildDatasetIndex, preprocessReportFile, serializeJson } from './preprocess-report.ts';
import { writeFileAtomic } from './write-file-atomic.ts';

const USAGE = 'usage: npm run preprocess -- [INPUT.txt --out OUTPUT.json]';

export interface CliStreams {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

export interface CliOptions extends CliStreams {
  /** Where relative paths start; defaults to process.cwd(). */
  cwd?: string;
  /** Holds seeds/ and public/data/ for the no-argument rebuild; defaults to the repository. */
  rootDir?: string;
  maxBytes?: number;
}

type ParsedArgs =
  { mode: 'help' } | { mode: 'single'; input: string; out: string } | { mode: 'seeds' };

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  let out: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '-h' || arg === '--help') return { mode: 'help' };
    if (arg === '--out' || arg === '-o') {
      const value = argv[++index];
      if (value === undefined || value === '') throw new UsageError(`${arg} needs a file name`);
      out = value;
    } else if (arg.startsWith('--out=')) {
      out = arg.slice('--out='.length);
      if (out === '') throw new UsageError('--out needs a file name');
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length > 1) throw new UsageError(`expected one input, got ${positional.length}`);
  const [input] = positional;
  if (input === undefined) {
    if (out !== undefined) throw new UsageError('--out needs an INPUT.txt before it');
    return { mode: 'seeds' };
  }
  if (out === undefined) throw new UsageError(`missing --out OUTPUT.json for ${input}`);
  return { mode: 'single', input, out };
}

function summarise(report: PreprocessedReport, outPath: string): string {
  const { dataset, encoding, replacedSequences } = report;
  const repairs =
    replacedSequences > 0 ? `, ${replacedSequences} invalid byte sequences replaced` : '';
  return (
    `${dataset.report.id}: ${dataset.indicators.length} indicators, ` +
    `${dataset.comparisons.length} comparisons, ${dataset.warnings.length} warnings ` +
    `(${encoding}${repairs}) -> ${outPath}\n`
  );
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

async function preprocessOne(
  input: string,
  out: string,
  cwd: string,
  options: CliOptions,
): Promise<void> {
  // Paths in messages are the ones the user typed; fs calls get absolute ones.
  const report = await preprocessReportFile(resolve(cwd, input), {
    maxBytes: options.maxBytes,
  }).catch((error: unknown) => {
    if (error instanceof InputError) throw new InputError(input, error.message);
    throw error;
  });
  await writeFileAtomic(resolve(cwd, out), report.json).catch((error: unknown) => {
    if (error instanceof InputError) throw new InputError(out, error.message);
    throw error;
  });
  options.stdout.write(summarise(report, out));
}

async function rebuildSeeds(rootDir: string, options: CliOptions): Promise<number> {
  const seedsDir = join(rootDir, 'seeds');
  const dataDir = join(rootDir, 'public', 'data');
  const names = await readdir(seedsDir).catch((error: unknown) =>
    explainFsError('seeds/', error, 'list'),
  );
  const seeds = names.filter((name) => name.endsWith('.txt')).sort();
  if (seeds.length === 0) throw new InputError('seeds/', 'holds no .txt report');
  // Read every seed before writing anything: one bad seed leaves public/data/ as it was.
  const reports: { report: PreprocessedReport; out: string }[] = [];
  let exitCode = 0;
  for (const name of seeds) {
    const input = relative(rootDir, join(seedsDir, name));
    try {
      const report = await preprocessReportFile(join(seedsDir, name), {
        maxBytes: options.maxBytes,
      });
      reports.push({ report, out: `public/data/${report.dataset.report.id}.json` });
    } catch (error) {
      const expected = error instanceof InputError;
      const message = expected ? oneLine(error.message) : unexpectedMessage(error);
      options.stderr.write(`preprocess: ${input}: ${message}\n`);
      exitCode = Math.max(exitCode, expected ? 1 : 2);
    }
  }
  if (exitCode !== 0) return exitCode;
  const ids = new Set(reports.map(({ report }) => report.dataset.report.id));
  if (ids.size !== reports.length) {
    throw new InputError('seeds/', 'two reports have the same id; rename one of the files');
  }
  for (const { report, out } of reports) {
    await writeFileAtomic(join(rootDir, out), report.json);
    options.stdout.write(summarise(report, out));
  }
  const index = buildDatasetIndex(reports.map(({ report }) => report.dataset));
  await writeFileAtomic(join(dataDir, 'index.json'), serializeJson(index));
  options.stdout.write(`index: ${index.reports.length} reports -> public/data/index.json\n`);
  return 0;
}

function unexpectedMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `unexpected error: ${oneLine(message)}`;
}

/**
 * Runs the preprocess command and returns its exit code: 0 on success, 1 for a problem with
 * the input or arguments, 2 for an unexpected error. Every error is one line on stderr.
 */
export async function main(argv: readonly string[], options: CliOptions): Promise<number> {
  const cwd = options.cwd ?? process.cwd();
  const rootDir = options.rootDir ?? resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    options.stderr.write(`preprocess: ${error.message} (${USAGE})\n`);
    return 1;
  }
  try {
    if (parsed.mode === 'help') {
      options.stdout.write(
        `${USAGE}\n  With no arguments, rebuilds every seeds/*.txt into public/data/.\n`,
      );
      return 0;
    }
    if (parsed.mode === 'seeds') return await rebuildSeeds(rootDir, options);
    await preprocessOne(parsed.input, parsed.out, cwd, options);
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      options.stderr.write(`preprocess: ${error.subject}: ${oneLine(error.message)}\n`);
      return 1;
    }
    const subject = parsed.mode === 'single' ? `${parsed.input}: ` : '';
    options.stderr.write(`preprocess: ${subject}${unexpectedMessage(error)}\n`);
    return 2;
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
  });
}

import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PreprocessedReport } from './preprocess-report.ts';
import { InputError } from './input-error.ts';
import { buildDatasetIndex, preprocessReportFile, serializeJson } from './preprocess-report.ts';
import type { StatedYears } from '../extract/extract-report.ts';
import type { StatedYearField } from '../dataset/stated-years.ts';
import {
  checkStatedYears,
  MAX_STATED_YEAR,
  MIN_STATED_YEAR,
  parseStatedYear,
} from '../dataset/stated-years.ts';
import { SLIM_DATASET_DIR } from '../dataset/dataset-schema.ts';
import { listLibraryInputs } from './library-inputs.ts';
import { researchFiles } from './research-files.ts';
import { refuseUnsafeOutput } from './output-guard.ts';
import { writeFileAtomic } from './write-file-atomic.ts';

const USAGE =
  'usage: npm run preprocess -- [INPUT.txt --out OUTPUT.json [--review-year YYYY] [--plan-year YYYY]]';

const HELP = `${USAGE}
  With no arguments, rebuilds every seeds/*.txt and seeds/corpus/*.txt into public/data/,
  with the index, a copy of each without its text for the app's first chart (indicators/),
  the attainment ledger (attainment.json) and the CSVs for researchers.
  INPUT.txt --out OUTPUT.json   reads one report into one dataset.
  --review-year YYYY            the year whose results the report reviews (part one)
  --plan-year YYYY              the year whose goals it sets (part two)
    Both override what the text says (report.yearsFrom becomes "user"). Give either alone and
    the other is the year next to it (plan = review + 1). Years are whole numbers from
    ${MIN_STATED_YEAR} to ${MAX_STATED_YEAR}, and the plan year must be after the review year.
`;

const YEAR_FLAGS: Readonly<Record<string, StatedYearField>> = {
  '--review-year': 'reviewYear',
  '--plan-year': 'planYear',
};
const FLAG_OF: Readonly<Record<StatedYearField, string>> = {
  reviewYear: '--review-year',
  planYear: '--plan-year',
};

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
  | { mode: 'help' }
  | { mode: 'single'; input: string; out: string; years: StatedYears | undefined }
  | { mode: 'seeds' };

/** A malformed command line: printed with the usage. */
class UsageError extends Error {}

/** A well-formed option with a value that cannot be used: printed as `--flag value: why`. */
class OptionValueError extends Error {}

/** Checks the year options as typed; one line naming the flag and its value when one is wrong. */
function statedYears(typed: Partial<Record<StatedYearField, string>>): StatedYears | undefined {
  if (typed.reviewYear === undefined && typed.planYear === undefined) return undefined;
  const number = (text: string | undefined) => (text === undefined ? null : parseStatedYear(text));
  const check = checkStatedYears({
    reviewYear: number(typed.reviewYear),
    planYear: number(typed.planYear),
  });
  if (check.ok) return check.years;
  const flag = FLAG_OF[check.field];
  const value = typed[check.field] ?? '';
  const range = `${MIN_STATED_YEAR} to ${MAX_STATED_YEAR}`;
  switch (check.problem) {
    case 'not-a-year':
      throw new OptionValueError(`${flag} ${value}: not a year (a whole number from ${range})`);
    case 'out-of-range':
      throw new OptionValueError(`${flag} ${value}: out of range (a year from ${range})`);
    case 'other-out-of-range':
      throw new OptionValueError(
        check.field === 'reviewYear'
          ? `${flag} ${value}: the plan year after it, ${Number(value) + 1}, is past ${MAX_STATED_YEAR}`
          : `${flag} ${value}: the review year before it, ${Number(value) - 1}, is before ${MIN_STATED_YEAR}`,
      );
    case 'plan-not-after-review':
      throw new OptionValueError(
        `${flag} ${value}: must be after --review-year ${typed.reviewYear ?? ''}`,
      );
  }
}

function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  let out: string | undefined;
  const years: Partial<Record<StatedYearField, string>> = {};
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '-h' || arg === '--help') return { mode: 'help' };
    const [name = '', inline] = arg.startsWith('--') ? splitOption(arg) : [arg, undefined];
    const yearField = YEAR_FLAGS[name];
    if (yearField) {
      const value = inline ?? argv[++index];
      if (value === undefined || value === '') throw new UsageError(`${name} needs a year`);
      if (years[yearField] !== undefined) throw new UsageError(`${name} is given twice`);
      years[yearField] = value;
    } else if (arg === '--out' || arg === '-o') {
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
    const yearFlag = Object.keys(YEAR_FLAGS).find((flag) => years[YEAR_FLAGS[flag]!] !== undefined);
    if (yearFlag) throw new UsageError(`${yearFlag} needs an INPUT.txt before it`);
    return { mode: 'seeds' };
  }
  if (out === undefined) throw new UsageError(`missing --out OUTPUT.json for ${input}`);
  return { mode: 'single', input, out, years: statedYears(years) };
}

/** "--review-year=2025" → ["--review-year", "2025"]; "--review-year" → ["--review-year", undefined]. */
function splitOption(arg: string): [string, string | undefined] {
  const equals = arg.indexOf('=');
  return equals < 0 ? [arg, undefined] : [arg.slice(0, equals), arg.slice(equals + 1)];
}

function summarise(report: PreprocessedReport, outPath: string): string {
  const { dataset, encoding, replacedSequences } = report;
  const repairs =
    replacedSequences > 0 ? `, ${replacedSequences} invalid byte sequences replaced` : '';
  return (
    `${dataset.report.id}: ${dataset.indicators.length} indicators, ` +
    `${dataset.comparisons.length} comparisons, ${dataset.warnings.length} warnings, ` +
    `${describeYears(dataset.report)} (${encoding}${repairs}) -> ${outPath}\n`
  );
}

/** "years 2023/2024 from heading", or what is missing and how to give it. */
function describeYears(report: PreprocessedReport['dataset']['report']): string {
  const { reviewYear, planYear, yearsFrom } = report;
  if (reviewYear !== null && planYear !== null) {
    const from = yearsFrom === 'user' ? 'as given' : yearsFrom ? `from ${yearsFrom}` : '';
    return `years ${reviewYear}/${planYear}${from ? ` ${from}` : ''}`;
  }
  return (
    `years ${reviewYear ?? '?'}/${planYear ?? '?'} not found ` +
    `(give --review-year and --plan-year)`
  );
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

async function preprocessOne(
  input: string,
  out: string,
  years: StatedYears | undefined,
  { cwd, rootDir }: { cwd: string; rootDir: string },
  options: CliOptions,
): Promise<void> {
  // Paths in messages are the ones the user typed; fs calls get absolute ones.
  await refuseUnsafeOutput({
    input: resolve(cwd, input),
    out: resolve(cwd, out),
    typedOut: out,
    seedsDir: join(rootDir, 'seeds'),
  });
  const report = await preprocessReportFile(resolve(cwd, input), {
    maxBytes: options.maxBytes,
    years,
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
  const dataDir = join(rootDir, 'public', 'data');
  const inputs = await listLibraryInputs(rootDir);
  // Read every report before writing anything: one bad report leaves public/data/ as it was.
  const reports: { report: PreprocessedReport; out: string }[] = [];
  let exitCode = 0;
  for (const input of inputs) {
    try {
      const report = await preprocessReportFile(join(rootDir, input), {
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
  const datasets = reports.map(({ report }) => report.dataset);
  const research = researchFiles(datasets);
  for (const { report, out } of reports) {
    await writeFileAtomic(join(rootDir, out), report.json);
    await writeFileAtomic(join(dataDir, slimDatasetFile(report)), report.slimJson);
    options.stdout.write(summarise(report, out));
  }
  const index = buildDatasetIndex(datasets);
  await writeFileAtomic(join(dataDir, 'index.json'), serializeJson(index));
  options.stdout.write(`index: ${index.reports.length} reports -> public/data/index.json\n`);
  for (const { name, content } of research) {
    await writeFileAtomic(join(dataDir, name), content);
    options.stdout.write(`${name} -> public/data/${name}\n`);
  }
  return 0;
}

/** The slim copy's path under public/data/, which the app reads before the full dataset. */
function slimDatasetFile(report: PreprocessedReport): string {
  return `${SLIM_DATASET_DIR}/${report.dataset.report.id}.json`;
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
    if (error instanceof OptionValueError) {
      options.stderr.write(`preprocess: ${error.message}\n`);
      return 1;
    }
    if (!(error instanceof UsageError)) throw error;
    options.stderr.write(`preprocess: ${error.message} (${USAGE})\n`);
    return 1;
  }
  try {
    if (parsed.mode === 'help') {
      options.stdout.write(HELP);
      return 0;
    }
    if (parsed.mode === 'seeds') return await rebuildSeeds(rootDir, options);
    await preprocessOne(parsed.input, parsed.out, parsed.years, { cwd, rootDir }, options);
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

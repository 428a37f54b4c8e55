/**
 * `npm run score`: extracts every corpus report and prints how many of its headline gold
 * records are right in every field, per tier, the years and the parts found, then the total.
 *
 *   npm run score                   the table
 *   npm run score -- --verbose      also each gold record that is not right, and why
 *   npm run score -- --min 98       exit 1 when the corpus total is below 98%
 *
 * Exit status: 0 whatever the scores; 1 when --min was missed; 2 when it could not run.
 */

const USAGE = 'usage: npm run score -- [--verbose] [--min PCT]';

function parseArgs(argv: readonly string[]): { verbose: boolean; min: number | null } {
  let verbose = false;
  let min: number | null = null;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--verbose' || arg === '-v') {
      verbose = true;
    } else if (arg === '--min' || arg.startsWith('--min=')) {
      const value = arg === '--min' ? argv[++index] : arg.slice('--min='.length);
      if (value === undefined || !/^\d+(\.\d+)?$/.test(value)) {
        throw new Error('--min needs a number (a percentage, e.g. --min 98)');
      }
      min = Number(value);
    } else if (arg === '-h' || arg === '--help') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else {
      throw new Error(`unknown argument: ${arg}`);
    }
  }
  return { verbose, min };
}

async function main(): Promise<number> {
  let options: ReturnType<typeof parseArgs>;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`score: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  let table: string;
  let total: number;
  try {
    // Imported here, not at the top: an extractor that does not even load is "could not run" (2).
    const { formatCorpusTable, percent, scoreCorpus } = await import('./corpus-score.ts');
    const corpus = scoreCorpus();
    table = formatCorpusTable(corpus, { verbose: options.verbose });
    total = percent(corpus.right, corpus.total);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`score: could not score the corpus: ${reason}\n`);
    return 2;
  }
  process.stdout.write(`${table}\n`);
  if (options.min !== null && total < options.min) {
    process.stdout.write(`below --min ${options.min}%\n`);
    return 1;
  }
  return 0;
}

void main().then((code) => {
  process.exitCode = code;
});

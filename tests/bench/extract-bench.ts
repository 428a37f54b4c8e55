/**
 * `npm run bench`: how fast and how lean extractReport is on the seeds and on ~1 MB and
 * ~10 MB texts made by repeating them. Each input runs in its own child process twice:
 * once for time (median of several runs after a warm-up) and once for memory, with a small
 * young generation and V8's GC profiler so that the heap measured just before each
 * collection tracks live memory rather than uncollected garbage.
 *
 * Prints a markdown table and PASS/FAIL per goal; exits 0 unless `--strict` and a goal fails.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { GCProfiler } from 'node:v8';
import { extractReport } from '../../src/extract/extract-report.ts';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SEEDS_DIR = join(REPO_ROOT, 'seeds');
const MB = 1024 * 1024;
const SOURCE = { file: 'bench.txt', sha256: '0'.repeat(64) };

interface BenchCase {
  name: string;
  text: string;
  bytes: number;
  runs: number;
}

interface TimeResult {
  medianMs: number;
  runs: number;
  indicators: number;
}

interface MemoryResult {
  peakHeapDeltaBytes: number;
}

function seedFiles(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort();
}

/** Whole seed copies, in turn, until the text reaches `targetBytes` of UTF-8. */
function repeatedSeeds(targetBytes: number): string {
  const seeds = seedFiles().map((name) => readFileSync(join(SEEDS_DIR, name), 'utf8'));
  const parts: string[] = [];
  let bytes = 0;
  for (let index = 0; bytes < targetBytes; index++) {
    const seed = seeds[index % seeds.length] ?? '';
    parts.push(seed);
    bytes += Buffer.byteLength(seed) + 1;
  }
  return parts.join('\n');
}

function benchCases(): BenchCase[] {
  const cases = seedFiles().map((name) => {
    const text = readFileSync(join(SEEDS_DIR, name), 'utf8');
    return { name: name.replace(/\.txt$/, ''), text, bytes: Buffer.byteLength(text), runs: 21 };
  });
  for (const [name, target, runs] of [
    ['1 MB', MB, 7],
    ['10 MB', 10 * MB, 3],
  ] as const) {
    const text = repeatedSeeds(target);
    cases.push({ name, text, bytes: Buffer.byteLength(text), runs });
  }
  return cases;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('the bench child needs --expose-gc');
  gc();
  gc();
}

/**
 * Compiles the extractor's code and regexes on a seed, so that neither the time nor the
 * memory of the measured input pays for it (and a 10 MB input need not be run twice).
 */
function warmUp(): void {
  const seed = readFileSync(join(SEEDS_DIR, seedFiles()[0] ?? ''), 'utf8');
  for (let run = 0; run < 5; run++) extractReport(seed, { id: 'bench', ...SOURCE });
}

/** A slow extractor should still give a table in minutes: stop early once enough time went. */
const TIME_BUDGET_MS = 30_000;

function measureTime(benchCase: BenchCase): TimeResult {
  warmUp();
  const times: number[] = [];
  let indicators = 0;
  let spent = 0;
  for (let run = 0; run < benchCase.runs && (run < 1 || spent < TIME_BUDGET_MS); run++) {
    collectGarbage();
    const started = performance.now();
    indicators = extractReport(benchCase.text, { id: 'bench', ...SOURCE }).indicators.length;
    const elapsed = performance.now() - started;
    times.push(elapsed);
    spent += elapsed;
  }
  return { medianMs: median(times), runs: times.length, indicators };
}

function measureMemory(benchCase: BenchCase): MemoryResult {
  warmUp();
  collectGarbage();
  const baseline = process.memoryUsage().heapUsed;
  const profiler = new GCProfiler();
  profiler.start();
  const dataset = extractReport(benchCase.text, { id: 'bench', ...SOURCE });
  const atEnd = process.memoryUsage().heapUsed;
  const { statistics } = profiler.stop();
  const peak = Math.max(atEnd, ...statistics.map((gc) => gc.beforeGC.heapStatistics.usedHeapSize));
  // Keep the result alive until after the last reading: it is part of the cost.
  if (dataset.report.id !== 'bench') throw new Error('unreachable');
  return { peakHeapDeltaBytes: Math.max(0, peak - baseline) };
}

function runChild(mode: 'time' | 'memory', name: string): TimeResult & MemoryResult {
  const flags = ['--expose-gc', ...(mode === 'memory' ? ['--max-semi-space-size=1'] : [])];
  const child = spawnSync(
    process.execPath,
    [...flags, '--import', 'tsx', fileURLToPath(import.meta.url), '--child', mode, name],
    { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 16 * MB },
  );
  if (child.status !== 0) {
    const reason = (child.stderr || child.error?.message || 'no output').trim().split('\n')[0];
    throw new Error(`bench child ${mode} ${name} failed: ${reason}`);
  }
  return JSON.parse(child.stdout) as TimeResult & MemoryResult;
}

function formatNumber(value: number, digits: number): string {
  return value.toFixed(digits);
}

interface Row {
  benchCase: BenchCase;
  time: TimeResult;
  memory: MemoryResult;
}

function printTable(rows: readonly Row[]): void {
  const lines = [
    '| input | size (MB) | indicators | median (ms) | runs | MB/s | ms per MB | peak heap (MB) | × text |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(({ benchCase, time, memory }) => {
      const megabytes = benchCase.bytes / MB;
      return `| ${[
        benchCase.name,
        formatNumber(megabytes, 2),
        String(time.indicators),
        formatNumber(time.medianMs, 1),
        String(time.runs),
        formatNumber(megabytes / (time.medianMs / 1000), 1),
        formatNumber(time.medianMs / megabytes, 1),
        formatNumber(memory.peakHeapDeltaBytes / MB, 1),
        formatNumber(memory.peakHeapDeltaBytes / benchCase.bytes, 1),
      ].join(' | ')} |`;
    }),
  ];
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

function checkGoals(rows: readonly Row[]): boolean {
  const byName = new Map(rows.map((row) => [row.benchCase.name, row]));
  const large = rows.filter((row) => row.benchCase.bytes >= MB);
  const msPerMb = (row: Row | undefined): number =>
    row ? row.time.medianMs / (row.benchCase.bytes / MB) : Number.NaN;
  const beihai = byName.get('beihai-2024');
  const slowest = Math.min(
    ...large.map((row) => row.benchCase.bytes / MB / (row.time.medianMs / 1000)),
  );
  const growth = msPerMb(byName.get('10 MB')) / msPerMb(byName.get('1 MB'));
  const memory = Math.max(
    ...large.map((row) => row.memory.peakHeapDeltaBytes / row.benchCase.bytes),
  );
  const goals = [
    {
      ok: beihai !== undefined && beihai.time.medianMs < 20,
      text: `Beihai report under 20 ms (median ${formatNumber(beihai?.time.medianMs ?? Number.NaN, 1)} ms)`,
    },
    {
      ok: slowest >= 5,
      text: `at least 5 MB/s on the 1 MB and 10 MB texts (slowest ${formatNumber(slowest, 1)} MB/s)`,
    },
    {
      // Below a millisecond per MB the ratio is timer noise, and nothing grows worse than linear.
      ok: growth <= 2 || msPerMb(byName.get('10 MB')) < 1,
      text: `linear growth: time per MB at 10 MB within 2x of 1 MB (${formatNumber(growth, 2)}x)`,
    },
    {
      ok: memory < 10,
      text: `peak heap under 10x the text size on the 1 MB and 10 MB texts (${formatNumber(memory, 1)}x)`,
    },
  ];
  for (const goal of goals) process.stdout.write(`${goal.ok ? 'PASS' : 'FAIL'}  ${goal.text}\n`);
  return goals.every((goal) => goal.ok);
}

function runChildMode(mode: string, name: string): void {
  const benchCase = benchCases().find((candidate) => candidate.name === name);
  if (!benchCase) throw new Error(`no bench input named ${name}`);
  const result = mode === 'memory' ? measureMemory(benchCase) : measureTime(benchCase);
  process.stdout.write(JSON.stringify(result));
}

function runParent(strict: boolean): void {
  const rows: Row[] = [];
  for (const benchCase of benchCases()) {
    process.stderr.write(`bench: ${benchCase.name}…\n`);
    rows.push({
      benchCase,
      time: runChild('time', benchCase.name),
      memory: runChild('memory', benchCase.name),
    });
  }
  process.stdout.write(
    `extractReport on Node ${process.version}; size is UTF-8 bytes; peak heap is the growth of ` +
      `V8's used heap during one extraction, result included.\n\n`,
  );
  printTable(rows);
  const allPass = checkGoals(rows);
  if (strict && !allPass) process.exitCode = 1;
}

const args = process.argv.slice(2);
try {
  if (args[0] === '--child') runChildMode(args[1] ?? '', args[2] ?? '');
  else runParent(args.includes('--strict'));
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}

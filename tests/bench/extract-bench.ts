/**
 * `npm run bench`: how fast and how lean extractReport is on the seeds, on repeated reports and
 * on adversarial inputs (runs of digits or letters, endless lists, text without punctuation…)
 * at 0.1, 1 and 5 MB. `--short` keeps the 0.1 and 1 MB inputs, for `.ci/run`.
 *
 * Two child processes run every input: one for time (median of several runs after a warm-up),
 * one for memory (every collection a full one, read with V8's GC profiler).
 * Time is the process's CPU time, so a machine shared with other jobs does not inflate it.
 *
 * The time is the steady state: V8 optimises a function only once it has run often, and the
 * functions that run once per extraction need dozens of extractions (Beihai, first in its
 * process: 40–60 ms of CPU in the first ten runs, 20–30 ms in the next ten, still about 15 ms in
 * runs 30–40, 12 ms from about the fiftieth on), and CPU time counts V8's compiler threads too. So before each family's inputs are timed, the bench extracts the
 * family's first 20,000 characters until the timings settle (see settle), the same for every
 * input. What a first extraction costs is not hidden: each seed's cold run, the first
 * extraction of a fresh process, is its own column, read in a child of its own.
 *
 * Prints a table and PASS/FAIL per goal, and exits 1 when a goal it enforces is missed.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GCProfiler } from 'node:v8';
import { extractReport } from '../../src/extract/extract-report.ts';
import type { AdversarialPattern } from '../support/adversarial-inputs.ts';
import { ADVERSARIAL_PATTERNS, adversarialText } from '../support/adversarial-inputs.ts';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SEEDS_DIR = join(REPO_ROOT, 'seeds');
const MB = 1024 * 1024;
const SOURCE = { file: 'bench.txt', sha256: '0'.repeat(64) };

const GOAL = {
  /** Every input at least this fast. */
  megabytesPerSecond: 5,
  /** Time per MB of the largest size over that of 0.1 MB. */
  growth: 1.5,
  /** Peak heap over the text's UTF-8 size, on inputs of 1 MB and more. */
  memoryTimes: 10,
  beihaiMs: 10,
} as const;

/**
 * Speed goals not met yet, by input: each is printed (MISS) but not counted in the exit code.
 * Every other goal is enforced, at --short and at full size (Beihai's at full size only: see
 * goalsOf). Take an input out once its goal is met, so that a regression fails the bench. The
 * README's Benchmark section has the figures.
 */
const NOT_YET_MET: ReadonlySet<string> = new Set([
  // Random CJK with numbers left the list in session 10: 13.1–14.9 MB/s at 1 MB and 11.8–13.5
  // at 5 MB in three full runs, after naming settled subjects that hold no known word at once.
]);

/**
 * The 1 and 5 MB inputs (their sizes land a little under or over), where throughput and memory
 * are enforced. A 0.1 MB input runs in 10–30 ms, where the fixed costs of a call and a loaded
 * machine's noise decide the figure (chained ranges: 4.4–7.1 MB/s across runs of the same code),
 * and a slow pattern shows at 1 and 5 MB anyway; its throughput is printed.
 */
const LARGE_INPUT_BYTES = 0.9 * MB;

/**
 * Below this many ms per MB (50 MB/s, ten times the goal) the fixed costs of one call and the
 * timer's grain decide the ratio, and nothing there can be quadratic in a way that matters.
 */
const GROWTH_FLOOR_MS_PER_MB = 20;

interface Family {
  name: string;
  /** The text of about `bytes` UTF-8 bytes; seeds have one size. */
  text: (bytes: number) => string;
  sizes: readonly number[];
}

interface BenchCase {
  family: string;
  name: string;
  text: string;
  bytes: number;
}

interface Measured {
  name: string;
  medianMs: number;
  runs: number;
  /** Extractions of the family's sample before its inputs were timed. */
  warmUpRuns: number;
  /** A seed's first extraction in a fresh process; null for the sized inputs. */
  coldMs: number | null;
  indicators: number;
  warnings: number;
  peakHeapBytes: number;
}

function seedFiles(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort();
}

function seedText(name: string): string {
  return readFileSync(join(SEEDS_DIR, name), 'utf8');
}

/** Whole seed copies, in turn, until the text reaches `targetBytes` of UTF-8. */
function repeatedSeeds(targetBytes: number): string {
  const seeds = seedFiles().map(seedText);
  const parts: string[] = [];
  let bytes = 0;
  for (let index = 0; bytes < targetBytes; index++) {
    const seed = seeds[index % seeds.length] ?? '';
    parts.push(seed);
    bytes += Buffer.byteLength(seed) + 1;
  }
  return parts.join('\n');
}

function families(short: boolean): Family[] {
  const sizes = short ? [0.1 * MB, MB] : [0.1 * MB, MB, 5 * MB];
  const adversarial = (pattern: AdversarialPattern): Family => ({
    name: pattern.name,
    text: (bytes) => adversarialText(pattern, bytes),
    sizes,
  });
  return [
    ...seedFiles().map((file) => ({
      name: file.replace(/\.txt$/u, ''),
      text: () => seedText(file),
      sizes: [0],
    })),
    { name: 'repeated reports', text: repeatedSeeds, sizes },
    ...ADVERSARIAL_PATTERNS.map(adversarial),
  ];
}

function casesOf(family: Family): BenchCase[] {
  return family.sizes.map((size) => {
    const text = family.text(size);
    const bytes = Buffer.byteLength(text);
    const name = size === 0 ? family.name : `${family.name} ${formatSize(size)}`;
    return { family: family.name, name, text, bytes };
  });
}

function formatSize(bytes: number): string {
  return `${Number((bytes / MB).toFixed(1))} MB`;
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

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/** One extraction of `text` after a collection, as every timed run is: its CPU time and result. */
function timedExtraction(text: string): { ms: number; dataset: ReturnType<typeof extractReport> } {
  collectGarbage();
  const started = process.cpuUsage();
  const dataset = extractReport(text, { id: 'bench', ...SOURCE });
  return { ms: cpuMs(started), dataset };
}

const sampleOf = (benchCase: BenchCase): string => benchCase.text.slice(0, 20_000);

/**
 * Warm-up until timings settle: runs of `text`, each after a collection as when measured, until
 * the median of the last WINDOW runs is no more than SETTLED below the median of the WINDOW before
 * (it stopped falling), from MIN_WARM_UP_RUNS on, within MAX_WARM_UP_RUNS and a CPU budget so that
 * a noisy machine still ends. Returns the runs it took.
 */
const WINDOW = 10;
const SETTLED = 0.1;
/**
 * Windows of ten runs vary by a third on a loaded machine, so the rule above is met as soon as
 * it is tried: this floor decides the warm-up. At 30 the first input of a process was timed
 * while it was still falling (Beihai's seven runs after 30 read 10–14 ms, and 7–11 ms after 300
 * more in the same process); from the fiftieth run on its timings no longer fall.
 */
const MIN_WARM_UP_RUNS = 60;
const MAX_WARM_UP_RUNS = 120;
const WARM_UP_BUDGET_MS = 4_000;

function settle(text: string): number {
  const times: number[] = [];
  let spent = 0;
  while (times.length < MAX_WARM_UP_RUNS && spent < WARM_UP_BUDGET_MS) {
    const { ms: elapsed } = timedExtraction(text);
    times.push(elapsed);
    spent += elapsed;
    if (times.length >= Math.max(MIN_WARM_UP_RUNS, 2 * WINDOW)) {
      const last = median(times.slice(-WINDOW));
      const before = median(times.slice(-2 * WINDOW, -WINDOW));
      if (last >= before * (1 - SETTLED)) break;
    }
  }
  return times.length;
}

/** The memory child compiles the code and regexes only, so that memory does not count them. */
function warmUpForMemory(benchCase: BenchCase): void {
  for (let run = 0; run < 3; run++) extractReport(sampleOf(benchCase), { id: 'bench', ...SOURCE });
}

/** Enough runs for a stable median, within a budget so that a slow input still ends. */
const MAX_RUNS = 7;
const TIME_BUDGET_MS = 1_000;

type Timed = Omit<Measured, 'peakHeapBytes' | 'warmUpRuns' | 'coldMs'>;

function measureTime(benchCase: BenchCase): Timed {
  const times: number[] = [];
  let indicators = 0;
  let warnings = 0;
  let spent = 0;
  while (times.length < MAX_RUNS && (times.length < 3 || spent < TIME_BUDGET_MS)) {
    const { ms: elapsed, dataset } = timedExtraction(benchCase.text);
    ({ length: indicators } = dataset.indicators);
    ({ length: warnings } = dataset.warnings);
    times.push(elapsed);
    spent += elapsed;
    // One run of a slow input is its figure: three would triple the wait for a known FAIL.
    if (elapsed > TIME_BUDGET_MS) break;
  }
  return {
    name: benchCase.name,
    medianMs: median(times),
    runs: times.length,
    indicators,
    warnings,
  };
}

/**
 * The most live heap one extraction holds. The memory child makes every collection a full one
 * (--gc-global) and collects after each 2 MB allocated (a 2 MB young generation), so the heap
 * after each collection is what the extraction holds at that point, without garbage; the end is
 * read collected, with the result alive.
 */
function measureMemory(benchCase: BenchCase): number {
  collectGarbage();
  const baseline = process.memoryUsage().heapUsed;
  const profiler = new GCProfiler();
  profiler.start();
  const dataset = extractReport(benchCase.text, { id: 'bench', ...SOURCE });
  const { statistics } = profiler.stop();
  collectGarbage();
  const atEnd = process.memoryUsage().heapUsed;
  const peak = Math.max(atEnd, ...statistics.map((gc) => gc.afterGC.heapStatistics.usedHeapSize));
  // Keep the result alive until after the last reading: it is part of the cost.
  if (dataset.report.id !== 'bench') throw new Error('unreachable');
  return Math.max(0, peak - baseline);
}

type Mode = 'time' | 'memory' | 'cold';

/**
 * One child per mode runs every input, a fresh process so that neither mode skews the other;
 * a cold child reads one seed (`extra`), the first extraction of its process.
 */
function runChild(mode: Mode, short: boolean, extra: readonly string[] = []): unknown {
  const memoryFlags = ['--gc-global', '--max-semi-space-size=2'];
  const flags = ['--expose-gc', ...(mode === 'memory' ? memoryFlags : [])];
  const script = fileURLToPath(import.meta.url);
  const args = [...flags, '--import', 'tsx', script, '--child', mode, ...extra];
  const child = spawnSync(process.execPath, [...args, ...(short ? ['--short'] : [])], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * MB,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) {
    const reason = child.error?.message ?? `exit ${child.status ?? child.signal}`;
    throw new Error(`bench child ${mode} failed: ${reason}`);
  }
  return JSON.parse(child.stdout) as unknown;
}

/** CPU time of one extraction of a seed, the first of this process. */
function coldRun(file: string): number {
  return timedExtraction(seedText(file)).ms;
}

interface TimedFamily {
  warmUpRuns: number;
  cases: Timed[];
}

function runChildMode(mode: string, short: boolean, seed: string | undefined): void {
  if (mode === 'cold') {
    process.stdout.write(JSON.stringify(coldRun(seed ?? '')));
    return;
  }
  const results = families(short).map((family) => {
    process.stderr.write(`bench ${mode}: ${family.name}…\n`);
    const cases = casesOf(family);
    if (mode === 'memory') {
      warmUpForMemory(cases[0] as BenchCase);
      return cases.map(measureMemory);
    }
    const warmUpRuns = settle(sampleOf(cases[0] as BenchCase));
    return { warmUpRuns, cases: cases.map(measureTime) } satisfies TimedFamily;
  });
  process.stdout.write(JSON.stringify(results));
}

interface Row extends Measured {
  family: string;
  bytes: number;
}

const megabytes = (row: Row): number => row.bytes / MB;
const throughput = (row: Row): number => megabytes(row) / (row.medianMs / 1000);
const msPerMb = (row: Row): number => row.medianMs / megabytes(row);
const memoryTimes = (row: Row): number => row.peakHeapBytes / row.bytes;

function printTable(rows: readonly Row[]): void {
  const header =
    '| input | size (MB) | indicators | warnings | cold run (ms) | warm-up runs | median (ms) | runs | MB/s | ms per MB | peak heap (MB) | × text |';
  const lines = [
    header,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${[
          row.name,
          megabytes(row).toFixed(2),
          String(row.indicators),
          String(row.warnings),
          row.coldMs === null ? '—' : row.coldMs.toFixed(1),
          String(row.warmUpRuns),
          row.medianMs.toFixed(1),
          String(row.runs),
          throughput(row).toFixed(1),
          msPerMb(row).toFixed(1),
          (row.peakHeapBytes / MB).toFixed(1),
          memoryTimes(row).toFixed(1),
        ].join(' | ')} |`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

interface Goal {
  ok: boolean;
  text: string;
  /** Printed but not counted in the exit code: a goal of NOT_YET_MET. */
  reported?: boolean;
}

function growthGoal(familyRows: readonly Row[]): Goal | null {
  const small = familyRows[0];
  const large = familyRows[familyRows.length - 1];
  if (!small || !large || small === large) return null;
  const growth = msPerMb(large) / msPerMb(small);
  const fast = msPerMb(large) < GROWTH_FLOOR_MS_PER_MB;
  return {
    ok: growth <= GOAL.growth || fast,
    text:
      `${large.family}: time per MB at ${formatSize(large.bytes)} within ${GOAL.growth}x of ` +
      `${formatSize(small.bytes)} (${growth.toFixed(2)}x${fast ? `; under ${GROWTH_FLOOR_MS_PER_MB} ms per MB` : ''})`,
  };
}

function goalsOf(rows: readonly Row[], short: boolean): Goal[] {
  const goals: Goal[] = [];
  const beihai = rows.find((row) => row.name === 'beihai-2024');
  goals.push({
    ok: beihai !== undefined && beihai.medianMs < GOAL.beihaiMs,
    text: `Beihai report under ${GOAL.beihaiMs} ms (median ${beihai?.medianMs.toFixed(1) ?? '?'} ms)`,
    // Enforced in a full run. --short is CI's guard against a pattern that grows faster than
    // the text, on a machine whose load can decide a figure this small: 6.7–9.8 ms in runs of
    // the same code on a quiet one (sessions 10 and 12).
    reported: short,
  });
  const sized = rows.filter((row) => row.family !== row.name);
  for (const row of sized) {
    goals.push({
      ok: throughput(row) >= GOAL.megabytesPerSecond,
      text: `${row.name}: at least ${GOAL.megabytesPerSecond} MB/s (${throughput(row).toFixed(1)} MB/s)`,
      reported: NOT_YET_MET.has(row.name) || row.bytes < LARGE_INPUT_BYTES,
    });
  }
  for (const family of new Set(sized.map((row) => row.family))) {
    const goal = growthGoal(sized.filter((row) => row.family === family));
    if (goal) goals.push(goal);
  }
  for (const row of sized.filter((candidate) => candidate.bytes >= LARGE_INPUT_BYTES)) {
    goals.push({
      ok: memoryTimes(row) < GOAL.memoryTimes,
      text: `${row.name}: peak heap under ${GOAL.memoryTimes}x the text (${memoryTimes(row).toFixed(1)}x)`,
    });
  }
  return goals;
}

function runParent(short: boolean): void {
  const cold = new Map(
    seedFiles().map((file) => [file.replace(/\.txt$/u, ''), runChild('cold', short, [file])]),
  );
  const times = runChild('time', short) as TimedFamily[];
  const memory = runChild('memory', short) as number[][];
  const rows: Row[] = [];
  families(short).forEach((family, familyIndex) => {
    casesOf(family).forEach((benchCase, index) => {
      const timed = times[familyIndex];
      const time = timed?.cases[index];
      if (!timed || !time) throw new Error(`bench child time gave no figure for ${benchCase.name}`);
      const peakHeapBytes = memory[familyIndex]?.[index] ?? 0;
      const coldMs = cold.get(benchCase.name);
      rows.push({
        ...time,
        warmUpRuns: timed.warmUpRuns,
        coldMs: typeof coldMs === 'number' ? coldMs : null,
        family: family.name,
        bytes: benchCase.bytes,
        peakHeapBytes,
      });
    });
  });
  process.stdout.write(
    `extractReport on Node ${process.version}${short ? ' (--short: 0.1 and 1 MB)' : ''}; size is ` +
      `UTF-8 bytes; time is CPU time, the median after a warm-up of the family's first 20,000 ` +
      `characters until timings settle (warm-up runs); cold run is a seed's first extraction in ` +
      `a fresh process; peak heap is the most live heap one extraction holds above what it held ` +
      `before, result included.\n\n`,
  );
  printTable(rows);
  const goals = goalsOf(rows, short);
  for (const goal of goals) {
    const verdict = goal.ok ? 'PASS' : goal.reported ? 'MISS' : 'FAIL';
    process.stdout.write(
      `${verdict}  ${goal.text}${goal.reported ? ' (reported, not enforced)' : ''}\n`,
    );
  }
  const failed = goals.filter((goal) => !goal.ok && !goal.reported).length;
  process.stdout.write(
    failed === 0 ? '\nall enforced goals met\n' : `\n${failed} goal(s) missed\n`,
  );
  if (failed > 0) process.exitCode = 1;
}

const args = process.argv.slice(2);
const short = args.includes('--short');
try {
  if (args[0] === '--child') runChildMode(args[1] ?? '', short, args[2]);
  else runParent(short);
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}

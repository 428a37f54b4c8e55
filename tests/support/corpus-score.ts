/**
 * Scores the extractor on the corpus of real reports (seeds/corpus/, the national and Shanghai
 * seeds, and the originals in tests/fixtures/corpus/) against their hand-written gold.
 *
 * The match rules are those of the shared reference scorer (shared/tools/score-extraction.mjs),
 * copied here so that the project runs without shared/: a gold record is right when a dataset
 * number whose source.start/end overlaps an occurrence of the gold quote has the same value,
 * unit, measure (level and count are one class), year, kind, comparator (and upper bound of a
 * range), and a similar subject (全市/全省/全区/全国 prefixes and the names of GDP ignored). Each
 * dataset number is used for at most one gold record, gold records taken in file order.
 *
 * Used by tests/unit/extract/corpus.test.ts and `npm run score` (score-corpus-cli.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../../src/dataset/dataset-schema.ts';
import { describeDatasetProblem } from '../../src/dataset/dataset-schema.ts';
import { decodeReportBytes } from '../../src/extract/decode-report-bytes.ts';
import { extractReport } from '../../src/extract/extract-report.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Gold whose text is a bundled seed rather than a file of seeds/corpus/. */
const SEED_TEXTS: Readonly<Record<string, string>> = {
  'zhongguo-2024': 'china-2024.txt',
  'shanghai-2024': 'shanghai-2024.txt',
};

export interface GoldRecord {
  subject: string;
  year: number;
  kind: string;
  measure: string;
  value: number;
  unit: string;
  comparator?: string;
  upper?: number;
  quote: string;
  tier?: number;
  note?: string;
  /** Offsets of the number, in place of (or beside) the quote; the corpus gold has none. */
  start?: number;
  end?: number;
}

export interface CorpusInput {
  /** The gold's name, e.g. "anhui-2026". */
  name: string;
  /** How the table names the input: "anhui-2026.txt", "zhongguo-2024 (seed)", "shanghai-2020.raw". */
  label: string;
  /** 'raw' for an unmodified original (one-line layout or GBK), else 'txt'. */
  kind: 'txt' | 'raw';
  /** Absolute paths. */
  path: string;
  goldPath: string;
}

/** One dataset number as the scorer compares it. */
interface Extracted {
  i: number;
  subject: string;
  year: number | null | undefined;
  kind: string;
  measure: string;
  value: number;
  unit: string;
  comparator: string;
  upper: number | null | undefined;
  start: number | undefined;
  end: number | undefined;
}

export const FIELDS = ['value', 'unit', 'measure', 'year', 'kind', 'comparator'] as const;
export type Field = (typeof FIELDS)[number];

interface Agreement {
  ok: Record<Field, boolean>;
  strict: boolean;
  subjectOk: boolean;
  subject: number;
}

export interface WrongRecord {
  gold: GoldRecord;
  tier: number;
  /** "MISSING", or the fields that disagree, e.g. "year,kind" or "subject". */
  reason: string;
  /** The dataset number compared with it, if any overlapped its quote. */
  got: {
    subject: string;
    year: number | null | undefined;
    kind: string;
    measure: string;
    comparator: string;
    value: number;
    unit: string;
    upper: number | null | undefined;
    start: number | undefined;
    end: number | undefined;
  } | null;
  /** True when the quote does not occur in the text at all (a gold or decoding problem). */
  quoteNotInText: boolean;
}

export interface TierScore {
  right: number;
  total: number;
}

export interface DatasetScore {
  right: number;
  total: number;
  tiers: Record<number, TierScore>;
  wrong: WrongRecord[];
  extracted: number;
}

export interface ReportScore extends DatasetScore {
  input: CorpusInput;
  years: {
    review: number | null;
    plan: number | null;
    goldReview: number | null;
    goldPlan: number | null;
  };
  /** Whether the dataset's sections include a part 'review' and a part 'plan'. */
  parts: { review: boolean; plan: boolean };
  /** Set when the input could not be decoded or extracted: the report then scores 0. */
  error?: string;
  /** Set when the extractor's dataset fails the schema (the preprocess CLI would refuse it). */
  schemaProblem?: string;
  /** The dataset scored, for checks beyond the gold. */
  dataset?: Dataset;
}

export interface CorpusScore {
  reports: ReportScore[];
  right: number;
  total: number;
}

/** Every corpus input with its gold, in the reference's order: by gold name, .txt before .raw. */
export function listCorpusInputs(root: string = REPO_ROOT): CorpusInput[] {
  const fixtures = join(root, 'tests', 'fixtures', 'corpus');
  const texts = join(root, 'seeds', 'corpus');
  const seeds = join(root, 'seeds');
  if (!existsSync(fixtures)) throw new Error(`corpus gold folder not found: ${fixtures}`);
  const names = readdirSync(fixtures)
    .filter((file) => file.endsWith('.gold.json'))
    .map((file) => file.slice(0, -'.gold.json'.length))
    .sort();
  if (names.length === 0) throw new Error(`no *.gold.json in ${fixtures}`);
  const inputs: CorpusInput[] = [];
  for (const name of names) {
    const goldPath = join(fixtures, `${name}.gold.json`);
    const seed = SEED_TEXTS[name];
    const text = join(texts, `${name}.txt`);
    if (existsSync(text) || seed === undefined) {
      inputs.push({ name, label: `${name}.txt`, kind: 'txt', path: text, goldPath });
    } else {
      inputs.push({
        name,
        label: `${name} (seed)`,
        kind: 'txt',
        path: join(seeds, seed),
        goldPath,
      });
    }
    const raw = join(fixtures, `${name}.raw`);
    if (existsSync(raw)) {
      inputs.push({ name, label: `${name}.raw`, kind: 'raw', path: raw, goldPath });
    }
  }
  return inputs;
}

export function readGold(path: string): GoldRecord[] {
  return JSON.parse(readFileSync(path, 'utf8')) as GoldRecord[];
}

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < s.length - 1; i++) out.add(s.slice(i, i + 2));
  return out;
}

/** Names a reader may fairly give the same subject: the scope prefix and the ways of saying GDP. */
function canonical(subject: string | null | undefined): string {
  const s = (subject ?? '').replace(/\s/g, '').replace(/^(全市|全省|全区|全国)/, '');
  return /^((地区|国内|全省|全市)?生产总值|经济(增长|增速)?|GDP)$/.test(s) ? '地区生产总值' : s;
}

export function subjectSimilarity(left: string, right: string): number {
  const a = canonical(left);
  const b = canonical(right);
  if (!a || !b) return 0;
  // Containment counts only when the shorter is at least half the longer: a 30-character
  // clause that happens to contain the subject is not a subject.
  if (
    (a.includes(b) || b.includes(a)) &&
    Math.min(a.length, b.length) * 2 >= Math.max(a.length, b.length)
  ) {
    return 1;
  }
  const A = bigrams(a);
  const B = bigrams(b);
  let inter = 0;
  for (const x of A) if (B.has(x)) inter++;
  return A.size + B.size ? (2 * inter) / (A.size + B.size) : 0;
}

const sameNum = (a: unknown, b: unknown): boolean =>
  typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) < 1e-6;

// level and count are one class here: 1.53万人 or 5250万人次 can fairly be read either way.
const AMOUNT = new Set(['level', 'count']);

function fieldAgreement(g: GoldRecord, e: Extracted): Agreement {
  const goldComparator = g.comparator ?? 'eq';
  const ok: Record<Field, boolean> = {
    value: sameNum(g.value, e.value),
    unit: (g.unit ?? '').trim() === e.unit,
    measure: g.measure === e.measure || (AMOUNT.has(g.measure) && AMOUNT.has(e.measure)),
    year: g.year === e.year,
    kind: g.kind === e.kind,
    comparator:
      goldComparator === e.comparator && (goldComparator !== 'range' || sameNum(g.upper, e.upper)),
  };
  const subject = subjectSimilarity(g.subject, e.subject);
  return { ok, strict: FIELDS.every((f) => ok[f]), subjectOk: subject >= 0.6, subject };
}

/** The spans a dataset number may overlap to be compared with a gold record. */
function goldRanges(text: string, g: GoldRecord): [number, number][] {
  if (Number.isInteger(g.start) && Number.isInteger(g.end)) return [[g.start!, g.end!]];
  const ranges: [number, number][] = [];
  if (!g.quote) return ranges;
  for (let from = 0; ;) {
    const at = text.indexOf(g.quote, from);
    if (at < 0) break;
    ranges.push([at, at + g.quote.length]);
    from = at + 1;
  }
  return ranges;
}

const overlaps = (a0: number, a1: number, b0: number, b1: number): boolean => a0 < b1 && b0 < a1;

function toExtracted(dataset: Dataset): Extracted[] {
  return dataset.indicators.map((d, i) => ({
    i,
    subject: d.subject.zh,
    year: d.year,
    kind: d.kind,
    measure: d.measure,
    value: d.value,
    unit: (d.unit ?? '').trim(),
    comparator: d.comparator ?? 'eq',
    upper: d.upper,
    start: d.source.start,
    end: d.source.end,
  }));
}

export const tierOf = (g: GoldRecord): number => g.tier ?? 1;

/** Scores one dataset against its gold; `text` is the decoded text the dataset was read from. */
export function scoreDataset(
  text: string,
  gold: readonly GoldRecord[],
  dataset: Dataset,
): DatasetScore {
  const indicators = toExtracted(dataset);
  const used = new Set<number>();
  const results = gold.map((g) => {
    const ranges = goldRanges(text, g);
    let best: { e: Extracted; agree: Agreement; score: number } | null = null;
    for (const e of indicators) {
      if (used.has(e.i) || !Number.isInteger(e.start) || !Number.isInteger(e.end)) continue;
      if (!ranges.some(([s, t]) => overlaps(s, t, e.start!, e.end!))) continue;
      const agree = fieldAgreement(g, e);
      const score = FIELDS.filter((f) => agree.ok[f]).length * 2 + (agree.subjectOk ? 1 : 0);
      if (!best || score > best.score) best = { e, agree, score };
    }
    if (best && best.agree.ok.value) used.add(best.e.i);
    return { g, best, quoteNotInText: ranges.length === 0 };
  });

  const tiers: Record<number, TierScore> = {};
  const wrong: WrongRecord[] = [];
  let right = 0;
  for (const { g, best, quoteNotInText } of results) {
    const tier = tierOf(g);
    const tally = (tiers[tier] ??= { right: 0, total: 0 });
    tally.total++;
    if (best?.agree.strict && best.agree.subjectOk) {
      tally.right++;
      right++;
      continue;
    }
    const wrongFields: string[] = best ? FIELDS.filter((f) => !best.agree.ok[f]) : [];
    if (best && !best.agree.subjectOk) wrongFields.push('subject');
    const reason = best ? wrongFields.join(',') : 'MISSING';
    const e = best?.e;
    wrong.push({
      gold: g,
      tier,
      reason,
      got: e
        ? {
            subject: e.subject,
            year: e.year,
            kind: e.kind,
            measure: e.measure,
            comparator: e.comparator,
            value: e.value,
            unit: e.unit,
            upper: e.upper,
            start: e.start,
            end: e.end,
          }
        : null,
      quoteNotInText,
    });
  }
  return { right, total: gold.length, tiers, wrong, extracted: indicators.length };
}

/** The review and plan year the gold implies: the latest result year and the latest target year. */
export function goldYears(gold: readonly GoldRecord[]): {
  review: number | null;
  plan: number | null;
} {
  const latest = (kind: string): number | null => {
    const years = gold.filter((g) => g.kind === kind).map((g) => g.year);
    return years.length ? Math.max(...years) : null;
  };
  return { review: latest('actual'), plan: latest('target') };
}

function message(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** Decodes, extracts and scores one input; never throws for a bad input (it scores 0). */
export function scoreInput(input: CorpusInput): ReportScore {
  const gold = readGold(input.goldPath);
  const expected = goldYears(gold);
  const base = {
    input,
    years: { review: null, plan: null, goldReview: expected.review, goldPlan: expected.plan },
    parts: { review: false, plan: false },
  };
  const failed = (error: string): ReportScore => {
    const tiers: Record<number, TierScore> = {};
    for (const g of gold) (tiers[tierOf(g)] ??= { right: 0, total: 0 }).total++;
    const wrong = gold.map((g) => ({
      gold: g,
      tier: tierOf(g),
      reason: 'MISSING',
      got: null,
      quoteNotInText: false,
    }));
    return { ...base, right: 0, total: gold.length, tiers, wrong, extracted: 0, error };
  };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(input.path));
  } catch (error) {
    return failed(`cannot read ${relative(REPO_ROOT, input.path)}: ${message(error)}`);
  }
  let text: string;
  try {
    text = decodeReportBytes(bytes).text;
  } catch (error) {
    return failed(`cannot decode: ${message(error)}`);
  }
  let dataset: Dataset;
  try {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const file = basename(input.path);
    dataset = extractReport(text, { id: file.replace(/\.[^.]*$/, ''), file, sha256 });
  } catch (error) {
    return failed(`extractReport threw: ${message(error)}`);
  }
  const scored = scoreDataset(text, gold, dataset);
  const schemaProblem = describeDatasetProblem(dataset) ?? undefined;
  return {
    ...base,
    ...scored,
    years: { ...base.years, review: dataset.report.reviewYear, plan: dataset.report.planYear },
    parts: {
      review: dataset.sections.some((section) => section.part === 'review'),
      plan: dataset.sections.some((section) => section.part === 'plan'),
    },
    ...(schemaProblem ? { schemaProblem } : {}),
    dataset,
  };
}

export function scoreCorpus(inputs: readonly CorpusInput[] = listCorpusInputs()): CorpusScore {
  const reports = inputs.map(scoreInput);
  return {
    reports,
    right: reports.reduce((sum, report) => sum + report.right, 0),
    total: reports.reduce((sum, report) => sum + report.total, 0),
  };
}

export const percent = (right: number, total: number): number =>
  total ? (100 * right) / total : 0;

/** One wrong record the way the reference's --verbose prints it. */
export function formatWrongRecord(record: WrongRecord): string {
  const g = record.gold;
  const e = record.got;
  const range = (upper: number | null | undefined) => (upper == null ? '' : `-${upper}`);
  const got = e
    ? `${e.subject} ${e.year} ${e.kind} ${e.measure} ${e.comparator} ${e.value}${range(e.upper)}${e.unit} @${e.start}`
    : '-';
  const reason = record.quoteNotInText ? `${record.reason} (quote not in text)` : record.reason;
  return (
    `[t${record.tier}] ${reason}: gold ${g.subject} ${g.year} ${g.kind} ${g.measure} ` +
    `${g.comparator ?? 'eq'} ${g.value}${range(g.upper)}${g.unit} | got ${got} | ${g.quote}`
  );
}

export function yearsOk(report: ReportScore): boolean {
  const { years } = report;
  return years.review === years.goldReview && years.plan === years.goldPlan;
}

function formatYears(report: ReportScore): string {
  const { years } = report;
  const show = (year: number | null) => (year === null ? '?' : String(year));
  let text = `review ${show(years.review)} plan ${show(years.plan)}`;
  if (!yearsOk(report)) text += ` (gold: ${show(years.goldReview)}/${show(years.goldPlan)})`;
  return text;
}

function formatParts(report: ReportScore): string {
  const found = [report.parts.review ? 'review' : '', report.parts.plan ? 'plan' : ''].filter(
    Boolean,
  );
  const missing = [report.parts.review ? '' : 'review', report.parts.plan ? '' : 'plan'].filter(
    Boolean,
  );
  return (
    (found.length ? found.join('+') : 'none') +
    (missing.length ? ` (no ${missing.join(', no ')})` : '')
  );
}

/** One table line: label, right/total, per tier, the years found and the parts found. */
export function formatReportLine(report: ReportScore): string {
  const tiers = [...new Set([1, 2, ...Object.keys(report.tiers).map(Number)])].sort(
    (a, b) => a - b,
  );
  const tierCols = tiers
    .map((tier) => {
      const tally = report.tiers[tier];
      return `t${tier} ${tally ? `${tally.right}/${tally.total}` : '-'}`.padEnd(9);
    })
    .join(' ');
  const rightTotal = `${report.right}/${report.total}`.padStart(7);
  const pct = `${Math.floor(percent(report.right, report.total))}%`.padStart(4);
  const tail = report.error
    ? `FAILED: ${report.error}`
    : `${formatYears(report).padEnd(40)} ${formatParts(report)}` +
      (report.schemaProblem ? `  INVALID DATASET: ${report.schemaProblem}` : '');
  return `${report.input.label.padEnd(22)} ${rightTotal} ${pct}  ${tierCols}  ${tail}`.trimEnd();
}

export function formatTotalLine(corpus: CorpusScore): string {
  const kinds = [...new Set(corpus.reports.map((report) => report.input.kind))];
  const byKind = kinds.map((kind) => {
    const reports = corpus.reports.filter((report) => report.input.kind === kind);
    const right = reports.reduce((sum, report) => sum + report.right, 0);
    const total = reports.reduce((sum, report) => sum + report.total, 0);
    return `.${kind} ${right}/${total}`;
  });
  const pct = percent(corpus.right, corpus.total).toFixed(1);
  return (
    `corpus: ${corpus.right}/${corpus.total} = ${pct}%` +
    (byKind.length > 1 ? `  (${byKind.join(', ')})` : '')
  );
}

/** The whole table: a header, one line per input (with its wrong records if verbose), the total. */
export function formatCorpusTable(
  corpus: CorpusScore,
  options: { verbose?: boolean } = {},
): string {
  const header =
    `${'report'.padEnd(22)} ${'right'.padStart(7)} ${'%'.padStart(4)}  ${'tier 1'.padEnd(9)} ` +
    `${'tier 2'.padEnd(9)}  ${'years found'.padEnd(40)} parts found`;
  const lines = [header];
  for (const report of corpus.reports) {
    lines.push(formatReportLine(report));
    if (options.verbose && !report.error) {
      for (const record of report.wrong) lines.push(`    ${formatWrongRecord(record)}`);
    }
  }
  lines.push(formatTotalLine(corpus));
  return lines.join('\n');
}

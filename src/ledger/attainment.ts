/**
 * The attainment ledger: each year-t goal of a place joined with the year-t result that the
 * place's next report states, and a verdict under a rule the reader can switch. Pure: no DOM,
 * no Node, no React.
 *
 * Interface (the UI codes against it; changes are noted in ./README-interface.md):
 * - LedgerFigure, LedgerRow, Verdict: the shapes of public/data/attainment.json
 *   (src/dataset/attainment-schema.ts).
 * - VerdictRule, DEFAULT_RULE: how 左右 and ranges are read.
 * - direction(row): 'floor' (more is the aim) or 'ceiling' (less is the aim).
 * - judge(row, rule): the verdict, the gap (actual − target) and the direction.
 * - buildLedger(datasets): every row of the bundled reports.
 * - joinReport(rows, dataset): an uploaded report's results fill the rows it reviews; its goals
 *   become awaiting rows.
 *
 * The row universe: for each place (region.zh), every subject key × measure that is a goal in
 * one of its reports, for every plan year of its reports where that year's report sets the goal
 * or the subject is one the subject dictionary knows. So national 2020 GDP, which the 2020
 * report set no goal for, is a row with verdict no-target; a one-off goal is not repeated as
 * no-target in every other year. Which figures count, and which one of
 * several: ./report-figures.ts.
 */
import type { Dataset, Measure } from '../dataset/dataset-schema.ts';
import type {
  LedgerFigure,
  LedgerRow,
  LedgerSubject,
  Place,
  Verdict,
} from '../dataset/attainment-schema.ts';
import { knownSubject, subjectRank } from '../extract/vocabulary/subject-dictionary.ts';
import { comparePlaces, placeOf } from './place.ts';
import type { LedgerCandidate, ReportFigures } from './report-figures.ts';
import { figureKey, reportFigures } from './report-figures.ts';
import { unitFactor } from './unit-scale.ts';
import type { RangeRule } from '../dataset/verdicts.ts';

export type { LedgerFigure, LedgerRow, Verdict } from '../dataset/attainment-schema.ts';
export { VERDICTS } from '../dataset/attainment-schema.ts';

export type Direction = 'floor' | 'ceiling';

export interface VerdictRule {
  /** 左右: 'strict' reads 5%左右 as 5% (≥ for a floor, ≤ for a ceiling); 'tolerance' allows `tolerance`. */
  approx: 'strict' | 'tolerance';
  /** In 百分点: how far short of a 左右 goal in % still counts as met (goals in other units stay strict). */
  tolerance: number;
  /** A range 6%-6.5%: 'within' it, or 'lower-bound': at least its lower end (at most its upper end for a ceiling). */
  range: RangeRule;
}

/** The rule of the issue and of attainment.csv: strict 左右, a range read as its lower bound. */
export const DEFAULT_RULE: VerdictRule = { approx: 'strict', tolerance: 0, range: 'lower-bound' };

/**
 * Subjects whose aim is to stay low, whatever the wording: prices (CPI), unemployment, energy
 * and carbon intensity (written as negative growth: 降低3% is −3, and −3.1 is better), the
 * deficit ratio, PM2.5. Keyed by subject.key, so it holds for every report.
 */
export const LOWER_IS_AIM: ReadonlySet<string> = new Set([
  'cpi',
  'unemployment',
  'unemployment-registered',
  'energy-intensity',
  'co2-intensity',
  'deficit-ratio',
  'pm25',
]);

/**
 * A goal written 以上/不低于 is a floor and one written 以内/不超过 a ceiling, whatever the
 * subject (赤字率拟按3.6%以上安排 is a floor); a bare figure, 左右 or a range follows the subject.
 * The words bound a fall's size, not its sign: 下降3%以上 (−3, 以上) is −3 or lower, a ceiling.
 */
export function direction(row: Pick<LedgerRow, 'subject' | 'target'>): Direction {
  const fall = (row.target?.value ?? 0) < 0;
  if (row.target?.comparator === 'gte') return fall ? 'ceiling' : 'floor';
  if (row.target?.comparator === 'lte') return fall ? 'floor' : 'ceiling';
  return LOWER_IS_AIM.has(row.subject.key) ? 'ceiling' : 'floor';
}

export interface Judgement {
  verdict: Verdict;
  /** actual − target in the goal's unit (百分点 for %); for a range, from the bound the rule judges by. Null when not computable. */
  gap: number | null;
  direction: Direction;
}

/** Six decimals: 5.2 − 5 is 0.2, not 0.20000000000000018. */
const round = (value: number): number => Math.round(value * 1e6) / 1e6 + 0;
const EPSILON = 1e-9;

/** The row's verdict under `rule`. */
export function judge(row: LedgerRow, rule: VerdictRule = DEFAULT_RULE): Judgement {
  const aim = direction(row);
  const { target, actual } = row;
  if (target === null) return { verdict: 'no-target', gap: null, direction: aim };
  if (row.actualReportId === null) return { verdict: 'awaiting', gap: null, direction: aim };
  const factor = actual === null ? null : unitFactor(actual.unit, target.unit);
  if (actual === null || factor === null) {
    return { verdict: 'not-reported', gap: null, direction: aim };
  }
  const value = actual.value * factor;
  const { met, reference } = compare(value, target, aim, rule);
  return { verdict: met ? 'met' : 'missed', gap: round(value - reference), direction: aim };
}

function compare(
  value: number,
  target: LedgerFigure,
  aim: Direction,
  rule: VerdictRule,
): { met: boolean; reference: number } {
  const atLeast = (bound: number) => value >= bound - EPSILON;
  const atMost = (bound: number) => value <= bound + EPSILON;
  if (target.comparator === 'range' && target.upper !== null) {
    const lower = Math.min(target.value, target.upper);
    const upper = Math.max(target.value, target.upper);
    if (rule.range === 'within') {
      const reference = value < lower ? lower : value > upper ? upper : value;
      return { met: atLeast(lower) && atMost(upper), reference };
    }
    return aim === 'floor'
      ? { met: atLeast(lower), reference: lower }
      : { met: atMost(upper), reference: upper };
  }
  // A tolerance in 百分点 means nothing for 1200万人左右: it loosens only goals in percent.
  const inPoints = target.unit === '%' || target.unit === '个百分点';
  const slack =
    target.comparator === 'approx' && rule.approx === 'tolerance' && inPoints ? rule.tolerance : 0;
  return aim === 'floor'
    ? { met: atLeast(target.value - slack), reference: target.value }
    : { met: atMost(target.value + slack), reference: target.value };
}

interface PlaceReports {
  place: Place;
  figures: ReportFigures[];
  /** Report id by plan year and by review year; the first report (by id) wins a tie. */
  byPlanYear: Map<number, string>;
  byReviewYear: Map<number, string>;
}

/** Candidates grouped by subject key × measure, each group in order of preference. */
function byFigureKey(candidates: readonly LedgerCandidate[]): Map<string, LedgerCandidate[]> {
  const grouped = new Map<string, LedgerCandidate[]>();
  for (const candidate of candidates) {
    const key = figureKey(candidate.key, candidate.measure);
    const group = grouped.get(key);
    if (group) group.push(candidate);
    else grouped.set(key, [candidate]);
  }
  return grouped;
}

/**
 * The result that answers a goal: the first candidate (in preference order) whose unit can be
 * set against the goal's; with no goal, simply the first.
 */
function answering(
  candidates: readonly LedgerCandidate[] | undefined,
  target: LedgerFigure | null,
): LedgerCandidate | undefined {
  if (!candidates) return undefined;
  if (target === null) return candidates[0];
  return candidates.find(({ figure }) => unitFactor(figure.unit, target.unit) !== null);
}

function rowsOfPlace(entry: PlaceReports): LedgerRow[] {
  const targetsOf = new Map(
    entry.figures.map((figures) => [figures.reportId, byFigureKey(figures.targets)]),
  );
  const actualsOf = new Map(
    entry.figures.map((figures) => [figures.reportId, byFigureKey(figures.actuals)]),
  );
  // Every subject key × measure that is a goal in some report of the place, described by its first goal.
  const subjects = new Map<string, LedgerCandidate>();
  for (const figures of entry.figures) {
    for (const candidate of figures.targets) {
      const key = figureKey(candidate.key, candidate.measure);
      if (!subjects.has(key)) subjects.set(key, candidate);
    }
  }
  const rows: LedgerRow[] = [];
  for (const [year, targetReportId] of entry.byPlanYear) {
    const actualReportId = entry.byReviewYear.get(year) ?? null;
    for (const [key, described] of subjects) {
      const target = targetsOf.get(targetReportId)?.get(key)?.[0];
      if (!target && !isHeadline(described.key)) continue;
      const actualCandidates =
        actualReportId === null ? undefined : actualsOf.get(actualReportId)?.get(key);
      const actual = answering(actualCandidates, target?.figure ?? null);
      rows.push({
        place: entry.place,
        subject: subjectOf(described),
        sector: (target ?? described).sector,
        measure: described.measure,
        targetYear: year,
        target: target?.figure ?? null,
        actual: actual?.figure ?? null,
        targetReportId,
        actualReportId,
      });
    }
  }
  return rows;
}

/**
 * A subject the dictionary knows (GDP, CPI, 城镇新增就业…) recurs across reports, so a year
 * without its goal is news (no-target); a one-off goal (建成67公里轨道交通线) gets rows only for
 * the years that set it.
 */
function isHeadline(key: string): boolean {
  return knownSubject(key) !== undefined;
}

function subjectOf(candidate: LedgerCandidate): LedgerSubject {
  const { key, subject } = candidate;
  return { key, zh: subject.zh, en: subject.en, headline: isHeadline(key) };
}

const MEASURE_ORDER: readonly Measure[] = ['growth', 'level', 'share', 'rate', 'count', 'rank'];

/** By place (national first), headline subjects first, measure, then year. */
export function compareRows(a: LedgerRow, b: LedgerRow): number {
  return (
    comparePlaces(a.place, b.place) ||
    subjectRank(a.subject.key) - subjectRank(b.subject.key) ||
    (a.subject.key < b.subject.key ? -1 : a.subject.key > b.subject.key ? 1 : 0) ||
    MEASURE_ORDER.indexOf(a.measure) - MEASURE_ORDER.indexOf(b.measure) ||
    a.targetYear - b.targetYear
  );
}

function groupByPlace(datasets: readonly Dataset[]): PlaceReports[] {
  const places = new Map<string, PlaceReports>();
  const sorted = [...datasets].sort((a, b) =>
    a.report.id < b.report.id ? -1 : a.report.id > b.report.id ? 1 : 0,
  );
  for (const dataset of sorted) {
    const place = placeOf(dataset.report);
    if (!place) continue;
    const entry = places.get(place.zh) ?? {
      place,
      figures: [],
      byPlanYear: new Map<number, string>(),
      byReviewYear: new Map<number, string>(),
    };
    places.set(place.zh, entry);
    entry.figures.push(reportFigures(dataset));
    const { planYear, reviewYear, id } = dataset.report;
    if (planYear !== null && !entry.byPlanYear.has(planYear)) entry.byPlanYear.set(planYear, id);
    if (reviewYear !== null && !entry.byReviewYear.has(reviewYear)) {
      entry.byReviewYear.set(reviewYear, id);
    }
  }
  return [...places.values()];
}

/** Every ledger row of these reports, sorted by compareRows. A report without a region is left out. */
export function buildLedger(datasets: readonly Dataset[]): LedgerRow[] {
  return groupByPlace(datasets).flatMap(rowsOfPlace).sort(compareRows);
}

const samePlace = (row: LedgerRow, place: Place) => row.place.zh === place.zh;

/**
 * The ledger with one more report joined in (an upload): its results fill the awaiting rows of
 * its place for its review year (upload the national 2026 report and the 2025 rows get their
 * results, or become not-reported), and its goals become awaiting rows for its plan year (with
 * no-target rows for the place's headline subjects it sets no goal for). A plan year the ledger
 * already has a report for keeps that report's goals, and a review year already answered keeps
 * its results. A report without a region changes nothing.
 */
export function joinReport(rows: readonly LedgerRow[], dataset: Dataset): LedgerRow[] {
  const place = placeOf(dataset.report);
  if (!place) return [...rows];
  const { reviewYear, planYear, id } = dataset.report;
  const figures = reportFigures(dataset);
  const actuals = byFigureKey(figures.actuals);
  const joined = rows.map((row) => {
    if (!samePlace(row, place) || row.targetYear !== reviewYear || row.actualReportId !== null) {
      return row;
    }
    const actual = answering(actuals.get(figureKey(row.subject.key, row.measure)), row.target);
    return { ...row, actual: actual?.figure ?? null, actualReportId: id };
  });
  const placeRows = joined.filter((row) => samePlace(row, place));
  if (planYear === null || placeRows.some((row) => row.targetYear === planYear)) {
    return joined.sort(compareRows);
  }
  const targets = byFigureKey(figures.targets);
  const subjects = new Map<string, LedgerCandidate | LedgerRow>();
  for (const row of placeRows) subjects.set(figureKey(row.subject.key, row.measure), row);
  for (const [key, candidates] of targets) {
    if (!subjects.has(key) && candidates[0]) subjects.set(key, candidates[0]);
  }
  const added: LedgerRow[] = [...subjects].flatMap(([key, described]): LedgerRow[] => {
    const target = targets.get(key)?.[0];
    const subject = 'figure' in described ? subjectOf(described) : described.subject;
    if (!target && !isHeadline(subject.key)) return [];
    return [
      {
        place: placeRows[0]?.place ?? place,
        subject,
        sector: target?.sector ?? described.sector,
        measure: described.measure,
        targetYear: planYear,
        target: target?.figure ?? null,
        actual: null,
        targetReportId: id,
        actualReportId: null,
      },
    ];
  });
  return [...joined, ...added].sort(compareRows);
}

/**
 * How goals changed: one subject's goal year by year and place by place (targetHistory), and
 * the places of one year side by side (panel). Pure functions over ledger rows.
 */
import type { Comparator, Measure } from '../dataset/dataset-schema.ts';
import type {
  LedgerFigure,
  LedgerRow,
  LedgerSubject,
  Place,
} from '../dataset/attainment-schema.ts';
import { subjectRank } from '../extract/vocabulary/subject-dictionary.ts';
import { comparePlaces } from './place.ts';
import { unitFactor } from './unit-scale.ts';

export interface TargetHistoryYear {
  year: number;
  /** The goal as stated; null when that year's report set none. */
  target: LedgerFigure | null;
  /** The comparator of the year before, when both years set a goal. */
  previousComparator: Comparator | null;
  /** 以上 one year, 左右 the next: news. False when either year set no goal. */
  comparatorChanged: boolean;
}

export interface TargetHistory {
  place: Place;
  subject: LedgerSubject;
  measure: Measure;
  years: TargetHistoryYear[];
}

/** One history per place × measure of the subject, national first, years ascending. */
export function targetHistory(rows: readonly LedgerRow[], subjectKey: string): TargetHistory[] {
  const groups = new Map<string, LedgerRow[]>();
  for (const row of rows) {
    if (row.subject.key !== subjectKey) continue;
    const key = `${row.place.zh}|${row.measure}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()]
    .map((group) => {
      const sorted = [...group].sort((a, b) => a.targetYear - b.targetYear);
      const byYear = new Map(sorted.map((row) => [row.targetYear, row]));
      const first = sorted[0]!;
      return {
        place: first.place,
        subject: first.subject,
        measure: first.measure,
        years: sorted.map((row) => {
          const before = byYear.get(row.targetYear - 1)?.target ?? null;
          const previousComparator = row.target && before ? before.comparator : null;
          return {
            year: row.targetYear,
            target: row.target,
            previousComparator,
            comparatorChanged:
              previousComparator !== null && previousComparator !== row.target?.comparator,
          };
        }),
      };
    })
    .sort((a, b) => comparePlaces(a.place, b.place) || measureOrder(a.measure, b.measure));
}

const measureOrder = (a: Measure, b: Measure) => (a < b ? -1 : a > b ? 1 : 0);

export interface PanelEntry {
  place: Place;
  /** Null: the place's report of that year states no figure ("not stated", never 0). */
  target: LedgerFigure | null;
  /** The goal in the panel's unit (500亿斤 and 1300万吨 cannot share one); null when it cannot be. */
  value: number | null;
}

export interface PanelSubject {
  subject: LedgerSubject;
  measure: Measure;
  /** The unit most of the places write the goal in; values are given in it. */
  unit: string;
  /** The national goal of that year, where the ledger has the national report of that year. */
  national: LedgerFigure | null;
  /**
   * Every other place with a report of that year: highest goal first, then goals in a unit
   * that cannot be converted, then "not stated".
   */
  places: PanelEntry[];
}

export interface Panel {
  year: number;
  places: Place[];
  subjects: PanelSubject[];
}

/** A subject is a headline of the panel when at least this many places set a goal for it. */
const MIN_PLACES = 2;

/**
 * The places with a report whose plan year is `year`, side by side: each headline subject (one
 * the subject dictionary knows) × measure that at least two of them (or the nation and one of
 * them) set a goal for, in the dictionary's order. One-off goals (建设高标准农田200万亩) stay out.
 */
export function panel(rows: readonly LedgerRow[], year: number): Panel {
  const ofYear = rows.filter((row) => row.targetYear === year);
  const placesByName = new Map<string, Place>();
  for (const row of ofYear) placesByName.set(row.place.zh, row.place);
  const places = [...placesByName.values()].sort(comparePlaces);
  const local = places.filter((place) => place.level !== 'national');
  const subjects = new Map<
    string,
    { subject: LedgerSubject; measure: Measure; rows: LedgerRow[] }
  >();
  for (const row of ofYear) {
    if (row.target === null || !row.subject.headline) continue;
    const key = `${row.subject.key}|${row.measure}`;
    const entry = subjects.get(key) ?? { subject: row.subject, measure: row.measure, rows: [] };
    entry.rows.push(row);
    subjects.set(key, entry);
  }
  const panelSubjects = [...subjects.values()]
    .filter((entry) => entry.rows.length >= MIN_PLACES)
    .map(({ subject, measure, rows: stated }) => {
      const byPlace = new Map(stated.map((row) => [row.place.zh, row.target]));
      const national = stated.find((row) => row.place.level === 'national')?.target ?? null;
      const unit = commonUnit(stated.map((row) => row.target?.unit ?? ''));
      const entries = local
        .map((place): PanelEntry => {
          const target = byPlace.get(place.zh) ?? null;
          const factor = target ? unitFactor(target.unit, unit) : null;
          return { place, target, value: target && factor !== null ? target.value * factor : null };
        })
        .sort(byGoal);
      return { subject, measure, unit, national, places: entries };
    })
    .sort(
      (a, b) =>
        subjectRank(a.subject.key) - subjectRank(b.subject.key) ||
        measureOrder(a.measure, b.measure) ||
        (a.subject.key < b.subject.key ? -1 : a.subject.key > b.subject.key ? 1 : 0),
    );
  return { year, places, subjects: panelSubjects };
}

/** The unit written most often; the first of them on a tie. */
function commonUnit(units: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const unit of units) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  let best = units[0] ?? '';
  for (const [unit, count] of counts) if (count > (counts.get(best) ?? 0)) best = unit;
  return best;
}

function byGoal(a: PanelEntry, b: PanelEntry): number {
  const tier = (entry: PanelEntry) => (entry.target === null ? 2 : entry.value === null ? 1 : 0);
  return (
    tier(a) - tier(b) ||
    (a.value !== null && b.value !== null ? b.value - a.value : 0) ||
    comparePlaces(a.place, b.place)
  );
}

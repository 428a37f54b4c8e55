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
}

export interface PanelSubject {
  subject: LedgerSubject;
  measure: Measure;
  /** The national goal of that year, where the ledger has the national report of that year. */
  national: LedgerFigure | null;
  /** Every other place with a report of that year: highest goal first, "not stated" last. */
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
 * The places with a report whose plan year is `year`, side by side: each subject key × measure
 * that at least two of them (or the nation and one of them) set a goal for, headline subjects
 * first (the subject dictionary's order).
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
    if (row.target === null) continue;
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
      const entries = local
        .map((place) => ({ place, target: byPlace.get(place.zh) ?? null }))
        .sort(byGoal);
      return { subject, measure, national, places: entries };
    })
    .sort(
      (a, b) =>
        subjectRank(a.subject.key) - subjectRank(b.subject.key) ||
        measureOrder(a.measure, b.measure) ||
        (a.subject.key < b.subject.key ? -1 : a.subject.key > b.subject.key ? 1 : 0),
    );
  return { year, places, subjects: panelSubjects };
}

function byGoal(a: PanelEntry, b: PanelEntry): number {
  if (a.target === null || b.target === null) {
    return Number(a.target === null) - Number(b.target === null) || comparePlaces(a.place, b.place);
  }
  return b.target.value - a.target.value || comparePlaces(a.place, b.place);
}

import type { SectorId } from '../../dataset/dataset-schema.ts';
import type { LedgerRow, Place, Verdict } from '../../dataset/attainment-schema.ts';
import { sectorCounts } from '../../dataset/sector-taxonomy.ts';
import { judge } from '../../ledger/attainment.ts';
import type { RangeRule } from '../../dataset/verdicts.ts';
import type { Judgement, VerdictRule } from '../../ledger/attainment.ts';
import type { SectorCount } from '../../dataset/sector-taxonomy.ts';

export interface LedgerFilters {
  place: string | null;
  subject: string | null;
  verdict: Verdict | null;
  sectors: readonly SectorId[] | null;
  /** Off: only subjects the dictionary knows (GDP, CPI…), not one-off goals and budget lines. */
  allSubjects: boolean;
}

/** What of the page's state (kept in the URL by app/) the ledger reads and sets. */
export interface LedgerViewState extends LedgerFilters {
  /** The 左右 tolerance in 百分点; null reads 左右 strictly. */
  tolerance: number | null;
  range: RangeRule;
}

/** Whether a row's subject is in view: a headline one, any when all are asked for, or the chosen one. */
function subjectInScope(row: LedgerRow, filters: Pick<LedgerFilters, 'subject' | 'allSubjects'>) {
  return filters.allSubjects || row.subject.headline || row.subject.key === filters.subject;
}

export interface JudgedRow {
  row: LedgerRow;
  judgement: Judgement;
}

/** The rule the URL describes: no tolerance reads 左右 strictly. */
export function ruleOf(tolerance: number | null, range: RangeRule): VerdictRule {
  return tolerance === null
    ? { approx: 'strict', tolerance: 0, range }
    : { approx: 'tolerance', tolerance, range };
}

/** Every row judged under `rule`, in the ledger's order (place, subject, measure, year). */
export function judgeRows(rows: readonly LedgerRow[], rule: VerdictRule): JudgedRow[] {
  return rows.map((row) => ({ row, judgement: judge(row, rule) }));
}

/** The rows that pass the filters; the verdict filter reads the verdict under the current rule. */
export function filterJudged(rows: readonly JudgedRow[], filters: LedgerFilters): JudgedRow[] {
  return rows.filter(
    ({ row, judgement }) =>
      (filters.place === null || row.place.zh === filters.place) &&
      (filters.subject === null || row.subject.key === filters.subject) &&
      subjectInScope(row, filters) &&
      (filters.verdict === null || judgement.verdict === filters.verdict) &&
      (filters.sectors === null || filters.sectors.includes(row.sector)),
  );
}

/** The ledger's places, in its order (national first). */
export function ledgerPlaces(rows: readonly LedgerRow[]): Place[] {
  const places = new Map<string, Place>();
  for (const row of rows) if (!places.has(row.place.zh)) places.set(row.place.zh, row.place);
  return [...places.values()];
}

export interface SubjectChoice {
  key: string;
  zh: string;
  en: string | null;
  /** How many rows have a goal for it: the filter lists the most-tracked subjects first. */
  goals: number;
}

/**
 * The subjects of the rows (of one place when given; headline ones unless all are asked for),
 * most goals first, then as the ledger orders them.
 */
export function ledgerSubjects(
  rows: readonly LedgerRow[],
  place: string | null,
  allSubjects = true,
): SubjectChoice[] {
  const subjects = new Map<string, SubjectChoice>();
  rows.forEach((row) => {
    if (place !== null && row.place.zh !== place) return;
    if (!allSubjects && !row.subject.headline) return;
    const entry = subjects.get(row.subject.key) ?? {
      key: row.subject.key,
      zh: row.subject.zh,
      en: row.subject.en,
      goals: 0,
    };
    if (row.target !== null) entry.goals += 1;
    subjects.set(row.subject.key, entry);
  });
  // A stable sort keeps the ledger's headline-first order among equals.
  return [...subjects.values()].sort((a, b) => b.goals - a.goals);
}

/**
 * Sectors that have ledger rows, in taxonomy order, with their counts (the sector chips): of
 * the rows in the subject scope, so a chip's count matches what choosing it shows.
 */
export function ledgerSectors(
  rows: readonly LedgerRow[],
  scope: Pick<LedgerFilters, 'subject' | 'allSubjects'> = { subject: null, allSubjects: true },
): SectorCount[] {
  const counts = new Map<SectorId, number>();
  for (const row of rows) {
    if (subjectInScope(row, scope)) counts.set(row.sector, (counts.get(row.sector) ?? 0) + 1);
  }
  return sectorCounts(counts, counts);
}

/**
 * What the chart draws: one subject of one place across years. The subject is the filter's,
 * else GDP, else the first; the place is the filter's, else the first place that has the subject.
 */
export function chartSelection(
  rows: readonly LedgerRow[],
  filters: Pick<LedgerFilters, 'place' | 'subject'>,
): { place: Place; subject: string } | null {
  const ofPlace = rows.filter((row) => filters.place === null || row.place.zh === filters.place);
  const keys = new Set(ofPlace.filter((row) => row.target !== null).map((row) => row.subject.key));
  const subject =
    filters.subject !== null && keys.has(filters.subject)
      ? filters.subject
      : keys.has('gdp')
        ? 'gdp'
        : (ledgerSubjects(ofPlace, null).find((choice) => choice.goals > 0)?.key ?? null);
  if (subject === null) return null;
  const first = ofPlace.find((row) => row.subject.key === subject && row.target !== null);
  return first ? { place: first.place, subject } : null;
}

/** The rows of one place and subject (its first measure, which for GDP is growth), years ascending. */
export function seriesRows(
  rows: readonly JudgedRow[],
  place: string,
  subject: string,
): JudgedRow[] {
  const ofSubject = rows.filter(({ row }) => row.place.zh === place && row.subject.key === subject);
  const measure = ofSubject.find(({ row }) => row.target !== null)?.row.measure;
  return ofSubject
    .filter(({ row }) => row.measure === measure)
    .sort((a, b) => a.row.targetYear - b.row.targetYear);
}

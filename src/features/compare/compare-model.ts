import type {
  Bilingual,
  Comparator,
  Dataset,
  Indicator,
  Measure,
  SectorId,
} from '../../dataset/dataset-schema.ts';
import { indicatorSubjectKey, isChartable } from '../../ledger/chartable.ts';
import { sectorCounts, sectorOrder } from '../../dataset/sector-taxonomy.ts';
import type { SectorCount } from '../../dataset/sector-taxonomy.ts';
import { knownSubject, subjectRank } from '../../extract/vocabulary/subject-dictionary.ts';

/**
 * Compare: several reports' results and goals side by side, for the subjects they share.
 * Pure: datasets, the sector filter and the subject search in, rows out.
 */

/** Percentages compare: growth rates, and rates or shares such as unemployment or R&D intensity. */
const COMPARED_MEASURES: readonly Measure[] = ['growth', 'rate', 'share'];

/**
 * What the numbers of a row are, so that each chart has an honest title: a growth rate of a
 * quantity (GDP 增长5%), or a rate or level in % (失业率5.5%, 研发投入强度2.6%, and a rise in
 * prices, CPI 涨幅3%, which is inflation, not the growth of anything produced).
 */
export const COMPARE_GROUPS = ['growth', 'rates'] as const;
export type CompareGroup = (typeof COMPARE_GROUPS)[number];

/** 居民消费价格, 工业生产者出厂价格, 物价: a change of prices is a rate of inflation. */
const PRICE_WORDS = /价格|物价/u;

function groupOf(measure: Measure, subject: Bilingual): CompareGroup {
  return measure === 'growth' && !PRICE_WORDS.test(subject.zh) ? 'growth' : 'rates';
}

/** What of the page's state (kept in the URL by app/) the comparison reads and sets. */
export interface CompareViewState {
  /** The chosen report ids, in the order chosen. */
  compare: readonly string[];
  /** null: every sector. */
  sectors: readonly SectorId[] | null;
  /** The subject search. */
  q: string;
}

export interface CompareColumn {
  reportId: string;
  /** The region, or the title when the report names none. */
  name: Bilingual;
  reviewYear: number | null;
  planYear: number | null;
}

export interface CompareValue {
  indicatorId: string;
  /** The year this value belongs to: its report's review year or plan year. */
  year: number | null;
  value: number;
  upper: number | null;
  comparator: Comparator;
  unit: string;
  quote: string;
}

export interface CompareCell {
  reportId: string;
  actual: CompareValue | null;
  target: CompareValue | null;
}

export interface CompareRow {
  /** subject key and measure: a growth of unemployment and its rate are two rows. */
  id: string;
  subjectKey: string;
  subject: Bilingual;
  sector: SectorId;
  measure: Measure;
  group: CompareGroup;
  unit: string;
  /** One per column, in column order; a report without the subject has two nulls. */
  cells: CompareCell[];
}

export interface CompareModel {
  columns: CompareColumn[];
  rows: CompareRow[];
}

/** 云溪市2026年政府工作报告 → 云溪市: a report without a region is named by its title. */
function nameFromTitle(title: string): string {
  const name = title
    .replace(/\d{4}年?/u, '')
    .replace(/政府工作报告.*$/u, '')
    .trim();
  return name || title;
}

function columnOf(dataset: Dataset): CompareColumn {
  const { report } = dataset;
  return {
    reportId: report.id,
    name: report.region
      ? { zh: report.region.zh, en: report.region.en }
      : { zh: nameFromTitle(report.title) || report.id, en: null },
    reviewYear: report.reviewYear,
    planYear: report.planYear,
  };
}

function toValue(indicator: Indicator): CompareValue {
  return {
    indicatorId: indicator.id,
    year: indicator.year,
    value: indicator.value,
    upper: indicator.upper,
    comparator: indicator.comparator,
    unit: indicator.unit,
    quote: indicator.source.quote,
  };
}

/**
 * The indicator that stands for this report's result (or goal): a one-year number of the
 * report's own review (or plan) year, the first the report states. Multi-year figures
 * (年均增长, 到2030年) and subjects that name nothing are left out (isChartable).
 */
function belongsToYear(indicator: Indicator, year: number | null): boolean {
  return isChartable(indicator) && (year === null || indicator.year === year);
}

interface Gathered {
  subject: Bilingual;
  sector: SectorId;
  measure: Measure;
  unit: string;
  key: string;
  sectors: Set<SectorId>;
  /** What a search looks through: both languages, each report's wording, the dictionary's. */
  haystack: Set<string>;
  cells: Map<string, CompareCell>;
}

/**
 * Every subject at least two of the reports state (or the one, alone), before any filter.
 * Only figures in %: a change in 个百分点 or an amount in 亿元 would need an axis of its own.
 */
function gatherShared(datasets: readonly Dataset[]): Gathered[] {
  const gathered = new Map<string, Gathered>();
  for (const dataset of datasets) {
    const { id: reportId, reviewYear, planYear } = dataset.report;
    for (const indicator of dataset.indicators) {
      if (!COMPARED_MEASURES.includes(indicator.measure) || indicator.unit !== '%') continue;
      const year = indicator.kind === 'actual' ? reviewYear : planYear;
      if (!belongsToYear(indicator, year)) continue;
      const key = indicatorSubjectKey(indicator);
      const id = `${key}|${indicator.measure}`;
      let row = gathered.get(id);
      if (!row) {
        const known = knownSubject(key);
        row = {
          subject: known ? { zh: known.label.zh, en: known.label.en } : indicator.subject,
          sector: indicator.sector,
          measure: indicator.measure,
          unit: indicator.unit,
          key,
          sectors: new Set(),
          haystack: new Set(known ? [known.label.zh, known.label.en, ...known.wordings] : []),
          cells: new Map(),
        };
        gathered.set(id, row);
      }
      row.sectors.add(indicator.sector);
      row.haystack.add(indicator.subject.zh);
      if (indicator.subject.en) row.haystack.add(indicator.subject.en);
      const cell = row.cells.get(reportId) ?? { reportId, actual: null, target: null };
      if (cell[indicator.kind] === null) cell[indicator.kind] = toValue(indicator);
      row.cells.set(reportId, cell);
    }
  }
  const sharedBy = Math.min(2, datasets.length);
  return [...gathered.values()].filter((row) => row.cells.size >= sharedBy);
}

const squeeze = (text: string) => text.replace(/\s+/gu, '').toLowerCase();

/** Search ignores case and spaces: GDP, 生产总值 and 国内生产总值 all find Beihai's 地区生产总值. */
function matchesSearch(row: Gathered, q: string): boolean {
  const needle = squeeze(q);
  return needle === '' || [...row.haystack].some((words) => squeeze(words).includes(needle));
}

/** The sectors of the shared subjects the search leaves, with how many each has: the chips. */
export function compareSectorCounts(datasets: readonly Dataset[], q = ''): SectorCount[] {
  const shared = gatherShared(datasets);
  const counts = new Map<SectorId, number>();
  for (const row of shared.filter((candidate) => matchesSearch(candidate, q))) {
    for (const id of row.sectors) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const present = new Set(shared.flatMap((row) => [...row.sectors]));
  return sectorCounts(present, counts);
}

export function buildCompareModel(
  datasets: readonly Dataset[],
  sectors: readonly SectorId[] | null,
  q = '',
): CompareModel {
  const columns = datasets.map(columnOf);
  const wanted = sectors === null ? null : new Set(sectors);
  const rows: CompareRow[] = gatherShared(datasets)
    .filter((row) => wanted === null || [...row.sectors].some((id) => wanted.has(id)))
    .filter((row) => matchesSearch(row, q))
    .map((row) => ({
      id: `${row.key}|${row.measure}`,
      subjectKey: row.key,
      subject: row.subject,
      sector: row.sector,
      measure: row.measure,
      group: groupOf(row.measure, row.subject),
      unit: row.unit,
      cells: columns.map(
        (column) =>
          row.cells.get(column.reportId) ?? {
            reportId: column.reportId,
            actual: null,
            target: null,
          },
      ),
    }));
  rows.sort(
    (a, b) =>
      COMPARE_GROUPS.indexOf(a.group) - COMPARE_GROUPS.indexOf(b.group) ||
      subjectRank(a.subjectKey) - subjectRank(b.subjectKey) ||
      COMPARED_MEASURES.indexOf(a.measure) - COMPARED_MEASURES.indexOf(b.measure) ||
      sectorOrder(a.sector) - sectorOrder(b.sector) ||
      a.subject.zh.localeCompare(b.subject.zh, 'zh-CN'),
  );
  return { columns, rows };
}

/** The rows of one group, with the columns: what one chart draws. */
export function groupModel(model: CompareModel, group: CompareGroup): CompareModel {
  return { columns: model.columns, rows: model.rows.filter((row) => row.group === group) };
}

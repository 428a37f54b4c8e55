import type {
  Bilingual,
  Comparator,
  Dataset,
  Indicator,
  Measure,
  SectorId,
} from '../../dataset/dataset-schema.ts';
import { indicatorSubjectKey, isChartable } from '../../ledger/chartable.ts';
import { sectorOrder } from '../../dataset/sector-taxonomy.ts';
import { knownSubject, subjectRank } from '../../extract/vocabulary/subject-dictionary.ts';

/**
 * Compare: several reports' growth results and goals side by side, for the subjects they
 * share. Pure: datasets and the sector filter in, rows out.
 */

/** Growth rates and other percentages (unemployment, CPI when stated as a rate) compare. */
const COMPARED_MEASURES: readonly Measure[] = ['growth', 'rate'];

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
  /** subject key, measure and unit: 5.5% growth and 1 个百分点 do not share a bar axis. */
  id: string;
  subjectKey: string;
  subject: Bilingual;
  sector: SectorId;
  measure: Measure;
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
  cells: Map<string, CompareCell>;
}

export function buildCompareModel(
  datasets: readonly Dataset[],
  sectors: readonly SectorId[] | null,
): CompareModel {
  const columns = datasets.map(columnOf);
  const gathered = new Map<string, Gathered>();
  for (const dataset of datasets) {
    const { id: reportId, reviewYear, planYear } = dataset.report;
    for (const indicator of dataset.indicators) {
      if (!COMPARED_MEASURES.includes(indicator.measure)) continue;
      const year = indicator.kind === 'actual' ? reviewYear : planYear;
      if (!belongsToYear(indicator, year)) continue;
      const key = indicatorSubjectKey(indicator);
      const id = `${key}|${indicator.measure}|${indicator.unit}`;
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
          cells: new Map(),
        };
        gathered.set(id, row);
      }
      row.sectors.add(indicator.sector);
      const cell = row.cells.get(reportId) ?? { reportId, actual: null, target: null };
      if (cell[indicator.kind] === null) cell[indicator.kind] = toValue(indicator);
      row.cells.set(reportId, cell);
    }
  }
  const wanted = sectors === null ? null : new Set(sectors);
  // Shared means stated by at least two of the chosen reports (or by the one, alone).
  const sharedBy = Math.min(2, datasets.length);
  const rows: CompareRow[] = [...gathered.entries()]
    .filter(([, row]) => row.cells.size >= sharedBy)
    .filter(([, row]) => wanted === null || [...row.sectors].some((id) => wanted.has(id)))
    .map(([id, row]) => ({
      id,
      subjectKey: row.key,
      subject: row.subject,
      sector: row.sector,
      measure: row.measure,
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
      subjectRank(a.subjectKey) - subjectRank(b.subjectKey) ||
      COMPARED_MEASURES.indexOf(a.measure) - COMPARED_MEASURES.indexOf(b.measure) ||
      sectorOrder(a.sector) - sectorOrder(b.sector) ||
      a.subject.zh.localeCompare(b.subject.zh, 'zh-CN') ||
      a.unit.localeCompare(b.unit),
  );
  return { columns, rows };
}

/**
 * The researchers' files, public/data/corpus.csv and public/data/attainment.csv, as CSV text:
 * UTF-8 with a byte-order mark (so spreadsheet programs read the Chinese), RFC 4180 (CRLF,
 * fields with a comma, quote or line break quoted, quotes doubled), numbers as numbers, blanks
 * for what is missing. The CLI writes the full files; the page downloads them with its filters
 * applied. Columns: public/data/CODEBOOK.md.
 */
import type { Indicator, ReportMeta } from '../dataset/dataset-schema.ts';
import type { LedgerRow } from '../dataset/attainment-schema.ts';
import type { VerdictRule } from './attainment.ts';
import { DEFAULT_RULE, judge } from './attainment.ts';
import { keyOfSubject } from '../extract/vocabulary/subject-dictionary.ts';
import { placeOf } from './place.ts';
import { writtenFigure } from './report-figures.ts';
import type { ExportCell } from '../dataset/table-files.ts';
import { tableToCsv } from '../dataset/table-files.ts';

type Cell = string | number | boolean | null;

/** 0.2, not 0.20000000000000018; booleans as true/false. */
function exportCell(value: Cell): ExportCell {
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Math.round(value * 1e6) / 1e6 + 0;
  return value;
}

/**
 * A whole CSV file: BOM, header, one CRLF-ended line per row, through the app's one CSV writer
 * (which also defuses a quote that starts like a spreadsheet formula).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return tableToCsv({
    columns: header.map((key) => ({ key, label: key })),
    rows: rows.map((row) =>
      Object.fromEntries(header.map((key, index) => [key, exportCell(row[index] ?? null)])),
    ),
  });
}

export const CORPUS_COLUMNS = [
  'report_id',
  'place_zh',
  'place_en',
  'level',
  'report_year',
  'review_year',
  'subject_zh',
  'subject_en',
  'subject_key',
  'sector',
  'year',
  'period_from',
  'period_to',
  'kind',
  'measure',
  'value',
  'upper',
  'unit',
  'comparator',
  'written',
  'estimated',
  'quote',
  'start',
  'end',
  'indicator_id',
] as const;

/** One report's indicators for corpus.csv: the page passes its filtered list, the CLI all of them. */
export interface CorpusReport {
  report: Pick<ReportMeta, 'id' | 'region' | 'reviewYear' | 'planYear'>;
  text: string;
  indicators: readonly Indicator[];
}

/** Every indicator of every report, long format, in the order given. */
export function corpusCsv(reports: readonly CorpusReport[]): string {
  const rows = reports.flatMap(({ report, text, indicators }) => {
    const place = placeOf(report);
    return indicators.map((indicator): Cell[] => [
      report.id,
      place?.zh ?? null,
      place?.en ?? null,
      place?.level ?? null,
      report.planYear,
      report.reviewYear,
      indicator.subject.zh,
      indicator.subject.en,
      keyOfSubject(indicator.subject),
      indicator.sector,
      indicator.year,
      indicator.period?.from ?? null,
      indicator.period?.to ?? null,
      indicator.kind,
      indicator.measure,
      indicator.value,
      indicator.upper,
      indicator.unit,
      indicator.comparator,
      writtenFigure(indicator, text),
      indicator.estimated,
      indicator.source.quote,
      indicator.source.start,
      indicator.source.end,
      indicator.id,
    ]);
  });
  return toCsv(CORPUS_COLUMNS, rows);
}

export const ATTAINMENT_COLUMNS = [
  'place_zh',
  'place_en',
  'level',
  'subject_key',
  'subject_zh',
  'subject_en',
  'subject_headline',
  'sector',
  'measure',
  'target_year',
  'target_value',
  'target_upper',
  'target_comparator',
  'target_unit',
  'target_written',
  'target_stretch',
  'actual_value',
  'actual_unit',
  'actual_written',
  'actual_estimated',
  'direction',
  'verdict',
  'gap',
  'gap_unit',
  'target_quote',
  'actual_quote',
  'target_report_id',
  'actual_report_id',
  'target_start',
  'target_end',
  'actual_start',
  'actual_end',
] as const;

/** The unit a gap is in: 百分点 between two percentages, else the goal's unit. */
export function gapUnit(row: LedgerRow): string | null {
  if (!row.target) return null;
  return row.target.unit === '%' ? '百分点' : row.target.unit;
}

/** One line per ledger row, judged under `rule` (attainment.csv uses the strict DEFAULT_RULE). */
export function attainmentCsv(
  rows: readonly LedgerRow[],
  rule: VerdictRule = DEFAULT_RULE,
): string {
  const lines = rows.map((row): Cell[] => {
    const { verdict, gap, direction } = judge(row, rule);
    const { target, actual } = row;
    return [
      row.place.zh,
      row.place.en,
      row.place.level,
      row.subject.key,
      row.subject.zh,
      row.subject.en,
      row.subject.headline,
      row.sector,
      row.measure,
      row.targetYear,
      target?.value ?? null,
      target?.upper ?? null,
      target?.comparator ?? null,
      target?.unit ?? null,
      target?.written ?? null,
      target?.stretch ?? null,
      actual?.value ?? null,
      actual?.unit ?? null,
      actual?.written ?? null,
      actual ? actual.estimated : null,
      direction,
      verdict,
      gap,
      gap === null ? null : gapUnit(row),
      target?.quote ?? null,
      actual?.quote ?? null,
      row.targetReportId,
      row.actualReportId,
      target?.start ?? null,
      target?.end ?? null,
      actual?.start ?? null,
      actual?.end ?? null,
    ];
  });
  return toCsv(ATTAINMENT_COLUMNS, lines);
}

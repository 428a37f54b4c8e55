import type { Indicator, ReportMeta, SectorId } from '../dataset/dataset-schema.ts';
import { sectorLabel } from '../dataset/sector-taxonomy.ts';

export type ExportLang = 'zh' | 'en';
export type ExportCell = string | number | null;

export interface ExportColumn {
  /** Stable key, used as the JSON property name. */
  key: string;
  /** Header text in the current language, used as the CSV header. */
  label: string;
}

/** A chart's data as a table: one row per data point the chart shows. */
export interface ExportTable {
  columns: readonly ExportColumn[];
  rows: readonly Readonly<Record<string, ExportCell>>[];
}

/** What a data export says about where its numbers came from. */
export interface ExportMeta {
  report: Pick<ReportMeta, 'id' | 'title' | 'region' | 'reviewYear' | 'planYear'>;
  chart: string;
  sectors: readonly SectorId[] | 'all';
  lang: ExportLang;
  /** ISO date (YYYY-MM-DD) of the export, passed in so the output is deterministic. */
  exportedOn: string;
}

// Excel only detects UTF-8 (and so shows 北海 instead of mojibake) when the file starts with a BOM.
const BOM = '\uFEFF';
// A cell starting with one of these is run as a formula by spreadsheet apps; an uploaded report
// could carry one, so such text cells get a leading apostrophe (OWASP "CSV injection").
// A signed number with a unit and no operator ("-3.2%", "+1.5个百分点") is data, not a formula.
const FORMULA_START = /^[=+\-@\t\r]/;
const SIGNED_VALUE = /^[+-][\d.,]+[^=+\-*/^&();]*$/u;

function csvCell(cell: ExportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) && !SIGNED_VALUE.test(cell) ? `'${cell}` : cell;
  // RFC 4180: quote a field holding a comma, quote or line break, doubling inner quotes.
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV (CRLF line ends) with a header row and a UTF-8 BOM. */
export function tableToCsv(table: ExportTable): string {
  const lines = [table.columns.map((column) => csvCell(column.label)).join(',')];
  for (const row of table.rows) {
    lines.push(table.columns.map((column) => csvCell(row[column.key] ?? null)).join(','));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** The chart's rows with their provenance, keyed by column key. */
export function tableToJson(table: ExportTable, meta: ExportMeta): string {
  const rows = table.rows.map((row) =>
    Object.fromEntries(table.columns.map((column) => [column.key, row[column.key] ?? null])),
  );
  const document = {
    report: meta.report,
    chart: meta.chart,
    sectors: meta.sectors,
    lang: meta.lang,
    exportedOn: meta.exportedOn,
    columns: table.columns,
    rows,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

const INDICATOR_HEADERS = {
  en: {
    id: 'ID',
    subjectZh: 'Subject (zh)',
    subjectEn: 'Subject (en)',
    sector: 'Sector',
    year: 'Year',
    kind: 'Kind',
    measure: 'Measure',
    comparator: 'Comparator',
    value: 'Value',
    upper: 'Upper bound',
    unit: 'Unit',
    scope: 'Scope',
    quote: 'Quote',
  },
  zh: {
    id: '编号',
    subjectZh: '指标（中文）',
    subjectEn: '指标（英文）',
    sector: '领域',
    year: '年份',
    kind: '类别',
    measure: '度量',
    comparator: '比较符',
    value: '数值',
    upper: '上限',
    unit: '单位',
    scope: '范围',
    quote: '原文',
  },
} as const satisfies Record<ExportLang, Record<string, string>>;

/**
 * The indicator table as exported: every field a reader needs to check a number against the
 * report. Kind, measure and comparator stay as the dataset's codes (see DATASET.md) so that a
 * spreadsheet can filter on them in either language.
 */
export function indicatorsToTable(indicators: readonly Indicator[], lang: ExportLang): ExportTable {
  const headers = INDICATOR_HEADERS[lang];
  const columns = (Object.keys(headers) as (keyof typeof headers)[]).map((key) => ({
    key,
    label: headers[key],
  }));
  const rows = indicators.map((indicator) => ({
    id: indicator.id,
    subjectZh: indicator.subject.zh,
    subjectEn: indicator.subject.en,
    sector: sectorLabel(indicator.sector, lang),
    year: indicator.year,
    kind: indicator.kind,
    measure: indicator.measure,
    comparator: indicator.comparator,
    value: indicator.value,
    upper: indicator.upper,
    unit: indicator.unit,
    scope: indicator.scope,
    quote: indicator.source.quote,
  }));
  return { columns, rows };
}

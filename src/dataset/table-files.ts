import type { ReportMeta, SectorId } from './dataset-schema.ts';
import type { Lang } from '../lib/i18n/lang.ts';

export type ExportCell = string | number | null;

export interface ExportColumn {
  /** Stable key, used as the JSON property name. */
  key: string;
  /** Header text in the current language, used as the CSV header. */
  label: string;
  /**
   * A column for one of the two readers only: the formatted value ("≥ 5.5%") is for the screen,
   * its number, unit, comparator and upper bound in columns of their own are for the export.
   */
  only?: 'screen' | 'export';
  /**
   * On screen only: the colour and marker shape the column's series has in the chart, shown
   * beside its header (compare's reports). Exports leave it out.
   */
  swatch?: { color: string; glyph: string };
}

function exported(table: ExportTable): readonly ExportColumn[] {
  return table.columns.filter((column) => column.only !== 'screen');
}

/** A chart's data as a table: one row per data point the chart shows. */
export interface ExportTable {
  columns: readonly ExportColumn[];
  rows: readonly Readonly<Record<string, ExportCell>>[];
}

/** What an export cites of a report: a chart drawn from several (compare, the ledger) cites each. */
export type CitedReport = Pick<ReportMeta, 'id' | 'title' | 'region' | 'reviewYear' | 'planYear'>;

/** What a data export says about where its numbers came from. */
export interface ExportMeta {
  /** The report the chart draws from; several for a comparison. */
  reports: readonly CitedReport[];
  chart: string;
  sectors: readonly SectorId[] | 'all';
  lang: Lang;
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
  const columns = exported(table);
  const lines = [columns.map((column) => csvCell(column.label)).join(',')];
  for (const row of table.rows) {
    lines.push(columns.map((column) => csvCell(row[column.key] ?? null)).join(','));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** The chart's rows with their provenance, keyed by column key. */
export function tableToJson(table: ExportTable, meta: ExportMeta): string {
  const columns = exported(table).map(({ key, label }) => ({ key, label }));
  const rows = table.rows.map((row) =>
    Object.fromEntries(columns.map((column) => [column.key, row[column.key] ?? null])),
  );
  const document = {
    reports: meta.reports,
    chart: meta.chart,
    sectors: meta.sectors,
    lang: meta.lang,
    exportedOn: meta.exportedOn,
    columns,
    rows,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

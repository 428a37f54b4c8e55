import type { ChartTable } from '../../components/chart-environment.ts';
import { valueCells, valueColumns } from '../../components/value-columns.ts';
import { formatIndicatorValue } from '../../lib/i18n/format-indicator.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { nameLabel, subjectLabel } from '../../lib/i18n/i18n.ts';
import { compareText } from './compare-messages.ts';
import type { CompareColumn, CompareModel, CompareRow, CompareValue } from './compare-model.ts';
import { reportLooks } from './report-colors.ts';
import type { ReportLook } from './report-colors.ts';

/** Every report gives two columns: its result and its goal, each labelled with its year. */
export interface CompareSeries {
  key: string;
  reportId: string;
  kind: 'actual' | 'target';
  name: string;
  reportIndex: number;
}

const KIND_TEXT = {
  actual: { withYear: 'result', noYear: 'resultNoYear' },
  target: { withYear: 'goal', noYear: 'goalNoYear' },
} as const;

export function compareSeries(columns: readonly CompareColumn[], lang: Lang): CompareSeries[] {
  return columns.flatMap((column, reportIndex) => {
    const name = nameLabel(column.name, lang);
    return (['actual', 'target'] as const).map((kind) => {
      const year = kind === 'actual' ? column.reviewYear : column.planYear;
      return {
        key: `${column.reportId}:${kind}`,
        reportId: column.reportId,
        kind,
        reportIndex,
        name:
          year === null
            ? compareText(lang, KIND_TEXT[kind].noYear, { name })
            : compareText(lang, KIND_TEXT[kind].withYear, { name, year }),
      };
    });
  });
}

/** How a report is named in the legend: its place and the year of the report (北海市 2024). */
export function reportName(column: CompareColumn, lang: Lang): string {
  const name = nameLabel(column.name, lang);
  return column.planYear === null ? name : `${name} ${column.planYear}`;
}

/** Each chosen report's look, from its id: the same in every chart, table and export. */
export function columnLooks(
  columns: readonly CompareColumn[],
  theme: 'light' | 'dark',
): Map<string, ReportLook> {
  return reportLooks(
    columns.map((column) => column.reportId),
    theme,
  );
}

export function cellValue(row: CompareRow, series: CompareSeries): CompareValue | null {
  return row.cells[series.reportIndex]?.[series.kind] ?? null;
}

/** True when the report states neither a result nor a goal for the row's subject. */
export function notStated(row: CompareRow, reportIndex: number): boolean {
  const cell = row.cells[reportIndex];
  return !cell || (cell.actual === null && cell.target === null);
}

/** 5.5%以上 / ≥ 5.5%: the value as the report phrased it, comparator included. */
export function formatCompareValue(value: CompareValue, row: CompareRow, lang: Lang): string {
  return formatIndicatorValue({ ...value, measure: row.measure, scope: null }, lang);
}

/**
 * The chart's data as a table: the table equivalent on screen and the data export. On screen a
 * missing value says 未提及 / not stated; the export leaves the cell blank, so a number column
 * parses as numbers.
 */
export function compareTable(
  model: CompareModel,
  lang: Lang,
  theme: 'light' | 'dark' = 'light',
): ChartTable {
  const series = compareSeries(model.columns, lang);
  const looks = columnLooks(model.columns, theme);
  const columns = [
    { key: 'subject', label: compareText(lang, 'subject') },
    ...series.flatMap((entry) => {
      const look = looks.get(entry.reportId);
      return [
        {
          key: entry.key,
          label: entry.name,
          only: 'screen' as const,
          ...(look ? { swatch: { color: look.color, glyph: look.glyph } } : {}),
        },
        ...valueColumns(`${entry.key}.`, entry.name, lang),
      ];
    }),
  ];
  const rows = model.rows.map((row) => ({
    id: row.id,
    subject: subjectLabel(row.subject, lang),
    ...Object.fromEntries(
      series.flatMap((entry) => {
        const value = cellValue(row, entry);
        return [
          [
            entry.key,
            value ? formatCompareValue(value, row, lang) : compareText(lang, 'notStated'),
          ],
          ...Object.entries(valueCells(`${entry.key}.`, value, lang)),
        ];
      }),
    ),
  }));
  return { columns, rows };
}

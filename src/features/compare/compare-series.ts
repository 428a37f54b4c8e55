import { valueCells, valueColumns } from '../../components/value-columns.ts';
import { formatIndicatorValue } from '../../lib/i18n/format-indicator.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { nameLabel, subjectLabel } from '../../lib/i18n/i18n.ts';
import { compareText } from './compare-messages.ts';
import type { CompareColumn, CompareModel, CompareRow, CompareValue } from './compare-model.ts';

/** Every report gives two series: its result and its goal, each labelled with its year. */
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

export function cellValue(row: CompareRow, series: CompareSeries): CompareValue | null {
  return row.cells[series.reportIndex]?.[series.kind] ?? null;
}

/** 5.5%以上 / ≥ 5.5%: the value as the report phrased it, comparator included. */
export function formatCompareValue(value: CompareValue, row: CompareRow, lang: Lang): string {
  return formatIndicatorValue({ ...value, measure: row.measure, scope: null }, lang);
}

/** The chart's data as a table: the table equivalent on screen and the data export. */
export function compareTable(model: CompareModel, lang: Lang) {
  const series = compareSeries(model.columns, lang);
  const columns = [
    { key: 'subject', label: compareText(lang, 'subject') },
    ...series.flatMap((entry) => [
      { key: entry.key, label: entry.name, only: 'screen' as const },
      ...valueColumns(`${entry.key}.`, entry.name, lang),
    ]),
  ];
  const rows = model.rows.map((row) => ({
    id: row.id,
    subject: subjectLabel(row.subject, lang),
    ...Object.fromEntries(
      series.flatMap((entry) => {
        const value = cellValue(row, entry);
        return [
          [entry.key, value ? formatCompareValue(value, row, lang) : null],
          ...Object.entries(valueCells(`${entry.key}.`, value, lang)),
        ];
      }),
    ),
  }));
  return { columns, rows };
}

import type { ChartTable } from '../../components/chart-environment.ts';
import { sectorLabel } from '../../dataset/sector-taxonomy.ts';
import { formatIndicatorValue } from '../../lib/i18n/format-indicator.ts';
import { exportedValue, valueCells, valueColumns } from '../../components/value-columns.ts';
import { comparatorWords, subjectLabel, translate } from '../../lib/i18n/i18n.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { growthGap } from './growth-model.ts';
import type { GrowthRow } from './growth-model.ts';

/**
 * The growth chart's table equivalent: one line per row, the same numbers and quotes. On screen
 * the values are formatted ("≥ 5.5%"); the export has each as number, unit, comparator and
 * upper bound, blank where the report states none.
 */
export function buildGrowthTable(
  rows: readonly GrowthRow[],
  lang: Lang,
  years: { reviewYear: number | null; planYear: number | null },
): ChartTable {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(lang, key, params);
  const result = t('growth.result', { year: years.reviewYear ?? '' });
  const goal = t('growth.goal', { year: years.planYear ?? '' });
  return {
    columns: [
      { key: 'subject', label: t('table.subject') },
      { key: 'sector', label: t('table.sector') },
      { key: 'result', label: result, only: 'screen' },
      ...valueColumns('result.', result, lang),
      { key: 'goal', label: goal, only: 'screen' },
      { key: 'comparator', label: t('table.comparator'), only: 'screen' },
      ...valueColumns('goal.', goal, lang),
      { key: 'gap', label: t('table.gap') },
      { key: 'resultQuote', label: `${t('table.quote')} · ${t('kind.actual')}` },
      { key: 'goalQuote', label: `${t('table.quote')} · ${t('kind.target')}` },
    ],
    rows: rows.map((row) => ({
      subject: subjectLabel(row.subject, lang),
      sector: sectorLabel(row.sector, lang),
      result: row.actual ? formatIndicatorValue(row.actual, lang) : t('growth.only.target'),
      goal: row.target ? formatIndicatorValue(row.target, lang) : t('growth.only.actual'),
      comparator: row.target ? comparatorWords(row.target.comparator, lang) : '',
      ...valueCells('result.', row.actual && exportedValue(row.actual), lang),
      ...valueCells('goal.', row.target && exportedValue(row.target), lang),
      gap: growthGap(row),
      resultQuote: row.actual?.source.quote ?? '',
      goalQuote: row.target?.source.quote ?? '',
    })),
  };
}

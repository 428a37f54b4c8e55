import type { ChartTable } from '../../components/chart-environment.ts';
import { sectorLabel } from '../../dataset/sector-taxonomy.ts';
import { formatIndicatorValue } from '../../lib/format-indicator.ts';
import { comparatorWords, subjectLabel, translate } from '../../lib/i18n.ts';
import type { Lang } from '../../lib/i18n.ts';
import { growthGap } from './growth-model.ts';
import type { GrowthRow } from './growth-model.ts';

/** The growth chart's table equivalent: one line per row, the same numbers and quotes. */
export function buildGrowthTable(
  rows: readonly GrowthRow[],
  lang: Lang,
  years: { reviewYear: number | null; planYear: number | null },
): ChartTable {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(lang, key, params);
  return {
    columns: [
      { key: 'subject', label: t('table.subject') },
      { key: 'sector', label: t('table.sector') },
      { key: 'result', label: t('growth.result', { year: years.reviewYear ?? '' }) },
      { key: 'goal', label: t('growth.goal', { year: years.planYear ?? '' }) },
      { key: 'comparator', label: t('table.comparator') },
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
      gap: growthGap(row),
      resultQuote: row.actual?.source.quote ?? '',
      goalQuote: row.target?.source.quote ?? '',
    })),
  };
}

import { useMemo } from 'react';
import { ChartCard } from '../../components/chart-card.tsx';
import { useChartEnvironment } from '../../components/chart-environment.ts';
import { useI18n } from '../../lib/i18n/i18n.ts';
import { buildCompareOption, compareChartHeight } from './compare-chart-option.ts';
import { compareText } from './compare-messages.ts';
import { groupModel } from './compare-model.ts';
import type { CompareGroup, CompareModel } from './compare-model.ts';
import { compareTable } from './compare-series.ts';

/** One chart of the comparison: the growth rates, or the rates and levels. */
export function CompareChart({ model, group }: { model: CompareModel; group: CompareGroup }) {
  const { lang } = useI18n();
  const { theme, compact } = useChartEnvironment();
  const rows = useMemo(() => groupModel(model, group), [model, group]);
  const option = useMemo(
    () => (rows.rows.length === 0 ? null : buildCompareOption(rows, { lang, theme, compact })),
    [rows, lang, theme, compact],
  );
  const table = useMemo(() => compareTable(rows, lang, theme), [rows, lang, theme]);
  if (rows.rows.length === 0) return null;
  return (
    <ChartCard
      chartId={`compare-${group}`}
      title={compareText(lang, `chart.${group}`)}
      description={compareText(lang, `chart.${group}.description`)}
      option={option}
      table={table}
      height={compareChartHeight(rows)}
    />
  );
}

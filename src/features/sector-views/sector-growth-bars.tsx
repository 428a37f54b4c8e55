import { useMemo } from 'react';
import { ChartCard } from '../../components/chart-card.tsx';
import { useChartEnvironment } from '../../components/chart-environment.ts';
import type { SlimDataset, Indicator } from '../../dataset/dataset-schema.ts';
import { capChartRows } from '../../lib/chart-cap.ts';
import { useI18n } from '../../lib/i18n/i18n.ts';
import { buildSectorGrowthRows } from './bar-model.ts';
import { barChartHeight, buildBarOption } from './bar-option.ts';
import { buildBarTable } from './bar-table.ts';
import { sectorsOf } from '../../lib/sector-colors.ts';

interface SectorGrowthBarsProps {
  dataset: SlimDataset;
  indicators: readonly Indicator[];
  onSelectIndicator: (indicatorId: string) => void;
}

/** Every review-year growth rate, grouped by sector and sorted. */
export function SectorGrowthBars({
  dataset,
  indicators,
  onSelectIndicator,
}: SectorGrowthBarsProps) {
  const { lang, t } = useI18n();
  const { decals, compact } = useChartEnvironment();
  const capped = useMemo(
    () => capChartRows(buildSectorGrowthRows(dataset, indicators)),
    [dataset, indicators],
  );
  const { rows } = capped;
  const option = useMemo(
    () =>
      rows.length === 0
        ? null
        : buildBarOption(rows, { lang, decals, compact, unitSuffix: '%', clipOutliers: true }),
    [rows, lang, decals, compact],
  );
  const table = useMemo(() => buildBarTable(rows, lang), [rows, lang]);
  const year = dataset.report.reviewYear ?? '';
  return (
    <ChartCard
      chartId="sector-growth"
      title={t('sector.growth.title', { year })}
      description={t('sector.growth.description', { year })}
      option={option}
      table={table}
      height={barChartHeight(rows)}
      onSelectIndicator={onSelectIndicator}
      cap={capped}
      sectors={sectorsOf(rows)}
    />
  );
}

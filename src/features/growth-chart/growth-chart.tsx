import { useMemo } from 'react';
import { ChartCard } from '../../components/chart-card.tsx';
import { useChartEnvironment } from '../../components/chart-environment.ts';
import type { SlimDataset, Indicator } from '../../dataset/dataset-schema.ts';
import { capChartRows } from '../../lib/chart-cap.ts';
import { useI18n } from '../../lib/i18n/i18n.ts';
import { buildGrowthRows, buildGrowthTargetRows, growthContent } from './growth-model.ts';
import { buildGrowthOption, growthChartHeight } from './growth-option.ts';
import { buildGrowthTable } from './growth-table.ts';
import { sectorsOf } from '../../lib/sector-colors.ts';

interface GrowthChartProps {
  dataset: SlimDataset;
  /** Indicators that pass the filters. */
  indicators: readonly Indicator[];
  onSelectIndicator: (indicatorId: string) => void;
  /** "main": results against goals; "targets": every plan-year goal by sector. */
  variant?: 'main' | 'targets';
}

const GROWTH_TITLES = {
  main: { both: 'growth.title', results: 'growth.title.results', goals: 'growth.title.goals' },
  targets: {
    both: 'growth.targets.title',
    results: 'growth.targets.title',
    goals: 'growth.targets.title',
  },
} as const;

/** The result-against-goal dot plot (and, as a variant, the goals-by-sector view). */
export function GrowthChart({
  dataset,
  indicators,
  onSelectIndicator,
  variant = 'main',
}: GrowthChartProps) {
  const { lang, t } = useI18n();
  const { decals, compact } = useChartEnvironment();
  const { reviewYear, planYear } = dataset.report;
  const capped = useMemo(
    () =>
      capChartRows(
        variant === 'main'
          ? buildGrowthRows(dataset, indicators)
          : buildGrowthTargetRows(dataset, indicators),
      ),
    [dataset, indicators, variant],
  );
  const { rows } = capped;
  const option = useMemo(
    () =>
      rows.length === 0
        ? null
        : buildGrowthOption(rows, {
            lang,
            reviewYear,
            planYear,
            decals,
            compact,
            markSingles: variant === 'main',
          }),
    [rows, lang, reviewYear, planYear, decals, compact, variant],
  );
  const table = useMemo(
    () => buildGrowthTable(rows, lang, { reviewYear, planYear }),
    [rows, lang, reviewYear, planYear],
  );
  const years = { review: reviewYear ?? '', plan: planYear ?? '', year: planYear ?? '' };
  const content = variant === 'main' ? growthContent(rows) : 'goals';
  const title = t(GROWTH_TITLES[variant][content], years);
  return (
    <ChartCard
      chartId={variant === 'main' ? 'growth-main' : 'growth-targets'}
      eager={variant === 'main'}
      title={title}
      description={t(
        variant === 'main' ? 'growth.description' : 'growth.targets.description',
        years,
      )}
      option={option}
      table={table}
      height={growthChartHeight(rows.length)}
      onSelectIndicator={onSelectIndicator}
      cap={capped}
      sectors={sectorsOf(rows)}
    />
  );
}

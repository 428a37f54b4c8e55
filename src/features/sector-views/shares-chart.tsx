import { useMemo } from 'react';
import { ChartCard } from '../../components/chart-card.tsx';
import { useChartEnvironment } from '../../components/chart-environment.ts';
import type { Indicator } from '../../dataset/dataset-schema.ts';
import { capChartRows } from '../../lib/chart-cap.ts';
import { useI18n } from '../../lib/i18n/i18n.ts';
import { buildShareRows } from './bar-model.ts';
import { barChartHeight, buildBarOption } from './bar-option.ts';
import { buildBarTable } from './bar-table.ts';
import { sectorsOf } from '../../lib/sector-colors.ts';

interface SharesChartProps {
  indicators: readonly Indicator[];
  onSelectIndicator: (indicatorId: string) => void;
}

/** Shares and rates as bars on a fixed 0–100% scale, so their sizes compare honestly. */
export function SharesChart({ indicators, onSelectIndicator }: SharesChartProps) {
  const { lang, t } = useI18n();
  const { decals, compact } = useChartEnvironment();
  const capped = useMemo(() => capChartRows(buildShareRows(indicators)), [indicators]);
  const { rows } = capped;
  const option = useMemo(
    () =>
      rows.length === 0
        ? null
        : buildBarOption(rows, { lang, decals, compact, unitSuffix: '%', min: 0, max: 100 }),
    [rows, lang, decals, compact],
  );
  const table = useMemo(() => buildBarTable(rows, lang), [rows, lang]);
  return (
    <ChartCard
      chartId="shares-rates"
      title={t('sector.shares.title')}
      description={t('sector.shares.description')}
      option={option}
      table={table}
      height={barChartHeight(rows)}
      onSelectIndicator={onSelectIndicator}
      cap={capped}
      sectors={sectorsOf(rows)}
    />
  );
}

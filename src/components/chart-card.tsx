import { useCallback, useId, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { EChartsOption } from 'echarts';
import type { EChartsType } from 'echarts/core';
import type { SectorId } from '../dataset/dataset-schema.ts';
import { useI18n } from '../lib/i18n/i18n.ts';
import { useChartEnvironment } from './chart-environment.ts';
import type { ChartExportSource, ChartTable } from './chart-environment.ts';
import { TableEquivalent } from './data-table.tsx';
import { SectorKey } from './sector-key.tsx';
import { LazyEChart } from './lazy-echart.tsx';

export interface ChartCardProps {
  chartId: string;
  title: string;
  description: string;
  /** null when the filters leave nothing to draw; the card then shows its empty message. */
  option: EChartsOption | null;
  table: ChartTable;
  height: number;
  onSelectIndicator?: (indicatorId: string) => void;
  /** Extra controls in the header next to the export slot (e.g. a unit picker). */
  controls?: ReactNode;
  /** The first chart of the page: drawn at once, not when it nears the viewport. */
  eager?: boolean;
  /** What the chart's row cap left out (src/lib/chart-cap.ts); a note says how many. */
  cap?: { shown: number; omitted: number };
  /** The sectors a chart colours its marks by, in taxonomy order: a key under the description. */
  sectors?: readonly SectorId[];
}

/**
 * Every chart is drawn through this card: title, description, the actions slot from the
 * chart environment (the export menu), the chart, and its table equivalent. The card keeps
 * the live instance (from onChartReady) so actions can export what is on screen.
 */
export function ChartCard({
  chartId,
  title,
  description,
  option,
  table,
  height,
  onSelectIndicator,
  controls,
  cap,
  eager = false,
  sectors = [],
}: ChartCardProps) {
  const { t } = useI18n();
  const env = useChartEnvironment();
  const headingId = useId();
  const [instance, setInstance] = useState<EChartsType | null>(null);
  const onInstance = useCallback((next: EChartsType | null) => setInstance(next), []);

  const source = useMemo<ChartExportSource>(
    () => ({
      chartId,
      title,
      description,
      option,
      table,
      getInstance: () => (instance && !instance.isDisposed() ? instance : null),
      getSize: () => {
        return instance && !instance.isDisposed()
          ? { width: instance.getWidth(), height: instance.getHeight() }
          : { width: 0, height: 0 };
      },
    }),
    [chartId, title, description, option, table, instance],
  );

  return (
    <section className="card chart-card" aria-labelledby={headingId} data-chart-card={chartId}>
      <header className="card-header">
        <div>
          <h3 id={headingId}>{title}</h3>
          <p className="card-description">{description}</p>
          {option === null ? null : <SectorKey sectors={sectors} />}
        </div>
        <div className="card-actions">
          {controls}
          {option !== null && env.renderActions ? env.renderActions(source) : null}
        </div>
      </header>
      {option === null ? (
        <p className="empty-note">{t('state.empty.chart')}</p>
      ) : (
        <>
          {cap && cap.omitted > 0 ? (
            <p className="chart-cap-note" role="note">
              {t('chart.capped', { shown: cap.shown, omitted: cap.omitted })}
            </p>
          ) : null}
          <LazyEChart
            chartId={chartId}
            option={option}
            height={height}
            onSelectIndicator={onSelectIndicator}
            onInstance={onInstance}
            loadingLabel={t('chart.loading')}
            eager={eager}
          />
          <TableEquivalent table={table} caption={title} label={t('chart.showTable')} />
        </>
      )}
    </section>
  );
}

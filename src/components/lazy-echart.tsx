import { lazy, Suspense } from 'react';
import type { EChartViewProps } from './echart-view.tsx';

/** ECharts is parsed only when the first chart mounts, after the shell, cards and table. */
const EChartView = lazy(() =>
  import('./echart-view.tsx').then((module) => ({ default: module.EChartView })),
);

export function LazyEChart(props: EChartViewProps & { loadingLabel: string }) {
  const { loadingLabel, ...rest } = props;
  return (
    <Suspense
      fallback={
        <div className="echart-box skeleton" style={{ height: rest.height }} role="status">
          <span className="visually-hidden">{loadingLabel}</span>
        </div>
      }
    >
      <EChartView {...rest} />
    </Suspense>
  );
}

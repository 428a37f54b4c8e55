import { lazy, Suspense, useRef } from 'react';
import type { EChartViewProps } from './echart-view.tsx';
import { useNearViewport } from './near-viewport.ts';

/**
 * ECharts is parsed only when the first chart comes near the viewport, after the shell,
 * cards and table have rendered.
 */
const EChartView = lazy(() =>
  import('./echart-view.tsx').then((module) => ({ default: module.EChartView })),
);

export function LazyEChart(props: EChartViewProps & { loadingLabel: string }) {
  const { loadingLabel, ...rest } = props;
  const placeholderRef = useRef<HTMLDivElement>(null);
  const near = useNearViewport(placeholderRef);
  const placeholder = (
    <div
      ref={placeholderRef}
      className="echart-box skeleton"
      style={{ height: rest.height }}
      role="status"
    >
      <span className="visually-hidden">{loadingLabel}</span>
    </div>
  );
  if (!near) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <EChartView {...rest} />
    </Suspense>
  );
}

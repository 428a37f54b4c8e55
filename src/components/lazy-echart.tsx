import { lazy, Suspense, useRef, useState } from 'react';
import type { ComponentType } from 'react';
import type { EChartViewProps } from './echart-view.tsx';
import { useNearViewport } from './near-viewport.ts';

let loadedView: ComponentType<EChartViewProps> | null = null;
const loadChartView = () =>
  import('./echart-view.tsx').then((module) => {
    loadedView = module.EChartView;
    return { default: module.EChartView };
  });

/**
 * ECharts is parsed only when a chart comes near the viewport, after the shell, cards and
 * table have rendered; the first chart (`eager`) does not wait for an observer, and its code
 * is requested before React starts (src/main.tsx, src/app/start-app.tsx).
 */
const EChartView = lazy(loadChartView);

/** Loads the chart code; once it has loaded, charts render without suspending. */
export function preloadChartView(): Promise<unknown> {
  return loadChartView();
}

export function LazyEChart(props: EChartViewProps & { loadingLabel: string; eager?: boolean }) {
  const { loadingLabel, eager = false, ...rest } = props;
  const placeholderRef = useRef<HTMLDivElement>(null);
  const near = useNearViewport(placeholderRef, eager);
  // Chosen once per chart: switching between the two trees below would mount the chart anew.
  const [loadedAtMount] = useState(() => loadedView);
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
  // Already loaded: no Suspense round, which React may hold back up to 300 ms before revealing.
  if (loadedAtMount) {
    const View = loadedAtMount;
    return <View {...rest} />;
  }
  return (
    <Suspense fallback={placeholder}>
      <EChartView {...rest} />
    </Suspense>
  );
}

import { lazy, Suspense, useCallback, useContext, useMemo, useRef, useState } from 'react';
import type { ComponentType, ReactElement } from 'react';
import type { EChartViewProps } from './echart-view.tsx';
import { useChartEnvironment } from './chart-environment.ts';
import { useNearViewport } from './near-viewport.ts';
import {
  capturedChart,
  ChartCollectorContext,
  CollectedChartSlot,
  pictureOf,
  PrerenderedChart,
  releaseCapturedChart,
} from './prerendered-chart.tsx';

let loadedView: ComponentType<EChartViewProps> | null = null;
const loadChartView = () =>
  import('./echart-view.tsx').then((module) => {
    loadedView = module.EChartView;
    return { default: module.EChartView };
  });

/**
 * ECharts is parsed only when a chart comes near the viewport, after the shell, cards and
 * table have rendered; the first chart (`eager`) does not wait for an observer. On the
 * prerendered page it is the build's picture until reached, and the chart code is fetched at
 * the reader's first input (src/app/start-app.tsx); elsewhere it is requested as the app
 * starts.
 */
const EChartView = lazy(loadChartView);

/** Loads the chart code; once it has loaded, charts render without suspending. */
export function preloadChartView(): Promise<unknown> {
  return loadChartView();
}

export function LazyEChart(props: EChartViewProps & { loadingLabel: string; eager?: boolean }) {
  const { loadingLabel, eager = false, ...rest } = props;
  const collecting = useContext(ChartCollectorContext) !== null;
  const { theme } = useChartEnvironment();
  // The build's picture of the first chart (src/components/prerendered-chart.tsx), if any.
  const [prerendered] = useState(() => (eager ? capturedChart(rest.chartId) : null));
  const [awake, setAwake] = useState(false);
  const [drawn, setDrawn] = useState(false);
  const wake = useCallback(() => setAwake(true), []);
  const { chartId, onInstance } = rest;
  const onLiveInstance = useCallback(
    (instance: Parameters<NonNullable<EChartViewProps['onInstance']>>[0]) => {
      onInstance?.(instance);
      if (!instance) return;
      // The frame ECharts draws in comes first; the picture goes in the one after.
      requestAnimationFrame(() => {
        releaseCapturedChart(chartId);
        setDrawn(true);
      });
    },
    [onInstance, chartId],
  );
  // The fingerprint serialises the whole option: once per option until drawn, not per render.
  const { option } = rest;
  const picture = useMemo(
    () => (prerendered && !drawn ? pictureOf(prerendered, option, theme) : null),
    [prerendered, drawn, option, theme],
  );
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
  if (eager && collecting) {
    return <CollectedChartSlot chartId={chartId} option={option} height={rest.height} />;
  }
  const pictureView = (covered: boolean) =>
    prerendered && picture ? (
      <PrerenderedChart
        chartId={chartId}
        html={prerendered.html}
        height={rest.height}
        covered={covered}
        onWake={wake}
      />
    ) : null;
  if (picture && !awake) return pictureView(false);
  const live = liveChart(near, loadedAtMount, placeholder, {
    ...rest,
    onInstance: prerendered ? onLiveInstance : onInstance,
  });
  // The picture stays on top until the live chart under it has drawn: no blank frame between.
  return prerendered ? (
    <div className="chart-stage">
      {live}
      {pictureView(true)}
    </div>
  ) : (
    live
  );
}

function liveChart(
  near: boolean,
  loaded: ComponentType<EChartViewProps> | null,
  placeholder: ReactElement,
  props: EChartViewProps,
): ReactElement {
  if (!near) return placeholder;
  // Already loaded: no Suspense round, which React may hold back up to 300 ms before revealing.
  if (loaded) {
    const View = loaded;
    return <View {...props} />;
  }
  return (
    <Suspense fallback={placeholder}>
      <EChartView {...props} />
    </Suspense>
  );
}

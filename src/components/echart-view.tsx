import { useEffect, useMemo, useRef } from 'react';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsOption } from 'echarts';
import { echarts } from '../lib/echarts.ts';
import type { EChartsType } from '../lib/echarts.ts';
import { withPageFont } from '../lib/chart-frame.ts';
import { registerChart, unregisterChart } from '../lib/chart-registry.ts';
import { echartsLocale, useI18n } from '../lib/i18n/i18n.ts';
import { useChartEnvironment } from './chart-environment.ts';

export interface EChartViewProps {
  chartId: string;
  option: EChartsOption;
  height: number;
  /** Called with the `indicatorId` of a clicked mark. */
  onSelectIndicator?: (indicatorId: string) => void;
  onInstance?: (instance: EChartsType | null) => void;
}

function indicatorIdOf(data: unknown): string | null {
  if (typeof data === 'object' && data !== null && 'indicatorId' in data) {
    const id = (data as { indicatorId: unknown }).indicatorId;
    return typeof id === 'string' ? id : null;
  }
  return null;
}

/**
 * The thin rendering layer. echarts-for-react creates a throwaway chart to measure and then
 * a second one with the measured size, so the instance comes from onChartReady, not a ref.
 * Its own resize sensor keeps that first measured size, which is 0×0 for a chart in a hidden
 * tab; we observe the container ourselves and pass the size explicitly instead.
 */
export function EChartView({
  chartId,
  option,
  height,
  onSelectIndicator,
  onInstance,
}: EChartViewProps) {
  const env = useChartEnvironment();
  const { lang } = useI18n();
  const boxRef = useRef<HTMLDivElement>(null);
  const instanceRef = useRef<EChartsType | null>(null);
  const onInstanceRef = useRef(onInstance);
  useEffect(() => {
    onInstanceRef.current = onInstance;
  });

  const opts = useMemo(
    () => ({
      renderer: env.renderer,
      locale: echartsLocale(lang),
      ...(env.fixedSize ?? {}),
    }),
    [env.renderer, lang, env.fixedSize],
  );

  const drawn = useMemo(() => withPageFont(option), [option]);

  const onEvents = useMemo(
    () => ({
      click: (params: { data?: unknown }) => {
        const id = indicatorIdOf(params.data);
        if (id !== null) onSelectIndicator?.(id);
      },
    }),
    [onSelectIndicator],
  );

  useEffect(() => {
    const box = boxRef.current;
    if (!box || env.fixedSize || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const instance = instanceRef.current;
      if (!instance || instance.isDisposed()) return;
      const { clientWidth: width, clientHeight: boxHeight } = box;
      if (width > 0 && boxHeight > 0) instance.resize({ width, height: boxHeight });
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, [env.fixedSize]);

  useEffect(
    () => () => {
      const instance = instanceRef.current;
      if (instance) unregisterChart(chartId, instance);
      onInstanceRef.current?.(null);
    },
    [chartId],
  );

  return (
    <div ref={boxRef} className="echart-box" style={{ height }} data-chart-id={chartId}>
      <ReactEChartsCore
        echarts={echarts}
        option={drawn}
        notMerge
        theme={env.theme === 'dark' ? 'dark' : undefined}
        opts={opts}
        autoResize={false}
        style={{ width: '100%', height: '100%' }}
        onEvents={onEvents}
        onChartReady={(instance: EChartsType) => {
          instanceRef.current = instance;
          const box = boxRef.current;
          // A resize lays the whole chart out again: only when the box is not what it measured.
          if (
            box &&
            !env.fixedSize &&
            box.clientWidth > 0 &&
            (box.clientWidth !== instance.getWidth() || box.clientHeight !== instance.getHeight())
          ) {
            instance.resize({ width: box.clientWidth, height: box.clientHeight });
          }
          registerChart(chartId, instance);
          onInstanceRef.current?.(instance);
        }}
      />
    </div>
  );
}

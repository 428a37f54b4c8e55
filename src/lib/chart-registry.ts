import type { EChartsType } from 'echarts/core';

/**
 * Live ECharts instances by chart id. Browser tests reach the instance here
 * (`window.__zhibiaoCharts.get('growth-main')`) to find a point's pixel with `convertToPixel`,
 * and an export menu can look one up by id as well as through its card.
 */
const charts = new Map<string, EChartsType>();

declare global {
  interface Window {
    __zhibiaoCharts?: Map<string, EChartsType>;
  }
}

if (typeof window !== 'undefined') window.__zhibiaoCharts = charts;

export function registerChart(id: string, instance: EChartsType): void {
  charts.set(id, instance);
}

export function unregisterChart(id: string, instance: EChartsType): void {
  if (charts.get(id) === instance) charts.delete(id);
}

export function getChart(id: string): EChartsType | undefined {
  return charts.get(id);
}

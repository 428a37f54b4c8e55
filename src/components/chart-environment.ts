import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { EChartsOption } from 'echarts';
import type { EChartsType } from 'echarts/core';
import type { ReportMeta, SectorId } from '../dataset/dataset-schema.ts';
import type { CitedReport, ExportTable } from '../dataset/table-files.ts';

/** A chart's data in tabular form: the table equivalent on screen, and CSV/JSON for export. */
export type ChartTable = ExportTable;

/**
 * What a chart card hands to its actions (an export menu): everything needed to rebuild
 * the picture or the data outside the page.
 */
export interface ChartExportSource {
  /** Stable id, e.g. "growth-main"; also the key in the chart registry. */
  chartId: string;
  title: string;
  description?: string;
  /** The option as drawn (null for cards without a chart, such as the indicator table). */
  option: EChartsOption | null;
  table: ChartTable;
  /** The live instance once ECharts has drawn, else null. */
  getInstance: () => EChartsType | null;
  /** Chart size on screen in CSS pixels (0 when not yet drawn). */
  getSize: () => { width: number; height: number };
}

/**
 * Page-wide settings every chart reads (the language comes from the i18n context): theme, decals, and the context an export
 * needs (report, active filters). `renderActions` is the export slot: the app passes e.g.
 * `(source) => <ChartExportMenu source={source} />` and every ChartCard renders it.
 */
export interface ChartEnvironment {
  theme: 'light' | 'dark';
  decals: boolean;
  /** A narrow screen (≤ 600 px): option builders shorten labels. */
  compact: boolean;
  /** Tests use 'svg' with a fixed size, because jsdom has no canvas and no layout. */
  renderer: 'canvas' | 'svg';
  fixedSize: { width: number; height: number } | null;
  report: ReportMeta | null;
  /** Set where a chart draws from several reports (the comparison), so exports cite them all. */
  sourceReports?: readonly CitedReport[];
  /** Active sector filter: null when every sector is shown. */
  sectors: readonly SectorId[] | null;
  /** Human-readable active filters, e.g. "工业、外贸与开放". */
  filterSummary: string;
  renderActions: ((source: ChartExportSource) => ReactNode) | null;
}

export const DEFAULT_CHART_ENVIRONMENT: ChartEnvironment = {
  theme: 'light',
  decals: false,
  compact: false,
  renderer: 'canvas',
  fixedSize: null,
  report: null,
  sectors: null,
  filterSummary: '',
  renderActions: null,
};

export const ChartEnvironmentContext = createContext<ChartEnvironment>(DEFAULT_CHART_ENVIRONMENT);

export function useChartEnvironment(): ChartEnvironment {
  return useContext(ChartEnvironmentContext);
}

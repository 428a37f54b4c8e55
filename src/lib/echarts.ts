/**
 * The one place that registers ECharts parts. Only what our charts draw is imported, so
 * the lazily loaded chart chunk stays small; this module must only be reached through a
 * dynamic import (see src/components/lazy-echart.tsx and the export's render-image.ts, which
 * draws the exported image with the graphic, legend and title parts).
 */
import { BarChart, CustomChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  ScatterChart,
  CustomChart,
  AriaComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
  SVGRenderer,
]);

export { echarts };
export type { EChartsType } from 'echarts/core';

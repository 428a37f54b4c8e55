import type { CustomSeriesOption, EChartsOption, ScatterSeriesOption } from 'echarts';
import { subjectAxis, valueAxis } from '../../lib/chart-axes.ts';
import { accessibleFrame, legendEntries, rowTooltip } from '../../lib/chart-frame.ts';
import { formatNumber, translate } from '../../lib/i18n/i18n.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { SECTOR_COLORS } from '../../lib/sector-colors.ts';
import { axisExtent, clip, growthAxisBound } from './growth-axis.ts';
import { clippedLabel, goalMarkLabel, growthLabelSides, placed } from './growth-labels.ts';
import {
  GOAL_SYMBOL_SIZE,
  GOAL_SYMBOLS,
  goalMarkStyle,
  POINT_COMPARATORS,
  RANGE_ICONS,
  RESULT_SYMBOL,
} from '../../lib/chart-marks.ts';
import { connectorEnd, NEUTRAL, renderConnector, renderRange } from './growth-marks.ts';
import type { GrowthRow } from './growth-model.ts';
import {
  describeGrowthRows,
  goalSeriesName,
  resultSeriesName,
  tooltipHtml,
} from './growth-text.ts';

export interface GrowthOptionContext {
  lang: Lang;
  reviewYear: number | null;
  planYear: number | null;
  decals: boolean;
  /** Label rows that have only a result or only a goal (the main chart does; a goals-only view does not). */
  markSingles: boolean;
  /** A narrow screen: shorter axis labels, room for a legend wrapped onto more lines. */
  compact?: boolean;
}

export function growthChartHeight(rowCount: number): number {
  return Math.max(180, rowCount * 30 + 110);
}

/** Rows → ECharts option for the result-against-goal dot plot. Pure, so tests assert on it. */
export function buildGrowthOption(
  rows: readonly GrowthRow[],
  ctx: GrowthOptionContext,
): EChartsOption {
  const { lang } = ctx;
  const bound = growthAxisBound(rows);
  const hasNegative = rows.some(
    (row) =>
      (row.actual?.value ?? 0) < -(bound ?? Infinity) ||
      (row.target?.value ?? 0) < -(bound ?? Infinity),
  );
  const only = (row: GrowthRow): string => {
    if (!ctx.markSingles || (row.actual && row.target)) return '';
    return translate(lang, row.actual ? 'growth.only.actual' : 'growth.only.target');
  };
  const extent = axisExtent(rows, bound, hasNegative);
  const sides = rows.map((row) => growthLabelSides(row, extent, ctx.compact));
  const actualSeries: ScatterSeriesOption = {
    id: 'actual',
    type: 'scatter',
    name: resultSeriesName(ctx),
    symbol: RESULT_SYMBOL,
    symbolSize: 12,
    z: 4,
    itemStyle: { color: NEUTRAL },
    label: { show: true, position: 'right', fontSize: 11 },
    data: rows.flatMap((row, index) =>
      row.actual
        ? [
            {
              value: [clip(row.actual.value, bound), index],
              indicatorId: row.actual.id,
              itemStyle: { color: SECTOR_COLORS[row.sector] },
              label: {
                formatter: formatNumber(row.actual.value, lang),
                ...placed(sides[index]?.actual),
              },
              ...clippedLabel(row.actual.value, bound, lang),
            },
          ]
        : [],
    ),
  };

  const goalSeries: ScatterSeriesOption[] = POINT_COMPARATORS.flatMap((comparator) => {
    const data = rows.flatMap((row, index) =>
      row.target && row.target.comparator === comparator
        ? [
            {
              value: [clip(row.target.value, bound), index],
              indicatorId: row.target.id,
              itemStyle: goalMarkStyle(SECTOR_COLORS[row.sector]),
              label: {
                formatter: goalMarkLabel(row.target, lang),
                ...placed(sides[index]?.target),
              },
              ...clippedLabel(
                row.target.value,
                bound,
                lang,
                row.actual && clip(row.actual.value, bound) !== row.actual.value ? 'top' : 'side',
              ),
            },
          ]
        : [],
    );
    if (data.length === 0) return [];
    const series: ScatterSeriesOption = {
      id: `goal-${comparator}`,
      type: 'scatter',
      name: goalSeriesName(comparator, ctx),
      symbol: GOAL_SYMBOLS.x[comparator],
      symbolKeepAspect: true,
      symbolSize: GOAL_SYMBOL_SIZE[comparator],
      z: 5,
      // Hollow whatever the comparator: filled means a result, in the legend too.
      itemStyle: goalMarkStyle(NEUTRAL),
      label: {
        show: true,
        position: comparator === 'lte' ? 'left' : 'right',
        fontSize: 11,
      },
      data,
    };
    return [series];
  });

  const rangeData = rows.flatMap((row, index) =>
    row.target && row.target.comparator === 'range'
      ? [
          {
            value: [
              clip(row.target.value, bound),
              clip(row.target.upper ?? row.target.value, bound),
              index,
            ],
            indicatorId: row.target.id,
            itemStyle: { color: SECTOR_COLORS[row.sector] },
            label: { formatter: goalMarkLabel(row.target, lang) },
          },
        ]
      : [],
  );
  const rangeSeries: CustomSeriesOption[] =
    rangeData.length === 0
      ? []
      : [
          {
            id: 'goal-range',
            type: 'custom',
            name: goalSeriesName('range', ctx),
            renderItem: renderRange,
            encode: { x: [0, 1], y: 2 },
            itemStyle: { color: NEUTRAL },
            label: { show: true, position: 'top', fontSize: 11 },
            z: 5,
            data: rangeData,
          },
        ];

  const connectorData = rows.flatMap((row, index) => {
    const end = connectorEnd(row);
    return row.actual && end !== null
      ? [[clip(row.actual.value, bound), clip(end, bound), index]]
      : [];
  });
  const connectorSeries: CustomSeriesOption = {
    id: 'connector',
    type: 'custom',
    silent: true,
    renderItem: renderConnector,
    encode: { x: [0, 1], y: 2 },
    z: 2,
    tooltip: { show: false },
    data: connectorData,
  };

  const series = [
    connectorSeries,
    ...(actualSeries.data && (actualSeries.data as unknown[]).length > 0 ? [actualSeries] : []),
    ...goalSeries,
    ...rangeSeries,
  ];
  // Legend entries carry the comparator marks; a range has no symbol of its own, so its
  // entry gets the interval icon explicitly.
  return {
    ...accessibleFrame(describeGrowthRows(rows, ctx), ctx.decals),
    legend: {
      top: 0,
      left: 0,
      data: legendEntries(series, { 'goal-range': RANGE_ICONS.x }),
      itemWidth: 18,
      itemHeight: 12,
    },
    grid: { left: 8, right: ctx.compact ? 36 : 56, top: ctx.compact ? 104 : 64, bottom: 28 },
    tooltip: rowTooltip(rows, 'last', (row) => tooltipHtml(row, ctx)),
    xAxis:
      bound === null ? valueAxis('%') : valueAxis('%', hasNegative ? -bound : undefined, bound),
    yAxis: subjectAxis(
      rows,
      lang,
      (index) => {
        const row = rows[index];
        return row ? only(row) : '';
      },
      ctx.compact,
    ),
    series,
  };
}

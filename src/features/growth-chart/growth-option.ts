import type { CustomSeriesOption, EChartsOption, ScatterSeriesOption } from 'echarts';
import { subjectAxis, valueAxis } from '../../lib/chart-axes.ts';
import { accessibleFrame, legendEntries, rowTooltip } from '../../lib/chart-frame.ts';
import { translate } from '../../lib/i18n/i18n.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { SECTOR_COLORS, SECTOR_DECALS } from '../../lib/sector-colors.ts';
import { beyondAxis, clip, growthScale } from './growth-axis.ts';
import type { GrowthScale } from './growth-axis.ts';
import {
  beyondAxisLabel,
  goalMarkLabel,
  growthLabelSides,
  placed,
  valueLabel,
} from './growth-labels.ts';
import type { LabelSide } from './growth-labels.ts';
import {
  GOAL_SYMBOL_SIZE,
  NEUTRAL_MARK_COLOR as NEUTRAL,
  GOAL_SYMBOLS,
  goalMarkStyle,
  BEYOND_AXIS_SYMBOLS,
  POINT_COMPARATORS,
  RANGE_ICONS,
  RESULT_SYMBOL,
} from '../../lib/chart-marks.ts';
import { connectorEnd, renderConnector, renderRange } from './growth-marks.ts';
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

/** Above this many rows the value axis is repeated at the top, so a reader need not scroll to it. */
export const TALL_ROWS = 14;
const TOP_AXIS_ROOM = 22;

export function growthChartHeight(rowCount: number): number {
  return Math.max(180, rowCount * 30 + 110) + (rowCount > TALL_ROWS ? TOP_AXIS_ROOM : 0);
}

/**
 * How near (as a share of the axis) a result and its goal may be before their marks would sit
 * on each other: about a mark's width, which is a larger share of a phone's narrow plot.
 */
const STACK_NEAR = { desktop: 0.02, compact: 0.065 } as const;
/** A stacked pair draws its result this many px above the row's line and its goal as far below. */
export const STACK_OFFSET = 6;

/**
 * True when a row's two marks would overlap (a result equal to its goal, 5.8 against ≥5.5 on a
 * phone): they are then drawn one above the other, both visible and clickable. A result inside
 * a range's bar is left on it, where it reads as "within".
 */
export function stacksPair(row: GrowthRow, scale: GrowthScale, compact = false): boolean {
  if (!row.actual || !row.target || row.target.comparator === 'range') return false;
  const span = scale.max - scale.min || 1;
  const apart = Math.abs(clip(row.actual.value, scale) - clip(row.target.value, scale)) / span;
  return apart < STACK_NEAR[compact ? 'compact' : 'desktop'];
}

/**
 * A mark cut at the axis' end: an arrow past the edge, filled for a result and hollow for a
 * goal like the other marks, never a dot or ring that would read as the edge's value.
 */
function beyondMark(text: string, beyond: 'high' | 'low') {
  return {
    symbol: BEYOND_AXIS_SYMBOLS[beyond],
    symbolSize: [16, 14],
    label: beyondAxisLabel(text, beyond),
  };
}

const TAG_STYLE = { tag: { color: '#8a939c', fontSize: 10 } };

/** Rows → ECharts option for the result-against-goal dot plot. Pure, so tests assert on it. */
export function buildGrowthOption(
  rows: readonly GrowthRow[],
  ctx: GrowthOptionContext,
): EChartsOption {
  const { lang, compact = false } = ctx;
  const scale = growthScale(rows, compact);
  const only = (row: GrowthRow): string => {
    if (!ctx.markSingles || (row.actual && row.target)) return '';
    return translate(lang, row.actual ? 'growth.only.actual' : 'growth.only.target');
  };
  const stacked = rows.map((row) => stacksPair(row, scale, compact));
  // A stacked pair's marks are in two half-rows, so each label can sit on its right without
  // touching the other mark; only a lifted label would reach the row above.
  const sides = rows.map((row, index) => {
    const side = growthLabelSides(row, scale, compact);
    return stacked[index]
      ? {
          actual: 'right' as const,
          target: side.target === 'left' ? ('left' as const) : ('right' as const),
        }
      : side;
  });
  const offset = (index: number, sign: -1 | 1) =>
    stacked[index] ? { symbolOffset: [0, sign * STACK_OFFSET] } : {};
  // On a phone the subject axis has no room for 仅有结果; the lone mark's label carries it.
  const label = (text: string, index: number, side: LabelSide | undefined) => {
    const row = rows[index];
    const tag = compact && row ? only(row) : '';
    return tag === ''
      ? { formatter: text, ...placed(side) }
      : { formatter: `${text} {tag|${tag}}`, rich: TAG_STYLE, ...placed(side) };
  };
  const fill = (row: GrowthRow) => ({
    color: SECTOR_COLORS[row.sector],
    ...(ctx.decals ? { decal: SECTOR_DECALS[row.sector] } : {}),
  });

  const actualSeries: ScatterSeriesOption = {
    id: 'actual',
    type: 'scatter',
    name: resultSeriesName(ctx),
    symbol: RESULT_SYMBOL,
    symbolSize: 12,
    z: 4,
    itemStyle: { color: NEUTRAL },
    label: { show: true, position: 'right', fontSize: 11 },
    data: rows.flatMap((row, index) => {
      if (!row.actual) return [];
      const beyond = beyondAxis(row.actual.value, scale);
      return [
        {
          value: [clip(row.actual.value, scale), index],
          indicatorId: row.actual.id,
          itemStyle: fill(row),
          ...offset(index, -1),
          ...(beyond === null
            ? {
                label: label(
                  valueLabel(row.actual.value, row.actual.unit, lang),
                  index,
                  sides[index]?.actual,
                ),
              }
            : beyondMark(valueLabel(row.actual.value, row.actual.unit, lang), beyond)),
        },
      ];
    }),
  };

  const goalSeries: ScatterSeriesOption[] = POINT_COMPARATORS.flatMap((comparator) => {
    const data = rows.flatMap((row, index) => {
      if (!row.target || row.target.comparator !== comparator) return [];
      const beyond = beyondAxis(row.target.value, scale);
      const text = goalMarkLabel(row.target, lang);
      return [
        {
          value: [clip(row.target.value, scale), index],
          indicatorId: row.target.id,
          itemStyle: goalMarkStyle(SECTOR_COLORS[row.sector]),
          ...offset(index, 1),
          ...(beyond === null
            ? { label: label(text, index, sides[index]?.target) }
            : beyondMark(text, beyond)),
        },
      ];
    });
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
              clip(row.target.value, scale),
              clip(row.target.upper ?? row.target.value, scale),
              index,
            ],
            indicatorId: row.target.id,
            itemStyle: { color: SECTOR_COLORS[row.sector] },
            label: label(goalMarkLabel(row.target, lang), index, undefined),
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

  // A stacked pair needs no connector: it would be a stub between the two marks.
  const connectorData = rows.flatMap((row, index) => {
    const end = connectorEnd(row);
    return row.actual && end !== null && !stacked[index]
      ? [[clip(row.actual.value, scale), clip(end, scale), index]]
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
  const tall = rows.length > TALL_ROWS;
  const axis = { ...valueAxis('%', scale.min, scale.max), interval: scale.interval };
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
    grid: {
      left: 8,
      right: compact ? 36 : 56,
      top: (compact ? 104 : 64) + (tall ? TOP_AXIS_ROOM : 0),
      bottom: 28,
    },
    tooltip: rowTooltip(rows, 'last', (row) => tooltipHtml(row, ctx)),
    // A tall chart repeats its axis at the top: the first rows are read far from the bottom one.
    xAxis: tall ? [axis, { ...axis, position: 'top' as const }] : axis,
    yAxis: subjectAxis(
      rows,
      lang,
      (index) => {
        const row = rows[index];
        return row ? only(row) : '';
      },
      compact,
    ),
    series,
  };
}

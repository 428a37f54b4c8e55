import type {
  CustomSeriesOption,
  CustomSeriesRenderItem,
  EChartsOption,
  ScatterSeriesOption,
} from 'echarts';
import type { Comparator, Indicator } from '../../dataset/dataset-schema.ts';
import { outlierBound, subjectAxis, valueAxis } from '../../lib/chart-axes.ts';
import { accessibleFrame, legendEntries, rowTooltip } from '../../lib/chart-frame.ts';
import { escapeHtml } from '../../lib/escape-html.ts';
import { formatIndicatorValue, COMPARATOR_SYMBOL } from '../../lib/i18n/format-indicator.ts';
import { comparatorWords, formatNumber, subjectLabel, translate } from '../../lib/i18n/i18n.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { SECTOR_COLORS } from '../../lib/sector-colors.ts';
import { sectorLabel } from '../../dataset/sector-taxonomy.ts';
import { growthGap } from './growth-model.ts';
import type { GrowthRow } from './growth-model.ts';

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

type PointComparator = Exclude<Comparator, 'range'>;

/**
 * How each goal comparator is drawn. A floor (以上) is an arrowhead pointing right, towards
 * "or more", a ceiling (以内) one pointing left; 左右 is a diamond; a plain goal a ring; a
 * range is an interval bar (see the custom series below). The legend shows the same marks.
 */
export const GOAL_SYMBOLS: Record<PointComparator, string> = {
  // A ring drawn as a circle with a transparent fill: ECharts fills its 'emptyCircle' with
  // white, which in the dark theme reads as a filled dot, that is as a result.
  eq: 'circle',
  gte: 'path://M0,0 L12,7 L0,14 L4,7 Z',
  approx: 'diamond',
  lte: 'path://M12,0 L0,7 L12,14 L8,7 Z',
};

/** The fill of a hollow mark: none, so it is hollow on any background, light, dark or exported. */
export const HOLLOW = 'transparent';

/** Legend icon of a range goal: a bar with end caps. */
export const RANGE_ICON = 'path://M0,0 H2 V4 H18 V0 H20 V10 H18 V6 H2 V10 H0 Z';

const NEUTRAL = '#5b6570';
const POINT_COMPARATORS: readonly PointComparator[] = ['eq', 'gte', 'approx', 'lte'];

function yearLabel(year: number | null): string {
  return year === null ? '' : String(year);
}

function goalSeriesName(comparator: Comparator, ctx: GrowthOptionContext): string {
  return translate(ctx.lang, `growth.goal.${comparator}`, { year: yearLabel(ctx.planYear) });
}

function resultSeriesName(ctx: GrowthOptionContext): string {
  return translate(ctx.lang, 'growth.result', { year: yearLabel(ctx.reviewYear) });
}

/** The label printed next to a goal mark: its comparator as a symbol and its number. */
export function goalMarkLabel(target: Indicator, lang: Lang): string {
  const value = formatNumber(target.value, lang);
  if (target.comparator === 'range') {
    return `${value}–${formatNumber(target.upper ?? target.value, lang)}`;
  }
  return target.comparator === 'eq' ? value : `${COMPARATOR_SYMBOL[target.comparator]}${value}`;
}

function tooltipHtml(row: GrowthRow, ctx: GrowthOptionContext): string {
  const { lang } = ctx;
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(lang, key, params);
  const lines = [
    `<strong>${escapeHtml(subjectLabel(row.subject, lang))}</strong>`,
    `<span class="tt-muted">${escapeHtml(sectorLabel(row.sector, lang))}</span>`,
  ];
  const part = (label: string, indicator: Indicator) =>
    `${escapeHtml(label)}: <strong>${escapeHtml(formatIndicatorValue(indicator, lang))}</strong>` +
    // A plain number needs no "(等于)"; only 以上/以内/左右/a range are worth saying.
    (indicator.comparator === 'eq'
      ? ''
      : ` (${escapeHtml(comparatorWords(indicator.comparator, lang))})`) +
    `<br/><q>${escapeHtml(indicator.source.quote)}</q>`;
  if (row.actual) lines.push(part(resultSeriesName(ctx), row.actual));
  else lines.push(escapeHtml(t('growth.only.target')));
  if (row.target) {
    lines.push(part(t('growth.goal', { year: yearLabel(ctx.planYear) }), row.target));
  } else lines.push(escapeHtml(t('growth.only.actual')));
  const gap = growthGap(row);
  lines.push(
    escapeHtml(
      gap === null ? t('growth.gap.none') : t('growth.gap', { gap: formatNumber(gap, lang, true) }),
    ),
  );
  return `<div class="chart-tooltip">${lines.join('<br/>')}</div>`;
}

/** A plain-language summary for screen readers: every row's result and goal. */
export function describeGrowthRows(rows: readonly GrowthRow[], ctx: GrowthOptionContext): string {
  const items = rows
    .map((row) => {
      const parts = [subjectLabel(row.subject, ctx.lang)];
      if (row.actual)
        parts.push(`${resultSeriesName(ctx)} ${formatIndicatorValue(row.actual, ctx.lang)}`);
      if (row.target) {
        parts.push(
          `${translate(ctx.lang, 'growth.goal', { year: yearLabel(ctx.planYear) })} ${formatIndicatorValue(row.target, ctx.lang)}`,
        );
      }
      return parts.join(' ');
    })
    .join(ctx.lang === 'zh' ? '；' : '; ');
  return translate(ctx.lang, 'growth.aria', { count: rows.length, items });
}

/** Draws a range goal as a bar between its bounds with end caps, in its sector's colour. */
const renderRange: CustomSeriesRenderItem = (_params, api) => {
  const low = api.coord([api.value(0), api.value(2)]);
  const high = api.coord([api.value(1), api.value(2)]);
  const [x0, y] = [low[0] ?? 0, low[1] ?? 0];
  const x1 = high[0] ?? 0;
  const color = api.visual('color') as string;
  const thickness = 8;
  const cap = 16;
  return {
    type: 'group',
    children: [
      {
        type: 'rect',
        shape: { x: x0, y: y - thickness / 2, width: Math.max(x1 - x0, 2), height: thickness },
        style: { fill: color, opacity: 0.55 },
      },
      {
        type: 'rect',
        shape: { x: x0 - 1, y: y - cap / 2, width: 3, height: cap },
        style: { fill: color },
      },
      {
        type: 'rect',
        shape: { x: x1 - 1, y: y - cap / 2, width: 3, height: cap },
        style: { fill: color },
      },
    ],
  };
};

/** The line from a result to its goal, so each row reads as one dumbbell. */
const renderConnector: CustomSeriesRenderItem = (_params, api) => {
  const from = api.coord([api.value(0), api.value(2)]);
  const to = api.coord([api.value(1), api.value(2)]);
  return {
    type: 'line',
    shape: { x1: from[0] ?? 0, y1: from[1] ?? 0, x2: to[0] ?? 0, y2: to[1] ?? 0 },
    style: { stroke: '#9aa4ae', lineWidth: 2 },
  };
};

/** The point on a goal the connector runs to: a range's nearer end, else the goal's value. */
function connectorEnd(row: GrowthRow): number | null {
  if (!row.actual || !row.target) return null;
  const { value, upper, comparator } = row.target;
  if (comparator === 'range' && upper !== null) {
    return Math.min(Math.max(row.actual.value, value), upper);
  }
  return value;
}

/**
 * The value axis bound when a few outliers (实际使用外资增长396%) would squash every other
 * row against zero (see `outlierBound`); marks beyond it sit at the edge labelled with their
 * real value. null: no clipping needed.
 */
export function growthAxisBound(rows: readonly GrowthRow[]): number | null {
  return outlierBound(
    rows.flatMap((row) =>
      [row.actual?.value, row.target?.value, row.target?.upper].filter(
        (value): value is number => typeof value === 'number',
      ),
    ),
  );
}

function clip(value: number, bound: number | null): number {
  return bound === null ? value : Math.max(-bound, Math.min(bound, value));
}

/** The real value next to a mark pushed to the axis edge, e.g. "396% ▶". */
function clippedLabel(
  value: number,
  bound: number | null,
  lang: Lang,
  position: 'top' | 'side' = 'side',
) {
  if (bound === null || Math.abs(value) <= bound) return {};
  const text = `${formatNumber(value, lang)}%`;
  const side = value > 0 ? ('left' as const) : ('right' as const);
  return {
    label: {
      show: true,
      // A result and its goal can both be clipped to the same edge; goals label above.
      position: position === 'top' ? ('top' as const) : side,
      formatter: value > 0 ? `${text} ▶` : `◀ ${text}`,
      fontWeight: 'bold' as const,
    },
  };
}

type LabelSide = 'left' | 'right' | 'top';

/**
 * Where a row's two value labels go so that neither lands on the other mark or on the
 * connector: each on the outer side of the pair (the larger value's label to its right,
 * the smaller's to its left). A smaller value too close to the axis start for a label on
 * its left gets it above the mark instead, clear of the subject names.
 */
export function growthLabelSides(
  row: GrowthRow,
  axis: { min: number; max: number },
  compact = false,
): { actual: LabelSide; target: LabelSide } {
  const span = axis.max - axis.min || 1;
  const leftRoom = (value: number): LabelSide =>
    (value - axis.min) / span >= (compact ? 0.16 : 0.07) ? 'left' : 'top';
  if (!row.actual || !row.target) return { actual: 'right', target: 'right' };
  const goal = connectorEnd(row) ?? row.target.value;
  if (row.actual.value > goal) return { actual: 'right', target: leftRoom(goal) };
  return { actual: leftRoom(row.actual.value), target: 'right' };
}

/**
 * A label lifted above its mark sits close and a little smaller, so it stays inside its
 * own row instead of reaching the labels of the row above (rows are ~30 px apart).
 */
function placed(side: LabelSide | undefined) {
  return side === 'top' ? { position: side, distance: 1, fontSize: 10 } : { position: side };
}

/** The value axis' extent as drawn, for placing labels (ECharts rounds it a little wider). */
function axisExtent(rows: readonly GrowthRow[], bound: number | null, hasNegative: boolean) {
  const values = rows.flatMap((row) =>
    [row.actual?.value, row.target?.value, row.target?.upper].filter(
      (value): value is number => typeof value === 'number',
    ),
  );
  // A clipped axis stops at ±bound; a side without clipping is left to the data.
  const min = bound !== null && hasNegative ? -bound : Math.min(0, ...values);
  return { min, max: bound ?? Math.max(0, ...values) };
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
    symbol: 'circle',
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
              itemStyle: {
                color: comparator === 'eq' ? HOLLOW : SECTOR_COLORS[row.sector],
                borderColor: SECTOR_COLORS[row.sector],
              },
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
      symbol: GOAL_SYMBOLS[comparator],
      symbolKeepAspect: true,
      symbolSize: comparator === 'eq' ? 12 : 15,
      z: 5,
      itemStyle: {
        color: comparator === 'eq' ? HOLLOW : NEUTRAL,
        borderColor: NEUTRAL,
        borderWidth: comparator === 'eq' ? 2 : 0,
      },
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
      data: legendEntries(series, { 'goal-range': RANGE_ICON }),
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

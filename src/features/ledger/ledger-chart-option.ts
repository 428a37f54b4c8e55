import type {
  CustomSeriesOption,
  CustomSeriesRenderItem,
  EChartsOption,
  ScatterSeriesOption,
} from 'echarts';
import type { LedgerFigure, Place } from '../../dataset/attainment-schema.ts';
import { gapUnit } from '../../ledger/research-csv.ts';
import {
  GOAL_SYMBOL_SIZE,
  GOAL_SYMBOLS,
  goalMarkStyle,
  POINT_COMPARATORS,
  RANGE_ICONS,
  RESULT_SYMBOL,
} from '../../lib/chart-marks.ts';
import { accessibleFrame, legendEntries, rowTooltip } from '../../lib/chart-frame.ts';
import { escapeHtml } from '../../lib/escape-html.ts';
import { comparatorWords, formatNumber } from '../../lib/i18n/i18n.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { ledgerText } from './ledger-messages.ts';
import type { JudgedRow } from './ledger-model.ts';
import { figureLink, gapText, placeName, subjectName, verdictLabel } from './ledger-format.ts';

export interface LedgerChartContext {
  lang: Lang;
  place: Place;
  subject: string;
  /** The rule in words, for the description and the picture's caption. */
  ruleSummary: string;
  decals: boolean;
  compact?: boolean;
}

/** A missed year's result: a cross, so it reads without colour too. */
export const MISSED_SYMBOL =
  'path://M2,0 L7,5 L12,0 L14,2 L9,7 L14,12 L12,14 L7,9 L2,14 L0,12 L5,7 L0,2 Z';

const GOAL_COLOR = '#3b6ea8';
const RESULT_COLOR = '#4f5b66';
const MISSED_COLOR = '#c0392b';

/** A range goal: a translucent bar from its lower to its upper bound, capped at both ends. */
const renderRange: CustomSeriesRenderItem = (_params, api) => {
  const low = api.coord([api.value(0), api.value(1)]);
  const high = api.coord([api.value(0), api.value(2)]);
  const x = low[0] ?? 0;
  const [y0, y1] = [low[1] ?? 0, high[1] ?? 0];
  const width = 14;
  const color = api.visual('color') as string;
  return {
    type: 'group',
    children: [
      {
        type: 'rect',
        shape: { x: x - width / 2, y: y1, width, height: Math.max(y0 - y1, 2) },
        style: { fill: color, opacity: 0.35 },
      },
      {
        type: 'rect',
        shape: { x: x - width / 2 - 2, y: y1 - 1, width: width + 4, height: 3 },
        style: { fill: color },
      },
      {
        type: 'rect',
        shape: { x: x - width / 2 - 2, y: y0 - 1, width: width + 4, height: 3 },
        style: { fill: color },
      },
    ],
  };
};

/** The line joining two consecutive results (only years next to each other that both have one). */
const renderSegment: CustomSeriesRenderItem = (_params, api) => {
  const from = api.coord([api.value(0), api.value(1)]);
  const to = api.coord([api.value(2), api.value(3)]);
  return {
    type: 'line',
    shape: { x1: from[0] ?? 0, y1: from[1] ?? 0, x2: to[0] ?? 0, y2: to[1] ?? 0 },
    style: { stroke: RESULT_COLOR, lineWidth: 2, opacity: 0.7 },
  };
};

/**
 * The result as a number on the chart's scale, or null when there is none to draw: a judged
 * year's result, and a year without a goal whose result is in the chart's unit (national 2020).
 */
function resultValue({ row, judgement }: JudgedRow, unit: string): number | null {
  if (!row.actual) return null;
  const judged = judgement.verdict === 'met' || judgement.verdict === 'missed';
  const unjudged = judgement.verdict === 'no-target' && row.actual.unit === unit;
  return judged || unjudged ? row.actual.value : null;
}

function goalLabel(target: LedgerFigure, lang: Lang): string {
  if (target.comparator === 'range') {
    return `${formatNumber(target.value, lang)}–${formatNumber(target.upper ?? target.value, lang)}`;
  }
  return formatNumber(target.value, lang);
}

function tooltipHtml(item: JudgedRow, ctx: LedgerChartContext): string {
  const { row, judgement } = item;
  const { lang } = ctx;
  const figure = (label: string, value: LedgerFigure | null) =>
    value
      ? `${escapeHtml(label)}: <strong>${escapeHtml(value.written)}</strong>` +
        (value.comparator === 'eq'
          ? ''
          : ` (${escapeHtml(comparatorWords(value.comparator, lang))})`) +
        `<br/><q>${escapeHtml(value.quote)}</q>`
      : `${escapeHtml(label)}: ${escapeHtml(ledgerText(lang, 'table.none'))}`;
  const lines = [
    `<strong>${escapeHtml(`${row.targetYear} · ${subjectName(row.subject, lang)}`)}</strong>`,
    figure(ledgerText(lang, 'chart.target'), row.target),
    figure(ledgerText(lang, 'chart.actual'), row.actual),
    `${escapeHtml(verdictLabel(judgement.verdict, lang))}${
      judgement.gap === null ? '' : ` · ${escapeHtml(gapText(judgement.gap, gapUnit(row), lang))}`
    }`,
  ];
  return `<div class="chart-tooltip">${lines.join('<br/>')}</div>`;
}

/** For screen readers: each year's goal, result and verdict. */
export function describeLedgerSeries(rows: readonly JudgedRow[], ctx: LedgerChartContext): string {
  const { lang } = ctx;
  const items = rows
    .map(({ row, judgement }) =>
      [
        String(row.targetYear),
        row.target ? `${ledgerText(lang, 'chart.target')} ${row.target.written}` : null,
        row.actual ? `${ledgerText(lang, 'chart.actual')} ${row.actual.written}` : null,
        verdictLabel(judgement.verdict, lang),
      ]
        .filter((part) => part !== null)
        .join(' '),
    )
    .join(lang === 'zh' ? '；' : '; ');
  return ledgerText(lang, 'chart.aria', {
    place: placeName(ctx.place, lang),
    subject: rows[0] ? subjectName(rows[0].row.subject, lang) : ctx.subject,
    items,
  });
}

/**
 * One subject of one place across target years: goals as their comparator's mark (a bar for a
 * range), results as dots joined by a line, missed years as red crosses. Pure, so tests assert
 * on the option. A mark's `indicatorId` is `reportId#indicatorId`, so a click opens its sentence.
 */
export function buildLedgerChartOption(
  rows: readonly JudgedRow[],
  ctx: LedgerChartContext,
): EChartsOption {
  const { lang } = ctx;
  const years = rows.map(({ row }) => String(row.targetYear));
  const unit = rows.find(({ row }) => row.target)?.row.target?.unit ?? '';

  const goalSeries: ScatterSeriesOption[] = POINT_COMPARATORS.flatMap((comparator) => {
    const data = rows.flatMap(({ row }, index) =>
      row.target && row.target.comparator === comparator
        ? [
            {
              value: [index, row.target.value],
              indicatorId: figureLink(row.target),
              label: { formatter: goalLabel(row.target, lang) },
            },
          ]
        : [],
    );
    if (data.length === 0) return [];
    return [
      {
        id: `goal-${comparator}`,
        type: 'scatter',
        name: `${ledgerText(lang, 'chart.target')} ${comparatorWords(comparator, lang)}`,
        symbol: GOAL_SYMBOLS.y[comparator],
        symbolKeepAspect: true,
        symbolSize: GOAL_SYMBOL_SIZE[comparator],
        z: 4,
        itemStyle: goalMarkStyle(GOAL_COLOR),
        label: { show: true, position: 'left', fontSize: 11 },
        data,
      } satisfies ScatterSeriesOption,
    ];
  });

  const rangeData = rows.flatMap(({ row }, index) =>
    row.target && row.target.comparator === 'range'
      ? [
          {
            value: [index, row.target.value, row.target.upper ?? row.target.value],
            indicatorId: figureLink(row.target),
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
            name: `${ledgerText(lang, 'chart.target')} ${comparatorWords('range', lang)}`,
            renderItem: renderRange,
            encode: { x: 0, y: [1, 2] },
            itemStyle: { color: GOAL_COLOR },
            z: 3,
            data: rangeData,
          },
        ];

  const resultPoint = (item: JudgedRow, index: number) => {
    const value = resultValue(item, unit);
    return value === null || !item.row.actual
      ? []
      : [
          {
            value: [index, value],
            indicatorId: figureLink(item.row.actual),
            label: { formatter: formatNumber(value, lang) },
          },
        ];
  };
  const resultSeries = (id: 'result' | 'missed'): ScatterSeriesOption => ({
    id,
    type: 'scatter',
    name: ledgerText(lang, id === 'result' ? 'chart.actual' : 'chart.missed'),
    symbol: id === 'result' ? RESULT_SYMBOL : MISSED_SYMBOL,
    symbolSize: id === 'result' ? 11 : 14,
    z: 5,
    itemStyle: { color: id === 'result' ? RESULT_COLOR : MISSED_COLOR },
    label: { show: true, position: 'right', fontSize: 11, fontWeight: 'bold' },
    data: rows.flatMap((item, index) =>
      (item.judgement.verdict === 'missed') === (id === 'missed') ? resultPoint(item, index) : [],
    ),
  });

  const segments = rows.flatMap((item, index) => {
    const next = rows[index + 1];
    const from = resultValue(item, unit);
    const to = next ? resultValue(next, unit) : null;
    const adjacent = next && next.row.targetYear === item.row.targetYear + 1;
    return from !== null && to !== null && adjacent ? [[index, from, index + 1, to]] : [];
  });
  const segmentSeries: CustomSeriesOption = {
    id: 'result-line',
    type: 'custom',
    silent: true,
    renderItem: renderSegment,
    encode: { x: [0, 2], y: [1, 3] },
    z: 2,
    tooltip: { show: false },
    data: segments,
  };

  const results = [resultSeries('result'), resultSeries('missed')].filter(
    (series) => Array.isArray(series.data) && series.data.length > 0,
  );
  const series = [segmentSeries, ...goalSeries, ...rangeSeries, ...results];
  return {
    ...accessibleFrame(describeLedgerSeries(rows, ctx), ctx.decals),
    legend: {
      top: 0,
      left: 0,
      data: legendEntries(series, { 'goal-range': RANGE_ICONS.y }),
      itemWidth: 16,
      itemHeight: 12,
    },
    grid: { left: 48, right: 24, top: ctx.compact ? 72 : 48, bottom: 32 },
    tooltip: rowTooltip(rows, 'first', (row) => tooltipHtml(row, ctx)),
    xAxis: { type: 'category', data: years, name: ledgerText(lang, 'chart.year') },
    yAxis: {
      type: 'value',
      scale: true,
      axisLabel: { formatter: `{value}${unit === '%' ? '%' : ''}`, hideOverlap: true },
      splitLine: { lineStyle: { type: 'dashed', opacity: 0.5 } },
    },
    series,
  };
}

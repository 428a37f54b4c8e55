import type { BarSeriesOption, EChartsOption, ScatterSeriesOption } from 'echarts';
import { sectorLabel } from '../../dataset/sector-taxonomy.ts';
import { outlierBound, subjectAxis, valueAxis } from '../../lib/chart-axes.ts';
import type { AxisUnit } from '../../lib/chart-axes.ts';
import { goalMarkStyle, NEUTRAL_MARK_COLOR as NEUTRAL } from '../../lib/chart-marks.ts';
import { escapeHtml } from '../../lib/escape-html.ts';
import { formatIndicatorValue } from '../../lib/i18n/format-indicator.ts';
import { kindLabel, subjectLabel, translate } from '../../lib/i18n/i18n.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { SECTOR_COLORS, SECTOR_DECALS } from '../../lib/sector-colors.ts';
import type { BarRow } from './bar-model.ts';

function goalNote(row: BarRow | undefined, lang: Lang): string {
  if (row?.indicator.kind !== 'target') return '';
  return translate(lang, 'growth.goal', { year: row.indicator.year ?? '' });
}

export interface BarOptionContext {
  lang: Lang;
  decals: boolean;
  /** Axis label suffix, e.g. "%" or "亿元", or scaled ticks under a unit name. */
  unitSuffix: string | AxisUnit;
  /** Fixed scale, e.g. 0–100 for shares and rates. */
  min?: number;
  max?: number;
  /** A narrow screen: shorter axis labels. */
  compact?: boolean;
  /** Stop the axis above most values when a few outliers would squash the rest. */
  clipOutliers?: boolean;
}

/** A chart that mixes results and goals needs a key for its filled and hollow bars. */
export function mixesGoals(rows: readonly BarRow[]): boolean {
  return rows.some((row) => row.indicator.kind === 'target');
}

const KEY_ROOM = 24;

export function barChartHeight(rows: readonly BarRow[]): number {
  return Math.max(160, rows.length * 28 + 70) + (mixesGoals(rows) ? KEY_ROOM : 0);
}

/**
 * The key of filled and hollow bars: two empty series that only give the legend its entries
 * (scatter, so they take no room from the bars).
 */
function kindKey(lang: Lang): ScatterSeriesOption[] {
  return (['actual', 'target'] as const).map((kind) => ({
    id: `key-${kind}`,
    type: 'scatter',
    name: kindLabel(kind, lang),
    symbol: 'rect',
    itemStyle: kind === 'target' ? goalMarkStyle(NEUTRAL) : { color: NEUTRAL },
    data: [],
  }));
}

export function describeBars(rows: readonly BarRow[], lang: Lang): string {
  const items = rows
    .map((row) => `${subjectLabel(row.subject, lang)} ${formatIndicatorValue(row.indicator, lang)}`)
    .join(lang === 'zh' ? '；' : '; ');
  return translate(lang, 'sector.bars.aria', { count: rows.length, items });
}

/** Rows → horizontal bars coloured by sector. Pure, so tests assert on the option. */
export function buildBarOption(rows: readonly BarRow[], ctx: BarOptionContext): EChartsOption {
  const bound = ctx.clipOutliers ? outlierBound(rows.map((row) => row.indicator.value)) : null;
  const { lang } = ctx;
  const keyed = mixesGoals(rows);
  const series: BarSeriesOption = {
    id: 'values',
    type: 'bar',
    barMaxWidth: 18,
    label: { show: true, position: 'right', fontSize: 11 },
    data: rows.map((row) => {
      const { value } = row.indicator;
      const clipped = bound !== null && Math.abs(value) > bound;
      const text = formatIndicatorValue(row.indicator, lang);
      const color = SECTOR_COLORS[row.sector];
      return {
        value: clipped ? Math.sign(value) * bound : value,
        indicatorId: row.indicatorId,
        // A goal is hollow, as in the growth chart: filled means a result, not only the tag says so.
        itemStyle:
          row.indicator.kind === 'target'
            ? goalMarkStyle(color)
            : { color, ...(ctx.decals ? { decal: SECTOR_DECALS[row.sector] } : {}) },
        // A bar cut at the axis edge carries its real value and points past the edge.
        label: clipped
          ? { formatter: value > 0 ? `${text} ▶` : `◀ ${text}`, fontWeight: 'bold' as const }
          : { formatter: text },
      };
    }),
  };
  return {
    backgroundColor: 'transparent',
    animation: false,
    aria: {
      enabled: true,
      label: { description: describeBars(rows, lang) },
      decal: { show: ctx.decals },
    },
    ...(keyed
      ? { legend: { top: 0, left: 0, selectedMode: false, itemWidth: 14, itemHeight: 10 } }
      : {}),
    grid: { left: 8, right: 72, top: keyed ? 12 + KEY_ROOM : 12, bottom: 28 },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        const row = rows[item?.dataIndex ?? -1];
        if (!row) return '';
        const { indicator } = row;
        return (
          `<div class="chart-tooltip"><strong>${escapeHtml(subjectLabel(row.subject, lang))}</strong><br/>` +
          `${escapeHtml(sectorLabel(row.sector, lang))} · ${escapeHtml(String(indicator.year ?? ''))} ${escapeHtml(kindLabel(indicator.kind, lang))}<br/>` +
          `<strong>${escapeHtml(formatIndicatorValue(indicator, lang))}</strong><br/>` +
          `<q>${escapeHtml(indicator.source.quote)}</q></div>`
        );
      },
    },
    xAxis:
      bound === null
        ? valueAxis(ctx.unitSuffix, ctx.min, ctx.max)
        : valueAxis(
            ctx.unitSuffix,
            rows.some((row) => row.indicator.value < -bound) ? -bound : undefined,
            bound,
          ),
    // A subject can have both a result and a goal here (参保率 97.1% and 97%以上): goals say so.
    yAxis: subjectAxis(rows, lang, (index) => goalNote(rows[index], lang), ctx.compact),
    series: keyed ? [series, ...kindKey(lang)] : [series],
  };
}

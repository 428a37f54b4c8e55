import type { EChartsOption } from 'echarts';
import { valueAxis, wrapText } from '../../lib/chart-axes.ts';
import { escapeHtml } from '../../lib/escape-html.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { subjectLabel } from '../../lib/i18n/i18n.ts';
import { compareText } from './compare-messages.ts';
import type { CompareModel, CompareRow } from './compare-model.ts';
import {
  cellValue,
  columnLooks,
  compareSeries,
  formatCompareValue,
  notStated,
  reportName,
} from './compare-series.ts';

/** A hollow mark has no fill, so it stays hollow on a light page, a dark one and in exports. */
const HOLLOW = 'transparent';
const MARK_SIZE = 12;
/**
 * Vertical room per series inside a subject's band: each report's result and goal have a lane
 * of their own, so no two marks sit on each other (not even a result equal to its goal) and
 * each label has its own line.
 */
const LANE = 13;
const LABEL_WIDTH = { zh: 200, en: 240 } as const;
const BAND_SHADE = { light: 'rgba(0, 0, 0, 0.035)', dark: 'rgba(255, 255, 255, 0.05)' } as const;
const COMPACT_LABEL_WIDTH = { zh: 96, en: 110 } as const;

export interface CompareOptionSettings {
  lang: Lang;
  theme: 'light' | 'dark';
  /** A narrow screen: subject names give up width to the plot. */
  compact?: boolean;
}

/** The height of one subject's band: two lanes per report, and some air between subjects. */
function bandHeight(reports: number): number {
  return Math.max(40, reports * 2 * LANE + 16);
}

/** Room for the legend: one entry per report, three to a line on a phone-wide chart. */
function legendHeight(reports: number): number {
  return 16 + Math.ceil(reports / 3) * 22;
}

/** Where a report's result (or goal) sits inside a band of `count` reports, in px from its middle. */
function laneOffset(reportIndex: number, kind: 'actual' | 'target', count: number): number {
  const lane = reportIndex * 2 + (kind === 'target' ? 1 : 0);
  return (lane - (count * 2 - 1) / 2) * LANE;
}

/**
 * The left end of the value axis: zero, or a round number below the lowest value when a
 * figure fell. Missing values are noted at this edge, in words, never as a mark.
 */
function axisStart(model: CompareModel): number {
  const values = model.rows.flatMap((row) =>
    row.cells.flatMap((cell) => [cell.actual?.value, cell.target?.value]),
  );
  const lowest = Math.min(0, ...values.filter((value): value is number => value !== undefined));
  return lowest < 0 ? Math.floor(lowest / 5) * 5 : 0;
}

const QUOTE_CHARS = 60;

/** A long sentence cut to what fits a tooltip line; the table and source view have it whole. */
function shortQuote(quote: string): string {
  return quote.length <= QUOTE_CHARS ? quote : `${quote.slice(0, QUOTE_CHARS)}…`;
}

/**
 * What the tooltip shows for one subject: every report, in its colour, with its result and
 * goal, or “not stated”. Every piece of report text in it is escaped.
 */
export function compareTooltipHtml(
  model: CompareModel,
  row: CompareRow,
  lang: Lang,
  theme: 'light' | 'dark',
): string {
  const looks = columnLooks(model.columns, theme);
  const series = compareSeries(model.columns, lang);
  const lines = model.columns.map((column, index) => {
    const look = looks.get(column.reportId);
    const marker = look
      ? `<span style="color:${look.color}">${escapeHtml(look.glyph)}</span> `
      : '';
    if (notStated(row, index)) {
      return `${marker}${escapeHtml(`${reportName(column, lang)}: ${compareText(lang, 'notStated')}`)}`;
    }
    return series
      .filter((entry) => entry.reportIndex === index)
      .map((entry) => {
        const value = cellValue(row, entry);
        const text = value ? formatCompareValue(value, row, lang) : compareText(lang, 'notStated');
        // The report's own words, so a reader can check the number against its sentence.
        const quote = value ? `<br/>&emsp;“${escapeHtml(shortQuote(value.quote))}”` : '';
        return `${marker}${escapeHtml(`${entry.name}: ${text}`)}${quote}`;
      })
      .join('<br/>');
  });
  return [`<strong>${escapeHtml(subjectLabel(row.subject, lang))}</strong>`, ...lines].join(
    '<br/>',
  );
}

/** A screen reader's summary of the chart: each subject with every report's values. */
export function compareAriaDescription(model: CompareModel, lang: Lang): string {
  const series = compareSeries(model.columns, lang);
  const items = model.rows.map((row) => {
    const values = series.map((entry) => {
      const value = cellValue(row, entry);
      return `${entry.name} ${value ? formatCompareValue(value, row, lang) : compareText(lang, 'notStated')}`;
    });
    return `${subjectLabel(row.subject, lang)}: ${values.join(', ')}`;
  });
  return compareText(lang, 'aria', {
    count: model.rows.length,
    reports: model.columns.map((column) => reportName(column, lang)).join(', '),
    items: items.join('; '),
  });
}

interface MarkDatum {
  value: [number, string];
  valueText: string;
}

/**
 * A dot chart: one band per shared subject, one lane per report inside it. A report's result is
 * a filled mark, its goal a hollow one, both in the report's own colour and shape; a range goal
 * sits at its lower bound and is labelled with both ends. A report that does not state the
 * subject gets the words “not stated” in its lane, at the axis start, never a mark or a bar.
 */
export function buildCompareOption(
  model: CompareModel,
  settings: CompareOptionSettings,
): EChartsOption {
  const { lang, theme, compact = false } = settings;
  const looks = columnLooks(model.columns, theme);
  const count = model.columns.length;
  const start = axisStart(model);
  const width = (compact ? COMPACT_LABEL_WIDTH : LABEL_WIDTH)[lang];
  const labels = model.rows.map((row) => wrapText(subjectLabel(row.subject, lang), width));
  const tooltips = model.rows.map((row) => compareTooltipHtml(model, row, lang, theme));
  const series = compareSeries(model.columns, lang);

  const markSeries = series.map((entry) => {
    const look = looks.get(entry.reportId);
    const color = look?.color ?? '#5b6570';
    const data: MarkDatum[] = [];
    model.rows.forEach((row, index) => {
      const value = cellValue(row, entry);
      if (value) {
        data.push({
          value: [value.value, String(index)],
          valueText: formatCompareValue(value, row, lang),
        });
      }
    });
    return {
      id: entry.key,
      // Series of one report share its name, so its legend entry shows and hides them together.
      name: reportName(model.columns[entry.reportIndex]!, lang),
      type: 'scatter' as const,
      symbol: look?.symbol ?? 'circle',
      symbolSize: MARK_SIZE,
      symbolOffset: [0, laneOffset(entry.reportIndex, entry.kind, count)],
      itemStyle:
        entry.kind === 'actual'
          ? { color }
          : { color: HOLLOW, borderColor: color, borderWidth: 2, opacity: 1 },
      label: {
        show: true,
        position: 'right' as const,
        fontSize: 11,
        // A function, not a '{…}' template: the text is the report's, never a template.
        formatter: (params: { data?: unknown }) =>
          (params.data as MarkDatum | undefined)?.valueText ?? '',
      },
      labelLayout: { hideOverlap: true },
      data,
    };
  });

  const missingSeries = model.columns.map((column, reportIndex) => ({
    id: `${column.reportId}:not-stated`,
    name: reportName(column, lang),
    type: 'scatter' as const,
    // An invisible dot to hang the words on: ECharts draws no label for symbol 'none'.
    symbol: 'circle',
    symbolSize: 1,
    itemStyle: { color: HOLLOW },
    // Between the report's two lanes: it says neither a result nor a goal is stated.
    symbolOffset: [
      0,
      (laneOffset(reportIndex, 'actual', count) + laneOffset(reportIndex, 'target', count)) / 2,
    ],
    silent: true,
    label: {
      show: true,
      position: 'right' as const,
      fontSize: 11,
      fontStyle: 'italic' as const,
      color: looks.get(column.reportId)?.color ?? '#5b6570',
      formatter: () => compareText(lang, 'notStated'),
    },
    data: model.rows
      .map((row, index) => (notStated(row, reportIndex) ? [start, String(index)] : null))
      .filter((point): point is [number, string] => point !== null),
  }));

  return {
    aria: {
      enabled: true,
      label: { description: compareAriaDescription(model, lang) },
    },
    grid: { left: 8, right: 56, top: legendHeight(count), bottom: 8 },
    legend: {
      top: 0,
      left: 0,
      type: 'plain',
      // Square icons, so a diamond or a star keeps its shape in the key.
      itemWidth: 12,
      itemHeight: 12,
      data: model.columns.map((column) => {
        const look = looks.get(column.reportId);
        return {
          name: reportName(column, lang),
          icon: look?.symbol ?? 'circle',
          itemStyle: { color: look?.color ?? '#5b6570' },
        };
      }),
    },
    tooltip: {
      trigger: 'axis',
      confine: true,
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        const index = Number((first as { axisValue?: unknown } | undefined)?.axisValue);
        return tooltips[index] ?? '';
      },
    },
    xAxis: { ...valueAxis('%', start), scale: false },
    yAxis: {
      type: 'category',
      inverse: true,
      data: model.rows.map((_, index) => String(index)),
      axisTick: { show: false },
      axisLabel: { formatter: (value: string) => labels[Number(value)] ?? '', lineHeight: 14 },
      // Every other subject's band lightly shaded, so each report's lanes read as one subject's.
      splitArea: { show: true, areaStyle: { color: [BAND_SHADE[theme], 'transparent'] } },
    },
    series: [...markSeries, ...missingSeries],
  } satisfies EChartsOption;
}

/** Tall enough for every report's lane in every subject, plus the legend above them. */
export function compareChartHeight(model: CompareModel): number {
  const count = model.columns.length;
  return 40 + legendHeight(count) + model.rows.length * bandHeight(count);
}

import type { EChartsOption } from 'echarts';
import { valueAxis } from '../../lib/chart-axes.ts';
import { escapeHtml } from '../../lib/escape-html.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { comparatorWords, nameLabel, subjectLabel } from '../../lib/i18n/i18n.ts';
import { compareText } from './compare-messages.ts';
import type { CompareModel } from './compare-model.ts';
import { cellValue, compareSeries, formatCompareValue } from './compare-series.ts';

/**
 * Room for the legend: a result and a goal per report. Two entries to a line is what a
 * 360 px phone fits; a wide screen gets some air above the bars instead of overlap.
 */
function legendHeight(seriesCount: number): number {
  return 16 + Math.ceil(seriesCount / 2) * 22;
}

/** One hue per report; its goal is the same hue, hatched, so pairs read together. */
const REPORT_COLORS = ['#4e79a7', '#e15759', '#59a14f', '#f28e2b', '#b07aa1', '#76b7b2'];

export interface CompareOptionSettings {
  lang: Lang;
  /** Decal patterns for every series, for colour-blind readers. */
  patterns: boolean;
}

/** What a tooltip shows for one bar; every piece of report text in it is escaped. */
export interface CompareTooltipDatum {
  subject: string;
  series: string;
  valueText: string;
  comparator: string;
  quote: string;
}

export function compareTooltipHtml(datum: CompareTooltipDatum, lang: Lang): string {
  const lines = [
    `<strong>${escapeHtml(datum.subject)}</strong>`,
    `${escapeHtml(datum.series)}: ${escapeHtml(datum.valueText)}${
      datum.comparator ? ` (${escapeHtml(datum.comparator)})` : ''
    }`,
    `${escapeHtml(compareText(lang, 'quote'))}: “${escapeHtml(datum.quote)}”`,
  ];
  return lines.join('<br/>');
}

function isTooltipDatum(value: unknown): value is CompareTooltipDatum {
  return typeof value === 'object' && value !== null && 'quote' in value && 'valueText' in value;
}

/** A screen reader's summary of the chart: each subject with every report's values. */
export function compareAriaDescription(model: CompareModel, lang: Lang): string {
  const series = compareSeries(model.columns, lang);
  const items = model.rows.map((row) => {
    const values = series
      .map((entry) => {
        const value = cellValue(row, entry);
        return value ? `${entry.name} ${formatCompareValue(value, row, lang)}` : null;
      })
      .filter((text): text is string => text !== null);
    return `${subjectLabel(row.subject, lang)}: ${values.join(', ')}`;
  });
  return compareText(lang, 'aria', {
    count: model.rows.length,
    reports: model.columns.map((column) => nameLabel(column.name, lang)).join(', '),
    items: items.join('; '),
  });
}

/**
 * Grouped horizontal bars: one group per shared subject, one bar per report and kind.
 * A goal's bar carries its comparator in its label (≥ 5.5%, ≈ 6%, ≤ 3%, 8–10%); a range is
 * drawn to its lower bound and labelled with both.
 */
export function buildCompareOption(model: CompareModel, settings: CompareOptionSettings) {
  const { lang, patterns } = settings;
  const series = compareSeries(model.columns, lang);
  const subjects = model.rows.map((row) => subjectLabel(row.subject, lang));
  const option: EChartsOption = {
    aria: {
      enabled: true,
      label: { description: compareAriaDescription(model, lang) },
      decal: { show: patterns },
    },
    grid: { left: 8, right: 64, top: legendHeight(series.length), bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, type: 'plain' },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => {
        const data = Array.isArray(params) ? params[0]?.data : params.data;
        return isTooltipDatum(data) ? compareTooltipHtml(data, lang) : '';
      },
    },
    xAxis: valueAxis('%'),
    yAxis: {
      type: 'category',
      data: subjects,
      inverse: true,
      axisLabel: { width: 120, overflow: 'truncate' },
    },
    series: series.map((entry) => {
      const color = REPORT_COLORS[entry.reportIndex % REPORT_COLORS.length];
      const isGoal = entry.kind === 'target';
      return {
        id: entry.key,
        name: entry.name,
        type: 'bar' as const,
        barMaxWidth: 14,
        itemStyle: isGoal
          ? {
              color,
              opacity: 0.55,
              borderColor: color,
              borderType: 'dashed' as const,
              borderWidth: 1,
              decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: 0.8 },
            }
          : { color },
        label: {
          show: true,
          position: 'right' as const,
          // A function, not a '{…}' template: the text is the report's, never a template.
          formatter: (params: { data?: unknown }) =>
            isTooltipDatum(params.data) ? params.data.valueText : '',
        },
        data: model.rows.map((row, index) => {
          const value = cellValue(row, entry);
          if (!value) return { value: null };
          const valueText = formatCompareValue(value, row, lang);
          return {
            value: value.value,
            valueText,
            subject: subjects[index] ?? '',
            series: entry.name,
            comparator: value.comparator === 'eq' ? '' : comparatorWords(value.comparator, lang),
            quote: value.quote,
          };
        }),
      };
    }),
  } satisfies EChartsOption;
  return option;
}

/** Tall enough for every bar of every subject, plus the legend above them. */
export function compareChartHeight(model: CompareModel): number {
  const bars = model.columns.length * 2;
  return 40 + legendHeight(bars) + model.rows.length * Math.max(48, bars * 14 + 12);
}

/**
 * Chart images that carry their own context. `buildExportOption` turns the option a chart shows
 * on screen into the option of its exported image: the same series and marks, plus a title, the
 * active filters, the legend (with the comparator marks the chart draws), the units, and a
 * source footer, in the current language and theme colours. `render-image.ts` draws it.
 * Pure: no DOM and no ECharts runtime, so it is tested by asserting on the option.
 */
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { SECTOR_IDS } from '../../dataset/dataset-vocabulary.ts';
import type { SectorId } from '../../dataset/dataset-vocabulary.ts';
import { sectorLabel } from '../../dataset/sector-taxonomy.ts';
import { exportText } from './export-text.ts';
import { SECTOR_COLORS } from '../../lib/sector-colors.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { estimateTextWidth, NARROW_EM } from '../../lib/text-width.ts';

/** A theme as ECharts takes it: a registered name ('dark') or a theme object. */
export type EChartsTheme = string | object | null | undefined;
export type ColorMode = 'light' | 'dark';

export interface ExportPalette {
  /** Opaque: an exported image is never transparent. */
  background: string;
  text: string;
  muted: string;
}

export const EXPORT_PALETTES: Record<ColorMode, ExportPalette> = {
  light: { background: '#ffffff', text: '#1f2937', muted: '#4b5563' },
  dark: { background: '#111827', text: '#f3f4f6', muted: '#9ca3af' },
};

export interface ExportSize {
  width: number;
  height: number;
}

/** What the image says about itself, all in the current language. */
export interface ImageContext {
  title: string;
  /** What the marks mean (the chart's description), printed under the title. */
  subtitle?: string;
  /** The address of the view, printed small in the footer so a reader can find it again. */
  url?: string;
  /** Labels of the active sectors, or 'all' when the sector filter is off. */
  sectorLabels: readonly string[] | 'all';
  /** Units of the values shown, e.g. ['%']. */
  units: readonly string[];
  /** Where the numbers come from; several reports for a comparison. */
  reports: readonly { title: string; region: string | null; year: number | null }[];
  /** YYYY-MM-DD; passed in so the image is reproducible. */
  exportedOn: string;
  lang: Lang;
}

// The image has the chart's own size, so the added text is kept to about the room the chart
// keeps for its legend on screen: title and filters share a line where they fit, the legend
// follows, and units and source share the footer line.
// The margin keeps every label off the image's edge.
const PAD = 16;
const GAP = 4;
const TITLE = { size: 14, line: 20 } as const;
const FILTERS = { size: 12, line: 18 } as const;
const SUBTITLE = { size: 12, line: 17 } as const;
const KEY = { size: 12, line: 18 } as const;
const FOOTER = { size: 11, line: 15 } as const;
const URL_TEXT = { size: 9, line: 13 } as const;
const LEGEND = { itemWidth: 25, itemHeight: 14, itemGap: 10, textGap: 5, size: 12 } as const;

/** Room for text ECharts wraps itself is reserved generously, so it is never too small. */
function generousWidth(text: string, fontSize: number): number {
  return estimateTextWidth(text, fontSize, NARROW_EM.generous);
}

function lineCount(text: string, fontSize: number, width: number): number {
  if (text === '') return 0;
  return text
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(generousWidth(line, fontSize) / width)), 0);
}

/** The header and footer lines of an exported image (`units` and `source` share the footer). */
export function imageTextLines(context: ImageContext): {
  title: string;
  filters: string;
  units: string;
  source: string;
} {
  const text = exportText(context.lang);
  const sectors =
    context.sectorLabels === 'all'
      ? text.allSectors
      : context.sectorLabels.join(text.listSeparator);
  const units =
    context.units.length > 0 ? `${text.unit}${context.units.join(text.listSeparator)}` : '';
  // 北海市2024年政府工作报告 already names its place and year: say them only when it does not.
  const source = context.reports
    .map((report) =>
      [
        report.title,
        report.region,
        report.year === null ? null : `${report.year}${text.yearSuffix}`,
      ]
        .filter((part, index): part is string =>
          Boolean(part && (index === 0 || !report.title.includes(part))),
        )
        .join(' · '),
    )
    .join(text.reportSeparator);
  return {
    title: context.title,
    filters: `${text.sectors}${sectors}`,
    units,
    source: `${text.source}${source} · ${text.exported}${context.exportedOn}`,
  };
}

type OptionRecord = Record<string, unknown>;

function isRecord(value: unknown): value is OptionRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function components(value: unknown): OptionRecord[] {
  if (Array.isArray(value)) return value.filter(isRecord);
  return isRecord(value) ? [value] : [];
}

function toPx(value: unknown, total: number, fallback: number): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') {
    const percent = /^(-?\d+(?:\.\d+)?)%$/.exec(value.trim());
    if (percent?.[1]) return (Number(percent[1]) / 100) * total;
    const plain = Number(value);
    if (value.trim() !== '' && Number.isFinite(plain)) return plain;
  }
  return fallback;
}

function legendNames(option: OptionRecord, legend: OptionRecord | undefined): string[] {
  const fromLegend = Array.isArray(legend?.['data'])
    ? legend['data'].map((item: unknown) =>
        typeof item === 'string' ? item : isRecord(item) ? String(item['name'] ?? '') : '',
      )
    : null;
  const names =
    fromLegend ?? components(option['series']).map((series) => String(series['name'] ?? ''));
  return [...new Set(names.filter((name) => name !== ''))];
}

function legendNumber(legend: OptionRecord, key: 'itemWidth' | 'itemHeight' | 'itemGap'): number {
  const value = legend[key];
  return typeof value === 'number' ? value : LEGEND[key];
}

function legendRows(names: readonly string[], legend: OptionRecord, width: number): number {
  if (names.length === 0) return 0;
  let rows = 1;
  let used = 0;
  for (const name of names) {
    const item =
      legendNumber(legend, 'itemWidth') +
      LEGEND.textGap +
      generousWidth(name, LEGEND.size) +
      legendNumber(legend, 'itemGap');
    if (used > 0 && used + item > width) {
      rows += 1;
      used = 0;
    }
    used += item;
  }
  return rows;
}

/**
 * The units the value axes print, e.g. `{value}%` gives '%' and an axis named 亿元 gives
 * '亿元', so that the image's footer states them even where tick labels are cramped.
 */
export function unitsFromOption(option: EChartsCoreOption): string[] {
  const source = option as OptionRecord;
  const units: string[] = [];
  for (const axis of [...components(source['xAxis']), ...components(source['yAxis'])]) {
    if (axis['type'] === 'category') continue;
    const label = isRecord(axis['axisLabel']) ? axis['axisLabel'] : {};
    const suffix =
      typeof label['formatter'] === 'string' ? /^\{value\}\s*(.+)$/.exec(label['formatter']) : null;
    const unit = suffix?.[1] ?? (typeof axis['name'] === 'string' ? axis['name'] : '');
    if (unit.trim() !== '' && !units.includes(unit.trim())) units.push(unit.trim());
  }
  return units;
}

/**
 * The sectors a chart colours its rows by, in taxonomy order: the subject axis styles each
 * sector's dot under the sector's id (see subjectAxis). Empty for a chart that colours by
 * something else (compare colours by report), which then needs no sector key.
 */
export function sectorsFromOption(option: EChartsCoreOption): SectorId[] {
  const source = option as OptionRecord;
  const styled = new Set<string>();
  for (const axis of [...components(source['xAxis']), ...components(source['yAxis'])]) {
    const label = isRecord(axis['axisLabel']) ? axis['axisLabel'] : {};
    if (isRecord(label['rich'])) for (const key of Object.keys(label['rich'])) styled.add(key);
  }
  return SECTOR_IDS.filter((id) => styled.has(id));
}

/** The sector key as one line of rich text: a dot in each sector's colour, then its name. */
function sectorKey(
  sectors: readonly SectorId[],
  lang: Lang,
): { text: string; plain: string; rich: Record<string, object> } {
  const rich: Record<string, object> = {};
  for (const id of sectors) rich[id] = { color: SECTOR_COLORS[id], fontSize: KEY.size };
  const entries = sectors.map((id) => ({ id, name: sectorLabel(id, lang) }));
  return {
    text: entries.map(({ id, name }) => `{${id}|●} ${name}`).join('   '),
    plain: entries.map(({ name }) => `● ${name}`).join('   '),
    rich,
  };
}

export interface ExportOptionInput {
  /** The option the chart renders on screen. */
  option: EChartsCoreOption;
  context: ImageContext;
  palette: ExportPalette;
  size: ExportSize;
  /** Legend entries the user switched off on screen stay off in the image. */
  legendSelected?: Readonly<Record<string, boolean>>;
}

/** The on-screen option plus everything an image needs to stand on its own. */
export function buildExportOption(input: ExportOptionInput): EChartsCoreOption {
  return buildExportImage(input).option;
}

/**
 * The image's option and its size: the chart keeps its height on screen, and the image grows by
 * what it adds above (title, filters, subtitle, sector key, legend) and below (units, source, URL).
 */
export function buildExportImage(input: ExportOptionInput): {
  option: EChartsCoreOption;
  size: ExportSize;
} {
  const { option, palette, size } = input;
  const source = option as OptionRecord;
  const lines = imageTextLines(input.context);
  const textWidth = Math.max(40, size.width - 2 * PAD);

  // Filters beside the title when both fit on one line, else under it.
  const titleLines = lineCount(lines.title, TITLE.size, textWidth);
  const inline =
    titleLines === 1 &&
    generousWidth(lines.title, TITLE.size) + 3 * GAP + generousWidth(lines.filters, FILTERS.size) <=
      textWidth;
  const filtersTop = inline ? PAD + (TITLE.line - FILTERS.line) / 2 : PAD + titleLines * TITLE.line;
  const filtersLines = lineCount(lines.filters, FILTERS.size, textWidth);
  const titleBlock = inline
    ? PAD + TITLE.line + GAP
    : filtersTop + filtersLines * FILTERS.line + GAP;
  const subtitle = input.context.subtitle ?? '';
  const subtitleTop = titleBlock;
  const subtitleHeight =
    subtitle === '' ? 0 : lineCount(subtitle, SUBTITLE.size, textWidth) * SUBTITLE.line + GAP;
  const key = sectorKey(sectorsFromOption(option), input.context.lang);
  const keyTop = subtitleTop + subtitleHeight;
  const keyHeight =
    key.plain === '' ? 0 : lineCount(key.plain, KEY.size, textWidth) * KEY.line + GAP;
  const headerHeight = keyTop + keyHeight;

  const sourceLegends = components(source['legend']);
  const namedSeries = legendNames(source, undefined);
  const legends: OptionRecord[] =
    sourceLegends.length > 0 ? sourceLegends : namedSeries.length > 0 ? [{}] : [];
  const legendHeight = legends.reduce((most, legend) => {
    const rows = legendRows(legendNames(source, legend), legend, textWidth);
    const gap = legendNumber(legend, 'itemGap');
    const rowHeight = Math.max(legendNumber(legend, 'itemHeight'), LEGEND.itemHeight);
    return Math.max(most, rows === 0 ? 0 : rows * (rowHeight + gap) - gap + GAP);
  }, 0);
  const bandTop = headerHeight + legendHeight;

  const footerParts = [lines.units, lines.source].filter(Boolean);
  const oneLine = footerParts.join(' · ');
  const footerText =
    lineCount(oneLine, FOOTER.size, textWidth) === 1 ? oneLine : footerParts.join('\n');
  const url = input.context.url ?? '';
  const urlHeight = url === '' ? 0 : lineCount(url, URL_TEXT.size, textWidth) * URL_TEXT.line;
  const footerTextHeight = lineCount(footerText, FOOTER.size, textWidth) * FOOTER.line;
  const footerHeight = PAD + footerTextHeight + (urlHeight > 0 ? urlHeight + GAP : 0) + GAP;
  const imageSize = { width: size.width, height: size.height + headerHeight + footerHeight };

  const hasCartesian = source['xAxis'] !== undefined || source['yAxis'] !== undefined;
  const sourceGrids = components(source['grid']);
  const grids = sourceGrids.length > 0 ? sourceGrids : hasCartesian ? [{}] : [];

  const exportOption: OptionRecord = {
    ...source,
    backgroundColor: palette.background,
    // The off-screen chart is read right after setOption: an animation would be caught at frame 0.
    animation: false,
    title: [
      {
        text: lines.title,
        left: PAD,
        top: PAD,
        textStyle: {
          color: palette.text,
          fontSize: TITLE.size,
          fontWeight: 'bold',
          lineHeight: TITLE.line,
          width: textWidth,
          overflow: 'break',
        },
      },
      {
        text: lines.filters,
        ...(inline ? { right: PAD } : { left: PAD }),
        top: filtersTop,
        textStyle: {
          color: palette.muted,
          fontSize: FILTERS.size,
          fontWeight: 'normal',
          lineHeight: FILTERS.line,
          // Beside the title the text is known to fit; a full-width box would not align right.
          ...(inline ? {} : { width: textWidth, overflow: 'break' }),
        },
      },
      ...(subtitle === ''
        ? []
        : [
            {
              text: subtitle,
              left: PAD,
              top: subtitleTop,
              textStyle: {
                color: palette.muted,
                fontSize: SUBTITLE.size,
                fontWeight: 'normal',
                lineHeight: SUBTITLE.line,
                width: textWidth,
                overflow: 'break',
              },
            },
          ]),
      ...(key.plain === ''
        ? []
        : [
            {
              text: key.text,
              left: PAD,
              top: keyTop,
              textStyle: {
                color: palette.text,
                fontSize: KEY.size,
                fontWeight: 'normal',
                lineHeight: KEY.line,
                width: textWidth,
                overflow: 'break',
                rich: key.rich,
              },
            },
          ]),
    ],
    legend: legends.map((legend) => ({
      ...legend,
      show: true,
      // A scrolling legend would hide entries behind its pager in a still image.
      type: 'plain',
      orient: 'horizontal',
      left: PAD,
      right: undefined,
      top: headerHeight,
      bottom: undefined,
      width: textWidth,
      textStyle: {
        ...(isRecord(legend['textStyle']) ? legend['textStyle'] : {}),
        color: palette.text,
      },
      ...(input.legendSelected ? { selected: { ...input.legendSelected } } : {}),
    })),
    grid: grids.map((grid) => {
      const bounds = isRecord(grid['outerBounds']) ? grid['outerBounds'] : {};
      // A fixed height would override the bottom that keeps the plot off the footer.
      const rest = { ...grid };
      delete rest['height'];
      return {
        ...rest,
        // The on-screen top and bottom mostly made room for a legend or axis labels; here the
        // legend sits in the header, and labels are kept inside the band by outerBounds (or
        // inside the grid by containLabel).
        top: bandTop + GAP,
        bottom: footerHeight + GAP,
        outerBounds: {
          ...bounds,
          top: bandTop + toPx(bounds['top'], size.height, 0),
          bottom: footerHeight + toPx(bounds['bottom'], size.height, 0),
          left: Math.max(PAD, toPx(bounds['left'], size.width, 0)),
          right: Math.max(PAD, toPx(bounds['right'], size.width, 0)),
        },
      };
    }),
    graphic: [
      ...components(source['graphic']).flatMap((graphic) =>
        Array.isArray(graphic['elements']) ? components(graphic['elements']) : [graphic],
      ),
      {
        type: 'text',
        id: 'export-footer',
        left: PAD,
        bottom: PAD + (urlHeight > 0 ? urlHeight + GAP : 0),
        z: 100,
        style: {
          text: footerText,
          fill: palette.muted,
          fontSize: FOOTER.size,
          lineHeight: FOOTER.line,
          width: textWidth,
          overflow: 'break',
        },
      },
      ...(url === ''
        ? []
        : [
            {
              type: 'text',
              id: 'export-url',
              left: PAD,
              bottom: PAD,
              z: 100,
              style: {
                text: url,
                fill: palette.muted,
                fontSize: URL_TEXT.size,
                lineHeight: URL_TEXT.line,
                width: textWidth,
                overflow: 'break',
              },
            },
          ]),
    ],
  };
  // Nothing to hover in a still image.
  delete exportOption['tooltip'];
  delete exportOption['toolbox'];
  return { option: exportOption, size: imageSize };
}

/** Which legend entries are switched on in the live chart, to carry over into the image. */
export function readLegendSelected(
  instance: EChartsType,
): Readonly<Record<string, boolean>> | undefined {
  const legend = components((instance.getOption() as OptionRecord)['legend'])[0];
  const selected = legend?.['selected'];
  return isRecord(selected)
    ? Object.fromEntries(Object.entries(selected).map(([name, on]) => [name, on !== false]))
    : undefined;
}

import type { EChartsOption, TooltipComponentOption } from 'echarts';

/** app.css's font stack (its :root), so chart text looks like the page's and finds CJK glyphs fast. */
export const PAGE_FONT_FAMILY = [
  'PingFang SC',
  'Hiragino Sans GB',
  'Microsoft YaHei',
  'Noto Sans CJK SC',
  'Source Han Sans SC',
  'WenQuanYi Micro Hei',
  'system-ui',
  '-apple-system',
  'Segoe UI',
  'sans-serif',
]
  .map((family) => (family.includes(' ') ? `'${family}'` : family))
  .join(', ');

/** `option` drawn in the page's font, unless it names its own. */
export function withPageFont(option: EChartsOption): EChartsOption {
  const textStyle = option.textStyle;
  return {
    ...option,
    textStyle: {
      fontFamily: PAGE_FONT_FAMILY,
      ...(textStyle && !Array.isArray(textStyle) ? textStyle : {}),
    },
  };
}

/**
 * What every row chart's option starts with: a transparent background (the card's shows),
 * ECharts aria with a description of the data, decal patterns when the reader asked for them,
 * and no animation.
 */
export function accessibleFrame(
  description: string,
  decals: boolean,
): Pick<EChartsOption, 'backgroundColor' | 'aria' | 'animation'> {
  return {
    backgroundColor: 'transparent',
    aria: { enabled: true, label: { description }, decal: { show: decals } },
    animation: false,
  };
}

/**
 * Legend entries of the named series (helper series such as connectors have no name), with an
 * explicit icon for a series whose marks are drawn by a custom series and so have no symbol.
 */
export function legendEntries(
  series: readonly { id?: string | number; name?: string | number }[],
  icons: Readonly<Record<string, string>> = {},
): { name: string; icon?: string }[] {
  return series.flatMap((entry) => {
    if (entry.name === undefined || entry.name === '') return [];
    const icon = entry.id === undefined ? undefined : icons[String(entry.id)];
    return [icon ? { name: String(entry.name), icon } : { name: String(entry.name) }];
  });
}

/**
 * An item tooltip that finds a mark's row by the row index the mark carries in its value
 * (first or last of the value array), and renders it with `html` (which must escape text).
 */
export function rowTooltip<Row>(
  rows: readonly Row[],
  indexAt: 'first' | 'last',
  html: (row: Row) => string,
): TooltipComponentOption {
  return {
    trigger: 'item',
    confine: true,
    formatter: (params) => {
      const item = Array.isArray(params) ? params[0] : params;
      const value = item?.value;
      const index = Array.isArray(value)
        ? Number(indexAt === 'first' ? value[0] : value[value.length - 1])
        : -1;
      const row = rows[index];
      return row === undefined ? '' : html(row);
    },
  };
}

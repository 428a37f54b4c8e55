import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { describe, expect, it } from 'vitest';
import {
  EXPORT_PALETTES,
  buildExportImage,
  buildExportOption,
  imageTextLines,
  unitsFromOption,
} from '../../../../src/features/export/export-image.ts';
import { isOpaqueRgb, renderPng, renderSvg } from '../../../../src/features/export/render-image.ts';
import type { ImageContext } from '../../../../src/features/export/export-image.ts';

echarts.use([BarChart, GridComponent]);

const onScreen: EChartsCoreOption = {
  legend: { type: 'scroll', bottom: 0, data: ['2023年结果', '2024年目标 ≥（以上）'] },
  tooltip: { trigger: 'axis' },
  grid: { top: 16, bottom: 48, left: 100, right: 24 },
  xAxis: { type: 'value', name: '%' },
  yAxis: { type: 'category', data: ['地区生产总值', '规上工业增加值', '外贸进出口'] },
  series: [
    { name: '2023年结果', type: 'bar', data: [5.8, 6.1, -3.2] },
    { name: '2024年目标 ≥（以上）', type: 'bar', data: [5.5, 6, 5] },
  ],
};

const zhContext: ImageContext = {
  title: '增长：2023年结果与2024年目标',
  sectorLabels: ['工业', '外贸与开放'],
  units: ['%'],
  reports: [{ title: '2024年北海市政府工作报告', region: '北海市', year: 2024 }],
  exportedOn: '2026-11-26',
  lang: 'zh',
};

const size = { width: 640, height: 400 };

type Record_ = Record<string, unknown>;

describe('the text an exported image carries', () => {
  it('names the filters, the units, and the source with the export date', () => {
    const lines = imageTextLines(zhContext);
    expect(lines.title).toBe('增长：2023年结果与2024年目标');
    expect(lines.filters).toBe('领域：工业、外贸与开放');
    expect(lines.units).toBe('单位：%');
    expect(lines.source).toBe('来源：2024年北海市政府工作报告 · 导出于 2026-11-26');
  });

  it('cites every report of a comparison', () => {
    const lines = imageTextLines({
      ...zhContext,
      reports: [
        { title: '2024年北海市政府工作报告', region: '北海市', year: 2024 },
        { title: '2024年国务院政府工作报告', region: null, year: 2024 },
      ],
    });
    expect(lines.source).toBe(
      '来源：2024年北海市政府工作报告；2024年国务院政府工作报告 · 导出于 2026-11-26',
    );
  });

  it('names the place and year only when the title does not', () => {
    const lines = imageTextLines({
      ...zhContext,
      reports: [{ title: '政府工作报告', region: '北海市', year: 2024 }],
    });
    expect(lines.source).toBe('来源：政府工作报告 · 北海市 · 2024年 · 导出于 2026-11-26');
  });

  it('speaks English when the interface does, and says when every sector is shown', () => {
    const lines = imageTextLines({
      ...zhContext,
      lang: 'en',
      title: 'Growth: 2023 result against 2024 goal',
      sectorLabels: 'all',
      reports: [{ title: '2024 Beihai government work report', region: 'Beihai', year: 2024 }],
    });
    expect(lines.filters).toBe('Sectors: all');
    expect(lines.units).toBe('Unit: %');
    expect(lines.source).toBe('Source: 2024 Beihai government work report · Exported 2026-11-26');
  });
});

describe('the export option', () => {
  const option = buildExportOption({
    option: onScreen,
    context: zhContext,
    palette: EXPORT_PALETTES.dark,
    size,
    legendSelected: { '2023年结果': true, '2024年目标 ≥（以上）': false },
  }) as Record_;
  const legend = (option['legend'] as Record_[])[0] ?? {};
  const grid = (option['grid'] as Record_[])[0] ?? {};
  const footer = (option['graphic'] as Record_[]).find(
    (element) => element['id'] === 'export-footer',
  );

  it('keeps the series as drawn and adds a title with the active filters', () => {
    expect(option['series']).toBe((onScreen as Record_)['series']);
    expect(option['title']).toMatchObject([
      { text: '增长：2023年结果与2024年目标' },
      { text: '领域：工业、外贸与开放' },
    ]);
  });

  it('draws on the theme’s opaque background, without animation or tooltip', () => {
    expect(option['backgroundColor']).toBe(EXPORT_PALETTES.dark.background);
    expect(option['animation']).toBe(false);
    expect(option).not.toHaveProperty('tooltip');
  });

  it('shows every legend entry, below the title, as the user left it on screen', () => {
    expect(legend).toMatchObject({
      show: true,
      type: 'plain',
      data: ['2023年结果', '2024年目标 ≥（以上）'],
    });
    expect(legend['selected']).toEqual({ '2023年结果': true, '2024年目标 ≥（以上）': false });
    // Below the title's 20 px line.
    expect(Number(legend['top'])).toBeGreaterThanOrEqual(28);
  });

  it('keeps the plot clear of the header, legend and footer', () => {
    expect(Number(grid['top'])).toBeGreaterThan(Number(legend['top']) + 14);
    const bounds = grid['outerBounds'] as Record_;
    const footerStyle = (footer?.['style'] ?? {}) as Record_;
    const footerLines = String(footerStyle['text']).split('\n').length;
    expect(Number(bounds['bottom'])).toBeGreaterThanOrEqual(8 + footerLines * 15);
    expect(grid['left']).toBe(100);
    expect(footerStyle['text']).toContain('导出于 2026-11-26');
  });

  it('puts the filters beside the title on a wide chart and under it on a narrow one', () => {
    const titles = (width: number) =>
      buildExportOption({
        option: onScreen,
        context: zhContext,
        palette: EXPORT_PALETTES.light,
        size: { width, height: 400 },
      })['title'] as Record_[];
    const [wideTitle, wideFilters] = titles(900);
    expect(wideFilters?.['top']).toBeLessThan(20);
    expect(wideFilters?.['right']).toBe(wideTitle?.['left']);
    const [, narrowFilters] = titles(300);
    expect(narrowFilters?.['top']).toBeGreaterThanOrEqual(28);
    expect(narrowFilters).not.toHaveProperty('right');
  });

  it('adds a legend of the named series when the chart had none', () => {
    const withoutLegend = { ...(onScreen as Record_) };
    delete withoutLegend['legend'];
    const built = buildExportOption({
      option: withoutLegend,
      context: zhContext,
      palette: EXPORT_PALETTES.light,
      size,
    }) as Record_;
    expect(built['legend']).toHaveLength(1);
  });
});

describe('an image ready for an article', () => {
  const sectorRows: EChartsCoreOption = {
    ...onScreen,
    yAxis: {
      type: 'category',
      data: ['0', '1', '2'],
      axisLabel: {
        rich: { muted: {}, economy: { color: '#4e79a7' }, trade: { color: '#76b7b2' } },
      },
    },
  };
  const input = {
    option: sectorRows,
    context: {
      ...zhContext,
      subtitle: '实心圆为2023年结果；目标的标记表示比较方式。',
      url: 'https://example.org/?report=beihai-2024&sectors=economy,trade',
    },
    palette: EXPORT_PALETTES.light,
    size,
  };
  const titles = (option: EChartsCoreOption) =>
    ((option as Record_)['title'] as Record_[]).map((title) => String(title['text']));

  it('explains its marks under the title and keys the sectors its colours stand for', () => {
    const { option } = buildExportImage(input);
    expect(titles(option)).toContain('实心圆为2023年结果；目标的标记表示比较方式。');
    const key = titles(option).find((text) => text.includes('{economy|●}'));
    expect(key).toBe('{economy|●} 经济总量   {trade|●} 外贸与开放');
  });

  it('is taller than the chart by what it adds, and prints the view’s address in the footer', () => {
    const plain = buildExportImage({ ...input, option: onScreen, context: zhContext });
    const full = buildExportImage(input);
    expect(full.size.width).toBe(size.width);
    expect(full.size.height).toBeGreaterThan(plain.size.height + 2 * 17);
    expect(plain.size.height).toBeGreaterThan(size.height);
    const graphic = (full.option as Record_)['graphic'] as Record_[];
    const url = graphic.find((item) => item['id'] === 'export-url');
    expect((url?.['style'] as Record_)['text']).toBe(input.context.url);
  });

  it('keeps a margin so no label touches the edge', () => {
    const grid = ((buildExportOption(input) as Record_)['grid'] as Record_[])[0] ?? {};
    const bounds = grid['outerBounds'] as Record_;
    expect(bounds['left']).toBeGreaterThanOrEqual(16);
    expect(bounds['right']).toBeGreaterThanOrEqual(16);
  });
});

describe('rendering', () => {
  const option = buildExportOption({
    option: onScreen,
    context: zhContext,
    palette: EXPORT_PALETTES.light,
    size,
  });

  it('writes SVG with real vector shapes and the title, filters and footer as text', () => {
    const result = renderSvg(option, null, size);
    if (!result.ok) throw new Error(`SVG failed: ${result.failure} ${result.detail}`);
    const svg = result.value;
    expect(svg).toMatch(/^<svg[^>]+width="640"[^>]+height="400"/);
    expect(svg).not.toContain('<image');
    expect(svg).toContain('增长：2023年结果与2024年目标');
    expect(svg).toContain('领域：工业、外贸与开放');
    expect(svg).toContain('导出于 2026-11-26');
    // Six bars, each a filled path in the series colours, plus axes.
    expect(svg.match(/<path /g)?.length ?? 0).toBeGreaterThanOrEqual(6);
    expect(svg).toContain(`fill="${EXPORT_PALETTES.light.background}"`);
  });

  it('reports, rather than hides, that PNG needs a canvas where there is none', () => {
    const result = renderPng(option, null, size, EXPORT_PALETTES.light.background);
    expect(result).toMatchObject({ ok: false, failure: 'canvas-unavailable' });
  });
});

describe('units', () => {
  it('are read from what the value axes print', () => {
    expect(unitsFromOption(onScreen)).toEqual(['%']);
    expect(
      unitsFromOption({
        xAxis: { type: 'value', axisLabel: { formatter: '{value} 亿元' } },
        yAxis: [{ type: 'category' }, { type: 'value', name: '万吨' }],
      }),
    ).toEqual(['亿元', '万吨']);
    expect(unitsFromOption({ xAxis: { type: 'category' } })).toEqual([]);
  });
});

describe('page colours', () => {
  it('accepts only opaque rgb colours as an image background', () => {
    expect(isOpaqueRgb('rgb(17, 24, 39)')).toBe(true);
    expect(isOpaqueRgb('rgba(17, 24, 39, 1)')).toBe(true);
    expect(isOpaqueRgb('rgba(0, 0, 0, 0)')).toBe(false);
    expect(isOpaqueRgb('rgba(255, 255, 255, 0.5)')).toBe(false);
    expect(isOpaqueRgb('oklch(0.2 0.02 260)')).toBe(false);
  });
});

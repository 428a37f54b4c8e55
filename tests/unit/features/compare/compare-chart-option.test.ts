import { describe, expect, it } from 'vitest';
import {
  buildCompareOption,
  compareTooltipHtml,
} from '../../../../src/features/compare/compare-chart-option.ts';
import { buildCompareModel } from '../../../../src/features/compare/compare-model.ts';
import { compareTable } from '../../../../src/features/compare/compare-series.ts';
import { city, later, nation } from '../../../fixtures/compare-datasets.ts';

type BarDatum = { value: number | null; valueText?: string; quote?: string };
type BarSeries = { id: string; name: string; data: BarDatum[]; label: { formatter: unknown } };

function bars(option: ReturnType<typeof buildCompareOption>): BarSeries[] {
  return option.series as unknown as BarSeries[];
}

describe('buildCompareOption', () => {
  it('gives every report a result and a goal series named with its own year', () => {
    const option = buildCompareOption(buildCompareModel([city, later], null), {
      lang: 'zh',
      patterns: false,
    });
    expect(bars(option).map((series) => series.name)).toEqual([
      '北海市 2023年结果',
      '北海市 2024年目标',
      '云溪市 2025年结果',
      '云溪市 2026年目标',
    ]);
    expect(option.yAxis).toMatchObject({ data: ['地区生产总值', '水果产量'] });
  });

  it('labels goals with their comparator as the report wrote it', () => {
    const model = buildCompareModel([city, nation, later], null);
    const zh = bars(buildCompareOption(model, { lang: 'zh', patterns: false }));
    const goals = (id: string) => zh.find((series) => series.id === id)?.data[0];
    expect(goals('city-2024:target')).toMatchObject({ value: 5.5, valueText: '5.5%以上' });
    expect(goals('nation-2024:target')).toMatchObject({ value: 5, valueText: '5%左右' });
    expect(goals('upload-1234abcd:target')).toMatchObject({ value: 6, valueText: '6%—6.5%' });
    const en = bars(buildCompareOption(model, { lang: 'en', patterns: false }));
    expect(en.find((series) => series.id === 'city-2024:target')?.data[0]?.valueText).toBe(
      '≥ 5.5%',
    );
    const cpi = model.rows.findIndex((row) => row.subjectKey === 'cpi');
    expect(zh.find((series) => series.id === 'city-2024:target')?.data[cpi]?.valueText).toBe(
      '3%以内',
    );
  });

  it('leaves a gap where a report has no value', () => {
    const model = buildCompareModel([city, nation], ['industry']);
    const option = buildCompareOption(model, { lang: 'zh', patterns: false });
    expect(bars(option).find((s) => s.id === 'nation-2024:target')?.data).toEqual([
      { value: null },
    ]);
  });

  it('describes the chart for screen readers and turns patterns on when asked', () => {
    const model = buildCompareModel([city, nation], null);
    const option = buildCompareOption(model, { lang: 'en', patterns: true });
    expect(option.aria).toMatchObject({ enabled: true, decal: { show: true } });
    const description = (option.aria as { label: { description: string } }).label.description;
    expect(description).toContain('GDP: 北海市 2023 result 5.8%');
  });
});

describe('compareTooltipHtml', () => {
  it('escapes report text so markup in a quote shows as text', () => {
    const html = compareTooltipHtml(
      {
        subject: '地区生产总值',
        series: '<b>石湾县</b> 2026年目标',
        valueText: '5.5%左右',
        comparator: '左右（约）',
        quote: '<img src=x onerror="window.__x=1">地区生产总值增长5.5%左右',
      },
      'zh',
    );
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__x=1&quot;&gt;');
  });
});

describe('compareTable', () => {
  it('is the chart as a table, one column per report and kind', () => {
    const table = compareTable(buildCompareModel([city, nation], null), 'zh');
    const onScreen = table.columns.filter((column) => column.only !== 'export');
    expect(onScreen.map((column) => column.label)).toEqual([
      '指标',
      '北海市 2023年结果',
      '北海市 2024年目标',
      '全国 2023年结果',
      '全国 2024年目标',
    ]);
    expect(table.rows[0]).toMatchObject({
      subject: '地区生产总值',
      'city-2024:actual': '5.8%',
      'nation-2024:target': '5%左右',
    });
  });

  it('exports each value as a number, its unit, comparator and upper bound, blank where missing', () => {
    const table = compareTable(buildCompareModel([city, nation], null), 'en');
    const exported = table.columns.filter((column) => column.only !== 'screen');
    expect(exported.map((column) => column.label).slice(0, 5)).toEqual([
      'Subject',
      '北海市 2023 result · value',
      '北海市 2023 result · unit',
      '北海市 2023 result · comparator',
      '北海市 2023 result · upper bound',
    ]);
    expect(table.rows[0]).toMatchObject({
      'city-2024:actual.value': 5.8,
      'city-2024:actual.unit': '%',
      'nation-2024:target.value': 5,
      'nation-2024:target.comparator': 'about',
      'nation-2024:target.upper': null,
    });
  });
});

import { describe, expect, it } from 'vitest';
import {
  buildCompareOption,
  compareChartHeight,
  compareTooltipHtml,
} from '../../../../src/features/compare/compare-chart-option.ts';
import { buildCompareModel, groupModel } from '../../../../src/features/compare/compare-model.ts';
import { compareTable } from '../../../../src/features/compare/compare-series.ts';
import { reportLooks } from '../../../../src/features/compare/report-colors.ts';
import { tableToCsv } from '../../../../src/dataset/table-files.ts';
import { parseCsv } from '../../../support/parse-csv.ts';
import { city, later, nation } from '../../../fixtures/compare-datasets.ts';

type Mark = { value: [number, string]; valueText: string };
type Series = {
  id: string;
  name: string;
  symbol: string;
  symbolOffset: [number, number];
  itemStyle?: { color: string; borderColor?: string };
  label: { formatter: () => string; color?: string };
  data: (Mark | [number, string])[];
};

function seriesOf(option: ReturnType<typeof buildCompareOption>): Series[] {
  return option.series as unknown as Series[];
}

const growth = (datasets: Parameters<typeof buildCompareModel>[0]) =>
  groupModel(buildCompareModel(datasets, null), 'growth');

describe('buildCompareOption', () => {
  it('draws a report’s result filled and its goal hollow, in the report’s own colour and shape', () => {
    const model = growth([city, nation]);
    const series = seriesOf(buildCompareOption(model, { lang: 'zh', theme: 'light' }));
    const look = reportLooks(['city-2024', 'nation-2024'], 'light').get('city-2024');
    const result = series.find((entry) => entry.id === 'city-2024:actual');
    const goal = series.find((entry) => entry.id === 'city-2024:target');
    expect(result).toMatchObject({ name: '北海市 2024', symbol: look?.symbol });
    expect(result?.itemStyle?.color).toBe(look?.color);
    expect(goal?.itemStyle).toMatchObject({ color: 'transparent', borderColor: look?.color });
  });

  it('keeps each report’s colour when the reports are chosen the other way round', () => {
    const colour = (datasets: Parameters<typeof buildCompareModel>[0], id: string) =>
      seriesOf(buildCompareOption(growth(datasets), { lang: 'zh', theme: 'light' })).find(
        (entry) => entry.id === id,
      )?.itemStyle?.color;
    expect(colour([nation, city], 'city-2024:actual')).toBe(
      colour([city, nation], 'city-2024:actual'),
    );
    expect(colour([nation, city], 'nation-2024:actual')).toBe(
      colour([city, nation], 'nation-2024:actual'),
    );
  });

  it('labels goals with their comparator as the report wrote it', () => {
    const model = growth([city, nation, later]);
    const zh = seriesOf(buildCompareOption(model, { lang: 'zh', theme: 'light' }));
    const first = (id: string) => zh.find((entry) => entry.id === id)?.data[0] as Mark;
    expect(first('city-2024:target')).toMatchObject({ value: [5.5, '0'], valueText: '5.5%以上' });
    expect(first('nation-2024:target')).toMatchObject({ value: [5, '0'], valueText: '5%左右' });
    expect(first('upload-1234abcd:target')).toMatchObject({ valueText: '6%—6.5%' });
    const en = seriesOf(buildCompareOption(model, { lang: 'en', theme: 'light' }));
    expect((en.find((entry) => entry.id === 'city-2024:target')?.data[0] as Mark).valueText).toBe(
      '≥ 5.5%',
    );
  });

  it('says “not stated” where a report has no value, and draws no mark there', () => {
    const model = growth([city, nation, later]);
    const fruit = model.rows.findIndex((row) => row.subject.zh === '水果产量');
    for (const lang of ['zh', 'en'] as const) {
      const series = seriesOf(buildCompareOption(model, { lang, theme: 'light' }));
      const nationMarks = series
        .filter((entry) => entry.id.startsWith('nation-2024:') && !entry.id.endsWith('not-stated'))
        .flatMap((entry) => entry.data as Mark[]);
      expect(nationMarks.some((mark) => mark.value[1] === String(fruit))).toBe(false);
      const words = series.find((entry) => entry.id === 'nation-2024:not-stated');
      expect(words?.data).toEqual([[0, String(fruit)]]);
      expect(words?.itemStyle?.color).toBe('transparent');
      expect(words?.label.formatter()).toBe(lang === 'zh' ? '未提及' : 'not stated');
    }
  });

  it('gives each report’s result and goal a lane of their own, so marks do not sit on each other', () => {
    const series = seriesOf(
      buildCompareOption(growth([city, nation, later]), { lang: 'zh', theme: 'light' }),
    );
    const offsets = ['city-2024', 'nation-2024', 'upload-1234abcd'].flatMap((id) =>
      ['actual', 'target'].map(
        (kind) => series.find((entry) => entry.id === `${id}:${kind}`)?.symbolOffset[1],
      ),
    );
    expect(new Set(offsets).size).toBe(6);
    expect(compareChartHeight(growth([city, nation, later]))).toBeGreaterThan(
      compareChartHeight(growth([city, nation])),
    );
  });

  it('keys one legend entry per report, with its shape and colour', () => {
    const option = buildCompareOption(growth([city, nation]), { lang: 'en', theme: 'dark' });
    const looks = reportLooks(['city-2024', 'nation-2024'], 'dark');
    expect(option.legend).toMatchObject({
      data: [
        {
          name: '北海市 2024',
          icon: looks.get('city-2024')?.symbol,
          itemStyle: { color: looks.get('city-2024')?.color },
        },
        { name: '全国 2024', icon: looks.get('nation-2024')?.symbol },
      ],
    });
  });

  it('describes the chart for screen readers, missing values included', () => {
    const option = buildCompareOption(growth([city, nation, later]), {
      lang: 'en',
      theme: 'light',
    });
    const description = (option.aria as { label: { description: string } }).label.description;
    expect(description).toContain('GDP: 北海市 2023 result 5.8%');
    expect(description).toContain('全国 2024 goal not stated');
  });
});

describe('compareTooltipHtml', () => {
  it('lists every report for the subject, “not stated” where one is silent', () => {
    const model = growth([city, nation, later]);
    const fruit = model.rows.find((row) => row.subject.zh === '水果产量')!;
    const html = compareTooltipHtml(model, fruit, 'zh', 'light');
    expect(html).toContain('<strong>水果产量</strong>');
    expect(html).toContain('全国 2024: 未提及');
    expect(html).toContain('北海市 2024年目标: 12%');
    expect(html).toContain('“水果产量增长12%”');
    expect(html).toContain('北海市 2023年结果: 未提及');
  });

  it('escapes report text so markup in a subject or a quote shows as text', () => {
    const model = growth([city, nation]);
    const gdp = model.rows[0]!;
    const cells = gdp.cells.map((cell, index) =>
      index === 0 && cell.actual
        ? { ...cell, actual: { ...cell.actual, quote: '<b onclick="x()">GDP</b>增长5.8%' } }
        : cell,
    );
    const row = { ...gdp, cells, subject: { zh: '<img src=x onerror="x()">产值', en: null } };
    const html = compareTooltipHtml(model, row, 'zh', 'light');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b ');
    expect(html).toContain('&lt;img src=x');
    expect(html).toContain('&lt;b onclick=&quot;x()&quot;&gt;GDP');
  });
});

describe('compareTable', () => {
  it('is the chart as a table, one column per report and kind, each with its report’s colour', () => {
    const table = compareTable(growth([city, nation]), 'zh');
    const onScreen = table.columns.filter((column) => column.only !== 'export');
    expect(onScreen.map((column) => column.label)).toEqual([
      '指标',
      '北海市 2023年结果',
      '北海市 2024年目标',
      '全国 2023年结果',
      '全国 2024年目标',
    ]);
    const look = reportLooks(['city-2024', 'nation-2024'], 'light').get('nation-2024');
    expect(onScreen[3]?.swatch).toEqual({ color: look?.color, glyph: look?.glyph });
    expect(table.rows[0]).toMatchObject({
      subject: '地区生产总值',
      'city-2024:actual': '5.8%',
      'nation-2024:target': '5%左右',
    });
  });

  it('says “not stated” on screen and leaves the CSV cell blank, values as numbers', () => {
    const model = growth([city, nation, later]);
    const table = compareTable(model, 'en');
    const fruit = table.rows.find((row) => String(row.subject).startsWith('水果产量'));
    expect(fruit?.['nation-2024:target']).toBe('not stated');
    const csv = parseCsv(tableToCsv(table));
    const header = csv[0]!;
    expect(header.slice(0, 5)).toEqual([
      'Subject',
      '北海市 2023 result · value',
      '北海市 2023 result · unit',
      '北海市 2023 result · comparator',
      '北海市 2023 result · upper bound',
    ]);
    expect(header.join()).not.toContain('not stated');
    const column = header.indexOf('全国 2024 goal · value');
    const fruitLine = csv.find((line) => line[0]?.startsWith('水果产量'));
    expect(fruitLine?.[column]).toBe('');
    expect(csv.flat().join()).not.toContain('not stated');
    const gdpLine = csv.find((line) => line[0] === 'GDP');
    expect(Number(gdpLine?.[column])).toBe(5);
  });
});

import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../../../src/dataset/dataset-schema.ts';
import {
  buildLevelGroups,
  buildSectorGrowthRows,
  buildShareRows,
} from '../../../../src/features/sector-views/bar-model.ts';
import { buildBarOption } from '../../../../src/features/sector-views/bar-option.ts';
import { SECTOR_DECALS } from '../../../../src/lib/sector-colors.ts';
import fixture from '../../../fixtures/dashboard-fixture.json';

const dataset = datasetSchema.parse(fixture);

describe('sector views', () => {
  it('lists review-year growth grouped by sector, largest first within a sector', () => {
    const rows = buildSectorGrowthRows(dataset, dataset.indicators);
    expect(rows.map((r) => r.indicatorId)).toEqual([
      'gdp-growth-2023',
      'industry-growth-2023',
      'retail-growth-2023',
      'trade-growth-2023',
      'fai-growth-2023',
      'fiscal-growth-2023',
      'urban-income-growth-2023',
      'cpi-growth-2023',
    ]);
  });

  it('draws shares and rates on a fixed 0–100% scale', () => {
    const rows = buildShareRows(dataset.indicators);
    const option = buildBarOption(rows, {
      lang: 'zh',
      decals: false,
      unitSuffix: '%',
      min: 0,
      max: 100,
    });
    expect(option.xAxis).toMatchObject({ min: 0, max: 100, axisLabel: { formatter: '{value}%' } });
    // The 2024–2025 urbanisation goal covers two years, so it is in the table, not here.
    expect(rows.map((r) => r.indicator.measure).sort()).toEqual(['rate', 'rate', 'rate', 'share']);
    expect(rows.map((r) => r.indicatorId)).not.toContain('urbanisation-rate-2025');
  });

  it('tells a goal from the result of the same subject on the axis', () => {
    const rows = buildShareRows(dataset.indicators);
    const axis = buildBarOption(rows, { lang: 'zh', decals: false, unitSuffix: '%' }).yAxis as {
      axisLabel: { formatter: (value: string) => string };
    };
    const labels = rows.map((_, index) => axis.axisLabel.formatter(String(index)));
    expect(labels.filter((label) => label.includes('城镇调查失业率')).sort()).toEqual([
      '{livelihood|●} 城镇调查失业率',
      '{livelihood|●} 城镇调查失业率 {muted|2024年目标}',
    ]);
  });

  it('cuts an outlier bar at the axis edge and labels it with its real value', () => {
    const rows = buildSectorGrowthRows(dataset, dataset.indicators).map((row) =>
      row.indicatorId === 'trade-growth-2023'
        ? { ...row, indicator: { ...row.indicator, value: 396 } }
        : row,
    );
    const option = buildBarOption(rows, {
      lang: 'zh',
      decals: false,
      unitSuffix: '%',
      clipOutliers: true,
    });
    expect(option.xAxis).toMatchObject({ max: 15 });
    const data = (
      option.series as {
        data: { value: number; indicatorId: string; label: { formatter: string } }[];
      }[]
    )[0]!.data;
    expect(data.find((d) => d.indicatorId === 'trade-growth-2023')).toMatchObject({
      value: 15,
      label: { formatter: '396% ▶' },
    });
    expect(data.find((d) => d.indicatorId === 'gdp-growth-2023')).toMatchObject({
      value: 5.8,
      label: { formatter: '5.8%' },
    });
  });

  it('groups levels by unit, never mixing 元 with 万吨', () => {
    expect(buildLevelGroups(dataset.indicators).map((g) => [g.unit, g.rows.length])).toEqual([
      ['万吨', 2],
      ['亿元', 1],
      ['元', 1],
    ]);
  });

  it('draws a goal bar hollow and a result bar filled, with a key saying which is which', () => {
    const rows = buildShareRows(dataset.indicators);
    const option = buildBarOption(rows, { lang: 'en', decals: false, unitSuffix: '%' });
    const [bars, ...key] = option.series as {
      id: string;
      name?: string;
      itemStyle?: Record<string, unknown>;
      data: { indicatorId: string; itemStyle: Record<string, unknown> }[];
    }[];
    const styleOf = (kind: 'actual' | 'target') =>
      bars!.data.find(
        (bar) => rows.find((row) => row.indicatorId === bar.indicatorId)?.indicator.kind === kind,
      )!.itemStyle;
    expect(styleOf('target')).toMatchObject({ color: 'transparent', borderWidth: 2 });
    expect(styleOf('target')['borderColor']).toMatch(/^#/);
    expect(styleOf('actual')['color']).toMatch(/^#/);
    expect(key.map((entry) => [entry.name, entry.itemStyle?.['color']])).toEqual([
      ['result', expect.stringMatching(/^#/)],
      ['goal', 'transparent'],
    ]);
    expect(option.legend).toMatchObject({ selectedMode: false });
    // Results alone need no key.
    const results = buildSectorGrowthRows(dataset, dataset.indicators);
    const plain = buildBarOption(results, { lang: 'en', decals: false, unitSuffix: '%' });
    expect(plain.legend).toBeUndefined();
    expect(plain.series).toHaveLength(1);
  });

  it('gives each sector its own decal pattern when the reader turns them on', () => {
    const rows = buildSectorGrowthRows(dataset, dataset.indicators);
    const option = buildBarOption(rows, { lang: 'zh', decals: true, unitSuffix: '%' });
    const bars = (option.series as { data: { itemStyle: { decal?: unknown } }[] }[])[0]!.data;
    const decalOf = (sector: string) => bars[rows.findIndex((row) => row.sector === sector)]!;
    expect(decalOf('economy').itemStyle.decal).toEqual(SECTOR_DECALS.economy);
    expect(decalOf('economy').itemStyle.decal).not.toEqual(decalOf('trade').itemStyle.decal);
  });
});

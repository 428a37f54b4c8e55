import { describe, expect, it } from 'vitest';
import {
  buildCompareModel,
  compareSectorCounts,
  groupModel,
} from '../../../../src/features/compare/compare-model.ts';
import { city, later, nation } from '../../../fixtures/compare-datasets.ts';

describe('buildCompareModel', () => {
  it('lines up subjects worded differently, headline subjects first', () => {
    const model = buildCompareModel([city, nation], null);
    expect(model.rows.map((row) => row.subjectKey)).toEqual([
      'gdp',
      'industrial-value-added',
      'cpi',
    ]);
    const gdp = model.rows[0];
    expect(gdp?.subject.zh).toBe('地区生产总值');
    expect(gdp?.cells.map((cell) => [cell.actual?.value, cell.target?.value])).toEqual([
      [5.8, 5.5],
      [5.2, 5],
    ]);
  });

  it('keeps each report in its own years', () => {
    const model = buildCompareModel([city, later], null);
    expect(model.columns.map((c) => [c.name.zh, c.reviewYear, c.planYear])).toEqual([
      ['北海市', 2023, 2024],
      ['云溪市', 2025, 2026],
    ]);
    const gdp = model.rows.find((row) => row.subjectKey === 'gdp');
    expect(gdp?.cells.map((cell) => [cell.actual?.year, cell.target?.year])).toEqual([
      [2023, 2024],
      [2025, 2026],
    ]);
    expect(gdp?.cells[1]?.target).toMatchObject({ comparator: 'range', value: 6, upper: 6.5 });
  });

  it('leaves out subjects only one report has, and multi-year goals', () => {
    const model = buildCompareModel([city, nation], null);
    expect(model.rows.some((row) => row.subject.zh === '水果产量')).toBe(false);
    const gdp = model.rows.find((row) => row.subjectKey === 'gdp');
    expect(gdp?.cells[1]?.target?.value).toBe(5);
  });

  it('lists any other subject the reports share, after the headline ones', () => {
    const model = buildCompareModel([city, later], null);
    expect(groupModel(model, 'growth').rows.map((row) => row.subject.zh)).toEqual([
      '地区生产总值',
      '水果产量',
    ]);
  });

  it('follows the sector filter', () => {
    const model = buildCompareModel([city, nation], ['industry']);
    expect(model.rows.map((row) => row.subjectKey)).toEqual(['industrial-value-added']);
    expect(buildCompareModel([city, nation], []).rows).toEqual([]);
  });

  it('finds GDP by its English name and by the nation’s wording, in every report', () => {
    for (const q of ['GDP', 'gdp', '国内生产总值', '生产 总值']) {
      const model = buildCompareModel([city, nation], null, q);
      expect(model.rows.map((row) => row.subjectKey)).toEqual(['gdp']);
    }
    expect(buildCompareModel([city, nation], null, '粮食').rows).toEqual([]);
  });

  it('counts the shared subjects per sector under the search, for the sector chips', () => {
    expect(compareSectorCounts([city, nation])).toEqual([
      { id: 'economy', label: { zh: '经济总量', en: 'Economy' }, count: 2 },
      { id: 'industry', label: { zh: '工业', en: 'Industry' }, count: 1 },
    ]);
    expect(compareSectorCounts([city, nation], 'GDP').map((sector) => sector.count)).toEqual([
      1, 0,
    ]);
  });

  it('marks a report that lacks one kind with null', () => {
    const model = buildCompareModel([city, nation], ['industry']);
    expect(model.rows[0]?.cells[1]).toMatchObject({ actual: { value: 4.6 }, target: null });
  });

  it('marks a report that states nothing of a shared subject with two nulls', () => {
    const model = buildCompareModel([city, nation, later], null);
    const fruit = model.rows.find((row) => row.subject.zh === '水果产量');
    expect(
      fruit?.cells.map((cell) => [cell.actual?.value ?? null, cell.target?.value ?? null]),
    ).toEqual([
      [null, 12],
      [null, null],
      [null, 7],
    ]);
  });

  it('names a report without a region by its title', () => {
    const untitled = { ...later, report: { ...later.report, region: null } };
    expect(buildCompareModel([city, untitled], null).columns[1]?.name.zh).toBe('云溪市');
  });
});

describe('what the numbers are: growth rates apart from rates and levels', () => {
  const model = buildCompareModel([city, nation, later], null);
  const keysOf = (group: 'growth' | 'rates') =>
    groupModel(model, group).rows.map((row) => row.subjectKey);

  it('keeps growth of GDP, industry and output under growth', () => {
    expect(keysOf('growth')).toEqual(['gdp', 'industrial-value-added', expect.any(String)]);
  });

  it('puts the unemployment rate and the rise in consumer prices with the rates', () => {
    // CPI is stated as 涨幅 (a growth measure) but a rise in prices is inflation, a rate.
    expect(keysOf('rates')).toEqual(['cpi', 'unemployment']);
    expect(keysOf('growth')).not.toContain('cpi');
    expect(keysOf('growth')).not.toContain('unemployment');
  });
});

import { describe, expect, it } from 'vitest';
import { buildLedger } from '../../../src/ledger/attainment.ts';
import { panel, targetHistory } from '../../../src/ledger/target-history.ts';
import { bundledDatasets } from '../../support/bundled-datasets.ts';

const rows = buildLedger(bundledDatasets());

describe('targetHistory: one subject’s goal, year by year and place by place', () => {
  const histories = targetHistory(rows, 'gdp');
  const of = (place: string) =>
    histories.find((history) => history.place.zh === place && history.measure === 'growth');

  it('gives the national GDP goal of every year as written, none for 2020', () => {
    expect(of('全国')?.years.map((year) => [year.year, year.target?.written ?? null])).toEqual([
      [2019, '6%－6.5%'],
      [2020, null],
      [2021, '6%以上'],
      [2022, '5.5%左右'],
      [2023, '5%左右'],
      [2024, '5%左右'],
      [2025, '5%左右'],
    ]);
  });

  it('flags a switch of comparator from the year before: 以上 in 2021, 左右 in 2022', () => {
    const national = of('全国')?.years;
    expect(national?.find((year) => year.year === 2022)).toMatchObject({
      previousComparator: 'gte',
      comparatorChanged: true,
    });
    expect(national?.find((year) => year.year === 2023)?.comparatorChanged).toBe(false);
    // 2020 set none, so 2021's 以上 is not a switch from anything.
    expect(national?.find((year) => year.year === 2021)).toMatchObject({
      previousComparator: null,
      comparatorChanged: false,
    });
    expect(
      of('上海市')
        ?.years.filter((year) => year.comparatorChanged)
        .map((y) => y.year),
    ).toEqual([2021, 2022, 2023, 2024]);
  });

  it('keeps the stretch clause as written', () => {
    expect(of('山东省')?.years[0]?.target?.stretch).toBe('在实际工作中努力争取更好结果');
  });

  it('puts the nation first and knows no subject it was not asked for', () => {
    expect(histories[0]?.place.zh).toBe('全国');
    expect(targetHistory(rows, 'no-such-subject')).toEqual([]);
  });
});

describe('panel: the 2026 provinces side by side', () => {
  const panel2026 = panel(rows, 2026);
  const subject = (key: string, measure: string) =>
    panel2026.subjects.find((item) => item.subject.key === key && item.measure === measure);

  it('has the six provinces with a 2026 report and no national goal (no 2026 national report)', () => {
    expect(panel2026.places.map((place) => place.zh)).toEqual([
      '安徽省',
      '北京市',
      '福建省',
      '甘肃省',
      '湖北省',
      '山东省',
    ]);
    expect(subject('gdp', 'growth')?.national).toBeNull();
  });

  it('sorts GDP growth goals, highest first', () => {
    expect(
      subject('gdp', 'growth')?.places.map((entry) => [entry.place.zh, entry.target?.written]),
    ).toEqual([
      ['甘肃省', '5.5%左右'],
      ['湖北省', '5.5%左右'],
      ['安徽省', '5%—5.5%'],
      ['北京市', '5%左右'],
      ['福建省', '5%左右'],
      ['山东省', '5%以上'],
    ]);
  });

  it('shows a place that states no figure as not stated, last, never as 0', () => {
    // 山东: 居民消费价格保持合理水平 — no number.
    const cpi = subject('cpi', 'growth')?.places;
    expect(cpi?.at(-1)).toEqual({
      place: expect.objectContaining({ zh: '山东省' }),
      target: null,
      value: null,
    });
    expect(cpi?.filter((entry) => entry.target !== null)).toHaveLength(5);
  });

  it('does not sort goals in units that cannot be compared as one number', () => {
    const grain = subject('grain-output', 'level');
    expect(grain?.unit).toBe('万吨');
    expect(grain?.places.map((entry) => [entry.place.zh, entry.value])).toEqual([
      ['甘肃省', 1300],
      ['福建省', 513],
      ['湖北省', null],
      ['安徽省', null],
      ['北京市', null],
      ['山东省', null],
    ]);
    expect(grain?.places[2]?.target?.written).toBe('500亿斤以上');
  });

  it('shows headline subjects only, in the dictionary’s order, with the national goal where the year has one', () => {
    expect(panel2026.subjects.map((item) => item.subject.key)).toEqual([
      'gdp',
      'general-budget-revenue',
      'retail-sales',
      'foreign-trade',
      'cpi',
      'unemployment',
      'new-urban-jobs',
      'grain-output',
      'grain-area',
    ]);
    const panel2024 = panel(rows, 2024);
    expect(panel2024.subjects[0]?.national?.written).toBe('5%左右');
    expect(panel2024.subjects[0]?.places.map((entry) => entry.place.zh)).toEqual([
      '北海市',
      '上海市',
    ]);
  });
});

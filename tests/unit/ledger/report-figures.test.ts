import { describe, expect, it } from 'vitest';
import { reportFigures } from '../../../src/ledger/report-figures.ts';
import { bundledDatasets, invented } from '../../support/bundled-datasets.ts';

const REPORT = `各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议。
一、2025年工作回顾
过去一年，全市地区生产总值增长5.6%，居民消费价格上涨0.3%。五年来地区生产总值年均增长6.1%。
二、2026年主要目标
今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右、力争达到6.5%；居民消费价格涨幅控制在3%以内。
三、2026年重点工作
（一）扩大有效需求。全年地区生产总值增长7%以上的目标要坚决完成。
`;

const figures = reportFigures(invented(REPORT, 'city-2026'));
const first = (list: typeof figures.targets, key: string) => list.find((item) => item.key === key);

describe('reportFigures: which figures of a report enter the ledger', () => {
  it('takes the first goal of a subject stated in the plan part’s overview', () => {
    expect(first(figures.targets, 'gdp')?.figure).toMatchObject({
      value: 6,
      comparator: 'approx',
      written: '6%左右',
      stretch: '力争达到6.5%',
    });
  });

  it('does not take a new goal after 力争 for a stretch of the one before', () => {
    const text = REPORT.replace('力争达到6.5%', '力争规上工业增加值增长8%');
    const gdp = first(reportFigures(invented(text, 'city-2026b')).targets, 'gdp');
    expect(gdp?.figure).toMatchObject({ written: '6%左右', stretch: null });
  });

  it('writes the comparator with the number, and a prefix comparator too', () => {
    expect(first(figures.targets, 'cpi')?.figure.written).toBe('3%以内');
    const beijing = bundledDatasets().find((dataset) => dataset.report.id === 'beijing-2026');
    const jobs = beijing && first(reportFigures(beijing).targets, 'new-urban-jobs');
    expect(jobs?.figure.written).toBe('不少于28万人');
  });

  it('keeps the verb of a fall, so that a negative figure never reads as a rise', () => {
    const datasets = bundledDatasets();
    const of = (id: string) => datasets.find((dataset) => dataset.report.id === id);
    const revenue = reportFigures(of('shanghai-2021')!).actuals.find(
      (item) => item.key === 'general-budget-revenue' && item.measure === 'growth',
    );
    // 地方一般公共预算收入在更大规模减税降费的情况下下降1.7%
    expect(revenue?.figure).toMatchObject({ value: -1.7, written: '下降1.7%' });
    const energyGoal = first(reportFigures(of('china-2024')!).targets, 'energy-intensity');
    expect(energyGoal?.figure).toMatchObject({ value: -2.5, written: '降低2.5%左右' });
    const energyResult = first(reportFigures(of('zhongguo-2025')!).actuals, 'energy-intensity');
    expect(energyResult?.figure.written).toBe('降幅超过3%');
  });

  it('takes results for the review year and leaves five-year figures out', () => {
    expect(
      figures.actuals.filter((item) => item.key === 'gdp').map((item) => item.figure.written),
    ).toEqual(['5.6%']);
  });

  it('names a headline subject by the dictionary, whatever the report’s wording', () => {
    expect(first(figures.targets, 'gdp')?.subject).toEqual({ zh: '地区生产总值', en: 'GDP' });
  });
});

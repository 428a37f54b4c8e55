import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset, Indicator } from '../../../src/dataset/dataset-schema.ts';
import { extractReport } from '../../../src/extract/extract-report.ts';
import { isGenericNoun } from '../../../src/extract/vocabulary/subject-vocabulary.ts';
import { isChartable } from '../../../src/ledger/chartable.ts';

const readAt = (path: string): Dataset => {
  const id = path.replace(/^.*\//u, '').replace(/\.txt$/u, '');
  return extractReport(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'), {
    id,
    file: `${id}.txt`,
    sha256: '0'.repeat(64),
  });
};
const read = (id: string): Dataset => readAt(`seeds/${id}.txt`);

const beihai = read('beihai-2024');
// Every bundled report (seeds/ and seeds/corpus/) holds to the same invariants.
const corpus = readdirSync(new URL('../../../seeds/corpus/', import.meta.url))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readAt(`seeds/corpus/${name}`));
const seeds = [beihai, read('china-2024'), read('shanghai-2024'), ...corpus];

function find(
  dataset: Dataset,
  kind: Indicator['kind'],
  measure: Indicator['measure'],
  subject: string,
) {
  return dataset.indicators.find(
    (item) => item.kind === kind && item.measure === measure && item.subject.zh === subject,
  );
}

describe('Beihai 2024, read beside the report', () => {
  // 今年全市经济社会发展的主要目标是：… (the numeric ones; 居民收入 is 与经济增长基本同步, no number)
  it.each([
    ['地区生产总值', 'growth', 5.5, 'gte'],
    ['规上工业增加值', 'growth', 9, 'gte'],
    ['一般公共预算收入', 'growth', 6, 'approx'],
    ['固定资产投资', 'growth', 5, 'approx'],
    ['社会消费品零售总额', 'growth', 6, 'approx'],
    ['外贸进出口总额', 'growth', 10, 'approx'],
    ['城镇调查失业率', 'rate', 5.5, 'approx'],
    ['居民消费价格指数', 'growth', 3, 'lte'],
  ] as const)('has the 2024 target for %s', (subject, measure, value, comparator) => {
    expect(find(beihai, 'target', measure, subject)).toMatchObject({
      year: 2024,
      value,
      comparator,
      unit: '%',
    });
  });

  it.each([
    ['地区生产总值', 'growth', 5.8, '%'],
    ['第一产业增加值', 'growth', 4.1, '%'],
    ['第二产业增加值', 'growth', 7.3, '%'],
    ['第三产业增加值', 'growth', 5, '%'],
    ['规上工业增加值', 'growth', 9.2, '%'],
    ['一般公共预算收入', 'growth', 8.8, '%'],
    ['外贸进出口总额', 'growth', 8, '%'],
    ['实际使用外资', 'growth', 396, '%'],
    ['城镇居民人均可支配收入', 'level', 43539, '元'],
    ['城镇居民人均可支配收入', 'growth', 4.4, '%'],
    ['农村居民人均可支配收入', 'level', 20936, '元'],
    ['农村居民人均可支配收入', 'growth', 7.5, '%'],
  ] as const)('has the 2023 result for %s (%s)', (subject, measure, value, unit) => {
    expect(find(beihai, 'actual', measure, subject)).toMatchObject({
      year: 2023,
      value,
      unit,
      comparator: 'eq',
    });
  });

  it('pairs 2023 results with 2024 goals: GDP 5.8% → 5.5%以上, 外资 396% → 翻一番', () => {
    const pairs = beihai.comparisons.map((comparison) => {
      const actual = beihai.indicators.find((item) => item.id === comparison.actual);
      const target = beihai.indicators.find((item) => item.id === comparison.target);
      return [comparison.subject.zh, actual?.value, target?.value];
    });
    expect(pairs).toContainEqual(['地区生产总值', 5.8, 5.5]);
    expect(pairs).toContainEqual(['实际使用外资', 396, 100]);
    expect(pairs).toContainEqual(['规上工业增加值', 9.2, 9]);
    expect(pairs).toContainEqual(['水产品产量', 3.6, 5]);
  });

  it('gives English names to the recurring subjects', () => {
    // The card and the table name GDP alike: one dictionary.
    expect(find(beihai, 'actual', 'growth', '地区生产总值')?.subject.en).toBe('GDP');
    expect(find(beihai, 'target', 'growth', '社会消费品零售总额')?.subject.en).toBe(
      'Retail sales of consumer goods',
    );
  });
});

describe.each(seeds.map((dataset) => [dataset.report.id, dataset] as const))(
  '%s',
  (_id, dataset) => {
    it('reads no date, year, ordinal or quoted name as an indicator', () => {
      for (const indicator of dataset.indicators) {
        const { start, end } = indicator.source;
        const after = dataset.text.slice(end, end + 2);
        expect(after, indicator.source.quote).not.toMatch(/^(?:年|月|日|周年|届|次全会)/u);
        if (indicator.measure !== 'rank') expect(dataset.text[start - 1]).not.toBe('第');
        const before = dataset.text.slice(Math.max(0, start - 40), start);
        expect(before.lastIndexOf('“') <= before.lastIndexOf('”'), indicator.source.quote).toBe(
          true,
        );
      }
    });

    it('keeps every number in its quote and every quote in the text', () => {
      for (const indicator of dataset.indicators) {
        const number = dataset.text.slice(indicator.source.start, indicator.source.end);
        expect(indicator.source.quote).toContain(number);
        expect(dataset.text).toContain(indicator.source.quote);
      }
    });

    it('never marks a multi-year number as the plan-year goal or the review-year result', () => {
      for (const comparison of dataset.comparisons) {
        for (const id of [comparison.actual, comparison.target]) {
          expect(dataset.indicators.find((item) => item.id === id)?.period).toBeNull();
        }
      }
    });

    it('charts no multi-year figure and no figure whose subject names nothing', () => {
      const charted = dataset.indicators.filter(isChartable);
      expect(charted.filter((item) => item.period !== null)).toEqual([]);
      const unnamed = charted
        .filter((item) => isGenericNoun(item.subject.zh) || item.subject.zh.length < 2)
        .map((item) => `${item.subject.zh} in ${item.source.quote}`);
      expect(unnamed).toEqual([]);
    });
  },
);

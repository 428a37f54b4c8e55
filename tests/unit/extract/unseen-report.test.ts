import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract/extract-report.ts';

/**
 * A provincial report of another year, written for this test in the genre's wording (its
 * numbers are made up): the rules must read it as they read the seeds.
 */
const text = readFileSync(
  new URL('../../fixtures/reports/province-2026-synthetic.txt', import.meta.url),
  'utf8',
);
const dataset = extractReport(text, { id: 'province-2026', file: 'p.txt', sha256: '0'.repeat(64) });
const rows = dataset.indicators.map((item) => ({
  subject: item.subject.zh,
  kind: item.kind,
  year: item.year,
  measure: item.measure,
  value: item.value,
  comparator: item.comparator,
  period: item.period,
}));

describe('a 2026 provincial report the tests were not tuned on', () => {
  it('reviews 2025 and plans 2026', () => {
    expect([dataset.report.reviewYear, dataset.report.planYear]).toEqual([2025, 2026]);
  });

  it('reads falls as negative growth and 城乡 as two subjects', () => {
    expect(rows).toContainEqual(
      expect.objectContaining({ subject: '进出口总额', value: -3.2, measure: 'growth' }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ subject: '城镇居民人均可支配收入', value: 4.6 }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ subject: '农村居民人均可支配收入', value: 6.2, measure: 'growth' }),
    );
  });

  it('reads the main targets with their comparators', () => {
    const targets = rows.filter(
      (row) => row.kind === 'target' && row.year === 2026 && row.period === null,
    );
    expect(targets).toContainEqual(
      expect.objectContaining({ subject: '地区生产总值', value: 5, comparator: 'gte' }),
    );
    expect(targets).toContainEqual(
      expect.objectContaining({ subject: '城镇调查失业率', value: 5.5, comparator: 'lte' }),
    );
    expect(targets).toContainEqual(
      expect.objectContaining({ subject: '单位地区生产总值能耗', value: -2.5 }),
    );
  });

  it('keeps five-year and 2030 numbers out of the plan year and the review year', () => {
    expect(rows).toContainEqual(
      expect.objectContaining({
        subject: '地区生产总值',
        value: 5.5,
        period: { from: 2021, to: 2025 },
      }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({
        subject: '规模以上工业增加值',
        value: 6,
        kind: 'target',
        period: { from: 2026, to: 2030 },
      }),
    );
  });

  it('pairs results with goals across the years it found', () => {
    const subjects = dataset.comparisons.map((comparison) => comparison.subject.zh);
    expect(subjects).toEqual(
      expect.arrayContaining(['地区生产总值', '规模以上工业增加值', '固定资产投资']),
    );
  });
});

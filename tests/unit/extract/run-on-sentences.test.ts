import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract/extract-report.ts';

const SOURCE = { id: 'run-on', file: 'run-on.txt', sha256: '0'.repeat(64) };
const REPORT_YEARS = { reviewYear: 2023, planYear: 2024 };

function read(text: string): ReturnType<typeof extractReport> {
  return extractReport(text, SOURCE, REPORT_YEARS);
}

describe('sentences too long or too dense to be report prose', () => {
  const prose = '全市地区生产总值增长5.8%。';

  it('reads no number of a sentence of thousands of characters, and says so once', () => {
    const runOn = '城镇新增就业3万人'.repeat(300);
    const dataset = read(`${prose}\n${runOn}。\n${prose}`);
    expect(dataset.indicators.map((indicator) => indicator.value)).toEqual([5.8, 5.8]);
    const start = prose.length + 1;
    expect(dataset.warnings).toContainEqual({
      start,
      end: start + runOn.length,
      message: expect.stringMatching(/^a sentence of 2700 characters is not report prose/u),
    });
    expect(dataset.warnings).toHaveLength(1);
  });

  it('reads no number of a list of over a hundred, and says so once', () => {
    const items = Array.from({ length: 120 }, (_, index) => `${index + 1}%`).join('、');
    const dataset = read(`${prose}\n工业增加值分别增长${items}。`);
    expect(dataset.indicators.map((indicator) => indicator.value)).toEqual([5.8]);
    expect(dataset.warnings).toHaveLength(1);
    expect(dataset.warnings[0]?.message).toMatch(
      /^a sentence with 120 numbers is not report prose/u,
    );
  });

  it('still reads a long list of ordinary length', () => {
    const items = Array.from({ length: 12 }, (_, index) => `${index + 1}%`).join('、');
    const dataset = read(`工业增加值分别增长${items}。`);
    expect(dataset.indicators).toHaveLength(12);
  });
});

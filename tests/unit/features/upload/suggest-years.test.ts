import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../../src/dataset/dataset-schema.ts';
import { suggestYears } from '../../../../src/features/upload/suggest-years.ts';

function read(text: string, years: { reviewYear?: number; planYear?: number } = {}): Dataset {
  return {
    report: { reviewYear: years.reviewYear ?? null, planYear: years.planYear ?? null },
    text,
  } as Dataset;
}

describe('suggestYears: a guess to prefill, strongest signal first', () => {
  it('completes a year the report gave with the one next to it', () => {
    expect(suggestYears(read('', { reviewYear: 2025 }), 'x.txt')).toMatchObject({
      reviewYear: 2025,
      planYear: 2026,
      from: 'report',
    });
    expect(suggestYears(read('', { planYear: 2026 }), 'x.txt')).toMatchObject({
      reviewYear: 2025,
      planYear: 2026,
      from: 'report',
    });
  });

  it('takes a year in the file name as the plan year: reports are named by their year', () => {
    expect(suggestYears(read('2019年'), '甘肃省2026年政府工作报告.txt')).toEqual({
      reviewYear: 2025,
      planYear: 2026,
      from: 'file-name',
      evidence: '2026',
    });
    expect(suggestYears(read(''), 'beihai-2024.txt')).toMatchObject({ planYear: 2024 });
  });

  it('ignores a file name with two different years, or digits that are no year', () => {
    expect(suggestYears(read(''), 'plan-2025-2026.txt')).toBeNull();
    expect(suggestYears(read(''), 'scan-120250.txt')).toBeNull();
    expect(suggestYears(read(''), 'report-1850.txt')).toBeNull();
  });

  it('otherwise takes the pair of consecutive years the text names most', () => {
    const text = '2025年，全市……2035年远景目标……2035年……2035年……2026年是……2025年……';
    expect(suggestYears(read(text), 'pasted.txt')).toMatchObject({
      reviewYear: 2025,
      planYear: 2026,
      from: 'text',
    });
    // A year named alone (a vision for 2035, a founding in 1953) has no neighbour: no guess.
    expect(suggestYears(read('2035年远景目标，1953年建市'), 'pasted.txt')).toBeNull();
  });

  it('takes the earlier pair on a tie: a report names its next year less than its own', () => {
    const text = '2019年……2020年……2021年';
    expect(suggestYears(read(text), 'pasted.txt')).toMatchObject({ planYear: 2020 });
  });
});

import { describe, expect, it } from 'vitest';
import { checkStatedYears, parseStatedYear } from '../../../src/dataset/stated-years.ts';

describe('checkStatedYears: the same rule for the CLI flags and the upload view', () => {
  it('derives the year a user leaves out: the plan year is the one after the review year', () => {
    expect(checkStatedYears({ reviewYear: 2025 })).toEqual({
      ok: true,
      years: { reviewYear: 2025, planYear: 2026 },
    });
    expect(checkStatedYears({ planYear: 2026 })).toEqual({
      ok: true,
      years: { reviewYear: 2025, planYear: 2026 },
    });
    // A report after a gap (a five-year review) may plan for a later year than the next.
    expect(checkStatedYears({ reviewYear: 2020, planYear: 2022 })).toMatchObject({ ok: true });
  });

  it.each([
    [{ reviewYear: Number.NaN }, 'reviewYear', 'not-a-year'],
    [{ planYear: 2025.5 }, 'planYear', 'not-a-year'],
    [{ reviewYear: 1948 }, 'reviewYear', 'out-of-range'],
    [{ reviewYear: 2024, planYear: 2101 }, 'planYear', 'out-of-range'],
    [{ planYear: 1949 }, 'planYear', 'other-out-of-range'],
    [{ reviewYear: 2100 }, 'reviewYear', 'other-out-of-range'],
    [{ reviewYear: 2025, planYear: 2025 }, 'planYear', 'plan-not-after-review'],
    [{ reviewYear: 2025, planYear: 2024 }, 'planYear', 'plan-not-after-review'],
    [{}, 'reviewYear', 'not-a-year'],
  ] as const)('refuses %o, naming %s', (given, field, problem) => {
    expect(checkStatedYears(given)).toEqual({ ok: false, field, problem });
  });

  it('reads only plain digits as a year', () => {
    expect(parseStatedYear(' 2025 ')).toBe(2025);
    expect(parseStatedYear('2025年')).toBeNaN();
    expect(parseStatedYear('-2025')).toBeNaN();
    expect(parseStatedYear('')).toBeNaN();
  });
});

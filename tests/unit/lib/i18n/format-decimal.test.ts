import { describe, expect, it } from 'vitest';
import { formatDecimal } from '../../../../src/lib/i18n/format-decimal.ts';

/** What the app wrote with Intl before, and what formatDecimal must write the same. */
function intl(value: number, locale: string, signed: boolean): string {
  return new Intl.NumberFormat(locale, {
    maximumFractionDigits: 2,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(value);
}

/** A deterministic spread of report-like numbers: every magnitude, 0–6 decimals, both signs. */
function sampleValues(): number[] {
  let seed = 20241;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const values: number[] = [];
  for (let index = 0; index < 6000; index += 1) {
    const magnitude = 10 ** Math.floor(next() * 22 - 6);
    const decimals = Math.floor(next() * 7);
    const value = Number((next() * 10 * magnitude).toFixed(Math.min(decimals + 6, 20)));
    values.push(next() < 0.3 ? -value : value);
  }
  return values;
}

const EDGES = [
  0,
  -0,
  1,
  -1,
  0.5,
  0.005,
  0.004,
  -0.004,
  -0.005,
  0.995,
  9.995,
  99.995,
  999.995,
  1.005,
  1.015,
  1.025,
  2.675,
  5.8,
  43539,
  1234.5,
  12345.678,
  999999.999,
  1000000,
  0.1 + 0.2,
  1e15,
  123456789012.345,
  1e-6,
  0.000001,
  1.45,
  97.9,
  116.7,
  -3.5,
  8.125,
  8.135,
];

describe('formatDecimal writes what Intl.NumberFormat writes', () => {
  for (const locale of ['zh-CN', 'en-US']) {
    for (const signed of [false, true]) {
      it(`${locale}${signed ? ', signed' : ''}: the edge cases and 6,000 sampled numbers`, () => {
        for (const value of [...EDGES, ...sampleValues()]) {
          const written = formatDecimal(value, signed);
          if (written !== null)
            expect([value, written]).toEqual([value, intl(value, locale, signed)]);
        }
      });
    }
  }

  it('leaves to Intl what JavaScript writes with an exponent, and what is not finite', () => {
    expect(formatDecimal(1e21, false)).toBeNull();
    expect(formatDecimal(1e-7, false)).toBeNull();
    expect(formatDecimal(Number.NaN, false)).toBeNull();
    expect(formatDecimal(Number.POSITIVE_INFINITY, true)).toBeNull();
    expect(formatDecimal(5.8, false)).toBe('5.8');
  });
});

import { describe, expect, it } from 'vitest';
import {
  axisUnit,
  formatIndicatorValue,
  unitChoiceLabel,
} from '../../../../src/lib/i18n/format-indicator.ts';

const base = { measure: 'growth', unit: '%', upper: null, scope: null } as const;

describe('an indicator value as the reader sees it', () => {
  it('writes comparators as the report does in Chinese and as symbols in English', () => {
    const cases = [
      [{ ...base, value: 5.5, comparator: 'gte' }, '5.5%以上', '≥ 5.5%'],
      [{ ...base, value: 5, comparator: 'approx' }, '5%左右', '≈ 5%'],
      [{ ...base, value: 3, comparator: 'lte' }, '3%以内', '≤ 3%'],
      [{ ...base, value: 6, upper: 7, comparator: 'range' }, '6%—7%', '6–7%'],
      [{ ...base, value: -3.1, comparator: 'eq' }, '-3.1%', '-3.1%'],
    ] as const;
    for (const [indicator, zh, en] of cases) {
      expect(formatIndicatorValue(indicator, 'zh')).toBe(zh);
      expect(formatIndicatorValue(indicator, 'en')).toBe(en);
    }
  });

  it('formats numbers for the locale and translates common units', () => {
    const income = {
      ...base,
      measure: 'level',
      unit: '元',
      value: 43539,
      comparator: 'eq',
    } as const;
    expect(formatIndicatorValue(income, 'zh')).toBe('43,539元');
    expect(formatIndicatorValue(income, 'en')).toBe('43,539 yuan');
    const firms = { ...base, measure: 'count', unit: '家', value: 51, comparator: 'gte' } as const;
    expect(formatIndicatorValue(firms, 'en')).toBe('≥ 51');
  });

  it('writes a rank with its scope', () => {
    const rank = {
      ...base,
      measure: 'rank',
      unit: 'rank',
      value: 2,
      scope: '全区',
      comparator: 'eq',
    } as const;
    expect(formatIndicatorValue(rank, 'zh')).toBe('全区第2');
    expect(formatIndicatorValue(rank, 'en')).toBe('No. 2 in the region');
    const top = { ...rank, value: 3, scope: '全国', comparator: 'lte' } as const;
    expect(formatIndicatorValue(top, 'zh')).toBe('全国前3');
    expect(formatIndicatorValue(top, 'en')).toBe('Top 3 in the country');
  });
});

describe('English magnitudes', () => {
  const level = { measure: 'level', comparator: 'eq', upper: null, scope: null } as const;
  it('puts 万 and 亿 into the number, as an English reader expects', () => {
    expect(formatIndicatorValue({ ...level, value: 663.8, unit: '亿元' }, 'en')).toBe(
      '66.38 billion yuan',
    );
    expect(formatIndicatorValue({ ...level, value: 5250, unit: '万人次' }, 'en')).toBe(
      '52.5 million visits',
    );
    expect(
      formatIndicatorValue({ ...level, value: 126, unit: '万亿元', comparator: 'gte' }, 'en'),
    ).toBe('≥ 126 trillion yuan');
  });
  it('keeps the report’s own units in Chinese', () => {
    expect(formatIndicatorValue({ ...level, value: 663.8, unit: '亿元' }, 'zh')).toBe('663.8亿元');
  });
});

describe('English units on a levels axis', () => {
  const level = { measure: 'level', comparator: 'eq', upper: null, scope: null } as const;
  it('scales the ticks like the value labels, with the base unit naming the axis', () => {
    const axis = axisUnit('万平方米', 'en');
    expect(axis.name).toBe('m²');
    expect(axis.format?.(0)).toBe('0');
    expect(axis.format?.(1000)).toBe('10 million');
    expect(formatIndicatorValue({ ...level, value: 1000, unit: '万平方米' }, 'en')).toBe(
      '10 million m²',
    );
  });
  it('keeps a plain suffix in Chinese and for units without a magnitude', () => {
    expect(axisUnit('万平方米', 'zh')).toEqual({ suffix: ' 万平方米' });
    expect(axisUnit('公里', 'en')).toEqual({ suffix: ' km' });
  });
  it('names a magnitude unit in the unit list without Chinese', () => {
    expect(unitChoiceLabel('万平方米', 'en')).toBe('m² (10,000s)');
    expect(unitChoiceLabel('亿元', 'en')).toBe('yuan (100 millions)');
    expect(unitChoiceLabel('万亿', 'en')).toBe('number (trillions)');
  });
  it('reads a bare magnitude as a number, not as 万 × 100m', () => {
    expect(formatIndicatorValue({ ...level, value: 5, unit: '万亿' }, 'en')).toBe('5 trillion');
  });
});

import { describe, expect, it } from 'vitest';
import type { VerdictRule } from '../../../src/ledger/attainment.ts';
import { DEFAULT_RULE, direction, judge, LOWER_IS_AIM } from '../../../src/ledger/attainment.ts';
import { knownSubject } from '../../../src/extract/vocabulary/subject-dictionary.ts';
import { figure, ledgerRow } from './ledger-row-builders.ts';

const tolerance = (points: number): VerdictRule => ({
  ...DEFAULT_RULE,
  approx: 'tolerance',
  tolerance: points,
});
const within: VerdictRule = { ...DEFAULT_RULE, range: 'within' };

describe('floors: 以上, 不低于, a bare figure', () => {
  it('6%以上 → 8.1% is met, 2.1 百分点 above', () => {
    const row = ledgerRow(figure(6, { comparator: 'gte' }), figure(8.1));
    expect(judge(row)).toEqual({ verdict: 'met', gap: 2.1, direction: 'floor' });
  });

  it('5.5%以上 → 5% is missed by 0.5', () => {
    const row = ledgerRow(figure(5.5, { comparator: 'gte' }), figure(5));
    expect(judge(row)).toEqual({ verdict: 'missed', gap: -0.5, direction: 'floor' });
  });

  it('a bare 3% → 10.3% is met; reaching the figure exactly is met', () => {
    expect(judge(ledgerRow(figure(3), figure(10.3))).verdict).toBe('met');
    expect(judge(ledgerRow(figure(5), figure(5)))).toMatchObject({ verdict: 'met', gap: 0 });
  });

  it('以上 is a floor even for a subject where lower is the aim (赤字率3.6%以上)', () => {
    const row = ledgerRow(figure(3.6, { comparator: 'gte' }), figure(3.7), {
      key: 'deficit-ratio',
    });
    expect(direction(row)).toBe('floor');
    expect(judge(row).verdict).toBe('met');
  });

  it('gives the gap without floating-point noise (5.2 − 5 = 0.2)', () => {
    expect(judge(ledgerRow(figure(5, { comparator: 'approx' }), figure(5.2))).gap).toBe(0.2);
  });

  it('compares across a Chinese multiplier: 1100万人以上 → 1.2亿人… is read in 万人', () => {
    const row = ledgerRow(
      figure(1100, { comparator: 'gte', unit: '万人' }),
      figure(1352, { unit: '万人' }),
    );
    expect(judge(row)).toMatchObject({ verdict: 'met', gap: 252 });
    const scaled = ledgerRow(
      figure(1.3, { comparator: 'gte', unit: '万亿元' }),
      figure(13700, { unit: '亿元' }),
    );
    expect(judge(scaled)).toMatchObject({ verdict: 'met', gap: 0.07 });
  });
});

describe('ceilings: 以内, 不超过, and the subjects where lower is the aim', () => {
  it('城镇调查失业率5.5%以内 → 5.5% is met, 5.6% missed', () => {
    const target = figure(5.5, { comparator: 'lte' });
    expect(judge(ledgerRow(target, figure(5.5), { key: 'unemployment' }))).toEqual({
      verdict: 'met',
      gap: 0,
      direction: 'ceiling',
    });
    expect(judge(ledgerRow(target, figure(5.6), { key: 'unemployment' })).verdict).toBe('missed');
  });

  it('下降3%以上 bounds the size of a fall: −4 is met, −1 missed; 下降不超过3% the other way', () => {
    const atLeast = ledgerRow(figure(-3, { comparator: 'gte' }), figure(-4), {
      key: 'energy-intensity',
    });
    expect(judge(atLeast)).toEqual({ verdict: 'met', gap: -1, direction: 'ceiling' });
    expect(judge(ledgerRow(figure(-3, { comparator: 'gte' }), figure(-1))).verdict).toBe('missed');
    const atMost = ledgerRow(figure(-3, { comparator: 'lte' }), figure(-2));
    expect(judge(atMost)).toMatchObject({ verdict: 'met', direction: 'floor' });
  });

  it('以内 is a ceiling for any subject', () => {
    expect(direction(ledgerRow(figure(3, { comparator: 'lte' }), null))).toBe('ceiling');
  });

  it.each([
    ['cpi', 3, 2, 'met'],
    ['cpi', 3, 3.2, 'missed'],
    ['unemployment', 5.5, 5.2, 'met'],
    ['deficit-ratio', 2.8, 2.8, 'met'],
    // 降低3%左右 is −3; a fall of 3.1% (−3.1) beats it, a fall of 2.6% does not.
    ['energy-intensity', -3, -3.1, 'met'],
    ['energy-intensity', -3, -2.6, 'missed'],
  ] as const)('%s: 左右 %s → %s is %s (lower is the aim)', (key, target, actual, verdict) => {
    const row = ledgerRow(figure(target, { comparator: 'approx' }), figure(actual), { key });
    expect(direction(row)).toBe('ceiling');
    expect(judge(row).verdict).toBe(verdict);
  });

  it('names only subjects the dictionary knows, so a misspelt key cannot silently flip nothing', () => {
    expect([...LOWER_IS_AIM].filter((key) => knownSubject(key) === undefined)).toEqual([]);
  });

  it('a subject not on the list is a floor: GDP 左右', () => {
    expect(direction(ledgerRow(figure(5, { comparator: 'approx' }), null))).toBe('floor');
  });
});

describe('左右, strict and with a tolerance', () => {
  const gdp = (actual: number) => ledgerRow(figure(5.5, { comparator: 'approx' }), figure(actual));

  it('strict by default: 5.5%左右 → 5.4% is missed by 0.1', () => {
    expect(judge(gdp(5.4))).toEqual({ verdict: 'missed', gap: -0.1, direction: 'floor' });
  });

  it('a tolerance of 0.2 百分点 makes 5.4% met; the gap is still measured from 5.5', () => {
    expect(judge(gdp(5.4), tolerance(0.2))).toEqual({
      verdict: 'met',
      gap: -0.1,
      direction: 'floor',
    });
    expect(judge(gdp(5.3), tolerance(0.2)).verdict).toBe('met');
    expect(judge(gdp(5.2), tolerance(0.2)).verdict).toBe('missed');
  });

  it('5.5%左右 → 3% stays missed under any small tolerance', () => {
    expect(judge(gdp(3), tolerance(0.5))).toMatchObject({ verdict: 'missed', gap: -2.5 });
  });

  it('for a ceiling-like subject the tolerance allows a little above: CPI 3%左右 → 3.2%', () => {
    const row = ledgerRow(figure(3, { comparator: 'approx' }), figure(3.2), { key: 'cpi' });
    expect(judge(row).verdict).toBe('missed');
    expect(judge(row, tolerance(0.3)).verdict).toBe('met');
  });

  it('a tolerance in 百分点 does not loosen a 左右 goal in other units (1200万人左右)', () => {
    const jobs = ledgerRow(
      figure(1200, { comparator: 'approx', unit: '万人' }),
      figure(1199.9, { unit: '万人' }),
    );
    expect(judge(jobs, tolerance(0.5)).verdict).toBe('missed');
  });

  it('a tolerance does not loosen 以上 or a bare figure', () => {
    const row = ledgerRow(figure(6, { comparator: 'gte' }), figure(5.9));
    expect(judge(row, tolerance(0.5)).verdict).toBe('missed');
    expect(judge(ledgerRow(figure(6), figure(5.9)), tolerance(0.5)).verdict).toBe('missed');
  });
});

describe('ranges: 6%-6.5%', () => {
  const range = figure(6, { comparator: 'range', upper: 6.5 });

  it('read as its lower bound by default: 6.1% is met, 0.1 above 6', () => {
    expect(judge(ledgerRow(range, figure(6.1)))).toEqual({
      verdict: 'met',
      gap: 0.1,
      direction: 'floor',
    });
    expect(judge(ledgerRow(range, figure(7))).verdict).toBe('met');
    expect(judge(ledgerRow(range, figure(5.9)))).toMatchObject({ verdict: 'missed', gap: -0.1 });
  });

  it('within the range under that rule: 7% overshoots (+0.5 from the top), 6.2% is met (gap 0)', () => {
    expect(judge(ledgerRow(range, figure(7)), within)).toMatchObject({
      verdict: 'missed',
      gap: 0.5,
    });
    expect(judge(ledgerRow(range, figure(6.2)), within)).toMatchObject({ verdict: 'met', gap: 0 });
    expect(judge(ledgerRow(range, figure(5.8)), within)).toMatchObject({
      verdict: 'missed',
      gap: -0.2,
    });
  });

  it('a range of a ceiling-like subject is judged by its top under the lower-bound rule', () => {
    const row = ledgerRow(figure(2, { comparator: 'range', upper: 3 }), figure(2.8), {
      key: 'cpi',
    });
    expect(judge(row)).toMatchObject({ verdict: 'met', gap: -0.2, direction: 'ceiling' });
  });
});

describe('missing years and figures', () => {
  it('no target set: the year’s report set no goal (national 2020 GDP), even with a result', () => {
    expect(judge(ledgerRow(null, figure(2.3)))).toEqual({
      verdict: 'no-target',
      gap: null,
      direction: 'floor',
    });
  });

  it('awaiting: no report of the next year yet', () => {
    const row = ledgerRow(figure(5, { comparator: 'approx' }), null, { awaiting: true });
    expect(judge(row)).toMatchObject({ verdict: 'awaiting', gap: null });
  });

  it('not reported: the next report gives no figure for it', () => {
    expect(judge(ledgerRow(figure(5.5, { comparator: 'approx' }), null))).toMatchObject({
      verdict: 'not-reported',
      gap: null,
    });
  });

  it('not reported when the result is in a unit the goal cannot be set against', () => {
    const row = ledgerRow(figure(5.5, { comparator: 'approx' }), figure(4.72, { unit: '万亿元' }));
    expect(judge(row)).toMatchObject({ verdict: 'not-reported', gap: null });
  });

  it('the default rule is strict with lower-bound ranges', () => {
    expect(DEFAULT_RULE).toEqual({ approx: 'strict', tolerance: 0, range: 'lower-bound' });
  });
});

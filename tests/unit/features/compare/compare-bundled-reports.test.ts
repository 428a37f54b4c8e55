import { describe, expect, it } from 'vitest';
import { buildCompareModel } from '../../../../src/features/compare/compare-model.ts';
import { bundledDataset } from '../../../support/bundled-datasets.ts';

/** The committed datasets, as the app serves them. */
const bundled = ['beihai-2024', 'china-2024', 'shanghai-2024'].map(bundledDataset);

describe('comparing the bundled reports', () => {
  const model = buildCompareModel(bundled, null);
  const sharedBy = (key: string) =>
    model.rows
      .filter((row) => row.subjectKey === key)
      .flatMap((row) => row.cells)
      .filter((cell) => cell.actual !== null || cell.target !== null)
      .map((cell) => cell.reportId);

  it('lines up the city’s, the nation’s and Shanghai’s GDP, each worded its own way', () => {
    expect(sharedBy('gdp')).toEqual(['beihai-2024', 'china-2024', 'shanghai-2024']);
  });

  it('finds the other headline subjects the reports share', () => {
    expect(sharedBy('cpi')).toEqual(['beihai-2024', 'china-2024', 'shanghai-2024']);
    expect(sharedBy('unemployment')).toEqual(['beihai-2024', 'china-2024', 'shanghai-2024']);
    expect(sharedBy('general-budget-revenue')).toEqual(['beihai-2024', 'shanghai-2024']);
  });

  it('lists the headline subjects first, GDP at the top', () => {
    expect(model.rows[0]?.subjectKey).toBe('gdp');
  });

  it('draws unemployment and consumer prices with the rates, never under the growth title', () => {
    const groupOf = (key: string) => model.rows.find((row) => row.subjectKey === key)?.group;
    expect(groupOf('gdp')).toBe('growth');
    expect(groupOf('unemployment')).toBe('rates');
    expect(groupOf('cpi')).toBe('rates');
    expect(model.rows.filter((row) => row.group === 'growth').map((row) => row.measure)).toEqual(
      expect.arrayContaining(['growth']),
    );
    expect(
      model.rows.filter((row) => row.group === 'growth').every((row) => row.measure === 'growth'),
    ).toBe(true);
  });

  it('compares only figures in %, so no amount or 个百分点 shares the percentage axis', () => {
    expect(model.rows.every((row) => row.unit === '%')).toBe(true);
  });
});

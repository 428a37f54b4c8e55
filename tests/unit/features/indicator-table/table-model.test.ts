import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../../../src/dataset/dataset-schema.ts';
import { nextSort, sortIndicators } from '../../../../src/features/indicator-table/table-model.ts';
import fixture from '../../../fixtures/dashboard-fixture.json';

const { indicators } = datasetSchema.parse(fixture);

describe('indicator table sorting', () => {
  it('starts in reading order and sorts by value both ways, as numbers within a unit', () => {
    expect(sortIndicators(indicators, { key: null, direction: 'ascending' })[0]?.id).toBe(
      'gdp-level-2023',
    );
    const ascending = sortIndicators(indicators, { key: 'value', direction: 'ascending' });
    const units = ascending.map((i) => i.unit);
    // Each unit is one run, not interleaved with others.
    expect(units.filter((unit, i) => unit !== units[i - 1]).length).toBe(new Set(units).size);
    const percent = ascending.filter((i) => i.unit === '%').map((i) => i.value);
    expect(percent).toEqual([...percent].sort((a, b) => a - b));
    expect(percent[0]).toBe(-3.1);
    const descending = sortIndicators(
      indicators,
      nextSort({ key: 'value', direction: 'ascending' }, 'value'),
    );
    const descendingPercent = descending.filter((i) => i.unit === '%').map((i) => i.value);
    expect(descendingPercent).toEqual([...percent].reverse());
  });

  it('sorts sectors in taxonomy order, keeping reading order within one', () => {
    const sorted = sortIndicators(indicators, { key: 'sector', direction: 'ascending' });
    expect(sorted.slice(0, 4).map((i) => i.id)).toEqual([
      'gdp-level-2023',
      'gdp-growth-2023',
      'gdp-growth-2024',
      'industry-growth-2023',
    ]);
  });
});

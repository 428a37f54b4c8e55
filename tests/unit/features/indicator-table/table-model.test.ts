import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../../../src/dataset/dataset-schema.ts';
import { nextSort, sortIndicators } from '../../../../src/features/indicator-table/table-model.ts';
import fixture from '../../../fixtures/dashboard-fixture.json';

const { indicators } = datasetSchema.parse(fixture);

describe('indicator table sorting', () => {
  it('starts in reading order and sorts by value both ways', () => {
    expect(sortIndicators(indicators, { key: null, direction: 'ascending' })[0]?.id).toBe(
      'gdp-level-2023',
    );
    const ascending = sortIndicators(indicators, { key: 'value', direction: 'ascending' });
    expect(ascending[0]?.value).toBe(-3.1);
    const descending = sortIndicators(
      indicators,
      nextSort({ key: 'value', direction: 'ascending' }, 'value'),
    );
    expect(descending[0]?.value).toBe(43539);
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

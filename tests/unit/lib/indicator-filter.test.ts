import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../../src/dataset/dataset-schema.ts';
import { countBySector, filterIndicators } from '../../../src/lib/indicator-filter.ts';
import type { IndicatorFilters } from '../../../src/lib/indicator-filter.ts';
import fixture from '../../fixtures/dashboard-fixture.json';

const dataset = datasetSchema.parse(fixture);
const none: IndicatorFilters = { sectors: null, measure: null, year: null, kind: null, q: '' };
const ids = (filters: Partial<IndicatorFilters>) =>
  filterIndicators(dataset.indicators, { ...none, ...filters }).map((i) => i.id);

describe('indicator filters', () => {
  it('combines sectors, measure, year and kind', () => {
    expect(ids({ sectors: ['industry'], measure: 'growth', kind: 'target' })).toEqual([
      'industry-growth-2024',
      'digital-growth-2024',
    ]);
    expect(ids({ year: 2025 })).toEqual(['urbanisation-rate-2025']);
    expect(ids({ sectors: [] })).toEqual([]);
  });

  it('searches Chinese and English subjects, ignoring case and spaces', () => {
    expect(ids({ q: '失业' })).toEqual(['unemployment-rate-2023', 'unemployment-rate-2024']);
    expect(ids({ q: 'GRAIN output' })).toEqual(['grain-level-2023', 'grain-level-2024']);
  });

  it('counts indicators per sector in taxonomy order, for the chips', () => {
    expect(countBySector(dataset).map((s) => [s.id, s.count])).toEqual([
      ['economy', 3],
      ['industry', 5],
      ['agriculture', 2],
      ['services', 3],
      ['trade', 2],
      ['investment', 2],
      ['fiscal', 2],
      ['livelihood', 6],
      ['environment', 2],
      ['urban', 2],
    ]);
  });
});

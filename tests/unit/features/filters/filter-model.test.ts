import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../../../src/dataset/dataset-schema.ts';
import { countBySector, filterIndicators } from '../../../../src/features/filters/filter-model.ts';
import type { IndicatorFilters } from '../../../../src/features/filters/filter-model.ts';
import fixture from '../../../fixtures/dashboard-fixture.json';

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

  it('finds a subject by any wording the dictionary knows for it, in both languages', () => {
    for (const q of ['GDP', 'gdp', '生产总值', '国内生产总值', '地区生产总值']) {
      expect(ids({ q }), q).toContain('gdp-growth-2023');
    }
  });

  it('counts a sector chip under the other filters, so it says what choosing it shows', () => {
    const all = countBySector(dataset);
    const goals = countBySector(dataset, { ...none, kind: 'target' });
    expect(goals.map((s) => s.id)).toEqual(all.map((s) => s.id));
    for (const sector of goals) {
      expect(sector.count).toBe(ids({ kind: 'target', sectors: [sector.id] }).length);
    }
    expect(goals.reduce((sum, s) => sum + s.count, 0)).toBeLessThan(
      all.reduce((sum, s) => sum + s.count, 0),
    );
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

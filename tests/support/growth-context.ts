import type { GrowthOptionContext } from '../../src/features/growth-chart/growth-option.ts';

/** The main growth chart of a 2024 report (2023's results, 2024's goals), in Chinese. */
export const GROWTH_CONTEXT_2024: GrowthOptionContext = {
  lang: 'zh',
  reviewYear: 2023,
  planYear: 2024,
  decals: false,
  markSingles: true,
};

import { makeCompareDataset } from '../../../fixtures/make-compare-dataset.ts';

/** A city reviewing 2023, the nation reviewing 2023, and a city's 2026 report reviewing 2025. */
export const city = makeCompareDataset('city-2024', '北海市', { review: 2023, plan: 2024 }, [
  { zh: '全市地区生产总值', kind: 'actual', year: 2023, value: 5.8 },
  { zh: '地区生产总值', kind: 'target', year: 2024, value: 5.5, comparator: 'gte' },
  { zh: '规上工业增加值', kind: 'actual', year: 2023, value: 9.2, sector: 'industry' },
  {
    zh: '规上工业增加值',
    kind: 'target',
    year: 2024,
    value: 9,
    comparator: 'gte',
    sector: 'industry',
  },
  { zh: '居民消费价格指数涨幅', kind: 'target', year: 2024, value: 3, comparator: 'lte' },
  { zh: '水果产量', kind: 'target', year: 2024, value: 12, sector: 'agriculture' },
]);

export const nation = makeCompareDataset('nation-2024', '全国', { review: 2023, plan: 2024 }, [
  { zh: '国内生产总值', kind: 'actual', year: 2023, value: 5.2 },
  { zh: '国内生产总值', kind: 'target', year: 2024, value: 5, comparator: 'approx' },
  { zh: '居民消费价格涨幅', kind: 'target', year: 2024, value: 3, comparator: 'approx' },
  {
    zh: '规模以上工业增加值',
    kind: 'actual',
    year: 2023,
    value: 4.6,
    sector: 'industry',
  },
  // A five-year goal belongs to no single year and is not compared.
  {
    zh: '国内生产总值',
    kind: 'target',
    year: 2025,
    value: 5.5,
    period: { from: 2021, to: 2025 },
  },
]);

export const later = makeCompareDataset('upload-1234abcd', '云溪市', { review: 2025, plan: 2026 }, [
  { zh: '全市地区生产总值', kind: 'actual', year: 2025, value: 6.3 },
  {
    zh: '地区生产总值',
    kind: 'target',
    year: 2026,
    value: 6,
    upper: 6.5,
    comparator: 'range',
  },
  { zh: '水果产量', kind: 'target', year: 2026, value: 7, sector: 'agriculture' },
]);

/**
 * The dataset's closed vocabularies, apart from the schema (src/dataset/dataset-schema.ts) that
 * checks them, so that code that only names a sector or a measure does not load zod: the app
 * checks data files off the main thread (src/api/read-data-file.ts).
 */
export const SECTOR_IDS = [
  'economy',
  'industry',
  'agriculture',
  'services',
  'trade',
  'investment',
  'fiscal',
  'livelihood',
  'environment',
  'urban',
  'governance',
] as const;
export type SectorId = (typeof SECTOR_IDS)[number];

export const MEASURES = ['growth', 'level', 'share', 'rate', 'count', 'rank'] as const;
export type Measure = (typeof MEASURES)[number];

export const COMPARATORS = ['eq', 'gte', 'approx', 'lte', 'range'] as const;
export type Comparator = (typeof COMPARATORS)[number];

export const KINDS = ['actual', 'target'] as const;

/** The tier of government a report comes from: 全国, a province-level unit, a city. */
export const PLACE_LEVELS = ['national', 'province', 'city'] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];
export type Kind = (typeof KINDS)[number];

/** How a report's review and plan years were found; null when the text does not say. */
export const YEARS_FROM = ['heading', 'date-line', 'title', 'opening', 'user'] as const;
export type YearsFrom = (typeof YEARS_FROM)[number];

/** Where the slim copy of public/data/<file> lives: public/data/indicators/<file>. */
export const SLIM_DATASET_DIR = 'indicators';

import type {
  SlimDataset,
  Indicator,
  Kind,
  Measure,
  SectorId,
} from '../../dataset/dataset-schema.ts';
import { sectorCounts } from '../../dataset/sector-taxonomy.ts';
import type { SectorCount } from '../../dataset/sector-taxonomy.ts';
import { keyOfSubject, knownSubject } from '../../extract/vocabulary/subject-dictionary.ts';

export interface IndicatorFilters {
  /** null: every sector. */
  sectors: readonly SectorId[] | null;
  measure: Measure | null;
  year: number | null;
  kind: Kind | null;
  q: string;
}

const haystacks = new WeakMap<Indicator, string>();

/**
 * What a search looks through: the Chinese and English subject, and every wording the subject
 * dictionary knows for it, so that GDP, 生产总值 and 国内生产总值 all find Beihai's 地区生产总值.
 */
function haystackOf(indicator: Indicator): string {
  const cached = haystacks.get(indicator);
  if (cached !== undefined) return cached;
  const known = knownSubject(keyOfSubject(indicator.subject));
  const words = [
    indicator.subject.zh,
    indicator.subject.en ?? '',
    ...(known ? [known.label.zh, known.label.en, ...known.wordings] : []),
  ];
  const haystack = words.join('|').replace(/\s+/g, '').toLowerCase();
  haystacks.set(indicator, haystack);
  return haystack;
}

/** Search ignores case and spaces and looks at both languages and the dictionary's wordings. */
function matchesSearch(indicator: Indicator, q: string): boolean {
  const needle = q.replace(/\s+/g, '').toLowerCase();
  if (!needle) return true;
  return haystackOf(indicator).includes(needle);
}

export function filterIndicators(
  indicators: readonly Indicator[],
  filters: IndicatorFilters,
): Indicator[] {
  const sectors = filters.sectors === null ? null : new Set(filters.sectors);
  return indicators.filter(
    (indicator) =>
      (sectors === null || sectors.has(indicator.sector)) &&
      (filters.measure === null || indicator.measure === filters.measure) &&
      (filters.year === null || indicator.year === filters.year) &&
      (filters.kind === null || indicator.kind === filters.kind) &&
      matchesSearch(indicator, filters.q),
  );
}

/**
 * Sectors that have indicators, in taxonomy order, with how many each has under the other
 * filters (measure, year, kind, search): a chip says what choosing it would show.
 */
export function countBySector(
  dataset: SlimDataset,
  filters: IndicatorFilters = { sectors: null, measure: null, year: null, kind: null, q: '' },
): SectorCount[] {
  const present = new Set(dataset.indicators.map((indicator) => indicator.sector));
  const counts = new Map<SectorId, number>();
  for (const indicator of filterIndicators(dataset.indicators, { ...filters, sectors: null })) {
    counts.set(indicator.sector, (counts.get(indicator.sector) ?? 0) + 1);
  }
  return sectorCounts(
    present,
    counts,
    (sector) => dataset.sectors.find((s) => s.id === sector.id)?.label ?? sector.label,
  );
}

/** Years that occur in the dataset, ascending. */
export function datasetYears(dataset: SlimDataset): number[] {
  const years = new Set<number>();
  for (const indicator of dataset.indicators) {
    if (indicator.year !== null) years.add(indicator.year);
  }
  return [...years].sort((a, b) => a - b);
}

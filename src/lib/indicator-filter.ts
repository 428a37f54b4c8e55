import type { Dataset, Indicator, Kind, Measure, SectorId } from '../dataset/dataset-schema.ts';
import { SECTORS } from '../dataset/sector-taxonomy.ts';

export interface IndicatorFilters {
  /** null: every sector. */
  sectors: readonly SectorId[] | null;
  measure: Measure | null;
  year: number | null;
  kind: Kind | null;
  q: string;
}

/** Search ignores case and spaces and looks at both the Chinese and English subject. */
function matchesSearch(indicator: Indicator, q: string): boolean {
  const needle = q.replace(/\s+/g, '').toLowerCase();
  if (!needle) return true;
  const haystack = `${indicator.subject.zh} ${indicator.subject.en ?? ''}`
    .replace(/\s+/g, '')
    .toLowerCase();
  return haystack.includes(needle);
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

export interface SectorCount {
  id: SectorId;
  label: { zh: string; en: string };
  count: number;
}

/** Sectors that have indicators, in taxonomy order, with how many each has. */
export function countBySector(dataset: Dataset): SectorCount[] {
  const counts = new Map<SectorId, number>();
  for (const indicator of dataset.indicators) {
    counts.set(indicator.sector, (counts.get(indicator.sector) ?? 0) + 1);
  }
  return SECTORS.filter((sector) => counts.has(sector.id)).map((sector) => ({
    id: sector.id,
    label: dataset.sectors.find((s) => s.id === sector.id)?.label ?? sector.label,
    count: counts.get(sector.id) ?? 0,
  }));
}

/** Years that occur in the dataset, ascending. */
export function datasetYears(dataset: Dataset): number[] {
  const years = new Set<number>();
  for (const indicator of dataset.indicators) {
    if (indicator.year !== null) years.add(indicator.year);
  }
  return [...years].sort((a, b) => a - b);
}

/** Position of a sector in the taxonomy, for grouping rows. */
export function sectorOrder(id: SectorId): number {
  return SECTORS.findIndex((sector) => sector.id === id);
}

import type { Bilingual, SlimDataset, Indicator, SectorId } from '../../dataset/dataset-schema.ts';
import { isChartable } from '../../ledger/chartable.ts';
import { sectorOrder } from '../../dataset/sector-taxonomy.ts';

export interface BarRow {
  indicatorId: string;
  subject: Bilingual;
  sector: SectorId;
  indicator: Indicator;
}

function toRow(indicator: Indicator): BarRow {
  return {
    indicatorId: indicator.id,
    subject: indicator.subject,
    sector: indicator.sector,
    indicator,
  };
}

/** Grouped by sector in taxonomy order, largest value first within a sector. */
function bySectorThenValue(a: BarRow, b: BarRow): number {
  return sectorOrder(a.sector) - sectorOrder(b.sector) || b.indicator.value - a.indicator.value;
}

/** Every review-year growth result in percent that passes the filters. */
export function buildSectorGrowthRows(
  dataset: SlimDataset,
  visible: readonly Indicator[],
): BarRow[] {
  return visible
    .filter(
      (indicator) =>
        isChartable(indicator) &&
        indicator.measure === 'growth' &&
        indicator.unit === '%' &&
        indicator.kind === 'actual' &&
        indicator.year === dataset.report.reviewYear,
    )
    .map(toRow)
    .sort(bySectorThenValue);
}

/** Shares and rates stated in percent, on one 0–100 scale. */
export function buildShareRows(visible: readonly Indicator[]): BarRow[] {
  return visible
    .filter(
      (indicator) =>
        isChartable(indicator) &&
        (indicator.measure === 'share' || indicator.measure === 'rate') &&
        indicator.unit === '%',
    )
    .map(toRow)
    .sort(bySectorThenValue);
}

export interface LevelGroup {
  unit: string;
  rows: BarRow[];
}

/** Levels grouped by unit (only amounts in the same unit are comparable), biggest group first. */
export function buildLevelGroups(visible: readonly Indicator[]): LevelGroup[] {
  const groups = new Map<string, BarRow[]>();
  for (const indicator of visible) {
    if (indicator.measure !== 'level' || !isChartable(indicator)) continue;
    const rows = groups.get(indicator.unit) ?? [];
    rows.push(toRow(indicator));
    groups.set(indicator.unit, rows);
  }
  return [...groups.entries()]
    .map(([unit, rows]) => ({ unit, rows: rows.sort(bySectorThenValue) }))
    .sort((a, b) => b.rows.length - a.rows.length || a.unit.localeCompare(b.unit));
}

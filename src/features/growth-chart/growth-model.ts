import type { Bilingual, SlimDataset, Indicator, SectorId } from '../../dataset/dataset-schema.ts';
import { isChartable } from '../../ledger/chartable.ts';
import { sectorOrder } from '../../dataset/sector-taxonomy.ts';

/** One subject's growth: its review-year result, its plan-year goal, or both. */
export interface GrowthRow {
  key: string;
  subject: Bilingual;
  sector: SectorId;
  actual: Indicator | null;
  target: Indicator | null;
}

/**
 * One year's growth in percent; changes in 百分点 are another scale and stay in the table, as
 * do figures over several years and subjects that name nothing (see isChartable).
 */
function isPercentGrowth(indicator: Indicator): boolean {
  return isChartable(indicator) && indicator.measure === 'growth' && indicator.unit === '%';
}

function byPlacement(a: GrowthRow, b: GrowthRow): number {
  const sector = sectorOrder(a.sector) - sectorOrder(b.sector);
  if (sector !== 0) return sector;
  const start = (row: GrowthRow) => (row.actual ?? row.target)?.source.start ?? 0;
  return start(a) - start(b);
}

/**
 * The main chart's rows: every review-year growth result and plan-year growth goal that
 * passes the filters, paired through the dataset's comparisons where the report states both.
 * Rows are grouped by sector in taxonomy order, then in reading order.
 */
export function buildGrowthRows(dataset: SlimDataset, visible: readonly Indicator[]): GrowthRow[] {
  const { reviewYear, planYear } = dataset.report;
  const actuals = new Map<string, Indicator>();
  const targets = new Map<string, Indicator>();
  for (const indicator of visible) {
    if (!isPercentGrowth(indicator)) continue;
    if (indicator.kind === 'actual' && indicator.year === reviewYear) {
      actuals.set(indicator.id, indicator);
    } else if (indicator.kind === 'target' && indicator.year === planYear) {
      targets.set(indicator.id, indicator);
    }
  }
  const rows: GrowthRow[] = [];
  for (const comparison of dataset.comparisons) {
    const actual = actuals.get(comparison.actual);
    const target = targets.get(comparison.target);
    if (!actual || !target) continue;
    actuals.delete(actual.id);
    targets.delete(target.id);
    rows.push({
      key: comparison.id,
      subject: comparison.subject,
      sector: comparison.sector,
      actual,
      target,
    });
  }
  for (const actual of actuals.values()) {
    rows.push({
      key: actual.id,
      subject: actual.subject,
      sector: actual.sector,
      actual,
      target: null,
    });
  }
  for (const target of targets.values()) {
    rows.push({
      key: target.id,
      subject: target.subject,
      sector: target.sector,
      actual: null,
      target,
    });
  }
  return rows.sort(byPlacement);
}

/** Every plan-year growth goal that passes the filters, one row each, grouped by sector. */
export function buildGrowthTargetRows(
  dataset: SlimDataset,
  visible: readonly Indicator[],
): GrowthRow[] {
  return visible
    .filter(
      (indicator) =>
        isPercentGrowth(indicator) &&
        indicator.kind === 'target' &&
        indicator.year === dataset.report.planYear,
    )
    .map((target) => ({
      key: target.id,
      subject: target.subject,
      sector: target.sector,
      actual: null,
      target,
    }))
    .sort(byPlacement);
}

/**
 * Goal minus result in percentage points. For a floor (≥) or a range the lower bound is
 * the goal's binding number, so it is the one compared.
 */
export function growthGap(row: GrowthRow): number | null {
  if (!row.actual || !row.target) return null;
  return Math.round((row.target.value - row.actual.value) * 100) / 100;
}

/**
 * What the main chart's rows hold, so its title promises no more: only goals when a filter hid
 * every result, only results when it hid every goal.
 */
export function growthContent(rows: readonly GrowthRow[]): 'both' | 'results' | 'goals' {
  const results = rows.some((row) => row.actual !== null);
  const goals = rows.some((row) => row.target !== null);
  if (results && !goals) return 'results';
  if (goals && !results) return 'goals';
  return 'both';
}

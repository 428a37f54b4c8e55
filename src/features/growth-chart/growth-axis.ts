import { outlierBound } from '../../lib/chart-axes.ts';
import type { GrowthRow } from './growth-model.ts';

/** Every number a row draws: its result, its goal and a range goal's upper bound. */
function rowValues(rows: readonly GrowthRow[]): number[] {
  return rows.flatMap((row) =>
    [row.actual?.value, row.target?.value, row.target?.upper].filter(
      (value): value is number => typeof value === 'number',
    ),
  );
}

/**
 * The value axis bound when a few outliers (实际使用外资增长396%) would squash every other
 * row against zero (see `outlierBound`); marks beyond it sit at the edge labelled with their
 * real value. null: no clipping needed.
 */
export function growthAxisBound(rows: readonly GrowthRow[]): number | null {
  return outlierBound(rowValues(rows));
}

export function clip(value: number, bound: number | null): number {
  return bound === null ? value : Math.max(-bound, Math.min(bound, value));
}

/** The value axis' extent as drawn, for placing labels (ECharts rounds it a little wider). */
export function axisExtent(rows: readonly GrowthRow[], bound: number | null, hasNegative: boolean) {
  const values = rowValues(rows);
  // A clipped axis stops at ±bound; a side without clipping is left to the data.
  const min = bound !== null && hasNegative ? -bound : Math.min(0, ...values);
  return { min, max: bound ?? Math.max(0, ...values) };
}

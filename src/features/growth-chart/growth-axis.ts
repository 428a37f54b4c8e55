import { outlierBound } from '../../lib/chart-axes.ts';
import type { GrowthRow } from './growth-model.ts';

/** The drawn value axis: from `min` to `max`, both multiples of the tick `interval`. */
export interface GrowthScale {
  min: number;
  max: number;
  interval: number;
}

/** Every number a row draws: its result, its goal and a range goal's upper bound. */
function rowValues(rows: readonly GrowthRow[]): number[] {
  return rows.flatMap((row) =>
    [row.actual?.value, row.target?.value, row.target?.upper].filter(
      (value): value is number => typeof value === 'number',
    ),
  );
}

function goalValues(rows: readonly GrowthRow[]): number[] {
  return rows.flatMap((row) =>
    [row.target?.value, row.target?.upper].filter(
      (value): value is number => typeof value === 'number',
    ),
  );
}

/** Up to this many rows, the axis makes room for every goal however far out. */
export const FEW_ROWS = 8;

const NICE_STEPS = [1, 2, 2.5, 5, 10] as const;

/** A tick step of 1, 2, 2.5 or 5 times a power of ten giving about `ticks` steps over `span`. */
export function niceStep(span: number, ticks: number): number {
  const raw = span / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  return (NICE_STEPS.find((step) => step * power >= raw) ?? 10) * power;
}

/**
 * The value axis, ending on regular ticks. When a few outliers (实际使用外资增长396%) would
 * squash every other row against zero, it stops above most values (see `outlierBound`);
 * what lies beyond is drawn at the edge as an arrow labelled with its real value. When only a
 * few rows are shown it never stops before a goal, which is what a result is read against and
 * which then costs the others little room. A phone gets fewer ticks, so none has to be hidden
 * for want of room.
 */
export function growthScale(rows: readonly GrowthRow[], compact = false): GrowthScale {
  const values = rowValues(rows);
  const goals = goalValues(rows);
  let high = Math.max(0, ...values);
  let low = Math.min(0, ...values);
  const bound = outlierBound(values);
  if (bound !== null) {
    const kept = rows.length <= FEW_ROWS ? goals : [];
    high = Math.min(high, Math.max(bound, ...kept));
    low = Math.max(low, Math.min(-bound, ...kept));
  }
  const interval = niceStep(high - low || 1, compact ? 4 : 7);
  // Rounding 9.999… for 10 would add an empty tick: compare with a little slack.
  const ticks = (value: number, round: (n: number) => number) =>
    round(Number((value / interval).toFixed(6))) * interval;
  return { min: ticks(low, Math.floor), max: ticks(high, Math.ceil), interval };
}

/** Where on the axis a value is drawn: itself, or the edge it lies beyond. */
export function clip(value: number, scale: GrowthScale): number {
  return Math.max(scale.min, Math.min(scale.max, value));
}

/** 'high' or 'low' for a value beyond the axis' end, null for one drawn where it is. */
export function beyondAxis(value: number, scale: GrowthScale): 'high' | 'low' | null {
  if (value > scale.max) return 'high';
  return value < scale.min ? 'low' : null;
}

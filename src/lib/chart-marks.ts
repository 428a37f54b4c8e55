import type { Comparator } from '../dataset/dataset-schema.ts';

/**
 * The one vocabulary of result and goal marks, shared by every chart that draws both: a result
 * is a filled dot, a goal a hollow mark whose shape says its comparator. A floor (以上) is an
 * arrowhead pointing towards "or more", a ceiling (以内) one pointing the other way, 左右 a
 * diamond, a plain goal a ring; a range is an interval bar drawn by the chart's custom series.
 * `x` is for a horizontal value axis (the growth chart), `y` for a vertical one (the ledger).
 */
export type PointComparator = Exclude<Comparator, 'range'>;
export type ValueAxisDirection = 'x' | 'y';

export const POINT_COMPARATORS: readonly PointComparator[] = ['eq', 'gte', 'approx', 'lte'];

export const GOAL_SYMBOLS: Record<ValueAxisDirection, Record<PointComparator, string>> = {
  // A ring is a circle with a transparent fill: ECharts fills its 'emptyCircle' with white,
  // which in the dark theme reads as a filled dot, that is as a result.
  x: {
    eq: 'circle',
    gte: 'path://M0,0 L12,7 L0,14 L4,7 Z',
    approx: 'diamond',
    lte: 'path://M12,0 L0,7 L12,14 L8,7 Z',
  },
  y: {
    eq: 'circle',
    gte: 'path://M0,12 L7,0 L14,12 L7,8 Z',
    approx: 'diamond',
    lte: 'path://M0,0 L7,12 L14,0 L7,4 Z',
  },
};

/** A ring is drawn a little smaller than the pointed marks, whose tips make them look small. */
export const GOAL_SYMBOL_SIZE: Record<PointComparator, number> = {
  eq: 12,
  gte: 15,
  approx: 15,
  lte: 15,
};

/** Legend icon of a range goal: a bar with end caps along the value axis. */
export const RANGE_ICONS: Record<ValueAxisDirection, string> = {
  x: 'path://M0,0 H2 V4 H18 V0 H20 V10 H18 V6 H2 V10 H0 Z',
  y: 'path://M0,0 H10 V2 H6 V18 H10 V20 H0 V18 H4 V2 H0 Z',
};

export const RESULT_SYMBOL = 'circle';

/** The colour of a mark in a legend or key, where it stands for every sector. */
export const NEUTRAL_MARK_COLOR = '#5b6570';

/**
 * A result beyond the end of a cut axis: a block arrow (shaft and head) pointing past the edge,
 * filled like a result, so it reads neither as a dot at the edge's value nor as a goal's
 * arrowhead. Its label carries the real value.
 */
export const BEYOND_AXIS_SYMBOLS = {
  high: 'path://M0,4 H9 V0 L16,7 L9,14 V10 H0 Z',
  low: 'path://M16,4 H7 V0 L0,7 L7,14 V10 H16 Z',
} as const;

/** The fill of a hollow mark: none, so it is hollow on any background, light, dark or exported. */
export const HOLLOW = 'transparent';

/** A goal's mark (or bar) in `color`: a border of that colour around a transparent fill. */
export function goalMarkStyle(color: string): {
  color: string;
  borderColor: string;
  borderWidth: number;
} {
  return { color: HOLLOW, borderColor: color, borderWidth: 2 };
}

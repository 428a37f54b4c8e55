import type { CustomSeriesRenderItem } from 'echarts';
import type { Comparator } from '../../dataset/dataset-schema.ts';
import type { GrowthRow } from './growth-model.ts';

export type PointComparator = Exclude<Comparator, 'range'>;

/**
 * How each goal comparator is drawn. A floor (以上) is an arrowhead pointing right, towards
 * "or more", a ceiling (以内) one pointing left; 左右 is a diamond; a plain goal a ring; a
 * range is an interval bar (see the custom series below). The legend shows the same marks.
 */
export const GOAL_SYMBOLS: Record<PointComparator, string> = {
  // A ring drawn as a circle with a transparent fill: ECharts fills its 'emptyCircle' with
  // white, which in the dark theme reads as a filled dot, that is as a result.
  eq: 'circle',
  gte: 'path://M0,0 L12,7 L0,14 L4,7 Z',
  approx: 'diamond',
  lte: 'path://M12,0 L0,7 L12,14 L8,7 Z',
};

/** The fill of a hollow mark: none, so it is hollow on any background, light, dark or exported. */
export const HOLLOW = 'transparent';

/** Legend icon of a range goal: a bar with end caps. */
export const RANGE_ICON = 'path://M0,0 H2 V4 H18 V0 H20 V10 H18 V6 H2 V10 H0 Z';

export const NEUTRAL = '#5b6570';
export const POINT_COMPARATORS: readonly PointComparator[] = ['eq', 'gte', 'approx', 'lte'];

/** Draws a range goal as a bar between its bounds with end caps, in its sector's colour. */
export const renderRange: CustomSeriesRenderItem = (_params, api) => {
  const low = api.coord([api.value(0), api.value(2)]);
  const high = api.coord([api.value(1), api.value(2)]);
  const [x0, y] = [low[0] ?? 0, low[1] ?? 0];
  const x1 = high[0] ?? 0;
  const color = api.visual('color') as string;
  const thickness = 8;
  const cap = 16;
  return {
    type: 'group',
    children: [
      {
        type: 'rect',
        shape: { x: x0, y: y - thickness / 2, width: Math.max(x1 - x0, 2), height: thickness },
        style: { fill: color, opacity: 0.55 },
      },
      {
        type: 'rect',
        shape: { x: x0 - 1, y: y - cap / 2, width: 3, height: cap },
        style: { fill: color },
      },
      {
        type: 'rect',
        shape: { x: x1 - 1, y: y - cap / 2, width: 3, height: cap },
        style: { fill: color },
      },
    ],
  };
};

/** The line from a result to its goal, so each row reads as one dumbbell. */
export const renderConnector: CustomSeriesRenderItem = (_params, api) => {
  const from = api.coord([api.value(0), api.value(2)]);
  const to = api.coord([api.value(1), api.value(2)]);
  return {
    type: 'line',
    shape: { x1: from[0] ?? 0, y1: from[1] ?? 0, x2: to[0] ?? 0, y2: to[1] ?? 0 },
    style: { stroke: '#9aa4ae', lineWidth: 2 },
  };
};

/** The point on a goal the connector runs to: a range's nearer end, else the goal's value. */
export function connectorEnd(row: GrowthRow): number | null {
  if (!row.actual || !row.target) return null;
  const { value, upper, comparator } = row.target;
  if (comparator === 'range' && upper !== null) {
    return Math.min(Math.max(row.actual.value, value), upper);
  }
  return value;
}

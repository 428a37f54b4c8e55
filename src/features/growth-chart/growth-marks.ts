import type { CustomSeriesRenderItem } from 'echarts';
import type { GrowthRow } from './growth-model.ts';

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

import { describe, expect, it } from 'vitest';
import { capChartRows } from '../../../src/lib/chart-cap.ts';

describe('capChartRows', () => {
  it('keeps the first rows in their order and counts the rest', () => {
    const rows = Array.from({ length: 500 }, (_, index) => index);
    expect(capChartRows(rows, 120)).toEqual({
      rows: rows.slice(0, 120),
      shown: 120,
      omitted: 380,
    });
  });

  it('leaves a report-sized chart whole', () => {
    const rows = [1, 2, 3];
    const capped = capChartRows(rows, 120);
    expect(capped.rows).toBe(rows);
    expect(capped.omitted).toBe(0);
  });
});

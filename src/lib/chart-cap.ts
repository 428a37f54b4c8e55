/**
 * The most rows one chart draws. A report's own charts stay well under it (Beihai's longest
 * has about forty); a pasted 5 MB report would otherwise ask ECharts for thousands of rows,
 * a chart many screens tall that freezes the page while it is laid out.
 */
export const CHART_ROW_CAP = 120;

/** The rows a chart draws, in their order, and how many it leaves out (a note says so). */
export interface CappedRows<T> {
  rows: readonly T[];
  shown: number;
  omitted: number;
}

export function capChartRows<T>(rows: readonly T[], cap = CHART_ROW_CAP): CappedRows<T> {
  const shown = Math.min(rows.length, cap);
  return {
    rows: shown === rows.length ? rows : rows.slice(0, cap),
    shown,
    omitted: rows.length - shown,
  };
}

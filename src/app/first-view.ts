import type { QueryClient } from '@tanstack/react-query';
import { datasetIndexQueryOptions, slimDatasetQueryOptions } from '../api/dataset-queries.ts';
import { chooseReport } from '../api/report-list.ts';
import type { ReportEntry } from '../api/report-list.ts';
import { storedReportListQueryOptions } from '../api/stored-report-queries.ts';
import { preloadChartView } from '../components/lazy-echart.tsx';
import type { DatasetIndex, SlimDataset } from '../dataset/dataset-schema.ts';

/**
 * Set on <html> by public/first-view-guard.js before the first paint when the address asks for
 * another view than the one the build prerendered into index.html (the default view of the
 * default report); app.css hides that page then, so it never stands in for another view.
 */
export const STALE_FIRST_VIEW = 'stale';

/** The report the default address opens, which the build prerenders. */
export function firstViewReport(index: DatasetIndex): ReportEntry | null {
  return chooseReport(
    index.reports.map((report) => ({ ...report, origin: 'bundled' as const })),
    null,
  );
}

/**
 * Puts into `client` what the default view's first render reads: the index, the default
 * report's slim dataset, and the browser's stored reports (a first visit has none).
 */
export function seedFirstView(
  client: QueryClient,
  index: DatasetIndex,
  entry: ReportEntry,
  dataset: SlimDataset,
): void {
  client.setQueryData(datasetIndexQueryOptions().queryKey, index);
  client.setQueryData(slimDatasetQueryOptions(entry.file).queryKey, dataset);
  client.setQueryData(storedReportListQueryOptions().queryKey, []);
}

/**
 * Loads, all at once, what the prerendered first view was rendered from, plus the chart code.
 * True when the browser's first render will be that page exactly: everything loaded and no
 * reports stored in this browser (their list would differ from the build's empty one).
 */
export async function loadFirstView(client: QueryClient): Promise<boolean> {
  const chart = preloadChartView();
  const dataset = client.fetchQuery(datasetIndexQueryOptions()).then((index) => {
    const entry = firstViewReport(index);
    return entry ? client.fetchQuery(slimDatasetQueryOptions(entry.file)) : null;
  });
  const stored = client.fetchQuery(storedReportListQueryOptions());
  try {
    const [loaded, reports] = await Promise.all([dataset, stored, chart]);
    return loaded !== null && reports.length === 0;
  } catch {
    // A failure stays in the query cache, where the app's own render shows it.
    return false;
  }
}

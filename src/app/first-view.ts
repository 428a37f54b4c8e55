import type { QueryClient } from '@tanstack/react-query';
import { datasetIndexQueryOptions, slimDatasetQueryOptions } from '../api/dataset-queries.ts';
import { chooseReport } from '../api/report-list.ts';
import type { ReportEntry } from '../api/report-list.ts';
import { storedReportListQueryOptions } from '../api/stored-report-queries.ts';
import type { DatasetIndex, SlimDataset } from '../dataset/dataset-schema.ts';

export { STALE_FIRST_VIEW } from './first-view-guard.ts';

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
 * Loads, all at once, what the prerendered first view was rendered from (its first chart is a
 * picture until the reader reaches for it, so the chart code is not among them).
 * True when the browser's first render will be that page exactly: everything loaded and no
 * reports stored in this browser (their list would differ from the build's empty one).
 */
export async function loadFirstView(client: QueryClient): Promise<boolean> {
  const dataset = client.fetchQuery(datasetIndexQueryOptions()).then((index) => {
    const entry = firstViewReport(index);
    return entry ? client.fetchQuery(slimDatasetQueryOptions(entry.file)) : null;
  });
  const stored = client.fetchQuery(storedReportListQueryOptions());
  try {
    const [loaded, reports] = await Promise.all([dataset, stored]);
    return loaded !== null && reports.length === 0;
  } catch {
    // A failure stays in the query cache, where the app's own render shows it.
    return false;
  }
}

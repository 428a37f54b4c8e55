import { useQuery } from '@tanstack/react-query';
import { datasetIndexQueryOptions, datasetQueryOptions } from './dataset-queries.ts';

export const DEFAULT_REPORT_ID = 'beihai-2024';

/** A report the picker can offer. `origin` tells the loader where its dataset lives. */
export interface ReportEntry {
  id: string;
  title: string;
  region: { zh: string; en: string | null } | null;
  reviewYear: number | null;
  planYear: number | null;
  indicators: number;
  origin: 'bundled' | 'uploaded';
  /** For bundled reports: the file under public/data/. */
  file: string;
}

export interface ReportList {
  reports: ReportEntry[];
  status: 'pending' | 'error' | 'success';
  error: Error | null;
  refetch: () => void;
}

/**
 * The one list of reports the picker shows. Uploaded reports (IndexedDB) are meant to be
 * merged in here, after the bundled ones, so every consumer sees both.
 */
export function useReportList(): ReportList {
  const index = useQuery(datasetIndexQueryOptions());
  const bundled: ReportEntry[] = (index.data?.reports ?? []).map((report) => ({
    ...report,
    origin: 'bundled',
  }));
  return {
    reports: bundled,
    status: index.status,
    error: index.error,
    refetch: () => void index.refetch(),
  };
}

/** The report a view shows: the one named in the URL, else Beihai, else the first. */
export function chooseReport(reports: readonly ReportEntry[], wanted: string | null) {
  if (wanted !== null) return reports.find((report) => report.id === wanted) ?? null;
  return reports.find((report) => report.id === DEFAULT_REPORT_ID) ?? reports[0] ?? null;
}

/** Where a report's dataset comes from; an uploaded report's loader is added next to this. */
export function reportDatasetQueryOptions(entry: ReportEntry) {
  return datasetQueryOptions(entry.file);
}

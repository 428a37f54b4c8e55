import { useQuery } from '@tanstack/react-query';
import type { PlaceLevel } from '../dataset/dataset-schema.ts';
import { placeLevel } from '../ledger/place.ts';
import { datasetIndexQueryOptions, datasetQueryOptions } from './dataset-queries.ts';
import {
  storedDatasetQueryOptions,
  storedReportListQueryOptions,
} from './stored-report-queries.ts';

export const DEFAULT_REPORT_ID = 'beihai-2024';

/** A report the picker can offer. `origin` tells the loader where its dataset lives. */
export interface ReportEntry {
  id: string;
  title: string;
  region: { zh: string; en: string | null } | null;
  /** National, province or city; null for a county or an unknown place. */
  level: PlaceLevel | null;
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
 * The one list of reports the picker shows: the bundled ones, then those uploaded into this
 * browser (IndexedDB), so every consumer sees both.
 */
export function useReportList(): ReportList {
  const index = useQuery(datasetIndexQueryOptions());
  // A browser without IndexedDB (or with it blocked) still shows the bundled reports.
  const stored = useQuery(storedReportListQueryOptions());
  const bundled: ReportEntry[] = (index.data?.reports ?? []).map((report) => ({
    ...report,
    origin: 'bundled',
  }));
  const uploaded: ReportEntry[] = (stored.data ?? []).map(({ savedAt: _savedAt, ...report }) => ({
    ...report,
    // An upload's level is read from its region the way the index's is.
    level: placeLevel(report.region?.zh),
    origin: 'uploaded',
  }));
  return {
    reports: [...bundled, ...uploaded],
    // Wait for the stored list too: a reload on ?report=upload-… must not flash "no report".
    status: index.status === 'success' && stored.isPending ? 'pending' : index.status,
    error: index.error,
    refetch: () => void index.refetch(),
  };
}

/** The report a view shows: the one named in the URL, else Beihai, else the first. */
export function chooseReport(reports: readonly ReportEntry[], wanted: string | null) {
  if (wanted !== null) return reports.find((report) => report.id === wanted) ?? null;
  return reports.find((report) => report.id === DEFAULT_REPORT_ID) ?? reports[0] ?? null;
}

/** Where a report's dataset comes from: public/data/ when bundled, IndexedDB when uploaded. */
export function reportDatasetQueryOptions(entry: ReportEntry) {
  return entry.origin === 'uploaded'
    ? storedDatasetQueryOptions(entry.id)
    : datasetQueryOptions(entry.file);
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import type { QueryClient, UseQueryResult } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { Dataset, SlimDataset } from '../dataset/dataset-schema.ts';
import type { Lang } from '../lib/i18n/lang.ts';
import { sessionDataset, sessionReports, subscribeSessionReports } from './session-reports.ts';
import type { StorageProblem } from './storage-failure.ts';
import { DatasetLoadError } from './read-data-file.ts';
import type { PlaceLevel } from '../dataset/dataset-schema.ts';
import { placeLevel } from '../ledger/place.ts';
import {
  datasetIndexQueryOptions,
  datasetQueryOptions,
  slimDatasetQueryOptions,
} from './dataset-queries.ts';
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
  /** `unsaved`: read in this visit but refused by the browser's storage; gone on reload. */
  origin: 'bundled' | 'uploaded' | 'unsaved';
  /** For bundled reports: the file under public/data/; for uploads, the file's name. */
  file: string;
  /** Why an unsaved report is not kept. */
  notKept?: StorageProblem;
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
  const session = useSyncExternalStore(subscribeSessionReports, sessionReports, sessionReports);
  const unsaved: ReportEntry[] = session
    .filter(({ dataset }) => !uploaded.some((report) => report.id === dataset.report.id))
    .map(({ dataset, problem }) => ({
      ...entryOfDataset(dataset, 'unsaved', dataset.report.source.file),
      notKept: problem,
    }));
  return {
    reports: [...bundled, ...uploaded, ...unsaved],
    // Wait for the stored list too: a reload on ?report=upload-… must not flash "no report".
    status: index.status === 'success' && stored.isPending ? 'pending' : index.status,
    error: index.error,
    refetch: () => void index.refetch(),
  };
}

/** The list entry of a dataset in hand. */
export function entryOfDataset(
  dataset: Dataset,
  origin: ReportEntry['origin'],
  file: string,
): ReportEntry {
  const { report } = dataset;
  return {
    id: report.id,
    title: report.title,
    region: report.region,
    reviewYear: report.reviewYear,
    planYear: report.planYear,
    level: placeLevel(report.region?.zh),
    indicators: dataset.indicators.length,
    origin,
    file,
  };
}

/** The report a view shows: the one named in the URL, else Beihai, else the first. */
export function chooseReport(reports: readonly ReportEntry[], wanted: string | null) {
  if (wanted !== null) return reports.find((report) => report.id === wanted) ?? null;
  return reports.find((report) => report.id === DEFAULT_REPORT_ID) ?? reports[0] ?? null;
}

/** How a report is named to a reader: its title, or in English its place and year ("Beihai 2024"). */
export function reportEntryLabel(report: ReportEntry, lang: Lang): string {
  const region = report.region
    ? ((lang === 'en' ? report.region.en : null) ?? report.region.zh)
    : '';
  return lang === 'en' && region
    ? `${region} ${report.planYear ?? ''}`.trim()
    : report.title || report.id;
}

/** Where a report's dataset comes from: public/data/, IndexedDB, or this visit's memory. */
export function reportDatasetQueryOptions(entry: ReportEntry) {
  if (entry.origin === 'unsaved') return sessionDatasetQueryOptions(entry.id);
  return entry.origin === 'uploaded'
    ? storedDatasetQueryOptions(entry.id)
    : datasetQueryOptions(entry.file);
}

/**
 * What the dashboard reads first: a bundled report's slim copy (its text follows when the source
 * view opens, reportTextQueryOptions); an upload's dataset is in this browser already, whole, and
 * stays the one query that uploads and deletions invalidate.
 */
export function useReportIndicators(entry: ReportEntry): UseQueryResult<SlimDataset> {
  const bundled = entry.origin === 'bundled';
  const slim = useQuery({ ...slimDatasetQueryOptions(entry.file), enabled: bundled });
  const whole = useQuery({ ...reportDatasetQueryOptions(entry), enabled: !bundled });
  return bundled ? slim : whole;
}

/**
 * The report's indicators if they are in `client` already, as useReportIndicators would give
 * them at once; else null.
 */
export function loadedReportIndicators(
  client: QueryClient,
  entry: ReportEntry,
): SlimDataset | null {
  const loaded =
    entry.origin === 'bundled'
      ? client.getQueryData(slimDatasetQueryOptions(entry.file).queryKey)
      : client.getQueryData(reportDatasetQueryOptions(entry).queryKey);
  return loaded ?? null;
}

/** A report's text, from its full dataset (for a bundled report, the one file that has it). */
export function reportTextQueryOptions(entry: ReportEntry) {
  return queryOptions({
    queryKey: ['report-text', entry.origin, entry.file, entry.id],
    queryFn: async ({ client }): Promise<string> =>
      (await client.fetchQuery(reportDatasetQueryOptions(entry))).text,
    staleTime: Infinity,
  });
}

export type ReportTextQuery = ReturnType<typeof reportTextQueryOptions>;

function sessionDatasetQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['session-report', id],
    queryFn: (): Dataset => {
      const dataset = sessionDataset(id);
      if (!dataset) throw new DatasetLoadError(`${id}: this report was not kept`);
      return dataset;
    },
    staleTime: Infinity,
  });
}

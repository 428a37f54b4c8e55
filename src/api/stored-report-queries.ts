import { queryOptions } from '@tanstack/react-query';
import type { Dataset } from '../dataset/dataset-schema.ts';
import { listStoredReports, loadStoredDataset } from './report-store.ts';
import { DatasetLoadError } from './read-data-file.ts';

/** Key prefix of everything read from the browser's report store; invalidate it after a change. */
export const STORED_REPORTS_KEY = ['stored-reports'] as const;

export function storedReportListQueryOptions() {
  return queryOptions({
    queryKey: [...STORED_REPORTS_KEY, 'list'],
    queryFn: listStoredReports,
    staleTime: Infinity,
  });
}

export function storedDatasetQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...STORED_REPORTS_KEY, 'dataset', id],
    queryFn: async (): Promise<Dataset> => {
      const dataset = await loadStoredDataset(id);
      if (!dataset) {
        throw new DatasetLoadError(`${id}: this uploaded report is not stored in this browser`);
      }
      return dataset;
    },
    staleTime: Infinity,
  });
}

import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { STORED_REPORTS_KEY } from '../api/stored-report-queries.ts';
import { onStoredReportsChanged } from '../api/report-sync.ts';

/** Another tab uploaded or deleted a report: read the stored list (and datasets) again. */
export function useStoredReportSync(): void {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      onStoredReportsChanged(() => {
        void queryClient.invalidateQueries({ queryKey: STORED_REPORTS_KEY });
      }),
    [queryClient],
  );
}

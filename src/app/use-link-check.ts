import { useEffect, useMemo, useState } from 'react';
import type { ReportEntry } from '../api/report-list.ts';
import type { SlimDataset } from '../dataset/dataset-schema.ts';
import { checkViewLink } from './link-check.ts';
import type { LinkCheck, LinkCorrection } from './link-check.ts';
import { updateViewState, useLocationSearch } from './view-state.ts';

/**
 * Checks the address against what exists once the report list is in (and again once the open
 * report's dataset is, for `indicator=`), writes the corrected address in place of the bad one,
 * and keeps what was dropped so the page can say so after the address no longer shows it.
 */
export function useLinkCheck(
  reports: readonly ReportEntry[] | null,
  dataset: SlimDataset | null,
): { corrections: readonly LinkCorrection[]; dismiss: () => void } {
  const search = useLocationSearch();
  // The list is a new array on every render; its ids are what the check depends on.
  const reportIds = reports === null ? null : reports.map((report) => report.id).join('\n');
  const check = useMemo<LinkCheck | null>(
    () =>
      reportIds === null
        ? null
        : checkViewLink(search, {
            reports: reportIds.split('\n'),
            indicators: dataset?.indicators.map((indicator) => indicator.id) ?? null,
          }),
    [search, reportIds, dataset],
  );
  const [kept, setKept] = useState<{ from: LinkCheck | null; corrections: LinkCorrection[] }>({
    from: null,
    corrections: [],
  });
  // Adjusting state while rendering (React's pattern for state derived from a change): each
  // new check's findings are added once.
  if (check !== null && check !== kept.from && check.corrections.length > 0) {
    setKept({ from: check, corrections: [...kept.corrections, ...check.corrections] });
  }
  useEffect(() => {
    if (check !== null && check.corrections.length > 0) {
      updateViewState(check.patch, { replace: true });
    }
  }, [check]);
  return {
    corrections: kept.corrections,
    dismiss: () => setKept({ from: check, corrections: [] }),
  };
}

import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { storedReportListQueryOptions } from '../api/stored-report-queries.ts';
import { StoredReportList } from '../features/upload/stored-report-list.tsx';
import { uploadText } from '../features/upload/upload-messages.ts';
import { UploadPanel } from '../features/upload/upload-panel.tsx';
import { useI18n } from '../lib/i18n/i18n.ts';
import { switchReport } from './view-state.ts';
import type { ViewUpdate } from './view-state.ts';

/**
 * Upload and the stored-report list, folded away so the dashboard stays first. Opening a
 * report is a report switch like the picker's; a deleted report leaves the view and the
 * comparison.
 */
export function YourReports({
  openId,
  setView,
}: {
  openId: string | null;
  setView: (update: ViewUpdate) => void;
}) {
  const { lang } = useI18n();
  const stored = useQuery(storedReportListQueryOptions());
  const open = useCallback((report: string) => setView(switchReport(report)), [setView]);
  const onDeleted = useCallback(
    (id: string) =>
      setView((view) => ({
        report: view.report === id ? null : view.report,
        indicator: view.report === id ? null : view.indicator,
        compare: view.compare.filter((other) => other !== id),
      })),
    [setView],
  );
  return (
    <details className="card your-reports">
      <summary>{uploadText(lang, 'yourReports', { count: stored.data?.length ?? 0 })}</summary>
      <UploadPanel onUploaded={open} />
      <StoredReportList openId={openId} onOpen={open} onDeleted={onDeleted} />
    </details>
  );
}

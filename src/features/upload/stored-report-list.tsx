import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  STORED_REPORTS_KEY,
  storedReportListQueryOptions,
} from '../../api/stored-report-queries.ts';
import { useI18n } from '../../lib/i18n.ts';
import { deleteStoredDataset } from '../../lib/report-store.ts';
import type { StoredReportSummary } from '../../lib/report-store.ts';
import { uploadText } from './upload-messages.ts';

interface StoredReportListProps {
  onOpen: (reportId: string) => void;
  /** Called as a delete starts, so the app can leave a view of the deleted report. */
  onDeleted: (reportId: string) => void;
}

function reportName(report: StoredReportSummary, untitled: string): string {
  return report.title || report.region?.zh || untitled;
}

/** The uploaded reports kept in this browser, each to open or (after confirming) delete. */
export function StoredReportList({ onOpen, onDeleted }: StoredReportListProps) {
  const { lang } = useI18n();
  const queryClient = useQueryClient();
  const stored = useQuery(storedReportListQueryOptions());
  const [confirming, setConfirming] = useState<string | null>(null);
  const untitled = uploadText(lang, 'untitled');

  const remove = async (id: string) => {
    setConfirming(null);
    // Leave the report's view first, so that it never shows a report the list lacks.
    onDeleted(id);
    await deleteStoredDataset(id);
    await queryClient.invalidateQueries({ queryKey: STORED_REPORTS_KEY });
  };

  const reports = stored.data ?? [];
  return (
    <div className="stored-reports">
      <h3>{uploadText(lang, 'stored')}</h3>
      {reports.length === 0 ? (
        <p className="empty-note">{uploadText(lang, 'storedEmpty')}</p>
      ) : (
        <ul>
          {reports.map((report) => {
            const name = reportName(report, untitled);
            return (
              <li key={report.id} data-stored-report={report.id}>
                <span className="stored-report-name">{name}</span>{' '}
                <span className="stored-report-count">
                  {uploadText(lang, 'indicators', { count: report.indicators })}
                </span>{' '}
                {confirming === report.id ? (
                  <span
                    role="group"
                    aria-label={uploadText(lang, 'deleteConfirm', { title: name })}
                  >
                    <span>{uploadText(lang, 'deleteConfirm', { title: name })}</span>{' '}
                    <button
                      type="button"
                      className="button danger"
                      onClick={() => void remove(report.id)}
                    >
                      {uploadText(lang, 'deleteYes')}
                    </button>{' '}
                    <button type="button" className="button" onClick={() => setConfirming(null)}>
                      {uploadText(lang, 'deleteNo')}
                    </button>
                  </span>
                ) : (
                  <>
                    <button type="button" className="button" onClick={() => onOpen(report.id)}>
                      {uploadText(lang, 'open')}
                      <span className="visually-hidden">: {name}</span>
                    </button>{' '}
                    <button
                      type="button"
                      className="button"
                      onClick={() => setConfirming(report.id)}
                    >
                      {uploadText(lang, 'delete')}
                      <span className="visually-hidden">: {name}</span>
                    </button>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

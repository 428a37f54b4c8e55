import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, useSyncExternalStore } from 'react';
import {
  STORED_REPORTS_KEY,
  storedReportListQueryOptions,
} from '../../api/stored-report-queries.ts';
import { useI18n } from '../../lib/i18n/i18n.ts';
import { deleteStoredDataset } from '../../api/report-store.ts';
import type { StoredReportSummary } from '../../api/report-store.ts';
import { sessionReports, subscribeSessionReports } from '../../api/session-reports.ts';
import { uploadText } from './upload-messages.ts';
import type { Lang } from '../../lib/i18n/lang.ts';

interface StoredReportListProps {
  /** The report on screen, marked in the list. */
  openId: string | null;
  onOpen: (reportId: string) => void;
  /** Called as a delete starts, so the app can leave a view of the deleted report. */
  onDeleted: (reportId: string) => void;
}

function reportName(
  report: Pick<StoredReportSummary, 'title' | 'region'>,
  untitled: string,
): string {
  return report.title || report.region?.zh || untitled;
}

function formatDate(time: number, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(time);
}

/** The uploaded reports kept in this browser, each to open or (after confirming) delete. */
export function StoredReportList({ openId, onOpen, onDeleted }: StoredReportListProps) {
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
  const session = useSyncExternalStore(subscribeSessionReports, sessionReports, sessionReports);
  const unsaved = session.filter(
    ({ dataset }) => !reports.some((report) => report.id === dataset.report.id),
  );
  return (
    <div className="stored-reports">
      <h3>{uploadText(lang, 'stored')}</h3>
      {stored.isError ? (
        // Not an alert: the page did not just do this, it is the state of the browser's storage.
        <p className="empty-note">
          {uploadText(lang, 'listFailed')} {stored.error.message}
        </p>
      ) : null}
      {unsaved.length > 0 ? (
        <ul aria-label={uploadText(lang, 'notKept')}>
          {unsaved.map(({ dataset, savedAt }) => (
            <li key={dataset.report.id} data-unsaved-report={dataset.report.id}>
              <span className="stored-report-name">{reportName(dataset.report, untitled)}</span>{' '}
              <span className="stored-report-meta">
                {dataset.report.source.file} · {formatDate(savedAt, lang)} ·{' '}
                {uploadText(lang, 'notKept')}
                {openId === dataset.report.id ? ` · ${uploadText(lang, 'openNow')}` : ''}
              </span>{' '}
              <button type="button" className="button" onClick={() => onOpen(dataset.report.id)}>
                {uploadText(lang, 'open')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {reports.length === 0 && unsaved.length === 0 && !stored.isError ? (
        <p className="empty-note">{uploadText(lang, 'storedEmpty')}</p>
      ) : reports.length === 0 ? null : (
        <ul>
          {reports.map((report) => {
            const name = reportName(report, untitled);
            return (
              <li
                key={report.id}
                data-stored-report={report.id}
                aria-current={openId === report.id ? 'true' : undefined}
              >
                <span className="stored-report-name">{name}</span>{' '}
                <span className="stored-report-count">
                  {uploadText(lang, 'indicators', { count: report.indicators })}
                </span>{' '}
                <span className="stored-report-meta">
                  {report.file} ·{' '}
                  {uploadText(lang, 'uploadedOn', { date: formatDate(report.savedAt, lang) })}
                  {openId === report.id ? ` · ${uploadText(lang, 'openNow')}` : ''}
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

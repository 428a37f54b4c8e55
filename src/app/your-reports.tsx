import { useQuery } from '@tanstack/react-query';
import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { storedReportListQueryOptions } from '../api/stored-report-queries.ts';
import { lazyNamed } from '../components/lazy-named.ts';
import { uploadText } from '../features/upload/upload-messages.ts';
import { useI18n } from '../lib/i18n/i18n.ts';
import { whenTheReaderArrives } from './first-input.ts';
import { switchReport } from './view-state.ts';
import type { ViewUpdate } from './view-state.ts';

const loadContent = () => import('./your-reports-content.tsx');
const YourReportsContent = lazyNamed(loadContent, 'YourReportsContent');

/**
 * Upload and the stored-report list, folded away so the dashboard stays first. Opening a
 * report is a report switch like the picker's; a deleted report leaves the view and the
 * comparison. The content renders when the panel is first opened (then stays, so an upload
 * under way survives closing it): its form and inputs cost the browser's form scan at page
 * load (~7 ms of the start), its code is a chunk fetched at the reader's first input.
 */
export function YourReports({
  openId,
  setView,
}: {
  openId: string | null;
  setView: (update: ViewUpdate) => void;
}) {
  const { lang } = useI18n();
  const [opened, setOpened] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    // Opened on the build's page before the app hydrated it: no toggle reached React. (Rendered
    // afresh, the panel is opened again by replayEarlyInputs, and its toggle is heard.)
    if (details.current?.open) setOpened(true);
    return whenTheReaderArrives(() => void loadContent());
  }, []);
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
    <details
      ref={details}
      className="card your-reports"
      data-name="your-reports"
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{uploadText(lang, 'yourReports', { count: stored.data?.length ?? 0 })}</summary>
      {opened ? (
        <Suspense fallback={null}>
          <YourReportsContent openId={openId} onOpen={open} onDeleted={onDeleted} />
        </Suspense>
      ) : null}
    </details>
  );
}

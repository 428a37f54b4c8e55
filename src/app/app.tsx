import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { chooseReport, reportEntryLabel, useReportList } from '../api/report-list.ts';
import { ChartEnvironmentContext } from '../components/chart-environment.ts';
import type { ChartEnvironment, ChartExportSource } from '../components/chart-environment.ts';
import { ErrorState, LoadingSkeleton } from '../components/status-views.tsx';
import { CompareView } from '../features/compare/compare-view.tsx';
import { ReportWarnings } from '../features/upload/report-warnings.tsx';
import type { Dataset } from '../dataset/dataset-schema.ts';
import { sectorLabel } from '../dataset/sector-taxonomy.ts';
import { I18nContext, makeI18n, reportTitle } from '../lib/i18n.ts';
import { useViewState } from '../lib/url-state.ts';
import { AppHeader } from './app-header.tsx';
import { LinkNotice } from './link-notice.tsx';
import { ReportDashboard } from './report-dashboard.tsx';
import { YourReports } from './your-reports.tsx';
import { useCompactScreen } from './use-compact.ts';
import { useLinkCheck } from './use-link-check.ts';
import { useStoredReportSync } from './use-stored-report-sync.ts';
import { useResolvedTheme } from './use-theme.ts';

export interface AppProps {
  /**
   * The export slot: rendered in every chart card's header and in the indicator table's
   * header, e.g. `(source) => <ChartExportMenu source={source} />`.
   */
  renderChartActions?: (source: ChartExportSource) => ReactNode;
  /** Tests draw with the SVG renderer at a fixed size (jsdom has no canvas or layout). */
  chartRenderer?: ChartEnvironment['renderer'];
  chartSize?: ChartEnvironment['fixedSize'];
}

/** The whole page. Shared view state lives in the URL; the QueryClient comes from outside. */
export function App({ renderChartActions, chartRenderer = 'canvas', chartSize = null }: AppProps) {
  const [view, setView] = useViewState();
  const theme = useResolvedTheme(view.theme);
  const compact = useCompactScreen();
  const i18n = useMemo(() => makeI18n(view.lang), [view.lang]);
  const list = useReportList();
  useStoredReportSync();
  const [dataset, setDataset] = useState<Dataset | null>(null);
  const onDataset = useCallback((next: Dataset | null) => setDataset(next), []);
  const entry = list.status === 'success' ? chooseReport(list.reports, view.report) : null;
  const link = useLinkCheck(
    list.status === 'success' ? list.reports : null,
    dataset && dataset.report.id === entry?.id ? dataset : null,
  );
  const fallback = list.status === 'success' ? chooseReport(list.reports, null) : null;

  useEffect(() => {
    document.documentElement.lang = view.lang === 'zh' ? 'zh-CN' : 'en';
  }, [view.lang]);
  useEffect(() => {
    const title = dataset ? reportTitle(dataset.report, i18n.lang) : null;
    document.title = title ? `${title} · ${i18n.t('app.title')}` : `指标 zhibiao`;
  }, [dataset, i18n]);

  const filterSummary =
    view.sectors === null
      ? i18n.t('filters.summary.all')
      : view.sectors.map((id) => sectorLabel(id, view.lang)).join(view.lang === 'zh' ? '、' : ', ');
  const environment = useMemo<ChartEnvironment>(
    () => ({
      lang: view.lang,
      theme,
      decals: view.patterns,
      compact,
      renderer: chartRenderer,
      fixedSize: chartSize,
      report: dataset?.report ?? null,
      sectors: view.sectors,
      filterSummary,
      renderActions: renderChartActions ?? null,
    }),
    [
      view.lang,
      theme,
      view.patterns,
      compact,
      chartRenderer,
      chartSize,
      dataset,
      view.sectors,
      filterSummary,
      renderChartActions,
    ],
  );

  let content: ReactNode;
  if (list.status === 'pending') content = <LoadingSkeleton />;
  else if (list.status === 'error') {
    content = <ErrorState message={list.error?.message ?? ''} onRetry={list.refetch} />;
  } else if (!entry) {
    // A link to a report that is not there is corrected to the default by useLinkCheck.
    content = view.report ? (
      <LoadingSkeleton />
    ) : (
      <ErrorState message={i18n.t('state.noReports')} onRetry={list.refetch} />
    );
  } else {
    content = (
      <ReportDashboard
        key={entry.id}
        entry={entry}
        view={view}
        setView={setView}
        onDataset={onDataset}
      />
    );
  }

  return (
    <I18nContext.Provider value={i18n}>
      <ChartEnvironmentContext.Provider value={environment}>
        <a className="skip-link" href="#main">
          {i18n.t('app.skip')}
        </a>
        <AppHeader
          reportId={entry?.id ?? view.report}
          lang={view.lang}
          themeChoice={view.theme}
          patterns={view.patterns}
          setView={setView}
        />
        <main id="main" tabIndex={-1}>
          <LinkNotice
            corrections={link.corrections}
            shownReport={fallback ? reportEntryLabel(fallback, view.lang) : ''}
            onDismiss={link.dismiss}
          />
          <YourReports openId={entry?.id ?? null} setView={setView} />
          {entry?.origin === 'unsaved' ? (
            <p className="parts-note" role="note" data-not-kept={entry.id}>
              {i18n.t('report.notKept')}
            </p>
          ) : null}
          {content}
          {dataset && dataset.report.id === entry?.id ? <ReportWarnings dataset={dataset} /> : null}
          {list.status === 'success' ? (
            <CompareView
              reports={list.reports}
              selected={view.compare}
              onSelect={(compare) => setView({ compare })}
              sectors={view.sectors}
            />
          ) : null}
        </main>
        <footer className="app-footer">
          <p>{i18n.t('footer.text')}</p>
        </footer>
      </ChartEnvironmentContext.Provider>
    </I18nContext.Provider>
  );
}

import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  chooseReport,
  loadedReportIndicators,
  reportEntryLabel,
  reportTextQueryOptions,
  useReportList,
} from '../api/report-list.ts';
import { ChartEnvironmentContext } from '../components/chart-environment.ts';
import type { ChartEnvironment, ChartExportSource } from '../components/chart-environment.ts';
import { ErrorState, LoadingSkeleton } from '../components/status-views.tsx';
import { SectorFilter } from '../features/filters/sector-filter.tsx';
import { groupReports } from '../features/report-picker/picker-groups.ts';
import { ReportWarnings } from '../features/upload/report-warnings.tsx';
import type { SlimDataset } from '../dataset/dataset-schema.ts';
import { sectorLabel } from '../dataset/sector-taxonomy.ts';
import type { SectorCount } from '../dataset/sector-taxonomy.ts';
import { I18nContext, makeI18n, reportTitle } from '../lib/i18n/i18n.ts';
import { DEFAULT_VIEW, serializeViewState, useViewState } from './view-state.ts';
import { AppHeader } from './app-header.tsx';
import { LinkNotice } from './link-notice.tsx';
import { VIEW_SWITCH } from './app-views.ts';
import { ReportDashboard } from './report-dashboard.tsx';
import { YourReports } from './your-reports.tsx';
import { useCompactScreen } from './use-compact.ts';
import { useLinkCheck } from './use-link-check.ts';
import { useStoredReportSync } from './use-stored-report-sync.ts';
import { useResolvedTheme } from './use-theme.ts';
import { lazyNamed } from '../components/lazy-named.ts';

// The ledger is a chunk of its own: the report dashboard's first load does not carry it.
const LedgerView = lazyNamed(() => import('../features/ledger/ledger-view.tsx'), 'LedgerView');

// So is the comparison, which only a reader who asks for it loads.
const CompareView = lazyNamed(() => import('../features/compare/compare-view.tsx'), 'CompareView');

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
  const entry = list.status === 'success' ? chooseReport(list.reports, view.report) : null;
  // The dashboard hands its report up from an effect. Loaded already (the build's page being
  // hydrated), it is known from the first render: else that effect would re-render the whole
  // page right after hydration, at once, in the task that commits it.
  const client = useQueryClient();
  const [dataset, setDataset] = useState<SlimDataset | null>(() =>
    entry ? loadedReportIndicators(client, entry) : null,
  );
  const onDataset = useCallback((next: SlimDataset | null) => setDataset(next), []);
  const link = useLinkCheck(
    list.status === 'success' ? list.reports : null,
    dataset && dataset.report.id === entry?.id ? dataset : null,
  );
  const fallback = list.status === 'success' ? chooseReport(list.reports, null) : null;

  useEffect(() => {
    const lang = view.lang === 'zh' ? 'zh-CN' : 'en';
    // Set only when it changes: an attribute written on <html> restyles the whole page.
    if (document.documentElement.lang !== lang) document.documentElement.lang = lang;
  }, [view.lang]);
  useEffect(() => {
    // A view other than the dashboard is named for itself, not for the last report read.
    const other = view.view === 'dashboard' ? null : VIEW_SWITCH.find((v) => v.id === view.view);
    const title = other
      ? other.label[view.lang]
      : dataset
        ? reportTitle(dataset.report, i18n.lang)
        : null;
    document.title = title ? `${title} · ${i18n.t('app.title')}` : `指标 zhibiao`;
  }, [dataset, i18n, view.view, view.lang]);

  const filterSummary =
    view.sectors === null
      ? i18n.t('filters.summary.all')
      : view.sectors.map((id) => sectorLabel(id, view.lang)).join(view.lang === 'zh' ? '、' : ', ');
  const environment = useMemo<ChartEnvironment>(
    () => ({
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

  // A ledger figure opens in the report dashboard: the report loads, its source view shows the span.
  const sourceLinks = useMemo(
    () => ({
      href: (report: string, indicator: string) =>
        `./${serializeViewState({
          ...DEFAULT_VIEW,
          lang: view.lang,
          theme: view.theme,
          patterns: view.patterns,
          report,
          indicator,
        })}`,
      open: (report: string, indicator: string) =>
        setView({
          view: 'dashboard',
          report,
          indicator,
          sectors: null,
          measure: null,
          year: null,
          kind: null,
          q: '',
        }),
    }),
    [view.lang, view.theme, view.patterns, setView],
  );

  let content: ReactNode;
  // The ledger and compare views draw the app's sector chips over the sectors they hold.
  const renderSectorFilter = (sectors: readonly SectorCount[]) => (
    <SectorFilter
      sectors={sectors}
      selected={view.sectors}
      onChange={(next) => setView({ sectors: next })}
    />
  );
  if (list.status === 'pending') content = <LoadingSkeleton />;
  else if (list.status === 'error') {
    content = <ErrorState message={list.error?.message ?? ''} onRetry={list.refetch} />;
  } else if (view.view === 'ledger') {
    content = (
      <Suspense fallback={<LoadingSkeleton />}>
        <LedgerView
          view={view}
          setView={setView}
          reports={list.reports}
          links={sourceLinks}
          renderSectorFilter={renderSectorFilter}
        />
      </Suspense>
    );
  } else if (view.view === 'compare') {
    content = (
      <Suspense fallback={<LoadingSkeleton />}>
        <CompareView
          view={view}
          setView={setView}
          reports={list.reports}
          groups={groupReports(list.reports, view.lang)}
          renderSectorFilter={renderSectorFilter}
        />
      </Suspense>
    );
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
          view={view.view}
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
          {view.view === 'dashboard' && dataset && dataset.report.id === entry?.id ? (
            <ReportWarnings dataset={dataset} text={reportTextQueryOptions(entry)} />
          ) : null}
        </main>
        <footer className="app-footer">
          <p>{i18n.t('footer.text')}</p>
        </footer>
      </ChartEnvironmentContext.Provider>
    </I18nContext.Provider>
  );
}

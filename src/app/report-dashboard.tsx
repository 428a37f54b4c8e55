import {
  startTransition,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { lazyNamed } from '../components/lazy-named.ts';
import { reportTextQueryOptions, useReportIndicators } from '../api/report-list.ts';
import type { ReportEntry } from '../api/report-list.ts';
import { useChartEnvironment } from '../components/chart-environment.ts';
import type { ChartExportSource } from '../components/chart-environment.ts';
import {
  EmptyState,
  ErrorState,
  LoadingSkeleton,
  MissingPartNote,
  NoChartableState,
  NoPartsState,
} from '../components/status-views.tsx';
import { Tabs } from '../components/tabs.tsx';
import type { SlimDataset, Indicator } from '../dataset/dataset-schema.ts';
import { FilterBar } from '../features/filters/filter-bar.tsx';
import { GrowthChart } from '../features/growth-chart/growth-chart.tsx';
import { HeadlineCards } from '../features/headline-cards/headline-cards.tsx';
import type { IndicatorTableHandle } from '../features/indicator-table/indicator-table.tsx';
import { buildIndicatorTableData, rowDomId } from '../features/indicator-table/table-model.ts';
import { LevelsChart } from '../features/sector-views/levels-chart.tsx';
import { SectorGrowthBars } from '../features/sector-views/sector-growth-bars.tsx';
import { SharesChart } from '../features/sector-views/shares-chart.tsx';
import { SourceView } from '../features/source-view/source-view.tsx';
import { isChartable, reportParts } from '../ledger/chartable.ts';
import { datasetYears, filterIndicators } from '../features/filters/filter-model.ts';
import type { IndicatorFilters } from '../features/filters/filter-model.ts';
import { useI18n } from '../lib/i18n/i18n.ts';
import type { ViewState, ViewUpdate } from './view-state.ts';
import { useBelowTheFold } from './use-below-the-fold.ts';
import { CompareLink } from './compare-link.tsx';

// The table (and its virtual list) renders below the fold, after the first screen: its code
// loads then, not with the first chart.
const IndicatorTable = lazyNamed(
  () => import('../features/indicator-table/indicator-table.tsx'),
  'IndicatorTable',
);

interface ReportDashboardProps {
  entry: ReportEntry;
  view: ViewState;
  setView: (update: ViewUpdate) => void;
  onDataset: (dataset: SlimDataset | null) => void;
}

function scrollToRow(indicatorId: string): boolean {
  const row = document.getElementById(rowDomId(indicatorId));
  if (!row) return false;
  if (typeof row.scrollIntoView === 'function') row.scrollIntoView({ block: 'center' });
  row.querySelector('button')?.focus({ preventScroll: true });
  return true;
}

const CLEARED: IndicatorFilters = { sectors: null, measure: null, year: null, kind: null, q: '' };

/** Loads one report and composes the features; every view reads the same filtered list. */
export function ReportDashboard({ entry, view, setView, onDataset }: ReportDashboardProps) {
  const query = useReportIndicators(entry);
  // The dashboard's first render is large (every card, chart and table row); as a deferred
  // value it renders in React's background, time-sliced pass instead of one long task. Data
  // already there at mount (the prerendered first view, src/app/start-app.tsx) renders at once,
  // so React's first render is the page already on screen.
  const [readyAtMount] = useState(() => query.data !== undefined);
  const dataset = useDeferredValue(query.data ?? null, readyAtMount ? (query.data ?? null) : null);
  useEffect(() => {
    onDataset(dataset);
  }, [dataset, onDataset]);

  if (query.isError) {
    return <ErrorState message={query.error.message} onRetry={() => void query.refetch()} />;
  }
  if (dataset === null) return <LoadingSkeleton />;
  return <DatasetView entry={entry} dataset={dataset} view={view} setView={setView} />;
}

function DatasetView({
  entry,
  dataset,
  view,
  setView,
}: {
  entry: ReportEntry;
  dataset: SlimDataset;
  view: ViewState;
  setView: (update: ViewUpdate) => void;
}) {
  const { lang, t } = useI18n();
  const env = useChartEnvironment();
  const filters: IndicatorFilters = useMemo(
    () => ({
      sectors: view.sectors,
      measure: view.measure,
      year: view.year,
      kind: view.kind,
      q: view.q,
    }),
    [view.sectors, view.measure, view.year, view.kind, view.q],
  );
  // The filter bar shows each keystroke at once; the views follow in a background render
  // that the next keystroke interrupts (a 5 MB report has tens of thousands of indicators).
  const shownFilters = useDeferredValue(filters);
  const visible = useMemo(
    () => filterIndicators(dataset.indicators, shownFilters),
    [dataset.indicators, shownFilters],
  );
  // A year kept from the previous report that this one does not have is a filter that no
  // longer applies: drop it rather than show an empty page.
  const yearApplies = view.year === null || datasetYears(dataset).includes(view.year);
  useEffect(() => {
    if (!yearApplies) setView({ year: null });
  }, [yearApplies, setView]);
  // The headline cards answer "what did the report say about GDP?" whatever the kind and year
  // filters: they show the result and the goal side by side.
  const headline = useMemo(
    () => filterIndicators(dataset.indicators, { ...filters, kind: null, year: null }),
    [dataset.indicators, filters],
  );
  // What the report lets us chart at all, before any filter: with neither part (or no years)
  // nothing is a result or goal of a known year, and the dashboard says so instead of charting.
  const parts = useMemo(() => reportParts(dataset), [dataset]);
  const anyChartable = useMemo(() => dataset.indicators.some(isChartable), [dataset.indicators]);
  const noParts = !parts.review && !parts.plan;
  const charted = !noParts && anyChartable;
  const select = useCallback((indicator: string) => setView({ indicator }), [setView]);
  // A row hidden by the filters only exists after they are cleared, so the scroll waits
  // for the next render of the table.
  const pendingScroll = useRef<string | null>(null);
  useEffect(() => {
    if (pendingScroll.current !== null && scrollToRow(pendingScroll.current)) {
      pendingScroll.current = null;
    }
  }, [visible]);

  const table = useRef<IndicatorTableHandle | null>(null);
  // The table renders once the reader reaches below the first screen; "show in table" before
  // then asks for it, and the row is shown when the table is there.
  const [tableWanted, setTableWanted] = useState(false);
  const [fold, setFold] = useState<HTMLElement | null>(null);
  // As a transition: a state set from a ref is otherwise rendered at once, the whole dashboard
  // again in the task that commits it (the hydration's, on the build's page).
  const attachFold = useCallback(
    (element: HTMLElement | null) => startTransition(() => setFold(element)),
    [],
  );
  const belowTheFold = useBelowTheFold(fold, tableWanted);
  const showInTable = useCallback(
    (indicatorId: string) => {
      if (scrollToRow(indicatorId)) return;
      if (!table.current) {
        pendingScroll.current = indicatorId;
        setTableWanted(true);
        return;
      }
      // A long table draws only the rows in view: it scrolls there, then the row is focused.
      if (table.current.reveal(indicatorId)) {
        requestAnimationFrame(() => scrollToRow(indicatorId));
        return;
      }
      pendingScroll.current = indicatorId;
      setView(CLEARED);
    },
    [setView],
  );
  const attachTable = useCallback(
    (handle: IndicatorTableHandle | null) => {
      table.current = handle;
      const pending = pendingScroll.current;
      if (handle === null || pending === null) return;
      pendingScroll.current = null;
      requestAnimationFrame(() => showInTable(pending));
    },
    [showInTable],
  );

  // Built with the table: the rows of a table not yet rendered would be formatted for nothing.
  const tableData = useMemo(
    () => (belowTheFold ? buildIndicatorTableData(visible, lang) : null),
    [belowTheFold, visible, lang],
  );
  const tableSource = useMemo<ChartExportSource | null>(
    () =>
      tableData && {
        chartId: 'indicators',
        title: t('table.title'),
        description: t('table.description'),
        option: null,
        table: tableData,
        getInstance: () => null,
        getSize: () => ({ width: 0, height: 0 }),
      },
    [t, tableData],
  );

  const selected =
    view.indicator && dataset.indicators.some((i) => i.id === view.indicator)
      ? view.indicator
      : null;
  return (
    <div className={selected ? 'dashboard with-source' : 'dashboard'}>
      <div className="dashboard-main">
        <FilterBar
          dataset={dataset}
          filters={filters}
          onChange={(patch) => setView({ ...patch })}
        />
        {noParts ? (
          <NoPartsState
            yearsUnknown={dataset.report.reviewYear === null || dataset.report.planYear === null}
          />
        ) : !anyChartable ? (
          <NoChartableState />
        ) : !parts.review ? (
          <MissingPartNote missing="review" />
        ) : !parts.plan ? (
          <MissingPartNote missing="plan" />
        ) : null}
        {visible.length === 0 ? (
          <EmptyState onReset={() => setView(CLEARED)} />
        ) : (
          <>
            {charted ? (
              <DashboardCharts
                dataset={dataset}
                visible={visible}
                headline={headline}
                view={view}
                setView={setView}
                onSelectIndicator={select}
                belowTheFold={belowTheFold}
              />
            ) : null}
            {tableSource ? (
              <Suspense fallback={null}>
                <IndicatorTable
                  handle={attachTable}
                  indicators={visible}
                  selectedId={selected}
                  onSelectIndicator={select}
                  actions={env.renderActions ? env.renderActions(tableSource) : null}
                />
              </Suspense>
            ) : (
              <div ref={attachFold} className="fold" />
            )}
          </>
        )}
        <CompareLink view={view} reportId={dataset.report.id} setView={setView} />
      </div>
      {selected ? (
        <SourceView
          dataset={dataset}
          text={reportTextQueryOptions(entry)}
          selectedId={selected}
          onSelectIndicator={select}
          onShowInTable={showInTable}
          onClose={() => setView({ indicator: null })}
        />
      ) : null}
    </div>
  );
}

/**
 * The headline cards, the main growth chart and (once the first screen has rendered) the
 * sector views, for a report that has parts.
 */
function DashboardCharts({
  dataset,
  visible,
  headline,
  view,
  setView,
  onSelectIndicator,
  belowTheFold,
}: {
  dataset: SlimDataset;
  visible: readonly Indicator[];
  /** The indicators the headline cards read: every filter but kind and year. */
  headline: readonly Indicator[];
  view: ViewState;
  setView: (update: ViewUpdate) => void;
  onSelectIndicator: (indicatorId: string) => void;
  belowTheFold: boolean;
}) {
  const { t } = useI18n();
  const firstScreen = (
    <>
      <HeadlineCards
        dataset={dataset}
        indicators={headline}
        onSelectIndicator={onSelectIndicator}
      />
      <GrowthChart dataset={dataset} indicators={visible} onSelectIndicator={onSelectIndicator} />
    </>
  );
  // The first render holds the first screen only; the sector views follow in the next pass.
  // Both return the first screen as their first child, so it is kept, not mounted again.
  if (!belowTheFold) return <>{firstScreen}</>;
  return (
    <>
      {firstScreen}
      <section className="sector-views" aria-label={t('sector.tabs')}>
        <h2 className="visually-hidden">{t('sector.tabs')}</h2>
        <Tabs
          label={t('sector.tabs')}
          active={view.tab}
          onChange={(tab) => setView({ tab })}
          items={[
            {
              id: 'growth',
              label: t('sector.tab.growth'),
              panel: (
                <SectorGrowthBars
                  dataset={dataset}
                  indicators={visible}
                  onSelectIndicator={onSelectIndicator}
                />
              ),
            },
            {
              id: 'targets',
              label: t('sector.tab.targets'),
              panel: (
                <GrowthChart
                  dataset={dataset}
                  indicators={visible}
                  onSelectIndicator={onSelectIndicator}
                  variant="targets"
                />
              ),
            },
            {
              id: 'levels',
              label: t('sector.tab.levels'),
              panel: (
                <LevelsChart
                  indicators={visible}
                  onSelectIndicator={onSelectIndicator}
                  unit={view.unit}
                  onUnitChange={(unit) => setView({ unit })}
                />
              ),
            },
            {
              id: 'shares',
              label: t('sector.tab.shares'),
              panel: <SharesChart indicators={visible} onSelectIndicator={onSelectIndicator} />,
            },
          ]}
        />
      </section>
    </>
  );
}

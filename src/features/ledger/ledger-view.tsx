import { useQueries, useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import type { ReactNode } from 'react';
import { attainmentQueryOptions } from '../../api/attainment-queries.ts';
import { reportDatasetQueryOptions } from '../../api/report-list.ts';
import type { ReportEntry } from '../../api/report-list.ts';
import { ErrorState, LoadingSkeleton } from '../../components/status-views.tsx';
import type { Dataset } from '../../dataset/dataset-schema.ts';
import type { LedgerRow } from '../../dataset/attainment-schema.ts';
import { joinReport } from '../../ledger/attainment.ts';
import type { SectorCount } from '../../dataset/sector-taxonomy.ts';
import { useI18n } from '../../lib/i18n/i18n.ts';
import type { SourceLinks } from './figure-link.tsx';
import { LedgerCard } from './ledger-card.tsx';
import { LedgerChart } from './ledger-chart.tsx';
import { LedgerDownloads } from './ledger-downloads.tsx';
import { LedgerFilters } from './ledger-filters.tsx';
import { ledgerText } from './ledger-messages.ts';
import {
  chartSelection,
  filterJudged,
  judgeRows,
  ledgerPlaces,
  ledgerSectors,
  ledgerSubjects,
  ruleOf,
} from './ledger-model.ts';
import type { LedgerFilters as Filters, LedgerViewState } from './ledger-model.ts';
import { LedgerRuleControls } from './ledger-rule-controls.tsx';
import { LedgerTable } from './ledger-table.tsx';
import { PanelView } from './panel-view.tsx';
import { TargetHistoryView } from './target-history-view.tsx';
import './ledger.css';

export interface LedgerViewProps {
  view: LedgerViewState;
  setView: (patch: Partial<LedgerViewState>) => void;
  /** Every report the picker offers; uploaded ones of a known place join the ledger. */
  reports: readonly ReportEntry[];
  links: SourceLinks;
  /** The sector chips used elsewhere in the app, fed with the ledger's sector counts. */
  renderSectorFilter: (sectors: readonly SectorCount[]) => ReactNode;
}

/**
 * Every bundled report's goals against the next report's results, from attainment.json (no
 * dataset loads), with reports uploaded in this browser joined in. The rule and the filters
 * live in the URL.
 */
export function LedgerView({ view, setView, reports, links, renderSectorFilter }: LedgerViewProps) {
  const { lang } = useI18n();
  const headingId = useId();
  const query = useQuery(attainmentQueryOptions());
  const uploadedEntries = useMemo(
    () => reports.filter((entry) => entry.origin === 'uploaded' && entry.region !== null),
    [reports],
  );
  const uploaded = useQueries({
    queries: uploadedEntries.map((entry) => reportDatasetQueryOptions(entry)),
  });
  const uploadedDatasets = uploaded
    .map((result) => result.data)
    .filter((dataset): dataset is Dataset => dataset !== undefined);
  // The array is new on every render; its ids say whether its content changed.
  const uploadedKey = uploadedDatasets.map((dataset) => dataset.report.id).join(',');
  const rows = useMemo<LedgerRow[] | null>(
    () => (query.data ? uploadedDatasets.reduce(joinReport, query.data.rows) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on uploadedKey, see above
    [query.data, uploadedKey],
  );

  if (query.isError) {
    return <ErrorState message={query.error.message} onRetry={() => void query.refetch()} />;
  }
  if (rows === null) return <LoadingSkeleton />;
  return (
    <section className="ledger-view" aria-labelledby={headingId}>
      <h2 id={headingId}>{ledgerText(lang, 'title')}</h2>
      <p className="ledger-intro">{ledgerText(lang, 'intro')}</p>
      {uploadedDatasets.length > 0 ? (
        <p className="ledger-note">
          {ledgerText(lang, 'uploadedJoined', {
            names: uploadedDatasets
              .map((dataset) => dataset.report.title || dataset.report.id)
              .join(lang === 'zh' ? '、' : ', '),
          })}
        </p>
      ) : null}
      <LedgerBody
        rows={rows}
        view={view}
        setView={setView}
        reports={reports}
        links={links}
        renderSectorFilter={renderSectorFilter}
      />
    </section>
  );
}

function LedgerBody({
  rows,
  view,
  setView,
  reports,
  links,
  renderSectorFilter,
}: LedgerViewProps & { rows: readonly LedgerRow[] }) {
  const { lang } = useI18n();
  const rule = useMemo(() => ruleOf(view.tolerance, view.range), [view.tolerance, view.range]);
  const filters = useMemo<Filters>(
    () => ({
      place: view.place,
      subject: view.subject,
      verdict: view.verdict,
      sectors: view.sectors,
      allSubjects: view.allSubjects,
    }),
    [view.place, view.subject, view.verdict, view.sectors, view.allSubjects],
  );
  const judged = useMemo(() => judgeRows(rows, rule), [rows, rule]);
  const visible = useMemo(() => filterJudged(judged, filters), [judged, filters]);
  const places = useMemo(() => ledgerPlaces(rows), [rows]);
  const subjects = useMemo(
    () => ledgerSubjects(rows, view.place, view.allSubjects),
    [rows, view.place, view.allSubjects],
  );
  const sectors = useMemo(() => ledgerSectors(rows, filters), [rows, filters]);
  const selection = useMemo(() => chartSelection(rows, filters), [rows, filters]);
  // The panel shows the latest year any place other than the nation set goals for (2026).
  const panelYear = useMemo(
    () =>
      Math.max(
        0,
        ...rows.filter((row) => row.place.level !== 'national').map((row) => row.targetYear),
      ),
    [rows],
  );

  return (
    <>
      <section className="card ledger-controls" aria-label={ledgerText(lang, 'filters')}>
        <LedgerRuleControls
          tolerance={view.tolerance}
          range={view.range}
          onChange={(patch) => setView(patch)}
        />
        <LedgerFilters
          places={places}
          subjects={subjects}
          place={view.place}
          subject={view.subject}
          verdict={view.verdict}
          allSubjects={view.allSubjects}
          onChange={(patch) => setView(patch)}
        />
        {renderSectorFilter(sectors)}
      </section>
      {selection ? (
        <LedgerChart
          judged={judged}
          selection={selection}
          rule={rule}
          reports={reports}
          links={links}
        />
      ) : (
        <p className="empty-note">{ledgerText(lang, 'chart.none')}</p>
      )}
      <LedgerCard
        className="ledger-table-card"
        title={ledgerText(lang, 'table.title')}
        description={`${ledgerText(lang, 'table.description')} ${ledgerText(lang, 'table.count', {
          count: visible.length,
        })}`}
      >
        <LedgerTable rows={visible} links={links} />
      </LedgerCard>
      {selection ? (
        <TargetHistoryView rows={rows} subject={selection.subject} links={links} />
      ) : null}
      {panelYear > 0 ? <PanelView rows={rows} year={panelYear} links={links} /> : null}
      <LedgerDownloads rows={visible} rule={rule} filters={filters} reports={reports} />
    </>
  );
}

import { useQueries } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import type { ReactNode } from 'react';
import { reportDatasetQueryOptions } from '../../api/report-list.ts';
import type { ReportEntry } from '../../api/report-list.ts';
import {
  ChartEnvironmentContext,
  useChartEnvironment,
} from '../../components/chart-environment.ts';
import type { Dataset } from '../../dataset/dataset-schema.ts';
import type { SectorCount } from '../../dataset/sector-taxonomy.ts';
import { useI18n } from '../../lib/i18n/i18n.ts';
import { compareText } from './compare-messages.ts';
import { buildCompareModel, COMPARE_GROUPS, compareSectorCounts } from './compare-model.ts';
import type { CompareViewState } from './compare-model.ts';
import { CompareChart } from './compare-chart.tsx';
import { ComparePicker } from './compare-picker.tsx';
import type { PickerGroupShape } from './compare-picker.tsx';
import { reportLooks } from './report-colors.ts';
import './compare.css';

export interface CompareViewProps {
  view: CompareViewState;
  setView: (patch: Partial<CompareViewState>) => void;
  /** Every report the picker offers: bundled and uploaded. */
  reports: readonly ReportEntry[];
  /** The same reports grouped by place, as the header's picker groups them. */
  groups: readonly PickerGroupShape[];
  /** The sector chips used elsewhere in the app, fed with the shared subjects' counts. */
  renderSectorFilter: (sectors: readonly SectorCount[]) => ReactNode;
}

/**
 * Two or more reports side by side, as a view of its own: the choice of reports, the sector
 * filter and the subject search live in the URL; growth rates and rates or levels are two
 * charts, each with its own title.
 */
export function CompareView({
  view,
  setView,
  reports,
  groups,
  renderSectorFilter,
}: CompareViewProps) {
  const { lang } = useI18n();
  const env = useChartEnvironment();
  const headingId = useId();
  const searchId = useId();
  const selected = view.compare;
  const entries = useMemo(
    () =>
      selected
        .map((id) => reports.find((report) => report.id === id))
        .filter((entry): entry is ReportEntry => entry !== undefined),
    [reports, selected],
  );
  const missing = selected.filter((id) => !reports.some((report) => report.id === id));
  const results = useQueries({ queries: entries.map((entry) => reportDatasetQueryOptions(entry)) });
  const datasets = results
    .map((result) => result.data)
    .filter((dataset): dataset is Dataset => dataset !== undefined);
  const pending = results.some((result) => result.isPending);
  const failed = results.find((result) => result.error !== null)?.error ?? null;
  // The datasets array is new on every render; its ids say whether the content changed.
  const datasetKey = datasets.map((dataset) => dataset.report.id).join(',');
  const model = useMemo(
    () => buildCompareModel(datasets, view.sectors, view.q),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on datasetKey, see above
    [datasetKey, view.sectors, view.q],
  );
  const sectors = useMemo(
    () => compareSectorCounts(datasets, view.q),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on datasetKey, see above
    [datasetKey, view.q],
  );
  const looks = useMemo(() => reportLooks(selected, env.theme), [selected, env.theme]);

  let body: ReactNode;
  if (entries.length < 2) body = <p className="empty-note">{compareText(lang, 'needTwo')}</p>;
  else if (failed) body = <p role="alert">{failed.message}</p>;
  else if (pending) body = <p role="status">{compareText(lang, 'loading')}</p>;
  else if (model.rows.length === 0) {
    body = <p className="empty-note">{compareText(lang, 'nothingShared')}</p>;
  } else {
    // Exports of the comparison cite every compared report, not just the one last read.
    const sourceReports = datasets.map((dataset) => dataset.report);
    body = (
      <ChartEnvironmentContext.Provider value={{ ...env, sourceReports }}>
        {COMPARE_GROUPS.map((group) => (
          <CompareChart key={group} model={model} group={group} />
        ))}
      </ChartEnvironmentContext.Provider>
    );
  }

  return (
    <section className="compare-view" aria-labelledby={headingId}>
      <h2 id={headingId}>{compareText(lang, 'title')}</h2>
      <p className="compare-intro">{compareText(lang, 'intro')}</p>
      <ComparePicker
        groups={groups}
        reports={reports}
        selected={selected}
        looks={looks}
        onSelect={(compare) => setView({ compare })}
      />
      {missing.length > 0 ? (
        <p className="empty-note">{compareText(lang, 'missing', { ids: missing.join(', ') })}</p>
      ) : null}
      {entries.length >= 2 ? (
        <section className="card compare-filters" aria-label={compareText(lang, 'filters')}>
          {renderSectorFilter(sectors)}
          <label className="inline-control search-control" htmlFor={searchId}>
            <span>{compareText(lang, 'search')}</span>
            <input
              id={searchId}
              type="search"
              value={view.q}
              placeholder={compareText(lang, 'searchPlaceholder')}
              onChange={(event) => setView({ q: event.target.value })}
            />
          </label>
        </section>
      ) : null}
      {body}
    </section>
  );
}

import { useQueries } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { reportDatasetQueryOptions } from '../../api/report-list.ts';
import type { ReportEntry } from '../../api/report-list.ts';
import { ChartCard } from '../../components/chart-card.tsx';
import {
  ChartEnvironmentContext,
  useChartEnvironment,
} from '../../components/chart-environment.ts';
import type { Dataset, SectorId } from '../../dataset/dataset-schema.ts';
import { useI18n } from '../../lib/i18n/i18n.ts';
import { buildCompareOption, compareChartHeight } from './compare-chart-option.ts';
import { compareText } from './compare-messages.ts';
import { buildCompareModel } from './compare-model.ts';
import { compareTable } from './compare-series.ts';
import './compare.css';
import type { Lang } from '../../lib/i18n/lang.ts';

interface CompareViewProps {
  /** Every report the picker offers: bundled and uploaded. */
  reports: readonly ReportEntry[];
  /** The chosen report ids, in the order they were chosen (from the URL). */
  selected: readonly string[];
  onSelect: (ids: string[]) => void;
  sectors: readonly SectorId[] | null;
}

function entryName(entry: ReportEntry, lang: Lang): string {
  const region = entry.region
    ? lang === 'en'
      ? (entry.region.en ?? entry.region.zh)
      : entry.region.zh
    : null;
  const name = region ?? (entry.title || entry.id);
  return entry.planYear === null ? name : `${name} ${entry.planYear}`;
}

/** Two or more reports side by side: choose them, then read the chart or its table. */
export function CompareView({ reports, selected, onSelect, sectors }: CompareViewProps) {
  const { lang } = useI18n();
  const env = useChartEnvironment();
  const { decals } = env;
  const headingId = useId();
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
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on datasetKey, see above
  const model = useMemo(() => buildCompareModel(datasets, sectors), [datasetKey, sectors]);
  const option = useMemo(
    () => (model.rows.length === 0 ? null : buildCompareOption(model, { lang, patterns: decals })),
    [model, lang, decals],
  );
  const table = useMemo(() => compareTable(model, lang), [model, lang]);

  const toggle = (id: string, checked: boolean) =>
    onSelect(checked ? [...selected, id] : selected.filter((other) => other !== id));

  let body;
  if (entries.length < 2) body = <p className="empty-note">{compareText(lang, 'needTwo')}</p>;
  else if (failed) body = <p role="alert">{failed.message}</p>;
  else if (pending) body = <p role="status">{compareText(lang, 'loading')}</p>;
  else if (model.rows.length === 0) {
    body = <p className="empty-note">{compareText(lang, 'nothingShared')}</p>;
  } else {
    // Exports of the comparison cite every compared report, not just the one on the page.
    const sourceReports = datasets.map((dataset) => dataset.report);
    body = (
      <ChartEnvironmentContext.Provider value={{ ...env, sourceReports }}>
        <ChartCard
          chartId="compare"
          title={compareText(lang, 'chartTitle')}
          description={compareText(lang, 'description')}
          option={option}
          table={table}
          height={compareChartHeight(model)}
        />
      </ChartEnvironmentContext.Provider>
    );
  }

  return (
    <section className="compare-view" aria-labelledby={headingId}>
      <h2 id={headingId}>{compareText(lang, 'title')}</h2>
      <fieldset className="compare-picker">
        <legend>{compareText(lang, 'choose')}</legend>
        <div className="chip-row">
          {reports.map((report) => (
            <label key={report.id} className="chip">
              <input
                type="checkbox"
                checked={selected.includes(report.id)}
                onChange={(event) => toggle(report.id, event.target.checked)}
              />{' '}
              {entryName(report, lang)}
              {report.origin === 'uploaded' ? ` (${compareText(lang, 'uploaded')})` : null}
            </label>
          ))}
        </div>
      </fieldset>
      {missing.length > 0 ? (
        <p className="empty-note">{compareText(lang, 'missing', { ids: missing.join(', ') })}</p>
      ) : null}
      {body}
    </section>
  );
}

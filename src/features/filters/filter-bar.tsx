import { useId } from 'react';
import type { Dataset, Kind, Measure, SectorId } from '../../dataset/dataset-schema.ts';
import { KINDS, MEASURES } from '../../dataset/dataset-schema.ts';
import { countBySector, datasetYears } from '../../lib/indicator-filter.ts';
import type { IndicatorFilters } from '../../lib/indicator-filter.ts';
import { kindLabel, measureLabel, useI18n } from '../../lib/i18n.ts';
import { SectorFilter } from './sector-filter.tsx';

interface FilterBarProps {
  dataset: Dataset;
  filters: IndicatorFilters;
  onChange: (patch: Partial<IndicatorFilters>) => void;
}

/** Sector chips, measure, year, kind and subject search; the parent keeps them in the URL. */
export function FilterBar({ dataset, filters, onChange }: FilterBarProps) {
  const { lang, t } = useI18n();
  const id = useId();
  const sectors = countBySector(dataset);
  const years = datasetYears(dataset);
  return (
    <section className="filter-bar card" aria-label={t('filters.title')}>
      <SectorFilter
        sectors={sectors}
        selected={filters.sectors}
        onChange={(next: readonly SectorId[] | null) => onChange({ sectors: next })}
      />
      <div className="filter-row">
        <label className="inline-control" htmlFor={`${id}-measure`}>
          <span>{t('filters.measure')}</span>
          <select
            id={`${id}-measure`}
            value={filters.measure ?? ''}
            onChange={(event) =>
              onChange({ measure: (event.target.value || null) as Measure | null })
            }
          >
            <option value="">{t('filters.measure.all')}</option>
            {MEASURES.map((measure) => (
              <option key={measure} value={measure}>
                {measureLabel(measure, lang)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-control" htmlFor={`${id}-year`}>
          <span>{t('filters.year')}</span>
          <select
            id={`${id}-year`}
            value={filters.year ?? ''}
            onChange={(event) =>
              onChange({ year: event.target.value ? Number(event.target.value) : null })
            }
          >
            <option value="">{t('filters.year.all')}</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-control" htmlFor={`${id}-kind`}>
          <span>{t('filters.kind')}</span>
          <select
            id={`${id}-kind`}
            value={filters.kind ?? ''}
            onChange={(event) => onChange({ kind: (event.target.value || null) as Kind | null })}
          >
            <option value="">{t('filters.kind.all')}</option>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabel(kind, lang)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-control search-control" htmlFor={`${id}-search`}>
          <span>{t('filters.search')}</span>
          <input
            id={`${id}-search`}
            type="search"
            value={filters.q}
            placeholder={t('filters.search.placeholder')}
            onChange={(event) => onChange({ q: event.target.value })}
          />
        </label>
      </div>
    </section>
  );
}

import { useId } from 'react';
import type { SlimDataset } from '../../dataset/dataset-schema.ts';
import type { Kind, Measure, SectorId } from '../../dataset/dataset-vocabulary.ts';
import { KINDS, MEASURES } from '../../dataset/dataset-vocabulary.ts';
import { countBySector, datasetYears } from './filter-model.ts';
import type { IndicatorFilters } from './filter-model.ts';
import { kindLabel, measureLabel, useI18n } from '../../lib/i18n/i18n.ts';
import { FilterSelect } from '../../components/filter-select.tsx';
import { SectorFilter } from './sector-filter.tsx';

interface FilterBarProps {
  dataset: SlimDataset;
  filters: IndicatorFilters;
  onChange: (patch: Partial<IndicatorFilters>) => void;
}

/** Sector chips, measure, year, kind and subject search; the parent keeps them in the URL. */
export function FilterBar({ dataset, filters, onChange }: FilterBarProps) {
  const { lang, t } = useI18n();
  const id = useId();
  const sectors = countBySector(dataset, filters);
  const years = datasetYears(dataset);
  return (
    <section className="filter-bar card" aria-label={t('filters.title')}>
      <SectorFilter
        sectors={sectors}
        selected={filters.sectors}
        onChange={(next: readonly SectorId[] | null) => onChange({ sectors: next })}
      />
      <div className="filter-row">
        <FilterSelect
          id={`${id}-measure`}
          name="measure"
          label={t('filters.measure')}
          allLabel={t('filters.measure.all')}
          value={filters.measure ?? ''}
          options={MEASURES.map((measure) => ({
            value: measure,
            label: measureLabel(measure, lang),
          }))}
          onChange={(value) => onChange({ measure: (value || null) as Measure | null })}
        />
        <FilterSelect
          id={`${id}-year`}
          name="year"
          label={t('filters.year')}
          allLabel={t('filters.year.all')}
          value={filters.year === null ? '' : String(filters.year)}
          options={years.map((year) => ({ value: String(year), label: String(year) }))}
          onChange={(value) => onChange({ year: value ? Number(value) : null })}
        />
        <FilterSelect
          id={`${id}-kind`}
          name="kind"
          label={t('filters.kind')}
          allLabel={t('filters.kind.all')}
          value={filters.kind ?? ''}
          options={KINDS.map((kind) => ({ value: kind, label: kindLabel(kind, lang) }))}
          onChange={(value) => onChange({ kind: (value || null) as Kind | null })}
        />
        <label className="inline-control search-control" htmlFor={`${id}-search`}>
          <span>{t('filters.search')}</span>
          <input
            id={`${id}-search`}
            type="search"
            name="q"
            value={filters.q}
            placeholder={t('filters.search.placeholder')}
            onChange={(event) => onChange({ q: event.target.value })}
          />
        </label>
      </div>
    </section>
  );
}

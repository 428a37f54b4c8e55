import { useId } from 'react';
import type { SectorId } from '../../dataset/dataset-schema.ts';
import type { SectorCount } from '../../dataset/sector-taxonomy.ts';
import { useI18n } from '../../lib/i18n/i18n.ts';
import { SECTOR_COLORS } from '../../lib/sector-colors.ts';

interface SectorFilterProps {
  sectors: readonly SectorCount[];
  /** null: every sector. */
  selected: readonly SectorId[] | null;
  onChange: (sectors: readonly SectorId[] | null) => void;
}

/** What a toggle leaves selected: back to "all" (null) when every sector is on again. */
export function toggleSector(
  all: readonly SectorId[],
  selected: readonly SectorId[] | null,
  id: SectorId,
): readonly SectorId[] | null {
  const current = new Set(selected ?? all);
  if (current.has(id)) current.delete(id);
  else current.add(id);
  const next = all.filter((sector) => current.has(sector));
  return next.length === all.length ? null : next;
}

/**
 * Sector chips: native checkboxes (Tab moves, Space toggles) styled as chips. Each one's
 * name is the sector label alone; the count is its description. The chip colour is the
 * sector's colour in every chart, so the filter doubles as the colour key.
 */
export function SectorFilter({ sectors, selected, onChange }: SectorFilterProps) {
  const { lang, t } = useI18n();
  const baseId = useId();
  const all = sectors.map((sector) => sector.id);
  const isOn = (id: SectorId) => selected === null || selected.includes(id);
  return (
    <fieldset className="sector-filter">
      <legend>{t('filters.sectors')}</legend>
      <div className="chip-row">
        <button
          type="button"
          className="button small"
          onClick={() => onChange(null)}
          disabled={selected === null}
        >
          {t('filters.all')}
        </button>
        <button
          type="button"
          className="button small"
          onClick={() => onChange([])}
          disabled={selected !== null && selected.length === 0}
        >
          {t('filters.none')}
        </button>
        {sectors.map((sector) => {
          const inputId = `${baseId}-${sector.id}`;
          return (
            <label key={sector.id} className="chip" htmlFor={inputId}>
              <input
                id={inputId}
                type="checkbox"
                name="sectors"
                value={sector.id}
                checked={isOn(sector.id)}
                onChange={() => onChange(toggleSector(all, selected, sector.id))}
                aria-describedby={`${inputId}-count`}
                data-sector={sector.id}
              />
              <span
                className="chip-swatch"
                style={{ background: SECTOR_COLORS[sector.id] }}
                aria-hidden="true"
              />
              <span>{sector.label[lang]}</span>
              <span className="chip-count" id={`${inputId}-count`} aria-hidden="true">
                {sector.count}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

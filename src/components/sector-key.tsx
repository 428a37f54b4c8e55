import type { SectorId } from '../dataset/dataset-schema.ts';
import { sectorLabel } from '../dataset/sector-taxonomy.ts';
import { useI18n } from '../lib/i18n/i18n.ts';
import { SECTOR_COLORS } from '../lib/sector-colors.ts';

interface SectorKeyProps {
  sectors: readonly SectorId[];
}

/**
 * What a chart's colours mean: a dot in each sector's colour and its name, for the sectors
 * the chart draws. The exported image prints the same key (see export-image).
 */
export function SectorKey({ sectors }: SectorKeyProps) {
  const { lang, t } = useI18n();
  if (sectors.length === 0) return null;
  return (
    <ul className="sector-key" aria-label={t('chart.sectorKey')}>
      {sectors.map((id) => (
        <li key={id}>
          <span className="sector-dot" style={{ background: SECTOR_COLORS[id] }} aria-hidden />
          {sectorLabel(id, lang)}
        </li>
      ))}
    </ul>
  );
}

import { SECTOR_IDS } from '../../dataset/dataset-vocabulary.ts';
import type { SectorId } from '../../dataset/dataset-vocabulary.ts';
import { slugify } from '../../components/save-file.ts';

export const EXPORT_EXTENSIONS = ['png', 'svg', 'csv', 'json'] as const;
export type ExportExtension = (typeof EXPORT_EXTENSIONS)[number];

export interface ExportFileNameParts {
  /** The dataset's report id, e.g. `beihai-2024` (already a slug by the schema). */
  reportId: string;
  /** What the file shows, e.g. `growth-by-sector` or `indicators`. Slugified here. */
  chart: string;
  /** The active sector filter; `'all'` (or every sector) reads as `all-sectors`. */
  sectors: readonly SectorId[] | 'all';
}

function sectorsPart(sectors: ExportFileNameParts['sectors']): string {
  if (sectors === 'all') return 'all-sectors';
  const chosen = new Set(sectors);
  // Taxonomy order, not click order: the same view always gets the same name.
  const ordered = SECTOR_IDS.filter((id) => chosen.has(id));
  if (ordered.length === SECTOR_IDS.length) return 'all-sectors';
  if (ordered.length === 0) return 'no-sectors';
  return ordered.join('-');
}

/** The stem shared by every export of one view, e.g. `beihai-2024-growth-by-sector-industry-trade`. */
export function exportFileBase(parts: ExportFileNameParts): string {
  const report = slugify(parts.reportId) || 'report';
  const chart = slugify(parts.chart) || 'chart';
  return `${report}-${chart}-${sectorsPart(parts.sectors)}`;
}

export function exportFileName(base: string, extension: ExportExtension): string {
  return `${slugify(base) || 'export'}.${extension}`;
}

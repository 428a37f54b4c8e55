import type { Sector, SectorId } from './dataset-schema.ts';
import type { Lang } from '../lib/i18n/lang.ts';

/** The fixed sector taxonomy every dataset uses, in display order. */
export const SECTORS: readonly Sector[] = [
  { id: 'economy', label: { zh: '经济总量', en: 'Economy' } },
  { id: 'industry', label: { zh: '工业', en: 'Industry' } },
  { id: 'agriculture', label: { zh: '农业农村', en: 'Agriculture & rural' } },
  { id: 'services', label: { zh: '服务业与消费', en: 'Services & consumption' } },
  { id: 'trade', label: { zh: '外贸与开放', en: 'Trade & opening-up' } },
  { id: 'investment', label: { zh: '投资与营商', en: 'Investment & business' } },
  { id: 'fiscal', label: { zh: '财政金融', en: 'Fiscal & finance' } },
  { id: 'livelihood', label: { zh: '民生', en: 'Livelihood' } },
  { id: 'environment', label: { zh: '生态环境', en: 'Environment' } },
  { id: 'urban', label: { zh: '城市建设', en: 'Urban development' } },
  { id: 'governance', label: { zh: '治理与安全', en: 'Governance' } },
];

export function sectorLabel(id: SectorId, lang: Lang): string {
  return SECTORS.find((sector) => sector.id === id)?.label[lang] ?? id;
}

/** Position of a sector in the taxonomy, for grouping rows. */
export function sectorOrder(id: SectorId): number {
  return SECTORS.findIndex((sector) => sector.id === id);
}

/** A sector with how many indicators it holds under the other filters (a filter chip's count). */
export interface SectorCount {
  id: SectorId;
  label: { zh: string; en: string };
  count: number;
}

/**
 * The sector chips: every sector `present` holds, in taxonomy order, with its count in `counts`
 * (0 where the other filters leave it none); `label` may name a sector as a report does.
 */
export function sectorCounts(
  present: { has: (id: SectorId) => boolean },
  counts: ReadonlyMap<SectorId, number>,
  label: (sector: Sector) => Sector['label'] = (sector) => sector.label,
): SectorCount[] {
  return SECTORS.filter((sector) => present.has(sector.id)).map((sector) => ({
    id: sector.id,
    label: label(sector),
    count: counts.get(sector.id) ?? 0,
  }));
}

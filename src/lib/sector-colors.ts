import type { SectorId } from '../dataset/dataset-schema.ts';

/**
 * One colour per sector, shared by chips, axis markers and chart marks so the filter doubles
 * as the colour key. Picked from the Tableau 10 / Okabe–Ito families to stay apart for the
 * common colour-vision deficiencies; the decal toggle covers the rest.
 */
export const SECTOR_COLORS: Record<SectorId, string> = {
  economy: '#4e79a7',
  industry: '#e15759',
  agriculture: '#59a14f',
  services: '#f28e2b',
  trade: '#76b7b2',
  investment: '#b07aa1',
  fiscal: '#edc948',
  livelihood: '#ff9da7',
  environment: '#2f8f5b',
  urban: '#9c755f',
  governance: '#79706e',
};

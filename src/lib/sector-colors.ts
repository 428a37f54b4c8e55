import { SECTOR_IDS } from '../dataset/dataset-vocabulary.ts';
import type { SectorId } from '../dataset/dataset-vocabulary.ts';

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

/** The sectors of `rows`, once each and in taxonomy order: what a sector key lists. */
export function sectorsOf(rows: readonly { sector: SectorId }[]): SectorId[] {
  const present = new Set(rows.map((row) => row.sector));
  return SECTOR_IDS.filter((id) => present.has(id));
}

/** A decal pattern as ECharts draws it over a mark's fill. */
export interface SectorDecal {
  symbol: string;
  symbolSize: number;
  dashArrayX: number[];
  dashArrayY: number[];
  rotation: number;
  color: string;
}

const INK = 'rgba(0, 0, 0, 0.45)';
const stripes = (rotation: number): SectorDecal => ({
  symbol: 'rect',
  symbolSize: 1,
  dashArrayX: [1, 0],
  dashArrayY: [2, 4],
  rotation,
  color: INK,
});
const dots = (symbol: string, rotation = 0): SectorDecal => ({
  symbol,
  symbolSize: 0.8,
  dashArrayX: [4, 4],
  dashArrayY: [4, 4],
  rotation,
  color: INK,
});

/**
 * One pattern per sector for colour-blind readers (the decal toggle): stripes at four angles,
 * then dots of six kinds, then dashed stripes, so two sectors never share a pattern as they would
 * with ECharts' automatic decals, which follow the series, not the sector.
 */
export const SECTOR_DECALS: Record<SectorId, SectorDecal> = {
  economy: stripes(Math.PI / 4),
  industry: stripes(-Math.PI / 4),
  agriculture: stripes(0),
  services: stripes(Math.PI / 2),
  trade: dots('circle'),
  investment: dots('triangle'),
  fiscal: dots('diamond'),
  livelihood: dots('rect'),
  environment: dots('pin'),
  urban: dots('rect', Math.PI / 4),
  governance: { ...stripes(Math.PI / 4), dashArrayX: [3, 3] },
};

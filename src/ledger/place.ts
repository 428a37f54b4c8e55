import type { PlaceLevel, ReportMeta } from '../dataset/dataset-schema.ts';
import type { Place } from '../dataset/attainment-schema.ts';
import { MUNICIPALITIES } from '../extract/vocabulary/place-vocabulary.ts';

/**
 * The tier of government a region names: 全国 → national; …省, …自治区 and the four 直辖市 →
 * province; any other …市 → city. A county (…县, …区), a 特别行政区 or an unknown name → null.
 */
export function placeLevel(zh: string | null | undefined): PlaceLevel | null {
  if (!zh) return null;
  if (zh === '全国') return 'national';
  if (MUNICIPALITIES.has(zh) || /(?:省|(?<!特别行政)自治区)$/u.test(zh)) return 'province';
  if (/市$/u.test(zh)) return 'city';
  return null;
}

/**
 * The place a report speaks for, identified by region.zh (全国 for both zhongguo-* and
 * china-2024); null when the extractor found no region.
 */
export function placeOf(report: Pick<ReportMeta, 'region'>): Place | null {
  const { region } = report;
  if (!region) return null;
  return { zh: region.zh, en: region.en, level: placeLevel(region.zh) };
}

const LEVEL_ORDER: Readonly<Record<PlaceLevel, number>> = { national: 0, province: 1, city: 2 };

/** National first, then provinces, then cities, then the rest; by name within a level. */
export function comparePlaces(a: Place, b: Place): number {
  const rank = (place: Place) => (place.level === null ? 3 : LEVEL_ORDER[place.level]);
  return rank(a) - rank(b) || a.zh.localeCompare(b.zh, 'zh');
}

import type { ReportEntry } from '../../api/report-list.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { collatorFor } from '../../lib/i18n/i18n.ts';
import { PROVINCES } from '../../extract/vocabulary/place-vocabulary.ts';

export interface PickerOption {
  id: string;
  label: string;
}

export interface PickerGroup {
  /** The place's name (全国, 上海市, Beihai), or the uploaded group's heading. */
  label: string;
  options: PickerOption[];
}

const UPLOADED_LABEL: Record<Lang, string> = { zh: '上传的报告', en: 'Uploaded reports' };
const NO_PLACE_LABEL: Record<Lang, string> = { zh: '未注明地区', en: 'Place not stated' };

// National first, then provinces, then cities: the order a reader scans the library in.
const LEVEL_ORDER = { national: 0, province: 1, city: 2 } as const;

/** Provinces by their GB/T 2260 code, the order official lists give them in; others after. */
const PROVINCE_RANK = new Map(PROVINCES.map((province) => [province.full, province.code]));

function provinceRank(entry: ReportEntry): number {
  return PROVINCE_RANK.get(entry.region?.zh ?? '') ?? Infinity;
}

/** Ascending, two unranked (Infinity) as equal. */
function byRank(rank: number, other: number): number {
  return rank === other ? 0 : rank < other ? -1 : 1;
}

function levelRank(entry: ReportEntry): number {
  if (entry.level) return LEVEL_ORDER[entry.level];
  // An index written before levels were recorded still puts the nation first.
  return entry.region?.zh === '全国' ? 0 : 3;
}

function placeName(entry: ReportEntry, lang: Lang): string | null {
  if (!entry.region) return null;
  return lang === 'en' ? (entry.region.en ?? entry.region.zh) : entry.region.zh;
}

/** The year a report is known by: the year whose goals it sets (the 2024 report reviews 2023). */
function reportYear(entry: ReportEntry): number | null {
  return entry.planYear ?? (entry.reviewYear === null ? null : entry.reviewYear + 1);
}

function optionLabel(entry: ReportEntry, lang: Lang): string {
  const place = placeName(entry, lang);
  const year = reportYear(entry);
  if (place === null || year === null) return entry.title || entry.id;
  return lang === 'zh' ? `${place} ${year}年` : `${place} ${year}`;
}

/**
 * The picker's groups: one per place (region.zh is the place's identity), years ascending
 * inside it; places by level, then by their first year (so Shanghai's run of reports comes
 * before the single 2026 provinces), then provinces in their official order (北京, 天津, 河北…:
 * the order of the country's yearbooks, in either language), then by name. None of it needs a
 * collator unless two places other than provinces tie: the page's first Intl object costs
 * 10–20 ms of ICU's start-up, which the first render would pay. Uploaded reports keep a group
 * of their own, in the order they were saved, whatever place they are of.
 */
export function groupReports(reports: readonly ReportEntry[], lang: Lang): PickerGroup[] {
  const bundled = new Map<string, ReportEntry[]>();
  for (const entry of reports) {
    if (entry.origin !== 'bundled') continue;
    const key = entry.region?.zh ?? '';
    bundled.set(key, [...(bundled.get(key) ?? []), entry]);
  }
  const places = [...bundled.values()].map((entries) =>
    [...entries].sort(
      (a, b) =>
        (reportYear(a) ?? 0) - (reportYear(b) ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    ),
  );
  places.sort((a, b) => {
    const first = a[0]!;
    const other = b[0]!;
    return (
      levelRank(first) - levelRank(other) ||
      (reportYear(first) ?? 9999) - (reportYear(other) ?? 9999) ||
      byRank(provinceRank(first), provinceRank(other)) ||
      collatorFor(lang).compare(placeName(first, lang) ?? '', placeName(other, lang) ?? '')
    );
  });
  const groups: PickerGroup[] = places.map((entries) => ({
    label: placeName(entries[0]!, lang) ?? NO_PLACE_LABEL[lang],
    options: entries.map((entry) => ({ id: entry.id, label: optionLabel(entry, lang) })),
  }));
  // A report read but not kept (storage failed) is still one of the user's own for this visit.
  const uploaded = reports.filter((entry) => entry.origin !== 'bundled');
  if (uploaded.length > 0) {
    groups.push({
      label: UPLOADED_LABEL[lang],
      options: uploaded.map((entry) => ({ id: entry.id, label: optionLabel(entry, lang) })),
    });
  }
  return groups;
}

import type { Indicator } from '../../dataset/dataset-schema.ts';
import { MEASURES } from '../../dataset/dataset-vocabulary.ts';
import type { ChartTable } from '../../components/chart-environment.ts';
import { sectorLabel, sectorOrder } from '../../dataset/sector-taxonomy.ts';
import { formatIndicatorValue } from '../../lib/i18n/format-indicator.ts';
import { exportedValue, valueCells, valueColumns } from '../../components/value-columns.ts';
import { collatorFor, kindLabel, measureLabel, translate } from '../../lib/i18n/i18n.ts';
import type { Lang } from '../../lib/i18n/lang.ts';

export const SORT_KEYS = ['subject', 'sector', 'yearKind', 'measure', 'value', 'quote'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface SortState {
  key: SortKey | null;
  direction: 'ascending' | 'descending';
}

function compareChinese(a: string, b: string): number {
  return collatorFor('zh').compare(a, b);
}

const COMPARE: Record<SortKey, (a: Indicator, b: Indicator) => number> = {
  subject: (a, b) => compareChinese(a.subject.zh, b.subject.zh),
  sector: (a, b) => sectorOrder(a.sector) - sectorOrder(b.sector),
  yearKind: (a, b) => (a.year ?? 0) - (b.year ?? 0) || a.kind.localeCompare(b.kind),
  measure: (a, b) => MEASURES.indexOf(a.measure) - MEASURES.indexOf(b.measure),
  // Numbers compare only within a unit: 5.8% and 5.8亿元 are not neighbours. Group by unit
  // (the report's own, so 亿元 and 万元 stay apart), then by value.
  value: (a, b) => compareChinese(a.unit, b.unit) || a.value - b.value,
  quote: (a, b) => compareChinese(a.source.quote, b.source.quote),
};

/** Sorted copy; ties (and no sort) keep the report's reading order. */
export function sortIndicators(indicators: readonly Indicator[], sort: SortState): Indicator[] {
  const reading = (a: Indicator, b: Indicator) => a.source.start - b.source.start;
  const { key } = sort;
  if (key === null) return [...indicators].sort(reading);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...indicators].sort((a, b) => sign * COMPARE[key](a, b) || reading(a, b));
}

/** Clicking a header sorts by it; clicking it again flips the direction. */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { key, direction: 'ascending' };
}

export type IndicatorFlagKind = 'unclear' | 'period' | 'estimated';

export interface IndicatorFlag {
  kind: IndicatorFlagKind;
  /** The badge: 不明确的主体 / unclear subject, 2021–2025, 预计 / estimate. */
  label: string;
  /** Why it is flagged, and whether it is charted. */
  hint: string;
}

/**
 * What a reader must know before taking a row as one year's figure: its subject names nothing
 * in particular, it covers several years, or it is an estimate. The first two keep it off the
 * charts (isChartable); an estimate is charted as the result it is.
 */
export function indicatorFlags(indicator: Indicator, lang: Lang): IndicatorFlag[] {
  const flags: IndicatorFlag[] = [];
  if (indicator.subject.unclear) {
    flags.push({
      kind: 'unclear',
      label: translate(lang, 'table.flag.unclear'),
      hint: translate(lang, 'table.flag.unclear.hint'),
    });
  }
  if (indicator.period) {
    flags.push({
      kind: 'period',
      label: translate(lang, 'table.flag.period', indicator.period),
      hint: translate(lang, 'table.flag.period.hint'),
    });
  }
  if (indicator.estimated) {
    flags.push({
      kind: 'estimated',
      label: translate(lang, 'table.flag.estimated'),
      hint: translate(lang, 'table.flag.estimated.hint'),
    });
  }
  return flags;
}

export function rowDomId(indicatorId: string): string {
  return `indicator-row-${indicatorId}`;
}

/** The filtered indicators as plain rows, for a CSV/JSON export of the whole table. */
export function buildIndicatorTableData(indicators: readonly Indicator[], lang: Lang): ChartTable {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  return {
    columns: [
      { key: 'id', label: 'id' },
      { key: 'subjectZh', label: `${t('table.subject')} (zh)` },
      { key: 'subjectEn', label: `${t('table.subject')} (en)` },
      { key: 'sector', label: t('table.sector') },
      { key: 'year', label: t('filters.year') },
      { key: 'period', label: t('export.period') },
      { key: 'kind', label: t('filters.kind') },
      { key: 'measure', label: t('table.measure') },
      ...valueColumns('', null, lang),
      { key: 'display', label: t('export.display') },
      { key: 'quote', label: t('table.quote') },
      { key: 'estimated', label: t('table.flag.estimated') },
      { key: 'subjectUnclear', label: t('table.flag.unclear') },
    ],
    rows: sortIndicators(indicators, { key: null, direction: 'ascending' }).map((i) => ({
      id: i.id,
      subjectZh: i.subject.zh,
      subjectEn: i.subject.en,
      sector: sectorLabel(i.sector, lang),
      year: i.year,
      period: i.period ? `${i.period.from}-${i.period.to}` : null,
      kind: kindLabel(i.kind, lang),
      measure: measureLabel(i.measure, lang),
      ...valueCells('', exportedValue(i), lang),
      display: formatIndicatorValue(i, lang),
      quote: i.source.quote,
      // Booleans as 1/0 so that R and spreadsheets read them as numbers.
      estimated: i.estimated ? 1 : 0,
      subjectUnclear: i.subject.unclear ? 1 : 0,
    })),
  };
}

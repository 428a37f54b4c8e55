import type { Comparator } from '../../../src/dataset/dataset-schema.ts';
import type { LedgerFigure, LedgerRow } from '../../../src/ledger/attainment.ts';

/** A figure as a report would state it; only what a test names differs from a plain 5%. */
export function figure(
  value: number,
  options: { comparator?: Comparator; upper?: number; unit?: string; written?: string } = {},
): LedgerFigure {
  const unit = options.unit ?? '%';
  return {
    reportId: 'report',
    indicatorId: `i-${value}`,
    value,
    upper: options.upper ?? null,
    comparator: options.comparator ?? 'eq',
    unit,
    written: options.written ?? `${value}${unit}`,
    quote: `增长${value}${unit}`,
    start: 0,
    end: 1,
    stretch: null,
    estimated: false,
  };
}

/** A ledger row of 全国 GDP growth (or the subject given) with a next report unless told otherwise. */
export function ledgerRow(
  target: LedgerFigure | null,
  actual: LedgerFigure | null,
  options: { key?: string; targetYear?: number; awaiting?: boolean; place?: string } = {},
): LedgerRow {
  return {
    place: { zh: options.place ?? '全国', en: 'China', level: 'national' },
    subject: { key: options.key ?? 'gdp', zh: '地区生产总值', en: 'GDP', headline: true },
    sector: 'economy',
    measure: 'growth',
    targetYear: options.targetYear ?? 2022,
    target,
    actual,
    targetReportId: 'zhongguo-2022',
    actualReportId: options.awaiting ? null : 'zhongguo-2023',
  };
}

import type { ChartTable } from '../../components/chart-environment.ts';
import { sectorLabel } from '../../dataset/sector-taxonomy.ts';
import { formatIndicatorValue } from '../../lib/i18n/format-indicator.ts';
import { exportedValue, valueCells, valueColumns } from '../../components/value-columns.ts';
import { kindLabel, subjectLabel, translate } from '../../lib/i18n/i18n.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import type { BarRow } from './bar-model.ts';

/** A bar chart's table equivalent. */
export function buildBarTable(rows: readonly BarRow[], lang: Lang): ChartTable {
  return {
    columns: [
      { key: 'subject', label: translate(lang, 'table.subject') },
      { key: 'sector', label: translate(lang, 'table.sector') },
      { key: 'yearKind', label: translate(lang, 'table.yearKind'), only: 'screen' },
      { key: 'year', label: translate(lang, 'export.year'), only: 'export' },
      { key: 'kind', label: translate(lang, 'export.kind'), only: 'export' },
      { key: 'display', label: translate(lang, 'table.value'), only: 'screen' },
      ...valueColumns('', null, lang),
      { key: 'quote', label: translate(lang, 'table.quote') },
    ],
    rows: rows.map(({ indicator, subject, sector }) => ({
      subject: subjectLabel(subject, lang),
      sector: sectorLabel(sector, lang),
      yearKind: `${indicator.year ?? ''} ${kindLabel(indicator.kind, lang)}`.trim(),
      year: indicator.year,
      kind: kindLabel(indicator.kind, lang),
      display: formatIndicatorValue(indicator, lang),
      ...valueCells('', exportedValue(indicator), lang),
      quote: indicator.source.quote,
    })),
  };
}

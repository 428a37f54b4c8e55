import { useMemo } from 'react';
import type { ReportEntry } from '../../api/report-list.ts';
import { ChartCard } from '../../components/chart-card.tsx';
import {
  ChartEnvironmentContext,
  useChartEnvironment,
} from '../../components/chart-environment.ts';
import type { ChartTable } from '../../components/chart-environment.ts';
import type { CitedReport } from '../../dataset/table-files.ts';
import type { Place } from '../../dataset/attainment-schema.ts';
import type { VerdictRule } from '../../ledger/attainment.ts';
import { gapUnit } from '../../ledger/research-csv.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import type { SourceLinks } from './figure-link.tsx';
import { buildLedgerChartOption } from './ledger-chart-option.ts';
import {
  gapText,
  parseFigureLink,
  placeName,
  ruleSummary,
  subjectName,
  verdictLabel,
} from './ledger-format.ts';
import { ledgerText } from './ledger-messages.ts';
import { seriesRows } from './ledger-model.ts';
import type { JudgedRow } from './ledger-model.ts';
import { useI18n } from '../../lib/i18n/i18n.ts';

interface LedgerChartProps {
  judged: readonly JudgedRow[];
  selection: { place: Place; subject: string };
  rule: VerdictRule;
  reports: readonly ReportEntry[];
  links: SourceLinks;
}

/** The chart's rows as its table equivalent and its CSV/JSON export. */
export function ledgerChartTable(rows: readonly JudgedRow[], lang: Lang): ChartTable {
  return {
    columns: [
      { key: 'year', label: ledgerText(lang, 'table.year') },
      { key: 'target', label: ledgerText(lang, 'table.target') },
      { key: 'actual', label: ledgerText(lang, 'table.actual') },
      { key: 'gap', label: ledgerText(lang, 'table.gap') },
      { key: 'verdict', label: ledgerText(lang, 'table.verdict') },
    ],
    rows: rows.map(({ row, judgement }) => ({
      year: row.targetYear,
      target: row.target?.written ?? null,
      actual: row.actual?.written ?? null,
      gap: judgement.gap === null ? null : gapText(judgement.gap, gapUnit(row), lang),
      verdict: verdictLabel(judgement.verdict, lang),
    })),
  };
}

/** One subject of one place across years, drawn through the shared chart card (export menu included). */
export function LedgerChart({ judged, selection, rule, reports, links }: LedgerChartProps) {
  const env = useChartEnvironment();
  const { decals, compact } = env;
  const { lang } = useI18n();
  const rows = useMemo(
    () => seriesRows(judged, selection.place.zh, selection.subject),
    [judged, selection],
  );
  const summary = ruleSummary(rule, lang);
  const option = useMemo(
    () =>
      rows.length === 0
        ? null
        : buildLedgerChartOption(rows, {
            lang,
            place: selection.place,
            subject: selection.subject,
            ruleSummary: summary,
            decals,
            compact,
          }),
    [rows, lang, selection, summary, decals, compact],
  );
  const table = useMemo(() => ledgerChartTable(rows, lang), [rows, lang]);
  // Exports cite every report the chart reads, goals and results alike, oldest first.
  const cited = useMemo<CitedReport[]>(() => {
    const ids = new Set(
      rows.flatMap(({ row }) => [row.targetReportId, row.actualReportId ?? row.targetReportId]),
    );
    return reports
      .filter((entry) => ids.has(entry.id))
      .sort((a, b) => (a.planYear ?? 0) - (b.planYear ?? 0) || a.id.localeCompare(b.id));
  }, [rows, reports]);
  const subject = rows[0] ? subjectName(rows[0].row.subject, lang) : selection.subject;
  const place = placeName(selection.place, lang);
  return (
    <ChartEnvironmentContext.Provider value={{ ...env, sourceReports: cited }}>
      <ChartCard
        chartId={`ledger-${selection.subject}`}
        title={ledgerText(lang, 'chart.title', { place, subject })}
        description={ledgerText(lang, 'chart.description', { rule: summary })}
        option={option}
        table={table}
        height={360}
        onSelectIndicator={(link) => {
          const target = parseFigureLink(link);
          if (target) links.open(target.reportId, target.indicatorId);
        }}
      />
    </ChartEnvironmentContext.Provider>
  );
}

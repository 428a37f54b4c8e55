import { useChartEnvironment } from '../../components/chart-environment.ts';
import type { ChartExportSource } from '../../components/chart-environment.ts';
import { useI18n } from '../../lib/i18n/i18n.ts';
import { ChartExportMenu } from './chart-export-menu.tsx';
import { TableExportButton } from './table-export-button.tsx';
import './export-menu.css';

/**
 * What fills the export slot (`ChartEnvironment.renderActions`) of every chart card and of the
 * indicator table: the Export menu for a chart, a CSV button for a table without a chart.
 * The language comes from the i18n context; theme, report and sector filter from the page's chart environment, so an
 * export states what the page shows.
 */
export function ExportActions({ source }: { source: ChartExportSource }) {
  const env = useChartEnvironment();
  const { lang } = useI18n();
  const sectors = env.sectors ?? 'all';
  const reports = env.sourceReports ?? (env.report ? [env.report] : []);
  if (source.option === null) {
    return (
      <TableExportButton
        table={source.table}
        name={source.chartId}
        reportId={reports.map((report) => report.id).join('-') || 'report'}
        sectors={sectors}
        lang={lang}
      />
    );
  }
  return (
    <ChartExportMenu
      source={source}
      lang={lang}
      mode={env.theme}
      reports={reports}
      sectors={sectors}
    />
  );
}

import { useState } from 'react';
import type { Indicator, SectorId } from '../dataset/dataset-schema.ts';
import { downloadBlob } from '../lib/download-file.ts';
import { indicatorsToTable, tableToCsv } from '../lib/export-data.ts';
import type { ExportLang } from '../lib/export-data.ts';
import { exportFileBase, exportFileName } from '../lib/export-file-name.ts';
import { exportText } from '../lib/export-text.ts';
import { ExportStatus } from './export-status.tsx';
import type { ExportOutcome } from './export-status.tsx';

export interface TableExportButtonProps {
  /** Every indicator that passes the filters, in the table's order. */
  indicators: readonly Indicator[];
  reportId: string;
  sectors: readonly SectorId[] | 'all';
  lang: ExportLang;
}

/** Downloads the whole filtered indicator table as CSV (all fields, not just the visible columns). */
export function TableExportButton({ indicators, reportId, sectors, lang }: TableExportButtonProps) {
  const text = exportText(lang);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const onClick = () => {
    const fileName = exportFileName(
      exportFileBase({ reportId, chart: 'indicators', sectors }),
      'csv',
    );
    const csv = tableToCsv(indicatorsToTable(indicators, lang));
    const result = downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName);
    setOutcome(
      result.ok
        ? { message: text.done.csv.replace('{file}', fileName), failed: false }
        : { message: text.failures[result.failure], failed: true },
    );
  };
  return (
    <div className="export-menu">
      <button
        type="button"
        className="export-menu-button"
        onClick={onClick}
        data-export="table-csv"
      >
        {text.tableCsv}
      </button>
      <ExportStatus outcome={outcome} />
    </div>
  );
}

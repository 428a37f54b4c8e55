import { useState } from 'react';
import type { SectorId } from '../../dataset/dataset-schema.ts';
import { downloadBlob } from './download-file.ts';
import { tableToCsv } from '../../dataset/table-files.ts';
import type { ExportTable } from '../../dataset/table-files.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { exportFileBase, exportFileName } from './export-file-name.ts';
import { exportText } from './export-text.ts';
import { ExportStatus } from './export-status.tsx';
import type { ExportOutcome } from './export-status.tsx';
import { fillPlaceholders } from '../../lib/i18n/i18n.ts';

export interface TableExportButtonProps {
  /** Every row that passes the filters, all fields (not only the columns on screen). */
  table: ExportTable;
  /** Names the file: `<reportId>-<name>-<sectors>.csv`. */
  name: string;
  reportId: string;
  sectors: readonly SectorId[] | 'all';
  lang: Lang;
}

/** Downloads a whole table, such as the filtered indicators, as CSV. */
export function TableExportButton({
  table,
  name,
  reportId,
  sectors,
  lang,
}: TableExportButtonProps) {
  const text = exportText(lang);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const onClick = () => {
    const fileName = exportFileName(exportFileBase({ reportId, chart: name, sectors }), 'csv');
    const blob = new Blob([tableToCsv(table)], { type: 'text/csv;charset=utf-8' });
    const result = downloadBlob(blob, fileName);
    setOutcome(
      result.ok
        ? { message: fillPlaceholders(text.done.csv, { file: fileName }), failed: false }
        : { message: text.failures[result.failure], failed: true },
    );
  };
  return (
    <div className="export-menu">
      <button
        type="button"
        className="button small export-menu-button"
        onClick={onClick}
        data-export="table-csv"
      >
        {text.tableCsv}
      </button>
      <ExportStatus outcome={outcome} />
    </div>
  );
}

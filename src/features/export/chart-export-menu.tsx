import { useState } from 'react';
import { SECTOR_IDS } from '../../dataset/dataset-vocabulary.ts';
import type { SectorId } from '../../dataset/dataset-vocabulary.ts';
import type { ChartExportSource } from '../../components/chart-environment.ts';
import type { CitedReport } from '../../dataset/table-files.ts';
import { MenuButton } from '../../components/menu-button.tsx';
import { exportDate } from './export-date.ts';
import { fail } from './export-result.ts';
import { EXPORT_FORMATS, exportText } from './export-text.ts';
import type { ExportFormat } from './export-text.ts';
import { ExportStatus } from './export-status.tsx';
import type { ExportOutcome } from './export-status.tsx';
import { preloadExport, runExport } from './run-export.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { fillPlaceholders } from '../../lib/i18n/i18n.ts';

/**
 * `source` is what a chart card hands to its actions slot (see ChartExportSource): `chartId`
 * names the file, `title` heads the image and the JSON, `option` is the option drawn on
 * screen, `table` the chart's data (one row per data point shown), and `getInstance` /
 * `getSize` give the live instance and its CSS size once drawn. The other props are the page
 * around the chart, which the image states in its header and footer: language and colour
 * mode as shown, the report (several for a comparison), and the active sector filter. `now` is injectable so that tests
 * get a fixed export date.
 */
export interface ChartExportMenuProps {
  source: ChartExportSource;
  lang: Lang;
  mode: 'light' | 'dark';
  reports: readonly CitedReport[];
  /** Active sectors, or 'all' when the sector filter is off. */
  sectors: readonly SectorId[] | 'all';
  now?: () => Date;
}

/**
 * An Export menu: PNG at twice the on-screen size, SVG vectors, CSV and JSON of the chart's
 * rows, and Copy image. Every outcome is announced, every failure shown.
 */
export function ChartExportMenu({
  source,
  lang,
  mode,
  reports,
  sectors: chosenSectors,
  now = () => new Date(),
}: ChartExportMenuProps) {
  const text = exportText(lang);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);

  const activate = (format: ExportFormat) => {
    setOutcome(null);
    const request = {
      source,
      lang,
      mode,
      reports,
      // Taxonomy order, as the filter shows them, whatever order they were picked in.
      sectors:
        chosenSectors === 'all' ? 'all' : SECTOR_IDS.filter((id) => chosenSectors.includes(id)),
      exportedOn: exportDate(now()),
      url: window.location.href,
    } as const;
    void runExport(format, request)
      .catch((error: unknown) => fail<string>('render-failed', error))
      .then((result) => {
        if (result.ok) {
          setOutcome({
            message: fillPlaceholders(text.done[format], { file: result.value }),
            failed: false,
          });
        } else {
          // The detail helps a bug report; the message is what the user can act on.
          if (result.detail) console.warn(`export ${format} failed: ${result.detail}`);
          setOutcome({ message: text.failures[result.failure], failed: true });
        }
      });
  };

  return (
    <MenuButton
      classPrefix="export-menu"
      label={text.menu}
      ariaLabel={`${text.menu}: ${source.title}`}
      items={EXPORT_FORMATS.map((format) => ({ key: format, label: text.items[format] }))}
      onOpen={preloadExport}
      onSelect={activate}
    >
      <ExportStatus outcome={outcome} />
    </MenuButton>
  );
}

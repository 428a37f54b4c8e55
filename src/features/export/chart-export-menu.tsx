import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { SECTOR_IDS } from '../../dataset/dataset-schema.ts';
import type { SectorId } from '../../dataset/dataset-schema.ts';
import { sectorLabel } from '../../dataset/sector-taxonomy.ts';
import { reportTitle } from '../../lib/i18n/i18n.ts';
import { copyPng } from './copy-image.ts';
import { downloadBlob } from './download-file.ts';
import { tableToCsv, tableToJson } from '../../dataset/table-files.ts';
import type { ExportLang, ExportMeta } from '../../dataset/table-files.ts';
import { exportDate } from './export-date.ts';
import { exportFileBase, exportFileName } from './export-file-name.ts';
import { fail, succeed } from './export-result.ts';
import type { ExportResult } from './export-result.ts';
import { EXPORT_FORMATS, exportText } from './export-text.ts';
import type { ExportFormat } from './export-text.ts';
import type { ChartExportSource, CitedReport } from '../../components/chart-environment.ts';
import { ExportStatus } from './export-status.tsx';
import type { ExportOutcome } from './export-status.tsx';

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
  lang: ExportLang;
  mode: 'light' | 'dark';
  reports: readonly CitedReport[];
  /** Active sectors, or 'all' when the sector filter is off. */
  sectors: readonly SectorId[] | 'all';
  now?: () => Date;
}

// Loaded on first use: it brings in the ECharts renderers.
const loadImageModule = () => import('./export-image.ts');

function regionLabel(report: CitedReport, lang: ExportLang): string | null {
  if (!report.region) return null;
  return lang === 'en' ? (report.region.en ?? report.region.zh) : report.region.zh;
}

/**
 * An Export menu button (WAI-ARIA menu button pattern): PNG at twice the on-screen size, SVG
 * vectors, CSV and JSON of the chart's rows, and Copy image. Enter, Space or ArrowDown open it
 * on the first item, ArrowUp on the last; arrows, Home and End move; Escape closes it and
 * returns focus to the button. Every outcome is announced, every failure shown.
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
  // Taxonomy order, as the filter shows them, whatever order they were picked in.
  const sectors =
    chosenSectors === 'all' ? 'all' : SECTOR_IDS.filter((id) => chosenSectors.includes(id));
  const buttonId = useId();
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const [open, setOpen] = useState(false);
  const [focusIndex, setFocusIndex] = useState(0);
  const [alignStart, setAlignStart] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);

  useEffect(() => {
    if (open) itemRefs.current[focusIndex]?.focus();
  }, [open, focusIndex]);

  // The list opens leftwards under the button (which sits at the right of a card header);
  // where that would leave the card, as when the button wraps under the title on a phone, it
  // opens rightwards.
  useLayoutEffect(() => {
    const root = rootRef.current;
    const list = root?.querySelector('[role="menu"]');
    if (!open || !root || !list) return;
    const edge = (root.closest('section') ?? document.body).getBoundingClientRect().left;
    if (list.getBoundingClientRect().left < edge) setAlignStart(true);
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const openAt = (index: number) => {
    void loadImageModule();
    setAlignStart(false);
    setFocusIndex(index);
    setOpen(true);
  };

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const fileBase = exportFileBase({
    reportId: reports.map((report) => report.id).join('-') || 'report',
    chart: source.chartId,
    sectors,
  });
  const exportedOn = exportDate(now());

  const imageInput = async () => {
    const instance = source.getInstance();
    const size = source.getSize();
    if (
      !source.option ||
      !instance ||
      instance.isDisposed() ||
      size.width <= 0 ||
      size.height <= 0
    ) {
      return null;
    }
    const image = await loadImageModule();
    const palette = image.paletteFromPage(instance.getDom(), mode);
    const { option, size: imageSize } = image.buildExportImage({
      option: source.option,
      palette,
      size,
      legendSelected: image.readLegendSelected(instance),
      context: {
        title: source.title,
        ...(source.description ? { subtitle: source.description } : {}),
        url: window.location.href,
        sectorLabels: sectors === 'all' ? 'all' : sectors.map((id) => sectorLabel(id, lang)),
        units: image.unitsFromOption(source.option),
        reports: reports.map((report) => ({
          title: reportTitle(report, lang),
          region: regionLabel(report, lang),
          year: report.planYear,
        })),
        exportedOn,
        lang,
      },
    });
    return { image, option, palette, size: imageSize, theme: mode === 'dark' ? 'dark' : null };
  };

  const pngBlob = async (): Promise<ExportResult<Blob>> => {
    const input = await imageInput();
    if (!input) return fail('chart-not-ready');
    return input.image.renderPng(input.option, input.theme, input.size, input.palette.background);
  };

  const run = async (format: ExportFormat): Promise<ExportResult<string>> => {
    const fileName = exportFileName(fileBase, format === 'copy' ? 'png' : format);
    const save = (blob: Blob): ExportResult<string> => {
      const saved = downloadBlob(blob, fileName);
      return saved.ok ? succeed(fileName) : saved;
    };
    switch (format) {
      case 'png': {
        const png = await pngBlob();
        return png.ok ? save(png.value) : png;
      }
      case 'svg': {
        const input = await imageInput();
        if (!input) return fail('chart-not-ready');
        const svg = input.image.renderSvg(input.option, input.theme, input.size);
        if (!svg.ok) return svg;
        const file = `<?xml version="1.0" encoding="UTF-8"?>\n${svg.value}`;
        return save(new Blob([file], { type: 'image/svg+xml;charset=utf-8' }));
      }
      case 'csv':
        return save(new Blob([tableToCsv(source.table)], { type: 'text/csv;charset=utf-8' }));
      case 'json': {
        const meta: ExportMeta = {
          reports: reports.map(({ id, title, region, reviewYear, planYear }) => ({
            id,
            title,
            region,
            reviewYear,
            planYear,
          })),
          chart: source.title,
          sectors,
          lang,
          exportedOn,
        };
        return save(new Blob([tableToJson(source.table, meta)], { type: 'application/json' }));
      }
      case 'copy': {
        const copied = await copyPng(pngBlob());
        return copied.ok ? succeed(fileName) : copied;
      }
    }
  };

  const activate = (format: ExportFormat) => {
    close();
    setOutcome(null);
    void run(format)
      .catch((error: unknown) => fail<string>('render-failed', error))
      .then((result) => {
        if (result.ok) {
          setOutcome({ message: text.done[format].replace('{file}', result.value), failed: false });
        } else {
          // The detail helps a bug report; the message is what the user can act on.
          if (result.detail) console.warn(`export ${format} failed: ${result.detail}`);
          setOutcome({ message: text.failures[result.failure], failed: true });
        }
      });
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      openAt(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(EXPORT_FORMATS.length - 1);
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = EXPORT_FORMATS.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: focusIndex === last ? 0 : focusIndex + 1,
      ArrowUp: focusIndex === 0 ? last : focusIndex - 1,
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      setFocusIndex(next);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  return (
    <div className="export-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className="button small export-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={`${text.menu}: ${source.title}`}
        onClick={() => (open ? setOpen(false) : openAt(0))}
        onKeyDown={onButtonKeyDown}
      >
        {text.menu}
      </button>
      {open ? (
        <div
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          className={alignStart ? 'export-menu-list align-start' : 'export-menu-list'}
          onKeyDown={onMenuKeyDown}
        >
          {EXPORT_FORMATS.map((format, index) => (
            <button
              key={format}
              ref={(element) => {
                itemRefs.current[index] = element;
              }}
              type="button"
              role="menuitem"
              tabIndex={index === focusIndex ? 0 : -1}
              className="export-menu-item"
              data-export={format}
              onClick={() => activate(format)}
            >
              {text.items[format]}
            </button>
          ))}
        </div>
      ) : null}
      <ExportStatus outcome={outcome} />
    </div>
  );
}

import type { SectorId } from '../../dataset/dataset-schema.ts';
import { sectorLabel } from '../../dataset/sector-taxonomy.ts';
import { tableToCsv, tableToJson } from '../../dataset/table-files.ts';
import type { ExportMeta } from '../../dataset/table-files.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import type { ChartExportSource } from '../../components/chart-environment.ts';
import type { CitedReport } from '../../dataset/table-files.ts';
import { reportTitle } from '../../lib/i18n/i18n.ts';
import { copyPng } from './copy-image.ts';
import { downloadBlob } from './download-file.ts';
import { exportFileBase, exportFileName } from './export-file-name.ts';
import { fail, succeed } from './export-result.ts';
import type { ExportResult } from './export-result.ts';
import type { ExportFormat } from './export-text.ts';

/**
 * One export of one chart: the chart (`source`) and the page around it, which the image states
 * in its header and footer: language and colour mode as shown, the report (several for a
 * comparison), the active sectors in taxonomy order, the export date and the page's address.
 */
export interface ExportRequest {
  source: ChartExportSource;
  lang: Lang;
  mode: 'light' | 'dark';
  reports: readonly CitedReport[];
  sectors: readonly SectorId[] | 'all';
  exportedOn: string;
  url: string;
}

// Loaded on first use: the renderers bring in ECharts.
const loadImageModules = () =>
  Promise.all([import('./export-image.ts'), import('./render-image.ts')]);

/** Starts loading the image modules, so that the first PNG does not wait for them. */
export function preloadExport(): void {
  void loadImageModules();
}

function regionLabel(report: CitedReport, lang: Lang): string | null {
  if (!report.region) return null;
  return lang === 'en' ? (report.region.en ?? report.region.zh) : report.region.zh;
}

async function imageInput({
  source,
  lang,
  mode,
  reports,
  sectors,
  exportedOn,
  url,
}: ExportRequest) {
  const instance = source.getInstance();
  const size = source.getSize();
  if (!source.option || !instance || instance.isDisposed() || size.width <= 0 || size.height <= 0) {
    return null;
  }
  const [image, render] = await loadImageModules();
  const palette = render.paletteFromPage(instance.getDom(), mode);
  const { option, size: imageSize } = image.buildExportImage({
    option: source.option,
    palette,
    size,
    legendSelected: image.readLegendSelected(instance),
    context: {
      title: source.title,
      ...(source.description ? { subtitle: source.description } : {}),
      url,
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
  return { render, option, palette, size: imageSize, theme: mode === 'dark' ? 'dark' : null };
}

async function pngBlob(request: ExportRequest): Promise<ExportResult<Blob>> {
  const input = await imageInput(request);
  if (!input) return fail('chart-not-ready');
  return input.render.renderPng(input.option, input.theme, input.size, input.palette.background);
}

function exportMeta({ source, lang, reports, sectors, exportedOn }: ExportRequest): ExportMeta {
  return {
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
}

/** Saves (or copies) the chart in `format`; the result names the file written. */
export async function runExport(
  format: ExportFormat,
  request: ExportRequest,
): Promise<ExportResult<string>> {
  const { source, reports, sectors } = request;
  const fileBase = exportFileBase({
    reportId: reports.map((report) => report.id).join('-') || 'report',
    chart: source.chartId,
    sectors,
  });
  const fileName = exportFileName(fileBase, format === 'copy' ? 'png' : format);
  const save = (blob: Blob): ExportResult<string> => {
    const saved = downloadBlob(blob, fileName);
    return saved.ok ? succeed(fileName) : saved;
  };
  switch (format) {
    case 'png': {
      const png = await pngBlob(request);
      return png.ok ? save(png.value) : png;
    }
    case 'svg': {
      const input = await imageInput(request);
      if (!input) return fail('chart-not-ready');
      const svg = input.render.renderSvg(input.option, input.theme, input.size);
      if (!svg.ok) return svg;
      const file = `<?xml version="1.0" encoding="UTF-8"?>\n${svg.value}`;
      return save(new Blob([file], { type: 'image/svg+xml;charset=utf-8' }));
    }
    case 'csv':
      return save(new Blob([tableToCsv(source.table)], { type: 'text/csv;charset=utf-8' }));
    case 'json': {
      const json = tableToJson(source.table, exportMeta(request));
      return save(new Blob([json], { type: 'application/json' }));
    }
    case 'copy': {
      const copied = await copyPng(pngBlob(request));
      return copied.ok ? succeed(fileName) : copied;
    }
  }
}

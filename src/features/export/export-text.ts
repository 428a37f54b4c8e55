import type { Lang } from '../../lib/i18n/lang.ts';

/** Why an export did not happen; each has a short message a user can act on. */
export const EXPORT_FAILURES = [
  'chart-not-ready',
  'canvas-unavailable',
  'render-failed',
  'clipboard-unavailable',
  'clipboard-refused',
  'clipboard-failed',
  'download-failed',
] as const;
export type ExportFailure = (typeof EXPORT_FAILURES)[number];

export const EXPORT_FORMATS = ['png', 'svg', 'csv', 'json', 'copy'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

interface ExportText {
  menu: string;
  items: Record<ExportFormat, string>;
  tableCsv: string;
  done: Record<ExportFormat, string>;
  failures: Record<ExportFailure, string>;
  sectors: string;
  allSectors: string;
  listSeparator: string;
  unit: string;
  source: string;
  exported: string;
  yearSuffix: string;
  reportSeparator: string;
}

const TEXT: Record<Lang, ExportText> = {
  en: {
    menu: 'Export',
    items: {
      png: 'Download PNG image',
      svg: 'Download SVG image',
      csv: 'Download CSV data',
      json: 'Download JSON data',
      copy: 'Copy image (PNG)',
    },
    tableCsv: 'Download table as CSV',
    done: {
      png: 'PNG downloaded: {file}',
      svg: 'SVG downloaded: {file}',
      csv: 'CSV downloaded: {file}',
      json: 'JSON downloaded: {file}',
      copy: 'Image copied to the clipboard.',
    },
    failures: {
      'chart-not-ready': 'Export failed: the chart has not finished drawing. Try again.',
      'canvas-unavailable': 'Export failed: this browser cannot draw the image.',
      'render-failed': 'Export failed: the image could not be drawn.',
      'clipboard-unavailable': 'Copy failed: this browser cannot copy images.',
      'clipboard-refused': 'Copy failed: permission to use the clipboard was refused.',
      'clipboard-failed': 'Copy failed: the clipboard did not accept the image.',
      'download-failed': 'Export failed: the browser refused the download.',
    },
    sectors: 'Sectors: ',
    allSectors: 'all',
    listSeparator: ', ',
    unit: 'Unit: ',
    source: 'Source: ',
    exported: 'Exported ',
    yearSuffix: '',
    reportSeparator: '; ',
  },
  zh: {
    menu: '导出',
    items: {
      png: '下载 PNG 图片',
      svg: '下载 SVG 矢量图',
      csv: '下载 CSV 数据',
      json: '下载 JSON 数据',
      copy: '复制图片（PNG）',
    },
    tableCsv: '将表格下载为 CSV',
    done: {
      png: '已下载 PNG：{file}',
      svg: '已下载 SVG：{file}',
      csv: '已下载 CSV：{file}',
      json: '已下载 JSON：{file}',
      copy: '图片已复制到剪贴板。',
    },
    failures: {
      'chart-not-ready': '导出失败：图表尚未绘制完成，请重试。',
      'canvas-unavailable': '导出失败：此浏览器无法绘制图片。',
      'render-failed': '导出失败：无法绘制图片。',
      'clipboard-unavailable': '复制失败：此浏览器无法复制图片。',
      'clipboard-refused': '复制失败：剪贴板权限被拒绝。',
      'clipboard-failed': '复制失败：剪贴板未接受图片。',
      'download-failed': '导出失败：浏览器拒绝了下载。',
    },
    sectors: '领域：',
    allSectors: '全部',
    listSeparator: '、',
    unit: '单位：',
    source: '来源：',
    exported: '导出于 ',
    yearSuffix: '年',
    reportSeparator: '；',
  },
};

export function exportText(lang: Lang): ExportText {
  return TEXT[lang];
}

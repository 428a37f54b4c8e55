import { describe, expect, it } from 'vitest';
import { tableToCsv, tableToJson } from '../../../src/dataset/table-files.ts';
import type { ExportMeta, ExportTable } from '../../../src/dataset/table-files.ts';
import { parseCsv } from '../../support/parse-csv.ts';

const table: ExportTable = {
  columns: [
    { key: 'subject', label: '指标' },
    { key: 'value', label: 'Value, %' },
    { key: 'quote', label: 'Quote' },
  ],
  rows: [
    { subject: '地区生产总值', value: 5.8, quote: '全市地区生产总值增长5.8%' },
    { subject: 'Say "hi", twice', value: -2.1, quote: 'line one\nline two' },
    { subject: '=HYPERLINK("x")', value: null, quote: '-1+1' },
    { subject: '-3.2%', value: null, quote: '+1.5个百分点' },
  ],
};

const meta: ExportMeta = {
  reports: [
    {
      id: 'beihai-2024',
      title: '2024年北海市政府工作报告',
      region: { zh: '北海市', en: 'Beihai' },
      reviewYear: 2023,
      planYear: 2024,
    },
  ],
  chart: '增长：2023年实绩与2024年目标',
  sectors: ['industry', 'trade'],
  lang: 'zh',
  exportedOn: '2026-11-26',
};

describe('CSV export', () => {
  it('starts with a BOM so that Excel reads the Chinese as UTF-8', () => {
    const csv = tableToCsv(table);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('has a header row and one row per data point, and Chinese survives the round trip', () => {
    const rows = parseCsv(tableToCsv(table));
    expect(rows[0]).toEqual(['指标', 'Value, %', 'Quote']);
    expect(rows).toHaveLength(1 + table.rows.length);
    expect(rows[1]).toEqual(['地区生产总值', '5.8', '全市地区生产总值增长5.8%']);
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    const csv = tableToCsv(table);
    expect(csv).toContain('"Say ""hi"", twice",-2.1,"line one\nline two"\r\n');
    expect(parseCsv(csv)[2]).toEqual(['Say "hi", twice', '-2.1', 'line one\nline two']);
  });

  it('leaves empty cells for missing values and defuses spreadsheet formulas', () => {
    const rows = parseCsv(tableToCsv(table));
    expect(rows[3]).toEqual(['\'=HYPERLINK("x")', '', "'-1+1"]);
    expect(rows[4]).toEqual(['-3.2%', '', '+1.5个百分点']);
  });
});

describe('JSON export', () => {
  it('keeps the rows keyed by column, with the report and filters they came from', () => {
    const parsed = JSON.parse(tableToJson(table, meta)) as {
      reports: { id: string; title: string }[];
      sectors: string[];
      exportedOn: string;
      rows: Record<string, unknown>[];
    };
    expect(parsed.reports.map((report) => report.title)).toEqual(['2024年北海市政府工作报告']);
    expect(parsed.sectors).toEqual(['industry', 'trade']);
    expect(parsed.exportedOn).toBe('2026-11-26');
    expect(parsed.rows).toHaveLength(4);
    expect(parsed.rows[0]).toEqual({
      subject: '地区生产总值',
      value: 5.8,
      quote: '全市地区生产总值增长5.8%',
    });
    expect(parsed.rows[2]?.['value']).toBeNull();
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../../../src/dataset/dataset-schema.ts';
import {
  buildGrowthRows,
  growthContent,
} from '../../../../src/features/growth-chart/growth-model.ts';
import { buildGrowthTable } from '../../../../src/features/growth-chart/growth-table.ts';
import { tableToCsv } from '../../../../src/dataset/table-files.ts';
import { parseCsv } from '../../../support/parse-csv.ts';

const beihai = datasetSchema.parse(
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, '..', '..', '..', '..', 'public', 'data', 'beihai-2024.json'),
      'utf8',
    ),
  ),
);
const years = { reviewYear: beihai.report.reviewYear, planYear: beihai.report.planYear };

/** The chart CSV as an analyst reads it: a header and one record per row, by column name. */
function records(lang: 'zh' | 'en'): Record<string, string>[] {
  const table = buildGrowthTable(buildGrowthRows(beihai, beihai.indicators), lang, years);
  const [header = [], ...rows] = parseCsv(tableToCsv(table));
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}

describe('the growth chart CSV, for analysis', () => {
  it('has numeric value columns, then unit, comparator and upper bound, blank where missing', () => {
    const rows = records('en');
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'Indicator',
      'Sector',
      '2023 result · value',
      '2023 result · unit',
      '2023 result · comparator',
      '2023 result · upper bound',
      '2024 goal · value',
      '2024 goal · unit',
      '2024 goal · comparator',
      '2024 goal · upper bound',
      'Goal − result (percentage points)',
      'Quote · result',
      'Quote · goal',
    ]);
    for (const row of rows) {
      for (const column of ['2023 result · value', '2024 goal · value']) {
        const cell = row[column] ?? '';
        if (cell !== '') expect(Number.isFinite(Number(cell)), `${column}: ${cell}`).toBe(true);
      }
    }
    const gdp = rows.find((row) => row['Indicator'] === 'GDP');
    expect(gdp).toMatchObject({
      '2023 result · value': '5.8',
      '2023 result · unit': '%',
      '2024 goal · comparator': 'at least',
      'Goal − result (percentage points)': '-0.3',
    });
    const goalOnly = rows.find((row) => row['2023 result · value'] === '');
    expect(goalOnly?.['2023 result · unit']).toBe('');
  });

  it('exports 翻一番 as 100 with its wording, not as “exactly”', () => {
    const fdi = records('en').find(
      (row) => row['Indicator'] === 'Foreign investment actually used',
    );
    expect(fdi?.['2024 goal · value']).toBe('100');
    expect(fdi?.['2024 goal · comparator']).toBe('doubling (翻一番)');
    const zh = records('zh').find((row) => row['指标'] === '实际使用外资');
    expect(zh?.['2024年目标 · 比较方式']).toBe('翻一番');
  });
});

describe('the growth chart title follows the view', () => {
  it('promises no results when a filter shows only goals, and the other way round', () => {
    const goals = beihai.indicators.filter((indicator) => indicator.kind === 'target');
    const results = beihai.indicators.filter((indicator) => indicator.kind === 'actual');
    expect(growthContent(buildGrowthRows(beihai, beihai.indicators))).toBe('both');
    expect(growthContent(buildGrowthRows(beihai, goals))).toBe('goals');
    expect(growthContent(buildGrowthRows(beihai, results))).toBe('results');
  });
});

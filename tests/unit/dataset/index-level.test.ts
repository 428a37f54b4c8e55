import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetIndexSchema } from '../../../src/dataset/dataset-schema.ts';

const entry = {
  id: 'beihai-2024',
  file: 'beihai-2024.json',
  title: '北海市2024年政府工作报告',
  region: { zh: '北海市', en: 'Beihai' },
  reviewYear: 2023,
  planYear: 2024,
  indicators: 181,
};

describe('the index’s level of government', () => {
  it('reads an index written before levels were recorded, with level null', () => {
    const index = datasetIndexSchema.parse({ schemaVersion: 1, reports: [entry] });
    expect(index.reports[0]?.level).toBeNull();
  });

  it('refuses a level that is not national, province or city', () => {
    const county = { ...entry, level: 'county' };
    expect(datasetIndexSchema.safeParse({ schemaVersion: 1, reports: [county] }).success).toBe(
      false,
    );
  });

  it('lists every bundled report with its level: the nation, provinces and 直辖市, Beihai a city', () => {
    const index = datasetIndexSchema.parse(
      JSON.parse(readFileSync(new URL('../../../public/data/index.json', import.meta.url), 'utf8')),
    );
    const levels = Object.fromEntries(index.reports.map((report) => [report.id, report.level]));
    expect(index.reports).toHaveLength(19);
    expect(levels).toMatchObject({
      'zhongguo-2019': 'national',
      'china-2024': 'national',
      'shanghai-2020': 'province',
      'beijing-2026': 'province',
      'gansu-2026': 'province',
      'beihai-2024': 'city',
    });
    expect(index.reports.every((report) => report.level !== null)).toBe(true);
  });
});

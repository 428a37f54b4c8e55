import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/dataset/dataset-schema.ts';
import { extractReport } from '../../../src/extract/extract-report.ts';
import { knownSubject } from '../../../src/extract/vocabulary/subject-dictionary.ts';
import { englishSubject } from '../../../src/extract/vocabulary/subject-english.ts';
import { isChartable } from '../../../src/ledger/chartable.ts';

describe('englishSubject', () => {
  it('names a recurring subject once, whatever its wording: the card and the table agree', () => {
    expect(englishSubject('全省地区生产总值')).toBe(englishSubject('国内生产总值'));
    expect(englishSubject('地区生产总值')).toBe(knownSubject('gdp')?.label.en);
    expect(englishSubject('规模以上工业增加值')).toBe(
      knownSubject('industrial-value-added')?.label.en,
    );
  });
  it('composes shares and growth from known parts', () => {
    expect(englishSubject('工业投资占固定资产投资比重')).toBe(
      'Industrial investment as a share of fixed-asset investment',
    );
    expect(englishSubject('城镇居民人均可支配收入增速')).toBe(
      'Urban per-capita disposable income growth',
    );
    expect(englishSubject('规上高技术制造业增加值占全区比重')).toBe(
      'High-tech manufacturing value added as a share of the region’s total',
    );
  });
  it('composes the genre’s affixes around a known term', () => {
    expect(englishSubject('新增养老床位')).toBe('New elderly-care beds');
    expect(englishSubject('日均新设企业')).toBe('Daily new enterprises');
    expect(englishSubject('养老床位数量')).toBe('Number of elderly-care beds');
    expect(englishSubject('新能源汽车增加值')).toBe('New-energy vehicles value added');
    expect(englishSubject('新增黄浦江岸线公共空间贯通开放')).toBe(
      'New Huangpu riverside opened to the public',
    );
  });
  it('names a rank apart from the growth row of the same subject', () => {
    expect(englishSubject('城镇居民人均可支配收入增速', 'rank')).toBe(
      'Urban per-capita disposable income growth (rank)',
    );
    expect(englishSubject('城镇居民人均可支配收入', 'growth')).toBe(
      'Urban per-capita disposable income',
    );
  });
  it('does not read a trading bloc as a region: trade with the EU is not foreign trade', () => {
    expect(englishSubject('欧盟进出口')).toBe('Trade with the EU');
  });
  it('leaves a subject untranslated when any part is unknown, rather than guess', () => {
    expect(englishSubject('罗汉松种植园区')).toBeNull();
    expect(englishSubject('新增罗汉松种植园区')).toBeNull();
    expect(englishSubject('罗汉松种植园区占耕地比重')).toBeNull();
  });
});

/**
 * The bundled reports: the three seeds in public/data and the corpus of real reports, read by
 * the extractor itself so the check holds before their datasets are regenerated.
 */
const SEEDS = join(import.meta.dirname, '..', '..', '..', 'seeds');
const BUNDLED = [
  ...readdirSync(SEEDS)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => join(SEEDS, file)),
  ...readdirSync(join(SEEDS, 'corpus'))
    .filter((file) => file.endsWith('.txt'))
    .map((file) => join(SEEDS, 'corpus', file)),
];
/** The reports the app opens with: every subject they chart has English. */
const FULLY_ENGLISH = new Set(['beihai-2024.txt', 'china-2024.txt', 'shanghai-2024.txt']);
const MIN_PERCENT = 90;

const datasets = new Map<string, Dataset>();
beforeAll(() => {
  for (const path of BUNDLED) {
    const file = path.split(/[\\/]/u).pop() ?? path;
    const id = file.replace(/\.txt$/u, '');
    datasets.set(file, extractReport(readFileSync(path, 'utf8'), { id, file, sha256: id }));
  }
}, 60_000);

const untranslatedOnCharts = (dataset: Dataset): string[] => [
  ...new Set(
    dataset.indicators
      .filter((indicator) => isChartable(indicator) && indicator.subject.en === null)
      .map((indicator) => indicator.subject.zh),
  ),
];

describe('English coverage of the bundled reports', () => {
  it(`gives at least ${MIN_PERCENT}% of all their indicators an English subject`, () => {
    const all = [...datasets.values()].flatMap((dataset) => dataset.indicators);
    const english = all.filter((indicator) => indicator.subject.en !== null).length;
    const lines = [...datasets].map(([file, dataset]) => {
      const count = dataset.indicators.filter((i) => i.subject.en !== null).length;
      const left = untranslatedOnCharts(dataset);
      return `  ${file}: ${count}/${dataset.indicators.length}; untranslated on a chart: ${left.join('、') || 'none'}`;
    });
    console.log(`English subjects, by report:\n${lines.join('\n')}`);
    expect(BUNDLED.length).toBeGreaterThanOrEqual(19);
    expect((100 * english) / all.length).toBeGreaterThanOrEqual(MIN_PERCENT);
  });

  it.each([...FULLY_ENGLISH])('%s: every subject on a chart or card has English', (file) => {
    const dataset = datasets.get(file);
    if (!dataset) throw new Error(`${file} is not bundled`);
    expect(untranslatedOnCharts(dataset)).toEqual([]);
  });
});

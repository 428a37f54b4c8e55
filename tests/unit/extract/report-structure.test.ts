import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract/extract-report.ts';
import { readStructure } from '../../../src/extract/report-structure.ts';

const seed = (name: string): string =>
  readFileSync(new URL(`../../../seeds/${name}.txt`, import.meta.url), 'utf8');

describe('report structure', () => {
  it.each([
    ['beihai-2024', { zh: '北海市', en: 'Beihai' }, 8, 8],
    ['shanghai-2024', { zh: '上海市', en: 'Shanghai' }, 5, 14],
    ['china-2024', { zh: '全国', en: 'China' }, 0, 10],
  ])(
    'reads %s: region, years and its subsections in both parts',
    (name, region, reviewSubsections, planSubsections) => {
      const structure = readStructure(seed(name));
      expect(structure.region).toEqual(region);
      expect([structure.reviewYear, structure.planYear]).toEqual([2023, 2024]);
      const subsections = structure.sections.filter(
        (section) => section.id.split('-').length === 3,
      );
      expect(subsections.filter((section) => section.part === 'review')).toHaveLength(
        reviewSubsections,
      );
      expect(subsections.filter((section) => section.part === 'plan')).toHaveLength(
        planSubsections,
      );
    },
  );

  it('finds a province and titles the report after it', () => {
    const text =
      '政府工作报告\n——2026年1月20日在湖南省第十四届人民代表大会第五次会议上\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n一、2025年工作回顾\n过去一年，湖南经济稳中有进，湖南人民团结奋斗。\n二、2026年工作安排\n';
    const structure = readStructure(text);
    expect(structure.region).toEqual({ zh: '湖南省', en: 'Hunan' });
    expect(structure.title).toBe('湖南省2026年政府工作报告');
  });

  it('takes the years from the text: a 2026 report reviews 2025', () => {
    const text =
      '各位代表：\n一、2025年工作回顾\n2025年，全省生产总值增长5.3%。\n二、2026年工作安排\n今年主要预期目标是：全省生产总值增长5%左右。\n';
    const dataset = extractReport(text, { id: 'x-2026', file: 'x.txt', sha256: '0'.repeat(64) });
    expect([dataset.report.reviewYear, dataset.report.planYear]).toEqual([2025, 2026]);
    expect(dataset.indicators.map((item) => [item.kind, item.year, item.value])).toEqual([
      ['actual', 2025, 5.3],
      ['target', 2026, 5],
    ]);
    expect(dataset.comparisons).toHaveLength(1);
  });

  it('finds the parts of a report that arrives as one line, paragraphs joined by spaces', () => {
    const oneLine = seed('beihai-2024').replace(/\n+/gu, ' ');
    const structure = readStructure(oneLine);
    expect(
      structure.sections.filter((section) => section.id.split('-').length === 2).map((s) => s.part),
    ).toEqual(['review', 'plan', 'plan']);
    const lines = extractReport(seed('beihai-2024'), {
      id: 'b',
      file: 'b',
      sha256: '0'.repeat(64),
    });
    const joined = extractReport(oneLine, { id: 'b', file: 'b', sha256: '0'.repeat(64) });
    expect(joined.indicators.map((item) => [item.subject.zh, item.value, item.kind])).toEqual(
      lines.indicators.map((item) => [item.subject.zh, item.value, item.kind]),
    );
  });

  it('reads a report without numbered parts by its openings: 过去一年 … 今年主要目标', () => {
    const text =
      '过去一年，全市地区生产总值增长6%。今年经济社会发展主要预期目标是：地区生产总值增长5.5%左右。';
    const dataset = extractReport(text, { id: 'x', file: 'x', sha256: '0'.repeat(64) });
    expect(dataset.indicators.map((item) => item.kind)).toEqual(['actual', 'target']);
  });
});

describe('region from the title', () => {
  it('takes the region from a first-line title when the body rarely names it', () => {
    const text =
      '云溪市2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n全市地区生产总值增长6.3%。\n';
    expect(readStructure(text).region).toEqual({ zh: '云溪市', en: null });
  });
});

describe('years the text does not give', () => {
  const text =
    '各位代表：\n一、过去一年工作回顾\n过去一年，全市地区生产总值增长5.8%。\n二、今年工作安排\n今年主要预期目标是：地区生产总值增长5.5%左右。\n';
  const source = { id: 'x', file: 'x.txt', sha256: '0'.repeat(64) };

  it('are null, with a warning that says how to give them, never a guess', () => {
    const dataset = extractReport(text, source);
    expect([dataset.report.reviewYear, dataset.report.planYear, dataset.report.yearsFrom]).toEqual([
      null,
      null,
      null,
    ]);
    expect(dataset.warnings[0]?.message).toMatch(/years could not be found.*--review-year/u);
    expect(dataset.comparisons).toEqual([]);
  });

  it('come from the user when given, and the figures take them', () => {
    const dataset = extractReport(text, source, { reviewYear: 2025, planYear: 2026 });
    expect(dataset.report.yearsFrom).toBe('user');
    expect(dataset.indicators.map((item) => [item.kind, item.year, item.value])).toEqual([
      ['actual', 2025, 5.8],
      ['target', 2026, 5.5],
    ]);
    expect(dataset.comparisons).toHaveLength(1);
  });

  it('marks a 预计 figure as an estimate of the review year', () => {
    const estimate = extractReport(
      '一、2025年工作回顾\n预计全年地区生产总值增长5.1%左右。\n二、2026年工作安排\n',
      source,
    ).indicators[0];
    expect(estimate).toMatchObject({ kind: 'actual', year: 2025, estimated: true, value: 5.1 });
  });
});

describe('five-year stretches inside a part', () => {
  const source = { id: 'x', file: 'x.txt', sha256: '0'.repeat(64) };
  const read = (text: string) =>
    Object.fromEntries(
      extractReport(text, source).indicators.map((item) => [
        item.value,
        [item.kind, item.year, item.period ? `${item.period.from}-${item.period.to}` : null],
      ]),
    );

  it('ends a five-year aside at the next subsection, back in the part’s own year', () => {
    const text = [
      '一、2025年工作回顾',
      '过去一年，全市地区生产总值增长5.4%。',
      '“十四五”时期，全市地区生产总值年均增长6.1%。',
      '（一）产业升级。规上工业增加值增长7.2%。',
      '二、2026年工作安排',
      '地区生产总值增长5%左右。',
    ].join('\n');
    expect(read(text)).toMatchObject({
      5.4: ['actual', 2025, null],
      6.1: ['actual', 2025, '2021-2025'],
      7.2: ['actual', 2025, null],
      5: ['target', 2026, null],
    });
  });

  it('keeps the subsections a five-year paragraph announces as its own', () => {
    const text = [
      '一、过去一年和五年工作回顾',
      '过去一年，全国国内生产总值增长3%。',
      '五年来，我们主要做了以下工作。',
      '（一）稳住经济。高速铁路运营里程从2.5万公里增加到4.2万公里。',
      '二、对今年政府工作的建议',
      '国内生产总值增长5%左右。',
      '——2023年3月5日在第十四届全国人民代表大会第一次会议上',
    ].join('\n');
    expect(read(text)).toMatchObject({
      3: ['actual', 2022, null],
      2.5: ['actual', 2017, null],
      4.2: ['actual', 2022, null],
      5: ['target', 2023, null],
    });
  });

  it('reads em-space indented headings of a one-line report, and slogan headings by what follows', () => {
    const text =
      '  一、坚定信心，攻坚克难  过去一年，全区地区生产总值增长5.1%。  二、乘势而上，开拓进取  今年是“十五五”开局之年。全区地区生产总值增长5%以上。';
    const dataset = extractReport(text, source);
    expect([dataset.report.reviewYear, dataset.report.planYear, dataset.report.yearsFrom]).toEqual([
      2025,
      2026,
      'opening',
    ]);
    expect(read(text)).toMatchObject({ 5.1: ['actual', 2025, null], 5: ['target', 2026, null] });
  });
});

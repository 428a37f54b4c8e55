import { describe, expect, it } from 'vitest';
import type { ReportEntry } from '../../../../src/api/report-list.ts';
import { groupReports } from '../../../../src/features/report-picker/picker-groups.ts';

function entry(
  id: string,
  zh: string | null,
  en: string | null,
  planYear: number | null,
  level: ReportEntry['level'],
  origin: ReportEntry['origin'] = 'bundled',
): ReportEntry {
  return {
    id,
    title: `${zh ?? ''}${planYear ?? ''}年政府工作报告`,
    region: zh === null ? null : { zh, en },
    level,
    reviewYear: planYear === null ? null : planYear - 1,
    planYear,
    indicators: 10,
    origin,
    file: `${id}.json`,
  };
}

// In the index's order, which is not the reader's.
const LIBRARY: ReportEntry[] = [
  entry('beihai-2024', '北海市', 'Beihai', 2024, 'city'),
  entry('shandong-2026', '山东省', 'Shandong', 2026, 'province'),
  entry('china-2024', '全国', 'China', 2024, 'national'),
  entry('shanghai-2024', '上海市', 'Shanghai', 2024, 'province'),
  entry('zhongguo-2025', '全国', 'China', 2025, 'national'),
  entry('anhui-2026', '安徽省', 'Anhui', 2026, 'province'),
  entry('shanghai-2020', '上海市', 'Shanghai', 2020, 'province'),
  entry('zhongguo-2019', '全国', 'China', 2019, 'national'),
  entry('upload-1', '全国', 'China', 2026, 'national', 'uploaded'),
];

describe('the report picker groups', () => {
  it('puts the nation first, then Shanghai’s run, the 2026 provinces, then cities; years ascend', () => {
    const groups = groupReports(LIBRARY, 'zh');
    expect(groups.map((group) => group.label)).toEqual([
      '全国',
      '上海市',
      '安徽省',
      '山东省',
      '北海市',
      '上传的报告',
    ]);
    expect(groups[0]!.options).toEqual([
      { id: 'zhongguo-2019', label: '全国 2019年' },
      { id: 'china-2024', label: '全国 2024年' },
      { id: 'zhongguo-2025', label: '全国 2025年' },
    ]);
    expect(groups[1]!.options.map((option) => option.id)).toEqual([
      'shanghai-2020',
      'shanghai-2024',
    ]);
  });

  it('keeps an uploaded report of a bundled place out of that place’s group', () => {
    const groups = groupReports(LIBRARY, 'en');
    expect(groups[0]!.options.map((option) => option.id)).not.toContain('upload-1');
    expect(groups.at(-1)).toEqual({
      label: 'Uploaded reports',
      options: [{ id: 'upload-1', label: 'China 2026' }],
    });
  });

  it('names places in English, and falls back to the title when a report has no place', () => {
    const groups = groupReports(
      [...LIBRARY, entry('mystery', null, null, null, null, 'uploaded')],
      'en',
    );
    expect(groups.slice(0, 3).map((group) => group.label)).toEqual(['China', 'Shanghai', 'Anhui']);
    expect(groups.at(-1)!.options.at(-1)).toEqual({ id: 'mystery', label: '年政府工作报告' });
  });

  it('lists provinces of one year in their official order in both languages, other places by name', () => {
    const library = [
      entry('gansu-2026', '甘肃省', 'Gansu', 2026, 'province'),
      entry('anhui-2026', '安徽省', 'Anhui', 2026, 'province'),
      entry('beijing-2026', '北京市', 'Beijing', 2026, 'province'),
      entry('wuxi-2026', '无锡市', 'Wuxi', 2026, 'city'),
      entry('beihai-2026', '北海市', 'Beihai', 2026, 'city'),
    ];
    // 北京 11, 安徽 34, 甘肃 62 (GB/T 2260), though 安徽 comes first by pinyin and by English.
    expect(groupReports(library, 'zh').map((group) => group.label)).toEqual([
      '北京市',
      '安徽省',
      '甘肃省',
      '北海市',
      '无锡市',
    ]);
    expect(groupReports(library, 'en').map((group) => group.label)).toEqual([
      'Beijing',
      'Anhui',
      'Gansu',
      'Beihai',
      'Wuxi',
    ]);
  });

  it('lists every report exactly once', () => {
    const ids = groupReports(LIBRARY, 'zh').flatMap((group) => group.options.map((o) => o.id));
    expect(ids.sort()).toEqual(LIBRARY.map((report) => report.id).sort());
  });
});

import { describe, expect, it } from 'vitest';
import { nameLabel, reportTitle, subjectLabel } from '../../../../src/lib/i18n/i18n.ts';

const beihai = {
  title: '北海市2024年政府工作报告',
  region: { zh: '北海市', en: 'Beihai' },
  planYear: 2024,
};

describe('reportTitle', () => {
  it('gives the tab and the export footer an English title in English', () => {
    expect(reportTitle(beihai, 'en')).toBe('Beihai 2024 government work report');
    expect(reportTitle(beihai, 'zh')).toBe('北海市2024年政府工作报告');
  });
  it('keeps the Chinese title of a report whose place has no English', () => {
    expect(reportTitle({ ...beihai, region: { zh: '某县', en: null } }, 'en')).toBe(
      '北海市2024年政府工作报告',
    );
  });
});

describe('subjectLabel', () => {
  it('marks a subject without English as untranslated, in English only', () => {
    const subject = { zh: '罗汉松种植园区', en: null };
    expect(subjectLabel(subject, 'en')).toBe('罗汉松种植园区 (untranslated)');
    expect(subjectLabel(subject, 'zh')).toBe('罗汉松种植园区');
    expect(subjectLabel({ zh: '地区生产总值', en: 'GDP' }, 'en')).toBe('GDP');
  });
  it('leaves a place name unmarked', () => {
    expect(nameLabel({ zh: '某县', en: null }, 'en')).toBe('某县');
  });
});

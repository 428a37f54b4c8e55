import { describe, expect, it } from 'vitest';
import { englishSubject, subjectKey } from '../../../src/extract/vocabulary/subject-glossary.ts';

describe('englishSubject', () => {
  it('names recurring subjects whatever their region prefix or 规模以上 wording', () => {
    expect(englishSubject('全省地区生产总值')).toBe('Gross regional product');
    expect(englishSubject('规模以上工业增加值')).toBe(
      'Value added of industry above designated size',
    );
  });
  it('composes shares and growth from known parts', () => {
    expect(englishSubject('工业投资占固定资产投资比重')).toBe(
      'Industrial investment as a share of fixed-asset investment',
    );
    expect(englishSubject('城镇居民人均可支配收入增速')).toBe(
      'Urban per-capita disposable income growth',
    );
  });
  it('leaves a subject untranslated when any part is unknown, rather than guess', () => {
    expect(englishSubject('罗汉松种植面积')).toBeNull();
    expect(englishSubject('罗汉松种植面积占耕地比重')).toBeNull();
  });
});

describe('subjectKey', () => {
  it('lets small wording differences meet', () => {
    expect(subjectKey('水产品总量')).toBe(subjectKey('水产品产量'));
    expect(subjectKey('全市规上工业增加值')).toBe(subjectKey('规模以上工业增加值'));
    expect(subjectKey('一产增加值')).toBe(subjectKey('第一产业增加值'));
  });
});

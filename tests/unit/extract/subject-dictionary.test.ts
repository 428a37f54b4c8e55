import { describe, expect, it } from 'vitest';
import {
  knownSubject,
  knownSubjectOf,
  subjectKey,
  subjectRank,
} from '../../../src/extract/vocabulary/subject-dictionary.ts';

/** Wordings seen in city, provincial and national reports, grouped by the subject they name. */
const SAME_SUBJECT: Record<string, readonly string[]> = {
  gdp: [
    '地区生产总值',
    '全市地区生产总值',
    '全省生产总值',
    '国内生产总值',
    '全市生产总值',
    '全区生产总值',
    'GDP',
    'ＧＤＰ',
    '北海市地区生产总值',
    '广西壮族自治区地区生产总值',
    '全省地区生产总值增长',
    '我市经济总量',
    '经济增长',
    '地区生产总值增速',
  ],
  'industrial-value-added': [
    '规上工业增加值',
    '规模以上工业增加值',
    '全市规上工业增加值',
    '全省规模以上工业增加值',
    '规模以上工业增加值增速',
    '全国规模以上工业增加值',
  ],
  'general-budget-revenue': [
    '一般公共预算收入',
    '地方一般公共预算收入',
    '全市一般公共预算收入',
    '财政一般公共预算收入',
    '全区一般公共预算收入',
    '一般预算收入',
  ],
  'fixed-asset-investment': [
    '固定资产投资',
    '全社会固定资产投资',
    '全社会固定资产投资总额',
    '全市固定资产投资',
    '固定资产投资（不含农户）',
    '固定资产投资(不含农户)',
  ],
  'retail-sales': ['社会消费品零售总额', '全市社会消费品零售总额', '社会消费品零售额'],
  'foreign-trade': [
    '外贸进出口',
    '外贸进出口总额',
    '全市外贸进出口总额',
    '货物进出口总额',
    '进出口总额',
    '对外贸易进出口总额',
    '货物贸易进出口总值',
  ],
  cpi: [
    '居民消费价格',
    '居民消费价格涨幅',
    '居民消费价格指数',
    '居民消费价格指数涨幅',
    '居民消费价格上涨',
    'CPI',
    '全市居民消费价格涨幅',
    '物价涨幅',
    '居民消费价格总水平',
  ],
  unemployment: ['城镇调查失业率', '全市城镇调查失业率', '调查失业率', '城镇调查失业率平均'],
  income: ['居民人均可支配收入', '全体居民人均可支配收入', '全市居民人均可支配收入'],
  'income-urban': ['城镇居民人均可支配收入', '城镇常住居民人均可支配收入'],
  'income-rural': ['农村居民人均可支配收入', '农村常住居民人均可支配收入', '农民人均纯收入'],
  'energy-intensity': ['单位国内生产总值能耗', '单位地区生产总值能耗', '单位GDP能耗'],
  'new-urban-jobs': ['城镇新增就业', '全市城镇新增就业', '新增城镇就业'],
  'tertiary-industry': ['三产增加值', '第三产业增加值'],
};

describe('subjectKey', () => {
  for (const [key, wordings] of Object.entries(SAME_SUBJECT)) {
    it(`gives ${key} to every wording of it`, () => {
      expect(wordings.map((wording) => [wording, subjectKey(wording)])).toEqual(
        wordings.map((wording) => [wording, key]),
      );
    });
  }

  it('keeps different subjects apart', () => {
    const keys = [
      '城镇居民人均可支配收入',
      '农村居民人均可支配收入',
      '居民人均可支配收入',
      '城镇调查失业率',
      '城镇登记失业率',
      '一般公共预算收入',
      '一般公共预算支出',
      '规上工业增加值',
      '规上工业总产值',
      '地区生产总值',
      '单位地区生产总值能耗',
      '工业投资',
      '固定资产投资',
    ].map(subjectKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('matches subjects the dictionary does not know by their wording without region prefix', () => {
    expect(subjectKey('全年粮食产量')).toBe(subjectKey('粮食产量'));
    expect(subjectKey('全市蔬菜产量')).toBe(subjectKey('蔬菜产量'));
    expect(subjectKey('我市旅游总收入')).toBe('旅游总收入');
    expect(subjectKey('水产品产量增长')).toBe(subjectKey('水产品总量'));
  });

  it('keeps a leading place word when what follows is not a known subject', () => {
    expect(subjectKey('城区绿化覆盖率')).toBe('城区绿化覆盖率');
    expect(subjectKey('北海市旅游人数')).not.toBe(subjectKey('上海市旅游人数'));
  });

  it('does not swallow a subject that merely contains a known one', () => {
    expect(subjectKey('对经济增长贡献率')).not.toBe('gdp');
    expect(subjectKey('工业增加值占地区生产总值比重')).not.toBe('gdp');
    expect(subjectKey('人均地区生产总值')).not.toBe('gdp');
  });
});

describe('knownSubject and subjectRank', () => {
  it('labels a known key in both languages', () => {
    expect(knownSubject('gdp')?.label).toEqual({ zh: '地区生产总值', en: 'GDP' });
    expect(knownSubject('粮食产量')).toBeUndefined();
  });

  it('puts the headline subjects first, in the order the issue lists them', () => {
    const headline = [
      'gdp',
      'industrial-value-added',
      'general-budget-revenue',
      'fixed-asset-investment',
      'retail-sales',
      'foreign-trade',
      'cpi',
      'unemployment',
      'income',
    ];
    const ranks = headline.map(subjectRank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(subjectRank('粮食产量')).toBeGreaterThan(Math.max(...ranks));
  });
});

describe('subjectKey and districts', () => {
  it("keeps a district's figure apart from the region's", () => {
    expect(subjectKey('临港新片区全社会固定资产投资总额')).not.toBe(
      subjectKey('全社会固定资产投资'),
    );
    expect(subjectKey('北海市地区生产总值')).toBe(subjectKey('地区生产总值'));
  });
});

describe('subjectKey of wordings the dictionary does not know', () => {
  it('lets small wording differences meet', () => {
    expect(subjectKey('水产品总量')).toBe(subjectKey('水产品产量'));
    expect(subjectKey('全市规上工业增加值')).toBe(subjectKey('规模以上工业增加值'));
    expect(subjectKey('一产增加值')).toBe(subjectKey('第一产业增加值'));
  });
  it('does not take the income of people lifted out of poverty for rural income', () => {
    expect(knownSubjectOf('脱贫地区农村居民人均可支配收入')).toBeUndefined();
    expect(knownSubjectOf('脱贫人口人均纯收入')).toBeUndefined();
    expect(knownSubjectOf('农村居民人均可支配收入')?.key).toBe('income-rural');
  });
});

import { describe, expect, it } from 'vitest';
import { readSentence } from './spec-fixture-runner.ts';

/** One rule at a time, on sentences of the genre that are not in the seeds: span and value. */
function only(input: string, part: 'review' | 'plan' = 'review') {
  const found = readSentence(input, part);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  return found[0]!;
}

describe('growth-parser', () => {
  it('reads 增长 with its span, unit and comparator', () => {
    const found = only('全省生产总值增长6.2%以上', 'plan');
    expect(found).toMatchObject({
      text: '6.2',
      value: 6.2,
      unit: '%',
      comparator: 'gte',
      measure: 'growth',
    });
    expect(found).toMatchObject({ kind: 'target', year: 2024, subject: '生产总值' });
  });
  it('reads a growth stated before its verb without 的: 保持20%以上增长', () => {
    expect(only('人工智能产业营收保持20%以上增长')).toMatchObject({
      text: '20',
      measure: 'growth',
      value: 20,
      comparator: 'gte',
    });
  });
  it('makes a fall negative', () => {
    expect(only('单位地区生产总值能耗下降3.2%')).toMatchObject({ text: '3.2', value: -3.2 });
  });
  it('reads a range as one indicator spanning both numbers', () => {
    const found = only('地区生产总值增长5%—5.5%', 'plan');
    expect(found).toMatchObject({ text: '5%—5.5', value: 5, upper: 5.5, comparator: 'range' });
  });
  it.each([
    ['增长4.5-5%', '4.5-5', 4.5, 5],
    ['增长5%至5.5%', '5%至5.5', 5, 5.5],
  ])('reads the range in %s', (tail, text, value, upper) => {
    expect(only(`一般公共预算收入${tail}`, 'plan')).toMatchObject({
      text,
      value,
      upper,
      comparator: 'range',
    });
  });
  it('reads full-width digits and keeps the span on the original characters', () => {
    expect(only('社会消费品零售总额增长４．５％左右', 'plan')).toMatchObject({
      text: '４．５',
      value: 4.5,
      comparator: 'approx',
    });
  });
  it('reads a change in percentage points', () => {
    expect(only('常住人口城镇化率提高1.2个百分点')).toMatchObject({
      text: '1.2',
      unit: '个百分点',
      measure: 'growth',
      subject: '常住人口城镇化率',
    });
  });
  it('keeps 涨幅控制在…以内 a bounded growth', () => {
    expect(only('居民消费价格涨幅控制在3%以内', 'plan')).toMatchObject({
      comparator: 'lte',
      measure: 'growth',
    });
  });
});

describe('doubling-parser', () => {
  it('reads 翻一番 as growth of 100%', () => {
    expect(only('实际使用外资翻一番', 'plan')).toMatchObject({
      text: '翻一番',
      value: 100,
      unit: '%',
    });
  });
});

describe('share-parser', () => {
  it('reads 占…的N% as a share', () => {
    expect(only('民间投资占固定资产投资的52.3%')).toMatchObject({ text: '52.3', measure: 'share' });
  });
  it('reads 贡献率 as a share with its owner', () => {
    const found = readSentence('消费增长8%，对经济增长贡献率达到63.5%');
    expect(found[1]).toMatchObject({
      text: '63.5',
      measure: 'share',
      subject: '消费对经济增长贡献率',
    });
  });
});

describe('rate-parser', () => {
  it('reads any other percentage as a rate', () => {
    expect(only('城乡居民医保参保率稳定在98%以上', 'plan')).toMatchObject({
      text: '98',
      measure: 'rate',
      comparator: 'gte',
      subject: '城乡居民医保参保率',
    });
  });
});

describe('amount-parser', () => {
  it('keeps magnitude words in the unit', () => {
    expect(only('全年接待游客3200万人次')).toMatchObject({
      text: '3200',
      unit: '万人次',
      measure: 'level',
    });
  });
  it('reads counts with their measure word', () => {
    expect(only('新建5G基站3600个')).toMatchObject({ text: '3600', unit: '个', measure: 'count' });
  });
  it('reads 余 and 多 as at least, inside the span', () => {
    expect(only('开展招商活动200余场')).toMatchObject({
      text: '200余',
      value: 200,
      comparator: 'gte',
    });
  });
  it('reads Chinese numerals that are approximate or compound', () => {
    expect(only('组织企业十余次赴外招商')).toMatchObject({
      text: '十余',
      value: 10,
      comparator: 'gte',
    });
    expect(only('改造老旧小区三千五百户')).toMatchObject({ text: '三千五百', value: 3500 });
  });
  it('rejects a class and a name', () => {
    expect(readSentence('开工建设30万吨级航道')).toEqual([]);
    expect(readSentence('实施“百县千企”工程')).toEqual([]);
  });
});

describe('rank-parser', () => {
  it('reads a rank with its scope; the span is the position as written', () => {
    expect(only('外贸进出口增速居全省第三')).toMatchObject({
      text: '第三',
      value: 3,
      unit: 'rank',
      scope: '全省',
      measure: 'rank',
    });
  });
  it('reads no rank in the ordinal of a round, batch or session after a ranking verb', () => {
    expect(readSentence('张掖跻身第二轮国家生态产品价值实现机制试点地区')).toEqual([]);
    expect(readSentence('3个县进入第三批国家乡村振兴示范县')).toMatchObject([{ value: 3 }]);
    expect(readSentence('位列第五届全国文明城市')).toEqual([]);
    // A place that a round's noun does not follow is still one.
    expect(only('外贸进出口增速居全国第2位')).toMatchObject({ value: 2, unit: 'rank' });
  });
  it('reads 前三 as a rank of at most 3', () => {
    expect(only('数字经济规模位居全国前三')).toMatchObject({
      text: '前三',
      value: 3,
      comparator: 'lte',
    });
  });
});

describe('refiners', () => {
  it('lets one 分别 list share its numbers and its verb', () => {
    const found = readSentence('城镇、农村居民人均可支配收入分别增长4.8%和6.9%');
    expect(found.map((item) => [item.subject, item.value, item.measure])).toEqual([
      ['城镇居民人均可支配收入', 4.8, 'growth'],
      ['农村居民人均可支配收入', 6.9, 'growth'],
    ]);
  });
  it('gives a clause without a subject the one before it', () => {
    const found = readSentence('农村居民人均可支配收入21500元、增长7.1%');
    expect(found.map((item) => [item.subject, item.measure])).toEqual([
      ['农村居民人均可支配收入', 'level'],
      ['农村居民人均可支配收入', 'growth'],
    ]);
  });
  it('marks multi-year numbers with their period, never as the year itself', () => {
    const [found] = readSentence('“十四五”期间地区生产总值年均增长6.1%');
    expect(found).toMatchObject({ period: { from: 2021, to: 2025 } });
    expect(readSentence('到2030年，森林覆盖率达到45%', 'plan')[0]).toMatchObject({
      kind: 'target',
      period: { from: 2024, to: 2030 },
    });
  });
  it('drops a yearly average whose years are not given, rather than guess', () => {
    expect(readSentence('全市工业投资年均增长12%')).toEqual([]);
  });
  it('reads a past result inside the plan part as an actual', () => {
    expect(readSentence('去年全市粮食产量达到32万吨', 'plan')[0]).toMatchObject({
      kind: 'actual',
      year: 2023,
    });
  });
});

describe('growth-after parser', () => {
  it('reads a rate stated before its growth word', () => {
    expect(only('全省经济实现了5.2%左右的增长')).toMatchObject({
      text: '5.2',
      value: 5.2,
      comparator: 'approx',
      measure: 'growth',
      subject: '经济',
    });
  });
  it('leaves 5%的企业 alone as a rate, not a growth', () => {
    expect(readSentence('全市5%的企业完成数字化改造')[0]?.measure).not.toBe('growth');
  });
});

describe('chinese-percent-parser', () => {
  it('reads a percentage written in words, span and all', () => {
    expect(only('城乡居民收入增长百分之五点五以上', 'plan')).toMatchObject({
      text: '百分之五点五',
      value: 5.5,
      comparator: 'gte',
      measure: 'growth',
    });
  });
  it('does not read 百分之百 as a number', () => {
    expect(readSentence('群众满意度达到百分之百')).toEqual([]);
  });
});

describe('signed percentages', () => {
  it('keeps a minus sign written before the number, in the value and the span', () => {
    expect(only('全市进出口总额增长-3.2%')).toMatchObject({
      text: '-3.2',
      value: -3.2,
      measure: 'growth',
    });
  });
  it('does not mistake a range dash for a sign', () => {
    expect(only('一般公共预算收入增长4.5-5%', 'plan')).toMatchObject({ value: 4.5, upper: 5 });
  });
});

describe('list-verb refiner', () => {
  it('lets the verb before a list of rates govern all of them, falls included', () => {
    const found = readSentence('货物出口、进口下降3.2%和1.5%');
    expect(found.map((item) => [item.text, item.value, item.measure])).toEqual([
      ['3.2', -3.2, 'growth'],
      ['1.5', -1.5, 'growth'],
    ]);
  });
  it('stops at a comma, where a new clause names its own measure', () => {
    const found = readSentence('工业投资增长7.2%，占固定资产投资的63%');
    expect(found.map((item) => item.measure)).toEqual(['growth', 'share']);
  });
});

describe('place refiner', () => {
  it("gives a district's figures to that district, not to the city", () => {
    const [found] = readSentence('滨江新区新一轮支持政策出台，全社会固定资产投资增长12.5%');
    expect(found).toMatchObject({ subject: '滨江新区全社会固定资产投资', value: 12.5 });
  });
  it('leaves a programme that is making progress alone', () => {
    const [found] = readSentence('跨境电商综合试验区建设深入推进，示范企业达到116家');
    expect(found?.subject).toBe('示范企业');
  });
});

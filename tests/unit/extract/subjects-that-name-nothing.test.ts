import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../../../src/extract/extract-indicators.ts';
import { readSentence, structureFor } from './spec-fixture-runner.ts';

/** Each number of a review-part sentence with the subject it was given and whether it is charted. */
function subjects(input: string): Array<{ text: string; subject: string; unclear: boolean }> {
  const structure = structureFor({
    input,
    part: 'review',
    reviewYear: 2023,
    planYear: 2024,
    results: [],
  });
  return extractIndicators(input, structure).candidates.map((candidate) => ({
    text: input.slice(candidate.start, candidate.end),
    subject: candidate.subject ?? '',
    unclear: candidate.unclearSubject ?? false,
  }));
}

describe('a subject names what is counted, not the words that open the clause', () => {
  it.each([
    // The markers of an enumeration open the clause: 二是…, 三是….
    ['二是新建50个社区养老服务中心', '社区养老服务中心'],
    ['三是支持2万名高校毕业生到基层就业', '高校毕业生到基层就业'],
    // A verb with its complement 好 is not the subject: 落实好….
    ['落实好就业帮扶资金8亿元', '就业帮扶资金'],
    // 把/将 and 使/让 put the thing first: it is what reaches the figure.
    ['把城镇调查失业率控制在5.5%左右', '城镇调查失业率'],
    ['使居民人均可支配收入达到4万元', '居民人均可支配收入'],
    // 以来 after a year is time, not part of the subject.
    ['2018年以来累计新增就业岗位120万个', '新增就业岗位'],
    // A verb alone (确定, 调派, 使用) takes the thing counted after the number.
    ['确定100个省级乡村振兴示范县', '省级乡村振兴示范县'],
    ['调派3000多名医护人员', '医护人员'],
    // How it is counted (按一年计) is a condition, not part of what is counted.
    ['按一年计累计意向成交780亿美元', '意向成交'],
  ])('%s → %s', (input, subject) => {
    expect(subjects(input)).toEqual([expect.objectContaining({ subject, unclear: false })]);
  });

  it('gives a growth stated against the last edition the subject of the clause before', () => {
    expect(subjects('进口博览会意向成交额达到800亿美元，比上届增长10%')).toEqual([
      expect.objectContaining({ text: '800', subject: '进口博览会意向成交额' }),
      expect.objectContaining({ text: '10', subject: '进口博览会意向成交额' }),
    ]);
  });

  it('leaves a streak (连续, 连跨) out of the subject of the milestones it passed', () => {
    expect(subjects('经济总量连续迈上3万亿元、4万亿元两个台阶')[0]).toMatchObject({
      text: '3',
      subject: '经济总量',
    });
  });

  it('names the items of a 分别 list by their words, not by the amounts stated beside them', () => {
    const found = subjects('累计接待游客17.52亿人次、旅游花费1.27万亿元，分别增长32.9%、41.6%');
    expect(found.map((item) => [item.text, item.subject])).toEqual([
      ['17.52', '游客'],
      ['1.27', '旅游花费'],
      ['32.9', '游客'],
      ['41.6', '旅游花费'],
    ]);
    // A number inside a name is part of it.
    expect(subjects('PM2.5浓度、臭氧浓度分别下降5%和3%').map((item) => item.subject)).toEqual([
      'PM2.5浓度',
      '臭氧浓度',
    ]);
  });

  it('reads 文化及相关产业 as one category of a 分别 list, and its bound as every item’s', () => {
    const found = readSentence(
      '文化及相关产业、旅游及相关产业增加值占地区生产总值比重分别超过2%、5%',
      'plan',
    );
    expect(found.map((item) => [item.subject, item.value, item.comparator, item.measure])).toEqual([
      ['文化及相关产业增加值占地区生产总值比重', 2, 'gte', 'share'],
      ['旅游及相关产业增加值占地区生产总值比重', 5, 'gte', 'share'],
    ]);
  });

  it('keeps an item that already names a count (游客人数) apart from the head of the next', () => {
    expect(subjects('游客人数、旅游收入均增长10%以上').map((found) => found.subject)).toEqual([
      '游客人数',
      '旅游收入',
    ]);
  });

  it('lets items of a 分别 list share their trade head: 对东盟、非洲市场出口', () => {
    expect(subjects('对东盟、非洲市场出口分别增长12%和8%').map((found) => found.subject)).toEqual([
      '对东盟出口',
      '非洲市场出口',
    ]);
  });
});

describe('a figure whose subject names nothing is listed, flagged and not charted', () => {
  it.each([
    // 上述 points back to a thing named in another sentence.
    ['上述3000亿元全部用于地方', '上述'],
    // A modal last: the clause left out what localities may lower.
    ['各地可降至15%', '各地可'],
    // Only a coverb and a verb: what the new funds are is said after the number, not before.
    ['对新增3000亿元专项资金实行直达管理', '新增对'],
    // A deed and its examples: the class counted (竣工投产项目) is not among the words before.
    ['抓好宁德时代、比亚迪等200多个拟竣工投产项目', '抓好宁德时代、比亚迪等'],
    // Another figure before this one: 13.07万户 are households, the 46万 people are not named.
    ['让13.07万户46万群众远离了危险', '13.07万户'],
  ])('%s', (input, subject) => {
    const [found] = subjects(input);
    expect(found).toMatchObject({ subject, unclear: true });
    const { warnings } = extractIndicators(
      input,
      structureFor({ input, part: 'review', reviewYear: 2023, planYear: 2024, results: [] }),
    );
    expect(warnings.map((warning) => warning.message)).toContain(
      `subject “${subject}” names no particular thing: listed, not charted`,
    );
  });
});

describe('a figure for part of a year is listed, flagged and not charted as the year’s', () => {
  it.each([
    ['面对一季度全市生产总值大幅下降6.7%的困难局面', '一季度'],
    ['上半年规上工业增加值增长8.5%', '上半年'],
    ['1—11月固定资产投资增长4.2%', '1—11月'],
  ])('%s', (input, part) => {
    expect(subjects(input)[0]).toMatchObject({ unclear: true });
    const { warnings } = extractIndicators(
      input,
      structureFor({ input, part: 'review', reviewYear: 2023, planYear: 2024, results: [] }),
    );
    expect(warnings.map((warning) => warning.message).join('\n')).toContain(
      `is of a part of the year (${part}), not the year`,
    );
  });

  it('counts a streak of quarters as no part of the year', () => {
    expect(subjects('规上工业增加值增速连续11个季度居全国前10位')[0]).toMatchObject({
      unclear: false,
    });
  });
});

import type { Measure } from '../../dataset/dataset-schema.ts';
import { words } from './regex-fragments.ts';

/**
 * Magnitude words and what they multiply by, longest first: 亿元 is 1e8 元, so a figure in 亿元
 * can be set against one in 万亿元 or shown as "billion yuan". 千 and 百 are left out: 千瓦, 千克
 * and 百分点 are units of their own.
 */
export const MAGNITUDE_FACTORS: readonly (readonly [string, number])[] = [
  ['万亿', 1e12],
  ['千亿', 1e11],
  ['百亿', 1e10],
  ['亿', 1e8],
  ['千万', 1e7],
  ['百万', 1e6],
  ['十万', 1e5],
  ['万', 1e4],
];

/** Magnitude words that stay in the unit: 5.2万亩 is 5.2 with unit 万亩. */
const MAGNITUDES = [...MAGNITUDE_FACTORS.map(([magnitude]) => magnitude), '千', '百'];

/** Units of amounts: a number with one of these is a `level`. */
const AMOUNT_UNITS = words(
  `元 美元 欧元 港元 吨 公斤 千克 斤 亩 公顷 人次 家次 场次 架次 千瓦 千瓦时 瓦 平方米 平方公里 公里 千米 米 立方米
  元/月 元/年 元/人 元/吨 元/亩 元/平方米 元/千瓦时 剂次 标准立方米 标箱 标准箱 辆 套 株 棵 册 吨标准煤 标准煤 吨二氧化碳 张床位 人年 微克/立方米 毫克/立方米 毫克/升`,
);

/**
 * Measure words of discrete things: a number with one of these is a `count`
 * (16个, 51家, 24场, 543批次), also with a magnitude (1.43万个).
 */
const COUNT_UNITS = words(
  `个 家 项 人 户 份 张 列 场 批次 批 所 座 条 口 次 名 件 台 艘 处 栋 间 轮 宗 例 只 头 支 块 部 类 种 起 单 篇 首 门 枚 项次 对 趟 架 根 片 段 幅`,
);

const COUNT_UNIT_SET: ReadonlySet<string> = new Set(COUNT_UNITS);

function withMagnitudes(units: readonly string[]): string[] {
  return units.flatMap((unit) => [unit, ...MAGNITUDES.map((magnitude) => magnitude + unit)]);
}

/** Every unit the amount parser accepts after a number, magnitudes included (3300万 alone too). */
export const QUANTITY_UNITS: readonly string[] = [
  '万',
  '亿',
  '万亿',
  ...withMagnitudes(AMOUNT_UNITS),
  ...withMagnitudes(COUNT_UNITS),
];

const LEADING_MAGNITUDE = new RegExp(`^(?:${MAGNITUDES.join('|')})`);

/** `count` for measure words of discrete things, `level` for amounts. */
export function measureOfUnit(unit: string): Extract<Measure, 'level' | 'count'> {
  const base = unit.replace(LEADING_MAGNITUDE, '');
  return COUNT_UNIT_SET.has(base) ? 'count' : 'level';
}

/**
 * A measure word followed by one of these is the start of another word, not a unit:
 * 上千万家庭 (家庭), 5个人 is fine but 万人口 is not, 3项目 … The first character after the unit decides.
 */
export const WORD_CONTINUATIONS: Readonly<Record<string, string>> = {
  家: '庭属乡族',
  人: '口才员民',
  户: '籍型',
  条: '件例款',
  项: '目',
  名: '单',
  部: '门署',
  所: '有',
  座: '谈',
  口: '岸径',
  处: '理置',
  种: '类植',
  头: '部',
  门: '类户',
  起: '步来',
  单: '位',
  类: '型',
  台: '阶',
  批: '准复',
  轮: '胎',
};

import { OWN_PLACE_PREFIXES } from './place-vocabulary.ts';
import {
  alternation,
  DATE_YEAR,
  DECIMAL,
  fiveYearPlanName,
  HAN_CHARS,
  NUMBER_START,
  words,
  YEAR,
} from './regex-fragments.ts';

/** Verbs that open a clause and are not its subject, with or without the complement 好 (落实好). */
const LEADING_VERBS = words(`
  推动 促进 实现 完成 达到 带动 接待 实施 开展 举办 组织 承办 落实 培育 引进 推出 打造 推进 引导 开设 投放
  办理 新认定 建成 应对 处置 安排
`);

/**
 * Words that open a clause without naming anything: time, place, modality, connectives, verbs.
 * Not 上半年/下半年: a figure for half a year is not the year's (PART_OF_YEAR, subject-refiner).
 */
const LEADING_NOISE = [
  ...words(`
    今年 去年 全年 当年 年初 年底 一年来 过去一年 过去五年 五年来 同期 年内 年末 以来
    ${OWN_PLACE_PREFIXES.join(' ')}
    力争 确保 争取 努力 预计 计划 拟 要 将 先
    其中 同时 此外 并 且 和 及 与 、 共 均 总体 稳定 继续 主要 进一步 持续
    全力 加快 按期 成功
  `),
  ...LEADING_VERBS,
];

/**
 * What opens a clause of a list or a construction, not its subject: the markers of an enumeration
 * (一是, 三是, 其二, 首先), a verb's complement (落实好小规模纳税人… is about the taxpayers), a base
 * that comes first because the subject was left out (比上届增长2.1%), and the markers that put the
 * thing first (把/将 X 提高到…, 使/让 X 达到…: X is the subject).
 */
const CLAUSE_OPENING = String.raw`[一二三四五六七八九十]{1,2}是|其[一二三四五六七八九十](?=[，,]|\p{Script=Han})|首先|其次|(?:${alternation(LEADING_VERBS)})好(?=\p{Script=Han})|(?:比|较)(?:上届|首届|上年同期|去年同期|上年|去年|同期)$|把(?![握关])|使(?![用命馆者得])|让(?![利渡步])`;

/** Words that link a subject to its number and are not part of it. */
const TRAILING_NOISE = words(`
  达到 达 为 约为 约 超过 保持在 稳定在 控制在 提高到 提升到 增加到 增至 升至 突破 均 平均为 平均
  分别 分别为 比上年 同比 较上年 比去年 比上年同期 的 共 共计 合计 总计 拟按 按 在 实现 完成 至 有 仅
  已 已达 年均 累计达到 累计 从 由 保持 了 和 及 、 继续 将 要 力争 预计 都 也 是 全年 人均 由 再次 首次
  拟安排 安排 实际 名义 开行 回落到 下降到 降到 降至 上升到 增长到 实现了 保持了 保持
  每年 如期 顺利 圆满 双双 迈上 跨上 跃上 站上 近 左右 连续 连跨 提升至 提高至 增长至 增加至 下降至 减少至 降低至 压减至 缩短至 扩大至 上升至 回落至 达到了
  再 一律 进一步 大幅 逐步
`);

/** Time frames said before a subject: “十四五”时期, 五年累计, 2021年至2025年. */
const FRAME = String.raw`(?:到|至)${YEAR}年(?:底|末)?|年均|(?:近|过去的?)?(?:[两二三四五六七八九十]|[1-9]\d?)年(?:来|间|以来|累计|总体|中|里)?|每年|${fiveYearPlanName()}(?:规划)?(?:时期|期间|以来|末)?|(?:过去|今后|未来)五年|五年来|五年累计|累计|${DATE_YEAR}年?[—\-~至到]${DATE_YEAR}年`;

/** A base a change is measured from, said after its subject: 比2020年, 较“十三五”末. */
const SINCE = String.raw`连续(?:\d+|[一二两三四五六七八九十]+)(?:个)?(?:季度|年|次|个月|届)|(?:比|较)(?:${DATE_YEAR}年|${fiveYearPlanName()}末|上年末|上年|去年)(?:同期|底|末)?`;

export const LEADING_NOISE_PATTERN = new RegExp(
  `^(?:${CLAUSE_OPENING}|${FRAME}|${DATE_YEAR}年(?:\\d{1,2}月)?(?:份)?|连续(?:\\d+|[一二两三四五六七八九十多]+)年|依托[^，]{1,10}?(?=开设|建设|打造|举办)|与[^，]{1,8}?共建|${alternation(LEADING_NOISE.filter((word) => word.length > 1))}|(?:${alternation(LEADING_NOISE.filter((word) => word.length === 1))})(?![购网联享建衡])|主?汛期)`,
  'u',
);
const TRAILING_NOISE_PATTERN = new RegExp(`(?:${SINCE}|${alternation(TRAILING_NOISE)})$`, 'u');
const TRAILING_NOISE_WORDS: ReadonlySet<string> = new Set(TRAILING_NOISE);
const LONGEST_TRAILING_NOISE = Math.max(...TRAILING_NOISE.map((word) => word.length));
/** The last characters of the link words: a subject that ends in none ends in no link word. */
const TRAILING_NOISE_LAST: ReadonlySet<number> = new Set(
  TRAILING_NOISE.map((word) => word.charCodeAt(word.length - 1)),
);

/**
 * The subject without the link words it ends in (TRAILING_NOISE_PATTERN's replace). An
 * end-anchored pattern is tried at every position of the subject; without 连, 比 or 较 (where
 * SINCE starts) only its words can match, and the leftmost ending that is one is found by
 * looking its last few characters up.
 */
export function withoutTrailingNoise(subject: string): string {
  if (subject.includes('连') || subject.includes('比') || subject.includes('较'))
    return subject.replace(TRAILING_NOISE_PATTERN, '');
  if (!TRAILING_NOISE_LAST.has(subject.charCodeAt(subject.length - 1))) return subject;
  for (
    let start = Math.max(0, subject.length - LONGEST_TRAILING_NOISE);
    start < subject.length;
    start += 1
  ) {
    if (TRAILING_NOISE_WORDS.has(subject.slice(start))) return subject.slice(0, start);
  }
  return subject;
}

/** Subjects that only make sense with the subject before them: 总量居全区第二. */
const GENERIC_SUBJECTS: ReadonlySet<string> = new Set(
  words(
    '保有量 总量 总额 总数 总面积 总产量 总产值 增速 增幅 涨幅 占比 比重 规模 总规模 产能规模 数量 面积 产量 金额 时限 两者 二者',
  ),
);
export const isGenericSubject = (subject: string): boolean => GENERIC_SUBJECTS.has(subject);

/** What to take off a subject before a generic word is added: 粮食播种面积 + 总产量 → 粮食总产量. */
export const TOPIC_TAIL =
  /(?:播种面积|面积|数量|总产量|总产值|产量|总量|规模|总额|推广应用|推广|销量)$/u;
export const TOPIC_HEAD = /^(?:新增|新建|累计|新开工|在建)/u;

/** Verbs that on their own do not name what was counted: 完成169条背街小巷 → 背街小巷. */
const ACTION_VERBS = words(`
  在建 新开工 开工 新建 建成 完成 营造 修复 治理 新增 改造 改造提升 提升 建设 实施 推进 引进 新引进 培育
  举办 开展 承办 签约 新签约 投产 认定 新认定 增划 落实 解决 征集 走访 接待 实现 推出 组织 打造 办结
  按期办结 开通 建立 设立 发行 先发行 安排 拟安排 投放 新开工建设 开工建设 累计 吸引 带动 服务 帮助 资助
  使用 用于 确定 调派 推动 增产 参与 提高
  发放 启动 改建 筹措 建设筹措 新设 供应 筹措供应 增发 惠及 规划建设 导入
  抓好 形成 已设 覆盖 严守 守住 坚守 剩余 办好 办成 打通 提供 优化 帮扶 培训 创建 设置 支持 布局 谋划 储备 发布 组建 落地 推进实施 新创建 出台 制定 修订 整治 清理 查处 招引 吸纳 签订 新培育 收储 救助 救治
  培养 招聘 招录 选派 受理 审结 化解 腾退 拆除 关停 淘汰 开发 增开 新辟 筹集 盘活 下达 兑付 减免
`);
/** Adverbs that open an action without naming anything: 扎实推进, 滚动实施, 每年实施. */
const ACTION_ADVERBS = words(`
  已 扎实 稳妥 深入 持续 全面 大力 积极 专门 加快 有序 稳步 着力 每年 滚动 集中 重点 先后 共 累计 新 再 又 还 均 成功 首次
  确定并 分批 梯次 统筹 高质量 高标准 系统 切实
`);
const ACTION_ONLY = new RegExp(
  `^(?:${alternation(ACTION_ADVERBS)})*(?:${alternation(ACTION_VERBS)})+$`,
  'u',
);
/** Where ACTION_ONLY can match: a subject that opens with an adverb or verb and ends a verb. */
const ACTION_FIRST: ReadonlySet<number> = new Set(
  [...ACTION_ADVERBS, ...ACTION_VERBS].map((word) => word.charCodeAt(0)),
);
const ACTION_LAST: ReadonlySet<number> = new Set(
  ACTION_VERBS.map((word) => word.charCodeAt(word.length - 1)),
);
/**
 * Whether the subject is verbs and adverbs only (完成, 扎实推进): no thing is named. Most
 * subjects open or end with a character no verb does, and are settled without the pattern
 * (the subject rules ask it several times of each number).
 */
export function isActionOnly(subject: string): boolean {
  return (
    ACTION_FIRST.has(subject.charCodeAt(0)) &&
    ACTION_LAST.has(subject.charCodeAt(subject.length - 1)) &&
    ACTION_ONLY.test(subject)
  );
}
export const LEADING_ACTION = new RegExp(`^(?:${alternation(ACTION_VERBS)})`, 'u');

/** Words that end the name of a thing counted after its number: 解决…, 竣工…. */
const NOUN_AFTER_END_WORDS =
  words(`提出 实现 完成 建成 投产 开工 落地 运营 组成 的 等 持续 获 被 入选 上榜 解决 首次
  分别 支持 用于 加快 加速 全面 全部 顺利 圆满 正式 成功 口岸 竣工 验收 开放 受益 受惠`);
const NOUN_AFTER_END_MARKS = '、，。；：！？（）()\n\r';
const NOUN_AFTER_END_CHANGES = ['增加', '增长', '提高', '下降', '减少', '降低', '增至'];
/** Where the name of a thing counted after its number ends: 169条背街小巷、… */
export const NOUN_AFTER_END = new RegExp(
  `^(?:[${NOUN_AFTER_END_MARKS}\\d]|(?:改造|提升|建设)(?=[提升建设，。、；]|$)|(?:${NOUN_AFTER_END_CHANGES.join('|')})(?=[\\d约近超了到至])|${alternation(NOUN_AFTER_END_WORDS)})`,
  'u',
);
/**
 * The characters NOUN_AFTER_END can start at: the name runs on over any other without running
 * the pattern (it is tried at each character of the name).
 */
export const NOUN_AFTER_END_FIRST: Readonly<Uint8Array> = (() => {
  const table = new Uint8Array(0x10000);
  const starts = [
    ...'、，。；：！？（）()\n\r0123456789改提建',
    ...NOUN_AFTER_END_CHANGES.map((word) => word[0] ?? ''),
    ...NOUN_AFTER_END_WORDS.map((word) => word[0] ?? ''),
  ];
  for (const char of starts) table[char.charCodeAt(0)] = 1;
  return table;
})();

/** Words before a number that frame it without naming it: 实施好十方面34项…, 导入第二批30项…. */
export const FRAME_ONLY =
  /(?:[一二三四五六七八九十\d]+(?:个)?(?:方面|领域|大类)|第?[一二三四五六七八九十\d]+批|首批|分批)$/u;

/** An amount and 以上 before the thing it classes: 10亿元以上(重大产业)项目, 5000万元以上企业. */
/**
 * 过三千亿元城市, 千亿县, 过五千亿产业: a level that names a class of places or industries. What
 * follows the level is no numeral, so it runs to the end of its run of numerals: the lookbehind
 * starts it only where a run starts (from inside one it would read the rest of the run each time).
 */
export const CLASS_THRESHOLD =
  /(?:过|超)?(?<![\d一二三四五六七八九十百千万亿.])[\d一二三四五六七八九十百千万亿.]*[千百万亿]元?(?=级?(?:城市|县|市|区|产业|企业|园区|集群|俱乐部))/gu;
/** The level's last character where CLASS_THRESHOLD can end: 亿 in 过三千亿元城市. */
const CLASS_LEVEL_END = /[千百万亿](?=元?级?(?:城市|县|市|区|产业|企业|园区|集群|俱乐部))/gu;
const CLASS_NUMERALS = new Set(
  [...'0123456789一二三四五六七八九十百千万亿.'].map((char) => char.charCodeAt(0)),
);

/**
 * Where the next CLASS_THRESHOLD match can start at the earliest, or -1 (an anchor, see
 * matchesOf): the run of numerals before the next level that a class word follows, and the 过 or
 * 超 before it. The pattern itself, tried at every position, cost a tenth of all exclusions.
 */
export function classThresholdStart(text: string, from: number): number {
  CLASS_LEVEL_END.lastIndex = from;
  const level = CLASS_LEVEL_END.exec(text);
  if (!level) return -1;
  let start = level.index;
  while (start > from && CLASS_NUMERALS.has(text.charCodeAt(start - 1))) start -= 1;
  return Math.max(from, start - 1);
}
export const THRESHOLD = new RegExp(
  String.raw`${NUMBER_START}${DECIMAL}[万亿千百]*元(?:及)?以上(?=[${HAN_CHARS}“”]{0,8}?(?:项目|企业|工程|产业|园区|集群|平台|商户|品牌|投资项目))`,
  'gu',
);

/**
 * Nouns that name a kind of thing, not a thing: 58个城市, 22家企业, 1100多万学生. A figure whose
 * subject is no more than one of these is listed but not charted.
 */
const GENERIC_NOUNS = words(`
  企业 项目 国家 城市 地区 学生 纳税人 国债 人 人次 家庭 户 群众 人才 院长 医院 学校 村 社区 平台 机构
  单位 园区 资金 投资 总投资 产品 品牌 事项 问题 基地 家 个 件 县市 县区 市县 重点任务 任务 目标 预期目标
  预期目标设定 活动 作品 消费 领军企业 满意率 完成率 覆盖率 达标率 参与率
`);
const GENERIC_NOUN_SET: ReadonlySet<string> = new Set(GENERIC_NOUNS);
export const isGenericNoun = (subject: string): boolean => GENERIC_NOUN_SET.has(subject);
/** The generic noun a subject ends in: …覆盖国家 → …覆盖 + 城市. */
export const GENERIC_TAIL = new RegExp(`(?:${alternation(GENERIC_NOUNS)})$`, 'u');
/** Amounts that belong to the things just counted: 完成投资, 总投资, 资金. */
export const AMOUNT_WORD = /^(?:投资|总投资|资金|金额|总额)$/u;

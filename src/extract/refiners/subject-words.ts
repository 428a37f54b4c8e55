/** Shaping the words of a subject: cleaning, topics, the noun after a number. */
import {
  isGenericSubject,
  GENERIC_TAIL,
  LEADING_ACTION,
  THRESHOLD,
  LEADING_NOISE_PATTERN,
  NOUN_AFTER_END,
  NOUN_AFTER_END_FIRST,
  TOPIC_HEAD,
  TOPIC_TAIL,
  withoutTrailingNoise,
} from '../vocabulary/subject-vocabulary.ts';
import { DECIMAL } from '../vocabulary/regex-fragments.ts';

/**
 * Conditions and concessions frame a figure without naming it: 在更大规模减税降费的情况下,
 * 按可比价格计算, 按一年计, 扣除房地产开发投资后, 剔除价格因素.
 */
const CONDITION =
  /连跨[^，。；]{1,12}?台阶、?|在[^，。；]{1,30}?(?:的)?(?:情况|背景|形势|基础|前提|条件)下|(?:按|以)(?:可比(?:价格|价|口径)|一年|现价|不变价)计算?|(?:扣除|剔除)[^，。；]{1,20}?(?:因素)?(?:后|影响)|同口径/gu;

/** Takes time, place and link words off both ends: 2023年全市地区生产总值 → 地区生产总值. */
export function cleanSubject(raw: string): string {
  let subject = raw.replace(/[\s\u3000]+/gu, '');
  if (subject.includes('全年')) subject = subject.replaceAll('全年', '');
  if (mayHoldCondition(subject)) subject = subject.replace(CONDITION, '');
  // 农村道路、水利灌溉等乡村基础设施项目: what follows 等 names the thing counted.
  // 赴哈尔滨、呼和浩特等地开展: 等地 closes a list of places, and nothing is named after it.
  const etc = subject.includes('等地')
    ? subject.lastIndexOf('等地') + 1
    : subject.lastIndexOf('等');
  const afterEtc = subject.slice(etc + 1);
  if (etc >= 0 && afterEtc.length >= 2) {
    // 成功签约金风科技、中车株洲所等企业项目: the verb before the examples still says which.
    const verb = LEADING_ACTION.exec(subject.replace(LEADING_NOISE_PATTERN, ''))?.[0] ?? '';
    subject =
      GENERIC_TAIL.test(afterEtc) && verb && !afterEtc.startsWith(verb)
        ? `${verb}${afterEtc}`
        : afterEtc;
  }
  // 将小规模纳税人增值税起征点从月销售额3万元提高到…: what changes is named before 从.
  const from = subject.indexOf('从');
  if (from >= 2 && !subject.startsWith('从')) subject = subject.slice(0, from);
  // 北海在自治区组织的营商环境第三方评估中: the setting is what is ranked.
  if (subject.endsWith('中')) subject = subject.replace(/^[^在]{0,6}在(.{2,30})中$/u, '$1');
  for (let previous = ''; previous !== subject;) {
    previous = subject;
    const trimmed = withoutTrailingNoise(subject.replace(LEADING_NOISE_PATTERN, ''));
    // 建成率: a rate keeps the word that says of what.
    subject = trimmed === '率' || trimmed === '比' ? withoutTrailingNoise(subject) : trimmed;
  }
  // 一、二、三产 are 第一/第二/第三产业 in the glossary and in every chart;
  // 罗汉松种植面积新增 is the 新增 of that area, as 新增农村土地流转 is.
  if (subject[1] === '产') subject = subject.replace(/^([一二三])产业?(?=增加值)/u, '第$1产业');
  return subject.endsWith('新增') ? subject.replace(/^(.+)新增$/u, '新增$1') : subject;
}

/** Whether CONDITION can match: each of its phrasings holds one of these characters. */
function mayHoldCondition(subject: string): boolean {
  for (let index = 0; index < subject.length; index += 1)
    if (CONDITION_CHARS[subject.charCodeAt(index)] === 1) return true;
  return false;
}
const CONDITION_CHARS = new Uint8Array(0x10000);
for (const char of '连在按以扣剔同') CONDITION_CHARS[char.charCodeAt(0)] = 1;

/** The owner of a share subject: 工业增加值占地区生产总值比重 → 工业增加值. */
export function ownerOf(subject: string): string {
  return subject.replace(/(?:占.*比重|相当于.*的比例)$/u, '') || subject;
}

/** 粮食播种面积 + 总产量 → 粮食总产量; 规上工业增加值 + 总量 → 规上工业增加值总量. */
export function withTopic(previous: string, generic: string): string {
  let topic = ownerOf(previous).replace(TOPIC_HEAD, '');
  if (/^(?:总|保有)/u.test(generic)) topic = topic.replace(TOPIC_TAIL, '');
  return `${topic}${generic}`;
}

const THRESHOLD_AT_START = new RegExp(`^(?:${THRESHOLD.source})`, 'u');

/** 的 and a second count, or a note on the unit: what stands between a number and its thing. */
const SKIPPED_BEFORE_NOUN = new RegExp(
  String.raw`^(?:的(?:${DECIMAL}[个条座项家所处])?|（[^（）]{1,4}）)`,
  'u',
);

const OPEN_QUOTE = '“'.charCodeAt(0);
const CLOSE_QUOTE = '”'.charCodeAt(0);

/** The thing counted when it follows the number: 完成169条背街小巷、… → 背街小巷. */
export function nounAfter(text: string, matchEnd: number): string {
  // 26.3公里的6个电力管沟项目: the thing follows 的 and a second count.
  // 8.1万套（间）保障性租赁住房: a note on the unit comes before the thing.
  const skipped = SKIPPED_BEFORE_NOUN.exec(text.slice(matchEnd, matchEnd + 8));
  let from = matchEnd + (skipped?.[0].length ?? 0);
  // 58个10亿元以上重大产业项目: the threshold is part of the name of the thing counted.
  const threshold =
    THRESHOLD_AT_START.exec(text.slice(from, from + 16)) ??
    /^\d+类/u.exec(text.slice(from, from + 4));
  const nameStart = from;
  if (threshold) from += threshold[0].length;
  let end = from;
  let quoted = false;
  while (end < text.length && end - from < 16) {
    const code = text.charCodeAt(end);
    if (code === OPEN_QUOTE) quoted = true;
    else if (code === CLOSE_QUOTE) quoted = false;
    else if (
      !quoted &&
      NOUN_AFTER_END_FIRST[code] === 1 &&
      NOUN_AFTER_END.test(text.slice(end, end + 3))
    )
      break;
    end += 1;
  }
  return cleanSubject(text.slice(nameStart, end));
}

/**
 * At module scope, as every callback of the extractor's hot loops is: a function made per call is
 * optimised again in each extraction (a collection between two drops its code), on the
 * compiler's threads, whose CPU time the bench counts.
 */
export const isNotEmpty = (item: string): boolean => item.length > 0;

export function splitList(subject: string): string[] {
  // Most subjects are one item: no split, no filter.
  if (!/[、和及与]/u.test(subject)) return subject.length > 0 ? [subject] : [];
  return subject.split(/[、和及与]/u).filter(isNotEmpty);
}

export function isGeneric(subject: string): boolean {
  const items = splitList(subject);
  return items.length > 0 && items.every(isGenericSubject);
}

/** Shares by their name: 研发经费投入强度 is spending over GDP; 占比 and 比重 are shares. */
const SHARE_NAME = /(?:(?:投入|经费|研发)强度|占比|比重)$/u;

/** A rate whose subject names a share (…占比, …比重, …强度) is that share. */
export function shareByName<M extends string>(measure: M, subject: string): M | 'share' {
  return measure === 'rate' && SHARE_NAME.test(subject) ? 'share' : measure;
}

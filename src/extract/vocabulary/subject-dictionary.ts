/**
 * The one subject dictionary: the extractor's `subject.key`, the English names, the pairing of
 * results with goals, compare and the headline cards all read it. It matches the same subject
 * across reports that word it differently, so Beihai's 地区生产总值 meets the nation's 国内生产总值
 * and Shanghai's 全市生产总值, and names it once in English.
 *
 * The rules are generic (strip a region prefix, a parenthetical, a measure word); the
 * vocabulary is data (SUBJECT_SYNONYMS for subjects that recur across reports, ENGLISH_TERMS
 * for the English of other subjects). A subject the dictionary does not know still gets a
 * wording key, so two reports that both say 水产品产量 match each other.
 */

import { alternation, HAN } from './regex-fragments.ts';
import { DEVELOPMENT_ZONES, OWN_PLACE_PREFIXES, PLACE_SUFFIXES } from './place-vocabulary.ts';
import { holdsAnyWord, mayShortcut, wordIndex } from './word-index.ts';

export interface KnownSubject {
  readonly key: string;
  readonly label: { readonly zh: string; readonly en: string };
  /** The name the nation's reports use where it differs from a region's (国内生产总值). */
  readonly nationalZh?: string;
  /** Every wording, after normalisation, that names this subject. */
  readonly wordings: readonly string[];
}

/**
 * The headline subjects first, in the order the issue lists them; compare shows them in
 * this order before any other shared subject.
 */
export const SUBJECT_SYNONYMS: readonly KnownSubject[] = [
  {
    key: 'gdp',
    label: { zh: '地区生产总值', en: 'GDP' },
    nationalZh: '国内生产总值',
    wordings: [
      '地区生产总值',
      '生产总值',
      '国内生产总值',
      '全省生产总值',
      '全市生产总值',
      '全区生产总值',
      'gdp',
      '经济总量',
      // 经济增长5.5%左右 reads as 经济 + 增长: the economy's growth is GDP growth.
      '经济',
      '经济增长',
      '经济增速',
    ],
  },
  {
    key: 'industrial-value-added',
    label: { zh: '规上工业增加值', en: 'Industrial value added (above size)' },
    wordings: [
      '规上工业增加值',
      '规模以上工业增加值',
      '规模以上工业企业增加值',
      '规上工业企业增加值',
    ],
  },
  {
    key: 'general-budget-revenue',
    label: { zh: '一般公共预算收入', en: 'General public budget revenue' },
    wordings: [
      '一般公共预算收入',
      '地方一般公共预算收入',
      '财政一般公共预算收入',
      '一般公共预算收入总额',
      // Before the 2015 budget law reports said 一般预算收入.
      '一般预算收入',
      '地方一般预算收入',
    ],
  },
  {
    key: 'fixed-asset-investment',
    label: { zh: '固定资产投资', en: 'Fixed-asset investment' },
    wordings: [
      '固定资产投资',
      '全社会固定资产投资',
      '固定资产投资总额',
      '全社会固定资产投资总额',
      '固定资产投资额',
    ],
  },
  {
    key: 'retail-sales',
    label: { zh: '社会消费品零售总额', en: 'Retail sales of consumer goods' },
    wordings: ['社会消费品零售总额', '社会消费品零售额', '社零总额', '社会消费品零售'],
  },
  {
    key: 'foreign-trade',
    label: { zh: '外贸进出口', en: 'Foreign trade' },
    wordings: [
      '外贸进出口',
      '外贸进出口总额',
      '外贸进出口总值',
      '进出口总额',
      '进出口总值',
      '货物进出口',
      '货物进出口总额',
      '货物贸易进出口',
      '货物贸易进出口总额',
      '货物贸易进出口总值',
      '对外贸易进出口',
      '对外贸易进出口总额',
      '外贸进出口额',
      '进出口',
    ],
  },
  {
    key: 'cpi',
    label: { zh: '居民消费价格', en: 'Consumer prices (CPI)' },
    wordings: [
      '居民消费价格',
      '居民消费价格指数',
      '居民消费价格总水平',
      '消费价格',
      '消费者物价指数',
      '物价',
      'cpi',
    ],
  },
  {
    key: 'unemployment',
    label: { zh: '城镇调查失业率', en: 'Surveyed urban unemployment' },
    wordings: ['城镇调查失业率', '调查失业率', '城镇调查失业率平均', '失业率'],
  },
  {
    key: 'income',
    label: { zh: '居民人均可支配收入', en: 'Per-capita disposable income' },
    wordings: [
      '居民人均可支配收入',
      '全体居民人均可支配收入',
      '常住居民人均可支配收入',
      '人均可支配收入',
      '居民收入',
    ],
  },
  {
    key: 'income-urban',
    label: { zh: '城镇居民人均可支配收入', en: 'Urban per-capita disposable income' },
    wordings: [
      '城镇居民人均可支配收入',
      '城镇常住居民人均可支配收入',
      '城市居民人均可支配收入',
      '城镇居民收入',
    ],
  },
  {
    key: 'income-rural',
    label: { zh: '农村居民人均可支配收入', en: 'Rural per-capita disposable income' },
    wordings: [
      '农村居民人均可支配收入',
      '农村常住居民人均可支配收入',
      '农民人均可支配收入',
      '农村居民收入',
      '农民收入',
      // Older reports' name for the rural income measure.
      '农民人均纯收入',
      '农村居民人均纯收入',
    ],
  },
  {
    key: 'unemployment-registered',
    label: { zh: '城镇登记失业率', en: 'Registered urban unemployment' },
    wordings: ['城镇登记失业率', '登记失业率'],
  },
  {
    key: 'new-urban-jobs',
    label: { zh: '城镇新增就业', en: 'New urban jobs' },
    wordings: ['城镇新增就业', '新增城镇就业', '城镇新增就业人数', '新增就业'],
  },
  {
    key: 'general-budget-expenditure',
    label: { zh: '一般公共预算支出', en: 'General public budget expenditure' },
    wordings: ['一般公共预算支出', '地方一般公共预算支出', '财政一般公共预算支出'],
  },
  {
    key: 'foreign-investment',
    label: { zh: '实际使用外资', en: 'Foreign investment actually used' },
    wordings: ['实际使用外资', '实际利用外资', '实际使用外资金额', '实际利用外资金额'],
  },
  {
    key: 'industrial-output',
    label: { zh: '规上工业总产值', en: 'Industrial output (above size)' },
    wordings: ['规上工业总产值', '规模以上工业总产值'],
  },
  {
    key: 'industrial-investment',
    label: { zh: '工业投资', en: 'Industrial investment' },
    wordings: ['工业投资', '工业固定资产投资'],
  },
  {
    key: 'primary-industry',
    label: { zh: '第一产业增加值', en: 'Primary industry value added' },
    wordings: ['第一产业增加值', '一产增加值'],
  },
  {
    key: 'secondary-industry',
    label: { zh: '第二产业增加值', en: 'Secondary industry value added' },
    wordings: ['第二产业增加值', '二产增加值'],
  },
  {
    key: 'tertiary-industry',
    label: { zh: '第三产业增加值', en: 'Tertiary industry value added' },
    wordings: ['第三产业增加值', '三产增加值', '服务业增加值'],
  },
  {
    key: 'energy-intensity',
    label: { zh: '单位GDP能耗', en: 'Energy use per unit of GDP' },
    wordings: [
      '单位gdp能耗',
      '单位国内生产总值能耗',
      '单位地区生产总值能耗',
      '单位生产总值能耗',
      '万元gdp能耗',
      '万元地区生产总值能耗',
    ],
  },
  {
    key: 'grain-output',
    label: { zh: '粮食产量', en: 'Grain output' },
    wordings: ['粮食产量', '粮食总产量', '粮食总产'],
  },
  {
    key: 'urbanisation-rate',
    label: { zh: '常住人口城镇化率', en: 'Urbanisation rate' },
    wordings: ['常住人口城镇化率', '城镇化率'],
  },
  {
    key: 'rd-intensity',
    label: { zh: '研发经费投入强度', en: 'R&D intensity' },
    wordings: [
      '研发经费投入强度',
      '研究与试验发展经费投入强度',
      '研发投入强度',
      '研发经费支出相当于生产总值的比例',
      '全社会研发经费支出相当于生产总值的比例',
    ],
  },
  {
    key: 'exports',
    label: { zh: '出口', en: 'Exports' },
    wordings: ['出口', '出口总额', '出口总值', '货物出口', '外贸出口', '出口额'],
  },
  {
    key: 'imports',
    label: { zh: '进口', en: 'Imports' },
    wordings: ['进口', '进口总额', '进口总值', '货物进口', '外贸进口', '进口额'],
  },
  {
    key: 'industry-value-added',
    label: { zh: '工业增加值', en: 'Industrial value added' },
    wordings: ['工业增加值', '全部工业增加值'],
  },
  {
    key: 'manufacturing-value-added',
    label: { zh: '制造业增加值', en: 'Manufacturing value added' },
    wordings: ['制造业增加值'],
  },
  {
    key: 'high-tech-manufacturing',
    label: { zh: '高技术制造业增加值', en: 'High-tech manufacturing value added' },
    wordings: ['高技术制造业增加值', '规上高技术制造业增加值', '规模以上高技术制造业增加值'],
  },
  {
    key: 'per-capita-gdp',
    label: { zh: '人均地区生产总值', en: 'GDP per capita' },
    wordings: ['人均地区生产总值', '人均国内生产总值', '人均生产总值', '人均gdp'],
  },
  {
    key: 'co2-intensity',
    label: { zh: '单位GDP二氧化碳排放', en: 'CO₂ emissions per unit of GDP' },
    wordings: [
      '单位gdp二氧化碳排放',
      '单位国内生产总值二氧化碳排放',
      '单位地区生产总值二氧化碳排放',
      '单位生产总值二氧化碳排放',
    ],
  },
  {
    key: 'pm25',
    label: { zh: '细颗粒物（PM2.5）平均浓度', en: 'PM2.5 concentration' },
    wordings: [
      '细颗粒物年均浓度',
      '细颗粒物平均浓度',
      '细颗粒物浓度',
      'pm2.5平均浓度',
      'pm2.5年均浓度',
      'pm2.5浓度',
    ],
  },
  {
    key: 'good-air-days',
    label: { zh: '空气质量优良天数比率', en: 'Share of days with good air quality' },
    wordings: [
      '空气质量优良天数比率',
      '环境空气质量优良天数比率',
      '空气质量优良天数比例',
      '优良天数比率',
      '空气质量优良率',
    ],
  },
  {
    key: 'deficit-ratio',
    label: { zh: '赤字率', en: 'Deficit ratio' },
    wordings: ['赤字率', '财政赤字率'],
  },
  {
    key: 'grain-area',
    label: { zh: '粮食播种面积', en: 'Grain sown area' },
    wordings: ['粮食播种面积', '粮食种植面积'],
  },
  {
    key: 'private-investment',
    label: { zh: '民间投资', en: 'Private investment' },
    wordings: ['民间投资', '民间固定资产投资'],
  },
  {
    key: 'tax-revenue',
    label: { zh: '税收收入', en: 'Tax revenue' },
    wordings: ['税收收入', '地方税收收入'],
  },
  {
    key: 'online-retail',
    label: { zh: '网络零售额', en: 'Online retail sales' },
    wordings: ['网络零售额', '网上零售额'],
  },
];

/** What a subject may open with and still be the same subject: its place (全市), or its time (全年). */
const REGION_PREFIXES: readonly string[] = [...OWN_PLACE_PREFIXES, '全年', '今年', '年末'];

/**
 * A named region in front of a subject: 北海市, 广西壮族自治区, 上海市, 合浦县. A place name
 * holds no relation words, so 工业增加值占地区生产总值比重 is not read as 工业增加值占地区 + GDP
 * (nor 人均地区生产总值 as 人均地区 + GDP).
 */
const NAMED_REGION = new RegExp(
  String.raw`^(?:(?![占的与和及为比对之均])${HAN}){1,8}?(?:${alternation(PLACE_SUFFIXES)})`,
  'u',
);

const KIND_OF_PLACE = /(?:地区|园区|社区|城区|景区|山区|老区|灾区|林区|牧区|矿区|库区|垦区)$/u;

/** Trading blocs that end like a league (盟): 欧盟进出口 is trade with the EU, not foreign trade. */
const NOT_A_REGION = /^(?:欧盟|东盟|对欧盟|对东盟|同盟|联盟)$/u;

const SUB_REGION = new RegExp(
  `(?:${alternation([...DEVELOPMENT_ZONES, '片区', '园区', '县'])})$`,
  'u',
);

/** Words that say how the subject moved, not what it is: 居民消费价格涨幅 → 居民消费价格. */
const MEASURE_SUFFIXES = [
  '增长率',
  '增长',
  '增速',
  '增幅',
  '涨幅',
  '上涨',
  '下降',
  '比重',
] as const;

const PARENTHETICAL = /[（(][^（）()]*[）)]/gu;
const QUOTES_AND_SPACE = /[\s"'“”‘’「」《》·•]/gu;

const BY_WORDING: ReadonlyMap<string, KnownSubject> = new Map(
  SUBJECT_SYNONYMS.flatMap((subject) =>
    subject.wordings.map((wording) => [wording, subject] as const),
  ),
);

const BY_KEY: ReadonlyMap<string, KnownSubject> = new Map(
  SUBJECT_SYNONYMS.map((subject) => [subject.key, subject] as const),
);

/** What normalise removes or narrows, besides case: full-width ASCII, brackets, quotes, spaces. */
const NEEDS_NORMALISING = /[\uff01-\uff5e（(\s"'“”‘’「」《》·•]/u;

/** Full-width ASCII (ＧＤＰ, ０-９) to half-width, lower case, no spaces, quotes or (notes). */
function normalise(text: string): string {
  // Most subjects are plain Chinese, and this runs thousands of times per report: one pass over
  // the codes settles them, without a regex call.
  if (isPlain(text)) return text;
  if (!NEEDS_NORMALISING.test(text)) return lowerCase(text);
  const halfWidth = text.replace(/[\uff01-\uff5e]/gu, (char) =>
    String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  );
  return halfWidth.replace(PARENTHETICAL, '').replace(QUOTES_AND_SPACE, '').toLowerCase();
}

/**
 * Whether normalise leaves `text` as it is: only ASCII other than letters, spaces, quotes and (,
 * and U+3001 to U+9FFF (CJK punctuation, kana, ideographs) other than 《》「」. None of those is
 * in NEEDS_NORMALISING, and each lowers to itself. A class scan by code unit (no `u` flag): a
 * loop over the codes cost more, asked several times of every subject.
 */
function isPlain(text: string): boolean {
  return !NOT_PLAIN.test(text);
}
const NOT_PLAIN = /[\t-\r "'(A-Z\u0080-\u3000\u300a-\u300d\ua000-\uffff]/;

/**
 * `text.toLowerCase()`, without the call when nothing in it has a case: ASCII other than A–Z and
 * everything from U+3000 to U+9FFF (CJK punctuation, kana, ideographs) lower to themselves, and
 * toLowerCase on a string of Chinese cost a tenth of an English subject's time.
 */
function lowerCase(text: string): string {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x80 && (code < 0x3000 || code > 0x9fff)))
      return text.toLowerCase();
  }
  return text;
}

/**
 * First and last characters of the affixes, by code: most words start and end with neither, and
 * a code needs no one-character string made (a CJK character's is a new string each time).
 */
const PREFIX_FIRST: ReadonlySet<number> = new Set(REGION_PREFIXES.map((p) => p.charCodeAt(0)));
const SUFFIX_LAST: ReadonlySet<number> = new Set(
  MEASURE_SUFFIXES.map((s) => s.charCodeAt(s.length - 1)),
);

function stripPrefix(text: string): string {
  if (!PREFIX_FIRST.has(text.charCodeAt(0))) return text;
  for (const prefix of REGION_PREFIXES) {
    if (text.startsWith(prefix))
      return text.length > prefix.length ? text.slice(prefix.length) : text;
  }
  return text;
}

function stripSuffix(text: string): string {
  if (!SUFFIX_LAST.has(text.charCodeAt(text.length - 1))) return text;
  for (const suffix of MEASURE_SUFFIXES) {
    if (text.endsWith(suffix))
      return text.length > suffix.length ? text.slice(0, -suffix.length) : text;
  }
  return text;
}

/** The wordings to try, most literal first, each a little more stripped than the last. */
function candidates(text: string): string[] {
  return candidatesOf(normalise(text));
}

function candidatesOf(normalised: string): string[] {
  const unprefixed = stripPrefix(normalised);
  const steps = [normalised, unprefixed, stripPrefix(unprefixed)];
  steps.push(stripSuffix(normalised), stripSuffix(unprefixed), stripSuffix(steps[2] ?? ''));
  // Distinct, in order: six short strings compare faster than a Set is built (and a loop, not
  // a callback made per call, which is optimised again in each extraction).
  const distinct: string[] = [];
  for (const step of steps) if (!distinct.includes(step)) distinct.push(step);
  return distinct;
}

function lookUp(text: string): KnownSubject | undefined {
  // A subject that holds no wording names none: most subjects a report names are not in the
  // dictionary, and each would otherwise be stripped and looked up a dozen ways.
  if (mayShortcut() && derivesOnlyItsOwnParts(text) && !holdsAnyWord(text, WORDINGS))
    return undefined;
  const normalised = normalise(text);
  for (const candidate of candidatesOf(normalised)) {
    const known = BY_WORDING.get(candidate);
    if (known) return known;
  }
  // Only drop a named region (北海市…) when what follows is a subject we know; otherwise
  // 城区绿化覆盖率 would lose its 城区.
  const named = NAMED_REGION.exec(normalised);
  // A district or zone inside the report's region (临港新片区…) is not the region itself, and
  // 脱贫地区, 革命老区 or 城区 are kinds of place: 脱贫地区农村居民收入 is not rural income.
  if (
    named &&
    !SUB_REGION.test(named[0]) &&
    !KIND_OF_PLACE.test(named[0]) &&
    !NOT_A_REGION.test(named[0])
  ) {
    for (const candidate of candidates(normalised.slice(named[0].length))) {
      const known = BY_WORDING.get(candidate);
      if (known) return known;
    }
  }
  return undefined;
}

/**
 * A key that is the same for every wording of one subject: "gdp" for 地区生产总值,
 * 国内生产总值, 全省生产总值 and GDP; the normalised wording (without region prefix and
 * measure word) for a subject the dictionary does not know.
 */
export function subjectKey(zh: string): string {
  return lookUp(zh)?.key ?? unknownSubjectKey(zh);
}

/** subjectKey of a subject the dictionary does not know (knownSubjectOf found none). */
export function unknownSubjectKey(zh: string): string {
  const fallback = wordingKey(stripSuffix(stripPrefix(stripPrefix(normalise(zh)))));
  return fallback.length > 0 ? fallback : zh.trim();
}

/** Small wording differences meet: 规模以上 is 规上, 一产 is 第一产业, 水产品总量 is 水产品产量. */
function wordingKey(text: string): string {
  // Each step only where its fixed characters are: this runs several times per subject.
  let key = text.includes('规模以上') ? text.replaceAll('规模以上', '规上') : text;
  if (key[1] === '产') key = key.replace(/^([一二三])产(?!业)/u, '第$1产业');
  if (key.startsWith('地方')) key = key.replace(/^地方(?=一般公共预算)/u, '');
  if (WORDING_TAIL_LAST.has(key.charCodeAt(key.length - 1))) key = key.replace(WORDING_TAIL, '');
  return key.endsWith('指数') ? key.slice(0, -2) : key;
}
/** The endings wordingKey drops: 水产品总量 → 水产品. */
const WORDING_TAILS = ['总产量', '总量', '产量', '总额', '规模'];
const WORDING_TAIL = new RegExp(`(?:${WORDING_TAILS.join('|')})$`, 'u');
/** The last characters of those endings. */
const WORDING_TAIL_LAST: ReadonlySet<number> = new Set(
  WORDING_TAILS.map((tail) => tail.charCodeAt(tail.length - 1)),
);

/**
 * The endings lookUp, wordingKeys and literalWordingKey strip: a subject whose lookups are all
 * parts of it (derivesOnlyItsOwnParts) ends in one of these or in the wording it is found by.
 */
export const STRIPPED_ENDINGS: readonly string[] = [...MEASURE_SUFFIXES, ...WORDING_TAILS, '指数'];

/** What wordingKey takes to nothing: a subject that holds one may be looked up by the empty key. */
export const KEYLESS_WORDINGS: readonly string[] = [...WORDING_TAILS, '指数'];

/** Every wording the dictionary knows a subject by. */
export const DICTIONARY_WORDINGS: readonly string[] = [...BY_WORDING.keys()];
const WORDINGS = wordIndex(DICTIONARY_WORDINGS);

/**
 * Whether every wording that lookUp, wordingKeys or literalWordingKey can make of `text` is a
 * part of it: so when it holds no known word, none of them can be looked up with success. So
 * of a plain text (normalise leaves it as it is) that wordingKey cannot rewrite into new words
 * (规模以上 → 规上, 一产 → 第一产业): the rest only strips words off its ends.
 */
export function derivesOnlyItsOwnParts(text: string): boolean {
  return isPlain(text) && !text.includes('规模以上') && !REWRITTEN_INDUSTRY.test(text);
}
const REWRITTEN_INDUSTRY = /[一二三]产/u;

/** The subject the dictionary knows under any of its wordings (北海市地区生产总值 → gdp), if any. */
export function knownSubjectOf(text: string): KnownSubject | undefined {
  return lookUp(text);
}

/**
 * The wording keys to look a subject up by in a glossary, most literal first: 全市水产品总量 →
 * 全市水产品, 水产品. Apply the same function to the glossary's own entries so they meet.
 */
export function wordingKeys(text: string): string[] {
  return [...new Set(candidates(text).map(wordingKey))];
}

/** The first of wordingKeys, the most literal, without computing the others. */
export function literalWordingKey(text: string): string {
  return wordingKey(normalise(text));
}

/**
 * The key that lines an indicator's subject up across reports: the canonical key the extractor
 * wrote (gdp for 地区生产总值 and 国内生产总值), else the matching of its words.
 */
export function keyOfSubject(subject: { zh: string; key: string | null }): string {
  return subject.key ?? subjectKey(subject.zh);
}

/** The subject a key stands for, when it is one the dictionary knows. */
export function knownSubject(key: string): KnownSubject | undefined {
  return BY_KEY.get(key);
}

/** The order compare lists shared subjects in: headline subjects first, then by key. */
export function subjectRank(key: string): number {
  const index = SUBJECT_SYNONYMS.findIndex((subject) => subject.key === key);
  return index === -1 ? SUBJECT_SYNONYMS.length : index;
}

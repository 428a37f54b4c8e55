import type { Candidate, RefiningContext } from '../candidate.ts';
import { copyOf } from '../candidate.ts';
import {
  AMOUNT_WORD,
  FRAME_ONLY,
  GENERIC_TAIL,
  isActionOnly,
  isGenericNoun,
  isGenericSubject,
  LEADING_ACTION,
  TOPIC_HEAD,
} from '../vocabulary/subject-vocabulary.ts';
import { DEVELOPMENT_ZONES, OWN_PLACE_PREFIXES } from '../vocabulary/place-vocabulary.ts';
import { alternation, DECIMAL, HAN, words } from '../vocabulary/regex-fragments.ts';
import { clauseEndAfter, clauseStartBefore, sentenceStartBefore } from './clause-bounds.ts';
import { expandList } from './enumeration-refiner.ts';
import {
  cleanSubject,
  isGeneric,
  nounAfter,
  ownerOf,
  shareByName,
  splitList,
  withTopic,
} from './subject-words.ts';

/** Work named once after a list of counted things: …、463个新时代文明实践所（站）改造提升. */
const LIST_WORK =
  /(?:改造提升|改造升级|提质改造|提升改造|改造|整治|修缮|提升|升级|建设)(?=$|[，。；])/u;
/** 压缩至1个环节: the figure a process was reduced to. */
const REDUCED_TO = /(?:压缩|缩短|减少|精简|降低|压减)(?:至|到)$/u;
/**
 * What the subject says of the measure: 研发经费投入强度 is spending over GDP, a share; a bare
 * percentage that continues a growth (增长6%以上，力争达到6.5%) is that growth's.
 */
function measureOf(
  candidate: Candidate,
  subject: string,
  rule: string | undefined,
  before: Candidate | null,
): Candidate['measure'] {
  const byName = shareByName(candidate.measure, subject);
  if (byName !== 'rate') return byName;
  if (rule === 'continued-clause' && before?.measure === 'growth' && before.unit === candidate.unit)
    return 'growth';
  return byName;
}

const baseUnit = (unit: string): string => unit.replace(/^[万亿千百]+/u, '');

/** Heads a list's later items leave out: 建设用地指标…、林地…、海域…. */
const LIST_HEAD = /(?:指标|面积|规模|用地)$/u;
const RATE_OF_HANDLING = /^(?:满意率|办结率|完成率|答复率|办复率|建成率|达标率|完好率|开工率)$/u;
const RATIO_TO =
  /^(?<owner>.{2,}?)??(?<about>约|大约)?(?:为|相当于)(?<whole>.{2,}?(?:平均水平|平均|水平))$/u;

/** A subject no better than a bare generic noun or a verb names nothing a reader could chart. */
/** A clause, not a name: 我们一定要…保障好14亿人, 江淮儿女一道拼出来. */
const CLAUSE_WORDS = /我们|大家|儿女|一定要|一道|总书记|中国人|各族人民/u;

/** Words that stand for a thing named elsewhere, or for a part or an aspect of one: 上述2万亿元. */
const REFERS_ELSEWHERE = new RegExp(
  `^(?:${alternation(words('上述 前述 以上 这些 其 其余 部分 方面 有关 相关 此项 该项'))})$`,
  'u',
);
/** A clause that leaves out what it speaks of: a modal last (各地可降至16%), an owner cut off (的税率). */
const LEAVES_OUT = /^的|(?:可|可以|应当|需要)$/u;
/** A verb and its examples, where the class counted should be: 抓好赛得利纤维等3500多个…. */
const DEED_ON_EXAMPLES = new RegExp(`${LEADING_ACTION.source}.*等$`, 'u');
/** Coverbs that introduce whom or where an action is for, not what is counted: 对新增2万亿元… */
const COVERBS = /[对为向给在从把被]/gu;
/**
 * 一季度全市生产总值下降6.7%, 上半年, 前三季度, 1—11月: a figure for part of a year, which a
 * chart of years would show as the year's. Not a streak: 连续11个季度 counts quarters.
 */
const PART_OF_YEAR =
  /(?<!连续)(?:第?[一二三四]季度|前三季度|[上下]半年|前(?:[两二三四五六七八九十]|\d{1,2})个月|1[—\-~至到](?:[2-9]|1[0-2])月)/u;

/** 让13.07万户46万群众…: a number with its unit before the figure is another figure, not a name. */
const IS_A_QUANTITY = /^\d+(?:\.\d+)?[万亿千百]*\p{Script=Han}{0,3}$/u;

function isUnclear(subject: string): boolean {
  const withoutCoverbs = subject.replace(COVERBS, '');
  return (
    subject.length < 2 ||
    IS_A_QUANTITY.test(subject) ||
    CLAUSE_WORDS.test(subject) ||
    REFERS_ELSEWHERE.test(subject) ||
    LEAVES_OUT.test(subject) ||
    (subject.endsWith('等') && DEED_ON_EXAMPLES.test(subject)) ||
    isActionOnly(withoutCoverbs) ||
    isGenericNoun(subject) ||
    isGenericSubject(subject) ||
    // Without coverbs the subject was just asked.
    (withoutCoverbs !== subject && isActionOnly(subject))
  );
}

/** A place before the number: 铁山东港榄根作业区, 临港新片区, 合浦县. */
const PLACE_END = new RegExp(
  `(?:${alternation([...DEVELOPMENT_ZONES, ...words('作业区 港区 园区 片区 县 镇 乡')])})$`,
  'u',
);
const CHANGE_OF_AMOUNT = /(?:(?:比|较)(?:上年|去年)[^，]{0,8})?(?:增加|减少|提高|降低|下降)$/u;

interface Resolution {
  subjects: string[];
  inferred: boolean;
  rule?: string;
}

/**
 * Attaches a subject to every candidate that the enumeration refiner has not named:
 * the words between the clause start (or the previous number) and the verb. A clause
 * that leaves its subject out (…43539元、增长4.4%) takes it from the one before.
 */
export function subjectRefiner(
  context: RefiningContext,
  candidates: readonly Readonly<Candidate>[],
): Candidate[] {
  const { text } = context;
  const result: Candidate[] = [];
  let previous: Candidate | null = null;
  for (const candidate of candidates) {
    const sentenceStart = sentenceStartBefore(text, candidate.subjectEnd);
    const sameSentence = previous !== null && previous.sentenceStart === sentenceStart;
    const before = sameSentence && previous ? previous : null;
    if (candidate.subject) {
      const placed = copyOf(candidate);
      placed.sentenceStart = sentenceStart;
      result.push(placed);
      previous = placed;
      continue;
    }
    const resolution = resolveSubject(text, candidate, sentenceStart, before, result);
    if (resolution.subjects.length === 0) {
      context.warn(candidate.start, candidate.end, 'number without a subject: not charted');
      continue;
    }
    for (let index = 0; index < resolution.subjects.length; index += 1) {
      let subject = resolution.subjects[index] ?? '';
      const partOfYear = PART_OF_YEAR.exec(subject)?.[0];
      const unclear = partOfYear !== undefined || (!candidate.whole && isUnclear(subject));
      if (partOfYear) {
        context.warn(
          candidate.start,
          candidate.end,
          `subject “${subject}” is of a part of the year (${partOfYear}), not the year: listed, not charted`,
        );
      } else if (unclear) {
        context.warn(
          candidate.start,
          candidate.end,
          `subject “${subject}” names no particular thing: listed, not charted`,
        );
      }
      // 人均地区生产总值约为全国平均水平的70%: a ratio to another figure, about that much.
      const ratio = candidate.measure === 'rate' ? RATIO_TO.exec(subject) : null;
      // …达到12860元，约为全国平均水平的88%: the owner is the clause before.
      const owner = ratio?.groups?.owner ?? before?.subject;
      if (ratio?.groups && owner) subject = `${owner}相当于${ratio.groups.whole}的比例`;
      // Fields set one by one: conditional spreads cost a temporary object each, per number.
      const named = copyOf(candidate);
      named.sentenceStart = sentenceStart;
      named.subject = candidate.whole
        ? shareSubject(subject, candidate.whole, candidate.wholeVia)
        : subject;
      named.measure = measureOf(candidate, subject, resolution.rule, before);
      if (resolution.inferred) named.inferred = [...candidate.inferred, 'subject'];
      if (ratio?.groups?.about && owner) named.comparator = 'approx';
      if (resolution.rule) named.subjectRule = resolution.rule;
      if (unclear) named.unclearSubject = true;
      result.push(named);
      if (index === resolution.subjects.length - 1) previous = named;
    }
  }
  return result;
}

/** The report's own wording: X占Y比重, or X相当于Y的比例 as the genre writes R&D and green spending. */
function shareSubject(owner: string, whole: string, via: Candidate['wholeVia']): string {
  const cleanWhole = cleanSubject(whole) || whole.replace(/的$/u, '');
  return via === '相当于' ? `${owner}相当于${cleanWhole}的比例` : `${owner}占${cleanWhole}比重`;
}

/** What one subject rule sees: the candidate, the words before it and the subject it could inherit. */
interface SubjectScene {
  text: string;
  candidate: Candidate;
  sentenceStart: number;
  regionStart: number;
  raw: string;
  subject: string;
  inherited: string | null;
  countable: boolean;
  named: readonly Candidate[];
  /** The thing counted after the number: read by countedNoun, once for all rules. */
  noun: string | undefined;
}

/** The thing counted after the number (nounAfter), read once per candidate for all rules. */
function countedNoun(scene: SubjectScene): string {
  return (scene.noun ??= nounAfter(scene.text, scene.candidate.matchEnd));
}

type SubjectRule = (scene: SubjectScene) => Resolution | null;

/** A subject rule with the id that `evidence.subjectRule` records. */
interface NamedRule {
  name: string;
  read: SubjectRule;
}

const rule = (name: string, read: SubjectRule): NamedRule => ({ name, read });

const stated = (subjects: string[]): Resolution => ({ subjects, inferred: false });
const inferred = (subjects: string[]): Resolution => ({ subjects, inferred: true });

/** Subject rules in order; the first that answers names the candidate. */
const SUBJECT_RULES: readonly NamedRule[] = [
  // 总量居全区第二 / 增速均居全区第二: a generic word takes the subject before it (均: every one).
  rule('generic-after-subject', ({ subject, inherited, raw, named, sentenceStart }) => {
    if (!inherited || !isGeneric(subject)) return null;
    const items = splitList(subject);
    if (raw.includes('均') && items.length === 1) {
      return inferred(
        distinctSubjects(named, sentenceStart).map((item) => withTopic(item, subject)),
      );
    }
    return inferred(items.map((item) => withTopic(inherited, item)));
  }),
  // 人民币存款、贷款余额双双突破9万亿元: one number said of each item of the list.
  rule('each-of-list', ({ raw, subject }) => {
    if (!/双双|均$|都$/u.test(raw.trim())) return null;
    const items = expandList(subject);
    return items.length > 1 ? stated(items) : null;
  }),
  // 环境空气质量综合指数、近岸海域水质优良面积比例居全区第一: each item holds the rank.
  rule('rank-list', ({ candidate, subject }) => {
    const items = splitList(subject);
    return candidate.measure === 'rank' && items.length > 1 && !/[占对]/u.test(subject)
      ? stated(items)
      : null;
  }),
  // 对经济增长贡献率 needs its owner: 工业增加值对经济增长贡献率.
  rule('contribution-owner', ({ candidate, subject, inherited }) =>
    candidate.measure === 'share' && /^对/u.test(subject) && inherited
      ? inferred([`${ownerOf(inherited)}${subject}`])
      : null,
  ),
  // 新增公园162座、累计达到832座: the running total of the same thing.
  rule('running-total', ({ subject, inherited, raw }) =>
    subject.length === 0 && inherited && /累计/u.test(raw)
      ? inferred([`累计${inherited.replace(TOPIC_HEAD, '')}`])
      : null,
  ),
  // 31个国家74个城市 / 22家企业首次签约我市 / 增发1万亿元国债: a generic noun after the number
  // names a class; the words around it say which.
  rule('generic-noun-after', (scene) => {
    if (!scene.countable) return null;
    const noun = countedNoun(scene);
    if (!isGenericNoun(noun)) return null;
    const named = genericNounSubject(scene, noun);
    return named ? stated([named]) : null;
  }),
  // 新增荆州、孝感、黄冈3个过三千亿元城市: the names listed are the things counted, not their kind.
  rule('names-then-kind', (scene) => {
    const { candidate, raw, subject, countable } = scene;
    const items = splitList(subject);
    if (!countable || candidate.measure !== 'count' || items.length < 2) return null;
    if (items.length !== candidate.value) return null;
    const noun = countedNoun(scene);
    if (noun.length < 2) return null;
    const verb = LEADING_ACTION.exec(raw.trim())?.[0] ?? '';
    return stated([`${verb}${noun}`]);
  }),
  // 实施重点项目1260个，完成投资4200亿元: the investment is the projects' just counted.
  rule('amount-of-counted', ({ subject, raw, inherited, named, sentenceStart }) => {
    const previous = named.at(-1);
    if (!inherited || !AMOUNT_WORD.test(subject) || previous?.sentenceStart !== sentenceStart)
      return null;
    if (previous.measure !== 'count' || !/(?:项目|工程)$/u.test(inherited)) return null;
    return inferred([`${ownerOf(inherited)}${/完成/u.test(raw) ? '完成' : ''}${subject}`]);
  }),
  // 办结122件人大代表建议、169件政协提案，满意率100%: the rate is of the things just handled.
  rule('rate-of-counted', ({ text, subject, named, sentenceStart, candidate }) => {
    if (!RATE_OF_HANDLING.test(subject)) return null;
    const counted = sameSentence(named, sentenceStart).filter(
      (item) => item.measure === 'count' && item.subject,
    );
    if (counted.length === 0) return null;
    const items = [...new Set(counted.map((item) => item.subject ?? ''))];
    const handled = /办结|办理|答复/u.test(text.slice(sentenceStart, candidate.start))
      ? '办理'
      : '';
    return inferred([`${items.join('和')}${handled}${subject}`]);
  }),
  // 完成169条背街小巷 / 营造红树林2253亩、修复4767亩: the thing counted follows, or was just named.
  rule('noun-after', (scene) => {
    const { text, candidate, subject, raw, inherited, countable } = scene;
    const endsInList = /[和及与、等]$/u.test(raw.trim());
    const unnamed = subject.length === 0 || isActionOnly(subject) || FRAME_ONLY.test(subject);
    if (!countable || !(unnamed || endsInList)) return null;
    const noun = countedNoun(scene);
    // 完成169条背街小巷、359个“三无小区”改造提升: the work done to them names what is counted.
    const work = LIST_WORK.exec(
      text.slice(candidate.matchEnd, clauseEndAfter(text, candidate.matchEnd)),
    )?.[0];
    // 7所高职学校入选国家“双高计划”: the deed that selects them names what is counted.
    const listed = LISTED_DEED.exec(
      text.slice(candidate.matchEnd + noun.length, candidate.matchEnd + noun.length + 48),
    )?.groups?.deed;
    if (noun.length > 0 && listed) return stated([`${listed}的${noun}`]);
    if (noun.length > 0) return stated([work && !noun.includes(work) ? `${noun}${work}` : noun]);
    if (isActionOnly(subject) && inherited) {
      return inferred([`${subject}${inherited.replace(LEADING_ACTION, '')}`]);
    }
    return null;
  }),
  // 竣工验收压缩至1个环节: the process reduced and the thing counted after the number name it.
  rule('reduced-to', (scene) => {
    const { raw, countable } = scene;
    if (!countable) return null;
    const reduced = REDUCED_TO.exec(raw.trim());
    const noun = reduced ? countedNoun(scene) : '';
    const own = reduced ? cleanSubject(raw.trim().slice(0, reduced.index)) : '';
    return own && noun ? stated([`${own}${noun}`]) : null;
  }),
  // 比上年增加1800亿元 and 补助标准提高30元 state the increase of an amount, not the amount.
  rule('change-of-amount', ({ subject, inherited, countable }) => {
    const change = CHANGE_OF_AMOUNT.exec(subject);
    if (!change || !countable) return null;
    const own = cleanSubject(subject.slice(0, change.index));
    const stem = own || inherited;
    if (!stem) return null;
    const word = /减少|降低|下降/u.test(change[0]) ? '减少额' : '增加额';
    return { subjects: [`${stem}${word}`], inferred: !own };
  }),
  // 完成铁山东港榄根作业区5个泊位…: a place before the number, the thing after it.
  rule('place-and-noun', (scene) => {
    const { subject, countable } = scene;
    if (!countable || !PLACE_END.test(subject)) return null;
    const noun = countedNoun(scene);
    return noun.length > 0 ? stated([`${subject}${noun}`]) : null;
  }),
  // 发行超长期特别国债，…今年先发行1万亿元: the verb's object was named earlier in the sentence.
  rule('object-named-earlier', ({ text, subject, inherited, sentenceStart, regionStart }) => {
    if (!isActionOnly(subject) || inherited) return null;
    const earlier = text.slice(sentenceStart, regionStart);
    const at = earlier.lastIndexOf(subject);
    if (at < 0) return null;
    const object = cleanSubject(earlier.slice(at + subject.length).split(/[，,、；]/u)[0] ?? '');
    return object.length >= 2 ? inferred([object]) : null;
  }),
  // 落实建设用地指标7953亩、林地8040亩: a short item after the first shares its head.
  rule('list-head', ({ text, candidate, subject, named, sentenceStart }) => {
    const previous = named.at(-1);
    if (!previous?.subject || previous.sentenceStart !== sentenceStart) return null;
    if (text.slice(previous.matchEnd, candidate.subjectEnd) !== `、${subject}`) return null;
    const head = LIST_HEAD.exec(previous.subject)?.[0];
    const sameUnit = baseUnit(previous.unit) === baseUnit(candidate.unit);
    if (!head || !sameUnit || subject.length > 3 || subject.endsWith(head)) return null;
    return inferred([`${subject}${head}`]);
  }),
  // The words before the number, when they name something.
  rule('clause-head', ({ subject, inherited }) =>
    subject.length > 0 && !(isActionOnly(subject) && inherited) ? stated([subject]) : null,
  ),
  // …43539元、增长4.4%: a clause without a subject continues the one before.
  rule('continued-clause', ({ inherited }) => (inherited ? inferred([inherited]) : null)),
  // 在全省营商环境评价中，我市排名全省第一: the setting names what is ranked.
  rule('ranking-setting', ({ text, candidate, sentenceStart }) => {
    const setting = /^在(?<setting>[^，,]{2,24}?)中[，,]/u.exec(
      text.slice(sentenceStart, candidate.subjectEnd),
    )?.groups?.setting;
    return setting ? inferred([cleanSubject(setting)]) : null;
  }),
];

/** The members of what they form: 由26个国家58个城市组成的丝绸之路旅游城市联盟. */
const FORMED = new RegExp(
  String.raw`^(?:[、和及与]?${DECIMAL}个${HAN}{1,3})*(?:组成|构成|参加|加入)的(?<whole>[^，。；、\n]{2,20})`,
  'u',
);
/** What the things counted did, when it follows them: 企业首次签约我市, 纳税人受益. */
const DEED_AFTER = /^(?<deed>[^，。；、\n\d（）()]{2,16}?)(?=[，。；、\n]|$)/u;
/** 上榜A、B和C名单: a deed whose object is a list runs to the clause end. */
const LISTED_DEED =
  /^(?:分别)?(?<deed>(?:上榜|入选|入围|获评|列入|纳入|获批|获得|荣获)[^，。；\n]{2,40}?)(?=[，。；\n]|$)/u;
const PLACE_WORDS = new RegExp(`(?:${alternation(OWN_PLACE_PREFIXES)})$`, 'u');
/**
 * 已 before a word, and a few Chinese characters. At module scope: the TypeScript loader writes a
 * \p{…} literal as new RegExp(…), made and, after each collection, compiled again per call.
 */
const ALREADY = /已(?=\p{Script=Han})/u;
const FEW_HAN = /^\p{Script=Han}{1,4}$/u;

function genericNounSubject(scene: SubjectScene, noun: string): string | null {
  const { text, candidate, subject, inherited, named, sentenceStart } = scene;
  const after = text.slice(candidate.matchEnd, candidate.matchEnd + 60);
  const nounEnd = after.indexOf(noun) + noun.length;
  const rest = after.slice(nounEnd);
  const formed = FORMED.exec(rest)?.groups?.whole;
  if (formed) return `${cleanSubject(formed)}成员${noun}`;
  let own = subject.replace(ALREADY, '');
  // 惠及1100多万学生: 及 belongs to the verb here, not to a list.
  if (/[惠涉]$/u.test(own) && scene.raw.trimEnd().endsWith('及')) own += '及';
  // 增发1万亿元国债 → 增发国债; 中欧班列通达26个国家 → 中欧班列通达国家.
  // 北海翰博士等6家企业分别上榜…: the example named is not the class counted; what they did is.
  const examples = own.endsWith('等');
  if (own.length > 0 && !examples && !isGenericNoun(own)) return `${own}${noun}`;
  const listed = LISTED_DEED.exec(rest)?.groups?.deed;
  if (listed) return `${listed}的${noun}`;
  const deed = DEED_AFTER.exec(rest)
    ?.groups?.deed?.replace(PLACE_WORDS, '')
    .replace(/^(?:实现|分别|均|都)/u, '');
  if (deed && deed.length >= 2 && !/^[的等]/u.test(deed)) return `${deed}${noun}`;
  // 31个国家74个城市: the second count is of the same whole as the first.
  const previous = named.at(-1);
  if (
    inherited &&
    previous?.sentenceStart === sentenceStart &&
    FEW_HAN.test(text.slice(previous.matchEnd, candidate.start))
  ) {
    const topic = inherited.replace(GENERIC_TAIL, '');
    if (topic.length > 0 && topic !== inherited && !topic.endsWith(noun)) return `${topic}${noun}`;
  }
  return null;
}

function resolveSubject(
  text: string,
  candidate: Readonly<Candidate>,
  sentenceStart: number,
  before: Candidate | null,
  named: readonly Candidate[],
): Resolution {
  let regionStart = clauseStartBefore(text, candidate.subjectEnd, sentenceStart);
  if (before && before.matchEnd > regionStart && before.matchEnd <= candidate.subjectEnd) {
    // …5个泊位口岸开放验收、铁山港北暮作业区4个泊位: the words up to 、 belong to the number before.
    const listBreak = text.lastIndexOf('、', candidate.subjectEnd - 1);
    regionStart = Math.max(before.matchEnd, listBreak >= before.matchEnd ? listBreak + 1 : 0);
  }
  const raw = text.slice(regionStart, candidate.subjectEnd);
  const scene: SubjectScene = {
    text,
    candidate,
    sentenceStart,
    regionStart,
    raw,
    subject: cleanSubject(raw),
    // 十年增加近70万亿元、年均增长6.2%: the growth is of the amount, not of its increase.
    inherited:
      before?.subject &&
      candidate.measure !== 'level' &&
      candidate.measure !== 'count' &&
      before.subject.endsWith('额')
        ? before.subject.replace(/(?<=.)(?:增加额|减少额)$/u, '')
        : (before?.subject ?? null),
    countable: candidate.measure === 'count' || candidate.measure === 'level',
    named,
    noun: undefined,
  };
  for (const { name, read } of SUBJECT_RULES) {
    const resolution = read(scene);
    // Built field by field: rules answer in objects of several shapes, and a spread of each
    // shape took a slow path.
    if (resolution)
      return { subjects: resolution.subjects, inferred: resolution.inferred, rule: name };
  }
  return stated([]);
}

/**
 * The candidates named so far in this sentence, in text order. `named` is in text order, so
 * look back only: scanning all of it for each number would be quadratic in the report.
 */
function sameSentence(named: readonly Candidate[], sentenceStart: number): Candidate[] {
  let first = named.length;
  while (first > 0 && named[first - 1]?.sentenceStart === sentenceStart) first -= 1;
  return named.slice(first);
}

/** The subjects named so far in this sentence, each where it was last named. */
function distinctSubjects(named: readonly Candidate[], sentenceStart: number): string[] {
  const subjects: string[] = [];
  for (const candidate of sameSentence(named, sentenceStart).reverse()) {
    if (candidate.subject && !subjects.includes(candidate.subject))
      subjects.unshift(candidate.subject);
  }
  return subjects;
}

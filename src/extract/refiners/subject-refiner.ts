import type { Candidate, RefiningContext } from '../candidate.ts';
import {
  ACTION_ONLY,
  GENERIC_SUBJECT,
  LEADING_ACTION,
  LEADING_NOISE_PATTERN,
  NOUN_AFTER_END,
  TOPIC_HEAD,
  TOPIC_TAIL,
  TRAILING_NOISE_PATTERN,
} from '../vocabulary/subject-vocabulary.ts';
import { clauseStartBefore, sentenceEndAfter, sentenceStartBefore } from './clause-bounds.ts';

/** Takes time, place and link words off both ends: 2023年全市地区生产总值 → 地区生产总值. */
export function cleanSubject(raw: string): string {
  let subject = raw.replace(/[\s\u3000]+/gu, '').replace(/全年/gu, '');
  // 农村道路、水利灌溉等乡村基础设施项目: what follows 等 names the thing counted.
  // 赴哈尔滨、呼和浩特等地开展: 等地 closes a list of places, and nothing is named after it.
  const etc = subject.includes('等地')
    ? subject.lastIndexOf('等地') + 1
    : subject.lastIndexOf('等');
  const afterEtc = subject.slice(etc + 1);
  if (etc >= 0 && afterEtc.length >= 2) subject = afterEtc;
  // 北海在自治区组织的营商环境第三方评估中: the setting is what is ranked.
  subject = subject.replace(/^[^在]{0,6}在(.{2,30})中$/u, '$1');
  for (let previous = ''; previous !== subject;) {
    previous = subject;
    subject = subject.replace(LEADING_NOISE_PATTERN, '').replace(TRAILING_NOISE_PATTERN, '');
  }
  // 一、二、三产 are 第一/第二/第三产业 in the glossary and in every chart;
  // 罗汉松种植面积新增 is the 新增 of that area, as 新增农村土地流转 is.
  return subject
    .replace(/^([一二三])产业?(?=增加值)/u, '第$1产业')
    .replace(/^(.+)新增$/u, '新增$1');
}

/** The owner of a share subject: 工业增加值占地区生产总值比重 → 工业增加值. */
function ownerOf(subject: string): string {
  return subject.replace(/占.*比重$/u, '') || subject;
}

/** 粮食播种面积 + 总产量 → 粮食总产量; 规上工业增加值 + 总量 → 规上工业增加值总量. */
function withTopic(previous: string, generic: string): string {
  let topic = ownerOf(previous).replace(TOPIC_HEAD, '');
  if (/^(?:总|保有)/u.test(generic)) topic = topic.replace(TOPIC_TAIL, '');
  return `${topic}${generic}`;
}

/** The thing counted when it follows the number: 完成169条背街小巷、… → 背街小巷. */
function nounAfter(text: string, matchEnd: number): string {
  // 26.3公里的6个电力管沟项目: the thing follows 的 and a second count.
  const skipped = /^的(?:\d+(?:\.\d+)?[个条座项家所处])?/u.exec(text.slice(matchEnd, matchEnd + 8));
  const from = matchEnd + (skipped?.[0].length ?? 0);
  let end = from;
  let quoted = false;
  while (end < text.length && end - from < 16) {
    const char = text[end] ?? '';
    if (char === '“') quoted = true;
    else if (char === '”') quoted = false;
    else if (!quoted && NOUN_AFTER_END.test(text.slice(end, end + 2))) break;
    end += 1;
  }
  return cleanSubject(text.slice(from, end));
}

const PLACE_END = /(?:作业区|港区|园区|片区|新区|开发区|县|镇|乡)$/u;
const CHANGE_OF_AMOUNT = /(?:(?:比|较)(?:上年|去年)[^，]{0,8})?(?:增加|减少|提高|降低|下降)$/u;

function splitList(subject: string): string[] {
  return subject.split(/[、和及与]/u).filter((item) => item.length > 0);
}

interface Resolution {
  subjects: string[];
  inferred: boolean;
}

/**
 * Attaches a subject to every candidate that the enumeration refiner has not named:
 * the words between the clause start (or the previous number) and the verb. A clause
 * that leaves its subject out (…43539元、增长4.4%) takes it from the one before.
 */
export function subjectRefiner(context: RefiningContext, candidates: Candidate[]): Candidate[] {
  const { text } = context;
  const result: Candidate[] = [];
  let previous: Candidate | null = null;
  for (const candidate of candidates) {
    const sentenceStart = sentenceStartBefore(text, candidate.subjectEnd);
    candidate.sentenceStart = sentenceStart;
    candidate.sentenceEnd = sentenceEndAfter(text, candidate.matchEnd);
    const sameSentence = previous !== null && previous.sentenceStart === sentenceStart;
    const before = sameSentence && previous ? previous : null;
    if (candidate.subject) {
      result.push(candidate);
      previous = candidate;
      continue;
    }
    const resolution = resolveSubject(text, candidate, before, result);
    if (resolution.subjects.length === 0) {
      context.warn(candidate.start, candidate.end, 'number without a subject: not charted');
      continue;
    }
    resolution.subjects.forEach((subject, index) => {
      const named: Candidate = {
        ...candidate,
        subject: candidate.whole ? shareSubject(subject, candidate.whole) : subject,
        inferred: resolution.inferred ? [...candidate.inferred, 'subject'] : candidate.inferred,
      };
      result.push(named);
      if (index === resolution.subjects.length - 1) previous = named;
    });
  }
  return result;
}

function shareSubject(owner: string, whole: string): string {
  const cleanWhole = cleanSubject(whole) || whole.replace(/的$/u, '');
  return owner ? `${owner}占${cleanWhole}比重` : `占${cleanWhole}比重`;
}

function resolveSubject(
  text: string,
  candidate: Candidate,
  before: Candidate | null,
  named: readonly Candidate[],
): Resolution {
  const sentenceStart = candidate.sentenceStart ?? 0;
  let regionStart = clauseStartBefore(text, candidate.subjectEnd, sentenceStart);
  if (before && before.matchEnd > regionStart && before.matchEnd <= candidate.subjectEnd) {
    // …5个泊位口岸开放验收、铁山港北暮作业区4个泊位: the words up to 、 belong to the number before.
    const listBreak = text.lastIndexOf('、', candidate.subjectEnd - 1);
    regionStart = Math.max(before.matchEnd, listBreak >= before.matchEnd ? listBreak + 1 : 0);
  }
  const raw = text.slice(regionStart, candidate.subjectEnd);
  const subject = cleanSubject(raw);
  const inherited = before?.subject ?? null;
  const all = raw.includes('均');

  // 增速均居全区第二: one rank for every subject named before in the sentence.
  const items = splitList(subject);
  if (items.length > 0 && items.every((item) => GENERIC_SUBJECT.test(item)) && inherited) {
    if (all && items.length === 1) {
      const earlier = distinctSubjects(named, sentenceStart);
      return { subjects: earlier.map((item) => withTopic(item, subject)), inferred: true };
    }
    return { subjects: items.map((item) => withTopic(inherited, item)), inferred: true };
  }
  // 环境空气质量综合指数、近岸海域水质优良面积比例居全区第一: each item holds the rank.
  if (candidate.measure === 'rank' && items.length > 1 && !/[占对]/u.test(subject)) {
    return { subjects: items, inferred: false };
  }
  // 对经济增长贡献率 needs its owner: 工业增加值对经济增长贡献率.
  if (candidate.measure === 'share' && /^对/u.test(subject) && inherited)
    return { subjects: [`${ownerOf(inherited)}${subject}`], inferred: true };

  const countable = candidate.measure === 'count' || candidate.measure === 'level';
  // 新增公园162座、累计达到832座: the running total of the same thing.
  if (subject.length === 0 && inherited && /累计/u.test(raw)) {
    return { subjects: [`累计${inherited.replace(TOPIC_HEAD, '')}`], inferred: true };
  }
  const endsInList = /[和及与、等]$/u.test(raw.trim());
  if (countable && (subject.length === 0 || ACTION_ONLY.test(subject) || endsInList)) {
    const noun = nounAfter(text, candidate.matchEnd);
    if (noun.length > 0) return { subjects: [noun], inferred: false };
    if (ACTION_ONLY.test(subject) && inherited) {
      // 营造红树林2253亩、修复4767亩 → 修复红树林.
      const object = inherited.replace(LEADING_ACTION, '');
      return { subjects: [`${subject}${object}`], inferred: true };
    }
  }
  // 比上年增加1800亿元 and 补助标准提高30元 state the increase of an amount, not the amount.
  const change = CHANGE_OF_AMOUNT.exec(subject);
  if (change && countable) {
    const stem = cleanSubject(subject.slice(0, change.index)) || inherited || '';
    const word = /减少|降低|下降/u.test(change[0]) ? '减少额' : '增加额';
    if (stem)
      return {
        subjects: [`${stem}${word}`],
        inferred: !cleanSubject(subject.slice(0, change.index)),
      };
  }
  // 完成铁山东港榄根作业区5个泊位…: a place before the number, the thing after it.
  if (countable && PLACE_END.test(subject)) {
    const noun = nounAfter(text, candidate.matchEnd);
    if (noun.length > 0) return { subjects: [`${subject}${noun}`], inferred: false };
  }
  // 发行超长期特别国债，…今年先发行1万亿元: the verb's object was named earlier in the sentence.
  if (ACTION_ONLY.test(subject) && !inherited) {
    const earlier = text.slice(sentenceStart, regionStart);
    const at = earlier.lastIndexOf(subject);
    const object =
      at >= 0 ? cleanSubject(earlier.slice(at + subject.length).split(/[，,、；]/u)[0] ?? '') : '';
    if (object.length >= 2) return { subjects: [object], inferred: true };
  }
  if (subject.length > 0 && !(ACTION_ONLY.test(subject) && inherited)) {
    return { subjects: [subject], inferred: false };
  }
  if (inherited) return { subjects: [inherited], inferred: true };
  // 在全省营商环境评价中，我市排名全省第一: the setting names what is ranked.
  const setting = /^在(?<setting>[^，,]{2,24}?)中[，,]/u.exec(
    text.slice(sentenceStart, candidate.subjectEnd),
  );
  if (subject.length === 0 && setting?.groups?.setting) {
    return { subjects: [cleanSubject(setting.groups.setting)], inferred: true };
  }
  return { subjects: subject.length > 0 ? [subject] : [], inferred: false };
}

function distinctSubjects(named: readonly Candidate[], sentenceStart: number): string[] {
  const subjects: string[] = [];
  for (const candidate of named) {
    if (candidate.sentenceStart !== sentenceStart || !candidate.subject) continue;
    if (!subjects.includes(candidate.subject)) subjects.push(candidate.subject);
  }
  return subjects;
}

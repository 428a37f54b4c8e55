import type { Candidate, RefiningContext } from '../candidate.ts';
import {
  ACTION_ONLY,
  FRAME_ONLY,
  LEADING_ACTION,
  TOPIC_HEAD,
} from '../vocabulary/subject-vocabulary.ts';
import { clauseStartBefore, sentenceStartBefore } from './clause-bounds.ts';
import {
  cleanSubject,
  isGeneric,
  nounAfter,
  ownerOf,
  splitList,
  withTopic,
} from './subject-words.ts';

export { cleanSubject } from './subject-words.ts';

const PLACE_END = /(?:作业区|港区|园区|片区|新区|开发区|县|镇|乡)$/u;
const CHANGE_OF_AMOUNT = /(?:(?:比|较)(?:上年|去年)[^，]{0,8})?(?:增加|减少|提高|降低|下降)$/u;

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
        subject: candidate.whole
          ? shareSubject(subject, candidate.whole, candidate.wholeVia)
          : subject,
        inferred: resolution.inferred ? [...candidate.inferred, 'subject'] : candidate.inferred,
      };
      result.push(named);
      if (index === resolution.subjects.length - 1) previous = named;
    });
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
}

type SubjectRule = (scene: SubjectScene) => Resolution | null;

const stated = (subjects: string[]): Resolution => ({ subjects, inferred: false });
const inferred = (subjects: string[]): Resolution => ({ subjects, inferred: true });

/** Subject rules in order; the first that answers names the candidate. */
const SUBJECT_RULES: readonly SubjectRule[] = [
  // 总量居全区第二 / 增速均居全区第二: a generic word takes the subject before it (均: every one).
  ({ subject, inherited, raw, named, sentenceStart }) => {
    if (!inherited || !isGeneric(subject)) return null;
    const items = splitList(subject);
    if (raw.includes('均') && items.length === 1) {
      return inferred(
        distinctSubjects(named, sentenceStart).map((item) => withTopic(item, subject)),
      );
    }
    return inferred(items.map((item) => withTopic(inherited, item)));
  },
  // 环境空气质量综合指数、近岸海域水质优良面积比例居全区第一: each item holds the rank.
  ({ candidate, subject }) => {
    const items = splitList(subject);
    return candidate.measure === 'rank' && items.length > 1 && !/[占对]/u.test(subject)
      ? stated(items)
      : null;
  },
  // 对经济增长贡献率 needs its owner: 工业增加值对经济增长贡献率.
  ({ candidate, subject, inherited }) =>
    candidate.measure === 'share' && /^对/u.test(subject) && inherited
      ? inferred([`${ownerOf(inherited)}${subject}`])
      : null,
  // 新增公园162座、累计达到832座: the running total of the same thing.
  ({ subject, inherited, raw }) =>
    subject.length === 0 && inherited && /累计/u.test(raw)
      ? inferred([`累计${inherited.replace(TOPIC_HEAD, '')}`])
      : null,
  // 完成169条背街小巷 / 营造红树林2253亩、修复4767亩: the thing counted follows, or was just named.
  ({ text, candidate, subject, raw, inherited, countable }) => {
    const endsInList = /[和及与、等]$/u.test(raw.trim());
    const unnamed = subject.length === 0 || ACTION_ONLY.test(subject) || FRAME_ONLY.test(subject);
    if (!countable || !(unnamed || endsInList)) return null;
    const noun = nounAfter(text, candidate.matchEnd);
    if (noun.length > 0) return stated([noun]);
    if (ACTION_ONLY.test(subject) && inherited) {
      return inferred([`${subject}${inherited.replace(LEADING_ACTION, '')}`]);
    }
    return null;
  },
  // 比上年增加1800亿元 and 补助标准提高30元 state the increase of an amount, not the amount.
  ({ subject, inherited, countable }) => {
    const change = CHANGE_OF_AMOUNT.exec(subject);
    if (!change || !countable) return null;
    const own = cleanSubject(subject.slice(0, change.index));
    const stem = own || inherited;
    if (!stem) return null;
    const word = /减少|降低|下降/u.test(change[0]) ? '减少额' : '增加额';
    return { subjects: [`${stem}${word}`], inferred: !own };
  },
  // 完成铁山东港榄根作业区5个泊位…: a place before the number, the thing after it.
  ({ text, candidate, subject, countable }) => {
    if (!countable || !PLACE_END.test(subject)) return null;
    const noun = nounAfter(text, candidate.matchEnd);
    return noun.length > 0 ? stated([`${subject}${noun}`]) : null;
  },
  // 发行超长期特别国债，…今年先发行1万亿元: the verb's object was named earlier in the sentence.
  ({ text, subject, inherited, sentenceStart, regionStart }) => {
    if (!ACTION_ONLY.test(subject) || inherited) return null;
    const earlier = text.slice(sentenceStart, regionStart);
    const at = earlier.lastIndexOf(subject);
    if (at < 0) return null;
    const object = cleanSubject(earlier.slice(at + subject.length).split(/[，,、；]/u)[0] ?? '');
    return object.length >= 2 ? inferred([object]) : null;
  },
  // The words before the number, when they name something.
  ({ subject, inherited }) =>
    subject.length > 0 && !(ACTION_ONLY.test(subject) && inherited) ? stated([subject]) : null,
  // …43539元、增长4.4%: a clause without a subject continues the one before.
  ({ inherited }) => (inherited ? inferred([inherited]) : null),
  // 在全省营商环境评价中，我市排名全省第一: the setting names what is ranked.
  ({ text, candidate, sentenceStart }) => {
    const setting = /^在(?<setting>[^，,]{2,24}?)中[，,]/u.exec(
      text.slice(sentenceStart, candidate.subjectEnd),
    )?.groups?.setting;
    return setting ? inferred([cleanSubject(setting)]) : null;
  },
];

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
  const scene: SubjectScene = {
    text,
    candidate,
    sentenceStart,
    regionStart,
    raw,
    subject: cleanSubject(raw),
    inherited: before?.subject ?? null,
    countable: candidate.measure === 'count' || candidate.measure === 'level',
    named,
  };
  for (const rule of SUBJECT_RULES) {
    const resolution = rule(scene);
    if (resolution) return resolution;
  }
  return stated([]);
}

/** The subjects named so far in this sentence; `named` is in text order, so look back only. */
function distinctSubjects(named: readonly Candidate[], sentenceStart: number): string[] {
  const subjects: string[] = [];
  for (let index = named.length - 1; index >= 0; index -= 1) {
    const candidate = named[index];
    if (!candidate || candidate.sentenceStart !== sentenceStart) break;
    if (candidate.subject && !subjects.includes(candidate.subject))
      subjects.unshift(candidate.subject);
  }
  return subjects;
}

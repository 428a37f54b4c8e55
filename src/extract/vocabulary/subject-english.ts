import type { Measure } from '../../dataset/dataset-schema.ts';
import { ENGLISH_GLOSSARY } from './english-glossary.ts';
import type { KnownSubject } from './subject-dictionary.ts';
import {
  derivesOnlyItsOwnParts,
  DICTIONARY_WORDINGS,
  KEYLESS_WORDINGS,
  knownSubjectOf,
  literalWordingKey,
  STRIPPED_ENDINGS,
  wordingKeys,
} from './subject-dictionary.ts';
import type { WordIndex } from './word-index.ts';
import { endsInAnyWord, holdsAnyWord, mayShortcut, wordIndex } from './word-index.ts';

/**
 * The English of a subject, built as data: the subject dictionary's label for a subject it
 * knows (地区生产总值 → GDP), else the glossary's entry for the wording (养老床位 → Elderly-care
 * beds), else a composition of known parts by one of the genre's patterns (新增X → New X,
 * X占Y比重 → X as a share of Y). A subject with any part the glossary lacks stays untranslated
 * (`null`): a word-by-word rendering would mislead, so the app shows the Chinese, marked.
 *
 * Kept apart from the subject dictionary so that the app's first load, which matches subjects,
 * does not carry the glossary, which only the extractor needs.
 */

/**
 * The glossary by wording key. An entry written as its own key wins over one that only
 * normalises to it: 新能源汽车 is "New-energy vehicles", though 新能源汽车产量 also drops to it.
 */
function buildGlossary(): ReadonlyMap<string, string> {
  const byKey = new Map<string, string>();
  const entries = Object.entries(ENGLISH_GLOSSARY).map(([zh, en]) => {
    const key = literalWordingKey(zh);
    return { key, en, exact: key === zh };
  });
  for (const { key, en } of [...entries.filter((e) => e.exact), ...entries.filter((e) => !e.exact)])
    if (!byKey.has(key)) byKey.set(key, en);
  return byKey;
}

/** Built on first use: a report with no indicators (a table of digits) never pays for it. */
let glossary: ReadonlyMap<string, string> | null = null;
const glossaryEntry = (key: string): string | undefined => (glossary ??= buildGlossary()).get(key);

/**
 * The words one of which every subject with an English holds, when its lookups are all parts
 * of it (derivesOnlyItsOwnParts): the glossary's keys and the dictionary's wordings, and for
 * the empty key (产量) what wordingKey takes to it. Built on first use, as the glossary is.
 */
let namingWords: WordIndex | null = null;
/** The same words keyed by their ends, with the endings a lookup strips: see mayBeLookedUp. */
let namingEnds: WordIndex | null = null;

function namingWordsOf(): string[] {
  const keys = [...(glossary ??= buildGlossary()).keys()];
  return [...keys, ...(keys.includes('') ? KEYLESS_WORDINGS : []), ...DICTIONARY_WORDINGS];
}

const namingWordsIndex = (): WordIndex => (namingWords ??= wordIndex(namingWordsOf()));
const namingEndsIndex = (): WordIndex =>
  (namingEnds ??= wordIndex([...namingWordsOf(), ...STRIPPED_ENDINGS], true));

type Compose = (parts: readonly string[]) => string;

interface Composition {
  /** The Chinese pattern; each capture group is a part translated on its own. */
  readonly pattern: RegExp;
  readonly english: Compose;
  /**
   * For a pattern whose opening and ending say nothing (see Cue): words of which every match
   * holds one, so that a subject with none is not matched against it.
   */
  readonly holds?: readonly string[];
}

/** Keep acronyms and names (GDP, R&D, 5G, Shanghai) as written; lower the rest. */
function lower(english: string): string {
  return KEEP_CASE.test(english) ? english : english[0]?.toLowerCase() + english.slice(1);
}

const KEEP_CASE =
  /^(?:[A-Z0-9][A-Z0-9&.₂-]|IoT|China|Chinese|Shanghai|Beijing|Beihai|Guangxi|Anhui|Fujian|Gansu|Hubei|Shandong|Taiwan|Lingang|Pudong|Huangpu|Suzhou|Yangtze|Yellow River|Belt and Road|ASEAN|Africa|Latin America|Hong Kong|Macao|Wuhan|Lanzhou|Xiong’an|Tianjin|Zhangjiang|Hongqiao|Xiamen|Qilu|Zhongguancun|Class I)/u;

/** 占全区比重: a share of the region's total, not "of the region". */
function shareWhole(whole: string): string {
  return whole.startsWith('the ') ? `${whole}’s total` : lower(whole);
}

function capital(english: string): string {
  return english[0]?.toUpperCase() + english.slice(1);
}

/**
 * How the subject moved or compares, read before the whole is looked up: 城镇居民人均可支配收入增速
 * is the income's growth, not the income (the dictionary would strip 增速).
 */
const MEASURE_COMPOSITIONS: readonly Composition[] = [
  {
    // 战略性新兴产业产值占规上工业比重比重: the extractor may double the closing 比重.
    pattern: /^(.+)占(.+?)的?(?:比重|比例)(?:比重)?$/u,
    holds: ['占'],
    english: ([part, whole]) => `${part} as a share of ${shareWhole(whole ?? '')}`,
  },
  {
    pattern: /^(.+)(?:相当于|与)(.+?)的?(?:比例|比率)$/u,
    english: ([part, whole]) => `${part} as a ratio to ${lower(whole ?? '')}`,
  },
  {
    pattern: /^(.+)对(.+?)(?:经济)?增长(?:的)?贡献率$/u,
    english: ([part, whole]) =>
      `Contribution of ${lower(part ?? '')} to ${lower(whole ?? '')} growth`,
  },
  {
    pattern: /^(.+)对经济增长(?:的)?贡献率$/u,
    english: ([part]) => `Contribution of ${lower(part ?? '')} to growth`,
  },
  { pattern: /^(.+)(?:增速|增幅|增长率)$/u, english: ([part]) => `${part} growth` },
  { pattern: /^(.+)总量$/u, english: ([part]) => `${part} (total)` },
  { pattern: /^累计(.+)$/u, english: ([part]) => `${part} (cumulative)` },
];

/**
 * The genre's affixes around a known term, tried when the whole is not in the glossary.
 * Each says what the affix means, so 新增养老床位 is "New elderly-care beds", never "Add
 * pension bed".
 */
const AFFIX_COMPOSITIONS: readonly Composition[] = [
  { pattern: /^(.+)增加值$/u, english: ([x]) => `${x} value added` },
  { pattern: /^(.+)(?:总产值|产值)$/u, english: ([x]) => `Output of ${lower(x ?? '')}` },
  {
    pattern: /^(.+)(?:营业收入|营收|收入)$/u,
    english: ([x]) => `Revenue of ${lower(x ?? '')}`,
  },
  {
    pattern: /^(.+)完成投资$/u,
    english: ([x]) => `Investment completed in ${lower(x ?? '')}`,
  },
  {
    pattern: /^(.+)(?:总投资|投资总额)$/u,
    english: ([x]) => `Total investment in ${lower(x ?? '')}`,
  },
  { pattern: /^(.+)投资$/u, english: ([x]) => `Investment in ${lower(x ?? '')}` },
  { pattern: /^(.+)余额$/u, english: ([x]) => `${x} outstanding` },
  { pattern: /^(.+)覆盖率$/u, english: ([x]) => `${x} coverage` },
  { pattern: /^(.+)(?:占比|比重)$/u, english: ([x]) => `Share of ${lower(x ?? '')}` },
  { pattern: /^(.+)增加额$/u, english: ([x]) => `Increase in ${lower(x ?? '')}` },
  {
    pattern: /^(.+)(?:数量|总数|个数|数)$/u,
    english: ([x]) => `Number of ${lower(x ?? '')}`,
  },
  {
    pattern: /^(.+)(?:面积)$/u,
    english: ([x]) => `Area of ${lower(x ?? '')}`,
  },
  {
    pattern: /^(?:日均|平均每天|平均每个工作日)(.+)$/u,
    english: ([x]) => `Daily ${lower(x ?? '')}`,
  },
  { pattern: /^每万人(?:口)?(.+)$/u, english: ([x]) => `${x} per 10,000 people` },
  { pattern: /^每千人(?:口)?(?:拥有)?(.+)$/u, english: ([x]) => `${x} per 1,000 people` },
  {
    pattern: /^(?:新建改建|新改建|新建和改造|新建、改造|新建改造|新建、改扩建|新建、改建)(.+)$/u,
    english: ([x]) => `${x} built or upgraded`,
  },
  {
    pattern: /^(?:改造提升|更新改造|提升改造|改造|改建)(.+)$/u,
    english: ([x]) => `${x} renovated`,
  },
  {
    pattern: /^(.+)(?:改造提升|更新改造|提升改造|改造)$/u,
    english: ([x]) => `Renovation of ${lower(x ?? '')}`,
  },
  { pattern: /^新开工(?:建设)?(.+)$/u, english: ([x]) => `${x} started` },
  { pattern: /^新(?:培育|认定)(.+)$/u, english: ([x]) => `Newly recognised ${lower(x ?? '')}` },
  { pattern: /^新引进(?:落地)?(.+)$/u, english: ([x]) => `Newly attracted ${lower(x ?? '')}` },
  { pattern: /^新签约(.+)$/u, english: ([x]) => `Newly signed ${lower(x ?? '')}` },
  { pattern: /^新(?:设|登记|注册)(.+)$/u, english: ([x]) => `Newly registered ${lower(x ?? '')}` },
  { pattern: /^新建(.+)$/u, english: ([x]) => `Newly built ${lower(x ?? '')}` },
  { pattern: /^新增(.+)$/u, english: ([x]) => `New ${lower(x ?? '')}` },
  { pattern: /^国家级(.+)$/u, english: ([x]) => `National ${lower(x ?? '')}` },
  { pattern: /^(?:省级|省)(.+)$/u, english: ([x]) => `Provincial ${lower(x ?? '')}` },
  { pattern: /^市级(.+)$/u, english: ([x]) => `City-level ${lower(x ?? '')}` },
  { pattern: /^自治区级(.+)$/u, english: ([x]) => `Regional ${lower(x ?? '')}` },
  { pattern: /^规上(.+)$/u, english: ([x]) => `${x} (above designated size)` },
  {
    pattern: /^(.+?)(?:和|及|与|、)(.+)$/u,
    holds: ['和', '及', '与', '、'],
    english: ([x, y]) => `${x} and ${lower(y ?? '')}`,
  },
];

/** Deep enough for 新增国家级专精特新企业 (new + national + term), short enough to stay cheap. */
const MAX_DEPTH = 3;

/** `known` is what the dictionary knows the subject as, when the caller has looked it up. */
function glossaryOf(
  subject: string,
  known: KnownSubject | null | undefined = knownSubjectOf(subject),
): string | null {
  if (known) return known.label.en;
  for (const key of wordingKeys(subject)) {
    // 一般公共预算支出规模 drops to 一般公共预算支出, which the dictionary knows. The subject
    // itself was just looked up: a key that is the subject is not looked up again.
    const english =
      glossaryEntry(key) ?? (key === subject ? undefined : knownSubjectOf(key)?.label.en);
    if (english) return english;
  }
  return null;
}

/**
 * What a subject must start and end with for a composition to match, read off the pattern:
 * ^(.+)(?:增速|增幅|增长率)$ needs one of those endings, ^新增(.+)$ that opening. Most subjects
 * have neither, and a startsWith or endsWith is much cheaper than running the pattern; a pattern
 * of another shape gets no cue and is always run.
 */
interface Cue {
  starts: readonly string[] | null;
  ends: readonly string[] | null;
}

/** Regex syntax: a run of other characters is literal text. */
const SYNTAX = '\\^$.|?*+()[]{}';
const QUANTIFIERS = '?*+{';

/** The words of a group of plain alternatives, (?:增速|增幅), or null. */
function groupWords(group: string): string[] | null {
  const words = group.slice(3, -1).split('|');
  return words.every((word) => word.length > 0 && [...word].every((char) => !SYNTAX.includes(char)))
    ? words
    : null;
}

function cueOf({ source }: RegExp): Cue {
  let starts: string[] | null = null;
  if (source.startsWith('^(?:')) {
    const close = source.indexOf(')');
    if (!QUANTIFIERS.includes(source[close + 1] ?? ''))
      starts = groupWords(source.slice(1, close + 1));
  } else if (source.startsWith('^')) {
    let end = 1;
    while (end < source.length && !SYNTAX.includes(source[end] ?? '')) end += 1;
    // 新建?X: a quantifier makes the run's last character optional.
    if (QUANTIFIERS.includes(source[end] ?? '')) end -= 1;
    if (end > 1) starts = [source.slice(1, end)];
  }
  let ends: string[] | null = null;
  if (source.endsWith(')$')) {
    const open = source.lastIndexOf('(?:');
    if (open !== -1 && !source.slice(open, -2).includes(')'))
      ends = groupWords(source.slice(open, -1));
  } else if (source.endsWith('$')) {
    let start = source.length - 1;
    while (start > 0 && !SYNTAX.includes(source[start - 1] ?? '')) start -= 1;
    // \d$: the character after a backslash is no literal.
    if (source[start - 1] === '\\') start += 1;
    if (start < source.length - 1) ends = [source.slice(start, -1)];
  }
  return { starts, ends };
}

function fitsCue(subject: string, { starts, ends }: Cue): boolean {
  return (!starts || startsWithAny(subject, starts)) && (!ends || endsWithAny(subject, ends));
}

function startsWithAny(text: string, words: readonly string[]): boolean {
  for (const word of words) if (text.startsWith(word)) return true;
  return false;
}

function holdsAny(text: string, words: readonly string[]): boolean {
  for (const word of words) if (text.includes(word)) return true;
  return false;
}

function endsWithAny(text: string, words: readonly string[]): boolean {
  for (const word of words) if (text.endsWith(word)) return true;
  return false;
}

/** Each composition with its cue, read off once: a Map lookup per composition per call cost more. */
interface CuedComposition extends Composition {
  readonly cue: Cue;
}
/**
 * Compositions by the last character of the subject they can fit, in their order: one whose cue
 * names its endings fits only a subject that ends like one of them (增速 ends in 速), so a
 * subject is tried against those and against the compositions without endings, not against all.
 */
interface Steps {
  /** By the code of the last character: a CJK character's one-character string is made anew. */
  byLast: ReadonlyMap<number, readonly CuedComposition[]>;
  withoutEnding: readonly CuedComposition[];
}

function stepsOf(compositions: readonly Composition[]): Steps {
  const steps = compositions.map((composition) => ({
    ...composition,
    cue: cueOf(composition.pattern),
  }));
  const lastOf = (word: string): number => word.charCodeAt(word.length - 1);
  const lasts = new Set(steps.flatMap(({ cue }) => cue.ends?.map(lastOf) ?? []));
  const byLast = new Map<number, CuedComposition[]>();
  for (const last of lasts) {
    byLast.set(
      last,
      steps.filter(({ cue }) => !cue.ends || cue.ends.some((word) => lastOf(word) === last)),
    );
  }
  return { byLast, withoutEnding: steps.filter(({ cue }) => !cue.ends) };
}
const MEASURE_STEPS = stepsOf(MEASURE_COMPOSITIONS);
const AFFIX_STEPS = stepsOf(AFFIX_COMPOSITIONS);

/** At module scope: a callback made per call is optimised again in each extraction. */
const isMissing = (part: string | undefined): boolean => part === undefined || part === '';

function compose(subject: string, steps: Steps, depth: number): string | null {
  const compositions =
    steps.byLast.get(subject.charCodeAt(subject.length - 1)) ?? steps.withoutEnding;
  for (const { pattern, english, cue, holds } of compositions) {
    if (!fitsCue(subject, cue) || (holds && !holdsAny(subject, holds))) continue;
    const parts = pattern.exec(subject)?.slice(1);
    if (!parts || parts.some(isMissing)) continue;
    const translated = translateAll(parts, depth + 1);
    if (translated) return capital(english(translated));
  }
  return null;
}

/** Every part's English, or null as soon as one part has none (the rest are not tried). */
function translateAll(parts: ReadonlyArray<string | undefined>, depth: number): string[] | null {
  const translated: string[] = [];
  for (const part of parts) {
    const english = part === undefined ? null : translate(part, depth);
    if (english === null) return null;
    translated.push(english);
  }
  return translated;
}

const QUOTE = /[“”"《》「」]/u;
const QUOTES = /[“”"《》「」]/gu;

/** `known`, when given, is knownSubjectOf(subject) (null: the dictionary does not know it). */
function translate(subject: string, depth: number, known?: KnownSubject | null): string | null {
  if (depth > MAX_DEPTH) return null;
  const cleaned = QUOTE.test(subject) ? subject.replace(QUOTES, '') : subject;
  // A glossary entry for the whole wording wins: 国内生产总值对全球经济增长的贡献率 is China's
  // contribution to world growth, not a composition of its parts.
  const whole = glossaryEntry(literalWordingKey(cleaned));
  if (whole) return whole;
  // Shortcuts, after the whole wording (which names most of a report's subjects at once), for a
  // subject each of whose lookups is a part of it (derivesOnlyItsOwnParts; the empty subject is
  // looked up by the empty key itself). One that holds no word the glossary or dictionary knows
  // has no English, and is settled without trying each composition and stripping: most subjects
  // of a text the genre's words are rare in. And each lookup of glossaryOf is the subject less
  // words at its start (a place) and endings it strips (增长, 总量): one that ends in neither a
  // known word nor such an ending is not looked up a dozen ways.
  const own = mayShortcut() && cleaned.length > 0 && derivesOnlyItsOwnParts(cleaned);
  if (own && !holdsAnyWord(cleaned, namingWordsIndex())) return null;
  return (
    compose(cleaned, MEASURE_STEPS, depth) ??
    (own && !endsInAnyWord(cleaned, namingEndsIndex())
      ? null
      : glossaryOf(cleaned, cleaned === subject ? known : undefined)) ??
    compose(cleaned, AFFIX_STEPS, depth)
  );
}

/**
 * The English of a subject, or null when no honest English can be built. A rank names what is
 * ranked, so it never reads like the growth row of the same subject: 城镇居民人均可支配收入增速
 * 居全区第二 is "Urban per-capita disposable income growth (rank)". A caller that has looked the
 * subject up (knownSubjectOf, null when unknown) passes it as `known`, so it is not looked up again.
 */
export function englishSubject(
  subject: string,
  measure?: Measure,
  known?: KnownSubject | null,
): string | null {
  const trimmed = subject.trim();
  const english = translate(trimmed, 0, trimmed === subject ? known : undefined);
  if (english === null) return null;
  return measure === 'rank' ? `${english.replace(/ \(total\)$/u, '')} (rank)` : english;
}

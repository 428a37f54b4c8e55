import type { Candidate, RefiningContext } from '../candidate.ts';
import { copyOf } from '../candidate.ts';
import { clauseEndAfter, clauseStartBefore, sentenceStartBefore } from './clause-bounds.ts';
import { cleanSubject, isNotEmpty, shareByName } from './subject-words.ts';
import { HAN, words } from '../vocabulary/regex-fragments.ts';

/** Verbs after 分别 that change what the number counts: 分别新增65家 ≠ 累计分别达到956家. */
const FLOW_VERBS = /^(?:新增|新建|新开工|新签约|新引进|累计)/u;

/**
 * 分别再提高30元和5元, 分别增加800亿元和200亿元: amounts after a change verb are increases, not
 * levels (the single-subject form, 补助标准提高30元, is the subject refiner's change-of-amount).
 * 分别提高到610元和84元 states the levels and is left alone.
 */
const CHANGE_AFTER = /^(?:再|又|各)?(?<verb>增加|减少|提高|降低|下降)(?![到至了])/u;

/**
 * Lets one list of subjects share one list of numbers:
 *   一、二、三产增加值分别增长4.1%、7.3%和5%   → 第一/第二/第三产业增加值
 *   城镇、农村居民人均可支配收入分别增长5%和7%  → 城镇居民… / 农村居民…
 *   …分别新增65家和30家，累计分别达到956家和561家 (the second list reuses the first one's subjects)
 * Rejected: a list whose length differs from the numbers' (left to the subject refiner, with a warning).
 */
export function enumerationRefiner(
  context: RefiningContext,
  candidates: readonly Readonly<Candidate>[],
): Candidate[] {
  const { text } = context;
  // A second 分别 in a clause sees the numbers as the first one named them.
  const refined: Candidate[] = [...candidates];
  let lastList = null as { sentenceStart: number; subjects: string[] } | null;
  for (let at = text.indexOf('分别'); at !== -1; at = text.indexOf('分别', at + 2)) {
    const sentenceStart = sentenceStartBefore(text, at);
    const clauseStart = clauseStartBefore(text, at, sentenceStart);
    const clauseEnd = clauseEndAfter(text, at);
    const { from, to } = candidatesBetween(refined, at, clauseEnd);
    const listed = refined.slice(from, to);
    if (listed.length < 2) continue;
    const before = text.slice(clauseStart, at);
    const flow =
      FLOW_VERBS.exec(text.slice(at + 2, at + 6))?.[0] ??
      FLOW_VERBS.exec(cleanSubject(before))?.[0] ??
      '';
    // 电动载人汽车、锂电池、太阳能电池等“新三样”出口: the items before 等 share what follows it.
    const etc = before.lastIndexOf('等');
    const listText = etc > 0 ? before.slice(0, etc) : before;
    const etcHead = etc > 0 ? before.slice(etc + 1).replace(/“[^”]*”/gu, '') : '';
    let subjects = expandList(cleanSubject(listText).replace(FLOW_VERBS, '')).map(
      (item) => item + etcHead,
    );
    let inferred = false;
    if (subjects.length <= 1 && lastList?.sentenceStart === sentenceStart) {
      subjects = lastList.subjects;
      inferred = true;
    } else if (subjects.length <= 1 && clauseStart > sentenceStart) {
      // 粮食产量、油料产量均创历史新高，分别达到700亿斤和30亿斤: the list is the clause before.
      const earlier = text.slice(
        clauseStartBefore(text, clauseStart - 1, sentenceStart),
        clauseStart - 1,
      );
      const list = expandList(cleanSubject(earlier.split(/均|都|双双/u)[0] ?? ''));
      if (list.length === listed.length) {
        subjects = list;
        inferred = true;
      }
    }
    if (subjects.length !== listed.length) {
      context.warn(
        listed[0]?.start ?? at,
        listed.at(-1)?.end ?? at,
        '分别 list: subjects and numbers do not pair up',
      );
      continue;
    }
    subjects = subjects.map((subject) =>
      completeFromSentence(withoutItsAmount(subject), text.slice(sentenceStart, clauseStart)),
    );
    lastList = { sentenceStart, subjects };
    const [first] = listed;
    // 分别突破20万亿元和11万亿元: a bound stated before the first number holds for all.
    const sharedBound =
      first && /突破|超过|不低于|约/u.test(text.slice(at, first.start)) ? first.comparator : null;
    const change = CHANGE_AFTER.exec(text.slice(at + 2, at + 8))?.groups?.verb;
    const changeWord = change ? (/减少|降低|下降/u.test(change) ? '减少额' : '增加额') : '';
    listed.forEach((candidate, index) => {
      const amount = candidate.measure === 'level' && changeWord !== '';
      const named = copyOf(candidate);
      named.subject = `${flow}${subjects[index] ?? ''}${amount ? changeWord : ''}`;
      named.subjectRule = 'enumeration';
      // …比重分别超过2%、5%: a rate read without its 占…比重 is a share by the list's name.
      named.measure = shareByName(named.measure, named.subject);
      if (inferred) named.inferred = [...candidate.inferred, 'subject'];
      if (sharedBound && candidate.comparator === 'eq') named.comparator = sharedBound;
      refined[from + index] = named;
    });
  }
  return refined;
}

/**
 * 接待游客17.52亿人次、旅游花费1.27万亿元，分别增长32.9%、41.6%: each item states its amount
 * (a figure of its own) before the list's numbers, and is named by its words: 游客, 旅游花费.
 * Not a number inside a name (PM2.5浓度), nor an item that is only an amount.
 */
const TRAILING_AMOUNT = /(?<![A-Za-z\d.])\d+(?:\.\d+)?[万亿千百]*(?:\p{Script=Han}{1,3}|%)?$/u;
function withoutItsAmount(item: string): string {
  const at = item.search(TRAILING_AMOUNT);
  return at >= 2 ? item.slice(0, at) : item;
}

const COMPLETE_ITEM =
  /(?:投资|收入|支出|增加值|总额|额|总量|产量|产值|价格|指数|率|消费|出口|进口|人数|人次|数量|次数|面积|规模)$/u;
const PER_UNIT = /^单位(?:国内|地区)?(?:生产总值|GDP)/u;
const BARE_RATE = new RegExp(`^${HAN}{1,2}率$`, 'u');

/** The head nouns a list can share: 城镇、农村居民人均可支配收入 share 居民人均可支配收入. */
const SHARED_HEADS =
  /居民|产业?增加值|增加值|产量|产值|收入|投资|总额|零售额|人数|面积|贷款|余额|进出口|出口|进口/u;

/**
 * 一、二、三产增加值 → 一产增加值, 二产增加值, 三产增加值;
 * 工业、服务业增加值 → 工业增加值, 服务业增加值: earlier items borrow the last item's head.
 */
export function expandList(subject: string): string[] {
  // 城乡居民… is 城镇居民… and 农村居民…; 一二三产业 is 一、二、三产业.
  const pair = /^城乡(?<rest>.+)$/u.exec(subject)?.groups?.rest;
  if (pair) return [`城镇${pair}`, `农村${pair}`];
  const ordinals = /^(?<heads>[一二三]{2,3})(?<rest>产.*)$/u.exec(subject)?.groups;
  if (ordinals?.heads && ordinals.rest) {
    return [...ordinals.heads].map((head) => cleanSubject(head + ordinals.rest));
  }
  // 文化及相关产业 is one statistical category, not 文化 and 相关产业.
  const items = subject.split(/[、和与]|及(?!相关)/u).filter(isNotEmpty);
  const last = items.at(-1);
  if (!last || items.length < 2) return items;
  // 单位GDP能耗和二氧化碳排放: later items are per unit of GDP too.
  const perUnit = PER_UNIT.exec(items[0] ?? '')?.[0];
  if (perUnit && items.slice(1).every((item) => !item.startsWith('单位'))) {
    return items.map((item, index) => cleanSubject(index === 0 ? item : `${perUnit}${item}`));
  }
  // 诉求解决率、满意率: a bare rate after the first shares what the first rate is of.
  const first = items[0] ?? '';
  const rates = items.slice(1);
  if (
    first.endsWith('率') &&
    rates.every((item) => BARE_RATE.test(item) && first.length > item.length + 1)
  ) {
    const ownerOf = (item: string) => first.slice(0, first.length - item.length);
    return [cleanSubject(first), ...rates.map((item) => cleanSubject(ownerOf(item) + item))];
  }
  const numeral = /^[一二三四五六七八九十]$/u;
  // 贷款余额 is itself the head's owner: the shared head is the 余额 after it.
  const found = last.search(SHARED_HEADS);
  const later = found === 0 ? last.slice(1).search(SHARED_HEADS) : -1;
  const headAt = found === 0 && later >= 0 ? later + 1 : found;
  return items.map((item) => {
    if (item === last) return cleanSubject(item);
    if (numeral.test(item) && numeral.test(last[0] ?? ''))
      return cleanSubject(item + last.slice(1));
    const head = headAt > 0 ? last.slice(headAt) : '';
    // 城镇居民和农村居民人均可支配收入: 城镇居民 already ends with the head's 居民.
    // 固定资产投资、社会消费品零售总额: an item that already names an amount keeps its own name.
    // 文化及相关产业、旅游及相关产业增加值: an item ending as the head begins is that head's too.
    const headsInto = head.length > 2 && item.endsWith(head.slice(0, 2));
    if (
      head &&
      !item.endsWith(head) &&
      (item.length <= 6 || headsInto) &&
      !COMPLETE_ITEM.test(item)
    )
      return cleanSubject(joinOverlap(item, head));
    // 国家级、省级创新平台: items that end alike share what follows that ending.
    const parallel = last.indexOf(item.at(-1) ?? '');
    if (item.length <= 4 && parallel > 0 && parallel < 4) {
      return cleanSubject(item + last.slice(parallel + 1));
    }
    return cleanSubject(item);
  });
}

/**
 * 居民人均可支配收入增长5.8%，其中城镇、农村居民分别增长…: an item that ends where an earlier
 * subject of the sentence begins (居民) is that subject's (城镇居民人均可支配收入).
 */
function completeFromSentence(item: string, earlier: string): string {
  const word = /(?:居民|企业|工业|产业)$/u.exec(item)?.[0];
  if (!word || item.length > 6) return item;
  const rest = REST_AFTER.get(word)?.exec(earlier)?.groups?.rest;
  return rest ? `${item}${rest}` : item;
}

/**
 * What follows each of those words up to the verb, compiled once: a pattern made per call was
 * compiled again in every extraction (a collection empties V8's cache of compiled patterns).
 */
const REST_AFTER: ReadonlyMap<string, RegExp> = new Map(
  words('居民 企业 工业 产业').map((word) => [
    word,
    new RegExp(`${word}(?<rest>\\p{Script=Han}{2,12}?)(?=增长|下降|提高|达到|为|\\d)`, 'u'),
  ]),
);

function joinOverlap(item: string, head: string): string {
  for (let overlap = Math.min(item.length, head.length); overlap > 0; overlap -= 1) {
    if (item.endsWith(head.slice(0, overlap))) return item + head.slice(overlap);
  }
  return item + head;
}

/**
 * Where the candidates (in text order) that start inside (start, end) stand in the list, as
 * indices from…to: found by binary search, not a scan.
 */
function candidatesBetween(
  candidates: readonly Candidate[],
  start: number,
  end: number,
): { from: number; to: number } {
  let low = 0;
  let high = candidates.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((candidates[middle]?.start ?? Infinity) <= start) low = middle + 1;
    else high = middle;
  }
  let to = low;
  while (to < candidates.length && (candidates[to]?.start ?? Infinity) < end) to += 1;
  return { from: low, to };
}

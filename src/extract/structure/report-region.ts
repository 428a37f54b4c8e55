import type { Anchor } from '../matches-of.ts';
import { matchesOf, wordAnchor } from '../matches-of.ts';
/**
 * Where a report is from, and its title. The province-level units and their English are
 * vocabulary; a city is whatever place the report names as its own.
 */
import { alternation, HAN, words } from '../vocabulary/regex-fragments.ts';
import type { Province } from '../vocabulary/place-vocabulary.ts';
import {
  CITY_ENGLISH,
  GOVERNMENT_SUFFIXES,
  NOT_A_NAME_START,
  PLACE_SUFFIXES,
  PROVINCES,
} from '../vocabulary/place-vocabulary.ts';

export interface Region {
  zh: string;
  en: string | null;
}

const LEVEL = alternation(PLACE_SUFFIXES);
const GOVERNMENT_LEVEL = alternation(GOVERNMENT_SUFFIXES);

/** A name as written (广西, 广西壮族自治区, 壮族自治区 after 广西, 云南省) to the province it names. */
function provinceNamed(name: string, level = ''): Province | undefined {
  for (const province of PROVINCES) {
    if (
      (name === province.short || name === province.full || name.startsWith(province.short)) &&
      // 吉林市 is a city of 吉林省; 广西壮族 + 自治区 is the province.
      (level === '' || province.full.endsWith(level))
    )
      return province;
  }
  return undefined;
}

function asRegion(name: string, level: string): Region | null {
  const province = provinceNamed(name, level);
  if (province) return { zh: province.full, en: province.en };
  if (NOT_A_NAME.test(name)) return null;
  return { zh: `${name}${level}`, en: CITY_ENGLISH[name] ?? null };
}

/**
 * The assembly the report is given to names its place: ——2025年1月16日在宁夏回族自治区第十三届
 * 人民代表大会… / 在甘肃省十四届人民代表大会…; so does the presenter's line (云南省省长\u3000李\u3000强).
 */
const ASSEMBLY = new RegExp(
  String.raw`在(?<name>${HAN}{2,10}?)(?<level>${LEVEL})(?:第?[一二三四五六七八九十\d]+届)人民代表大会`,
  'u',
);
/** 我代表黑龙江省人民政府，向大会报告工作: the government that reports names its place. */
const REPORTING = new RegExp(
  String.raw`代表(?<name>${HAN}{2,10}?)(?<level>${LEVEL})人民政府[，,]?向大会`,
  'u',
);
const PRESENTER = new RegExp(
  String.raw`(?:^|[\n\r])[^\S\n\r]*(?<name>${HAN}{2,10}?)(?<level>${GOVERNMENT_LEVEL})(?:人民政府)?(?:省长|市长|主席|代省长|代市长|代主席)`,
  'u',
);

export function findRegion(text: string): Region | null {
  if (NATIONAL.test(text)) return { zh: '全国', en: 'China' };
  const head = text.slice(0, 1200);
  for (const pattern of [ASSEMBLY, REPORTING, PRESENTER]) {
    const groups = pattern.exec(head)?.groups;
    const region = groups?.name ? asRegion(groups.name, groups.level ?? '') : null;
    if (region) return region;
  }
  // A report names its place within its first pages; counting further only costs time.
  const found = regionByFrequency(text.slice(0, 60_000)) ?? regionOfTitle(text);
  if (!found) return null;
  const level = GOVERNMENT_SUFFIXES.find((suffix) => found.zh.endsWith(suffix)) ?? '';
  const province = provinceNamed(found.zh.slice(0, found.zh.length - level.length), level);
  return province ? { zh: province.full, en: province.en } : found;
}

const NATIONAL = /代表国务院|国务院总理|全国人民代表大会第[一二三四五六七八九十]+次会议/u;
/**
 * 北海市人民政府, 中共上海市委: a name before a level and an office. Sticky, and tried only from
 * four characters before a level's first character (市, 省, 自) on: the name is two to four long.
 */
const REGION_NAME = new RegExp(
  String.raw`(?<name>${HAN}{2,4}?)(?<level>${GOVERNMENT_LEVEL})(?:第[一二三四五六七八九十]+届)?(?:人民政府|人民代表大会|人大|政协|委|长)`,
  'gyu',
);
const LEVEL_START = new RegExp(
  `[${GOVERNMENT_SUFFIXES.map((suffix) => suffix.charAt(0)).join('')}]`,
  'g',
);
function regionNameStart(text: string, from: number): number {
  LEVEL_START.lastIndex = from + 2;
  return LEVEL_START.test(text) ? Math.max(from, LEVEL_START.lastIndex - 1 - 4) : -1;
}
/**
 * 北海市上榜…: a city by its name, not a city office (市委, 市长) or a city-level thing (市场, 市区).
 * Sticky, and tried only from three characters before a 市 on.
 */
const CITY_NAMED = new RegExp(`(?<name>${HAN}{2,3})市(?![委长场民区县级政])`, 'gyu');
const CITY_AHEAD = wordAnchor('市', 3);
/** The sticky patterns with their anchors, for the test that they find what a full scan finds. */
export const ANCHORED_NAME_SCANS: ReadonlyArray<{ pattern: RegExp; anchor: Anchor }> = [
  { pattern: CITY_NAMED, anchor: CITY_AHEAD },
  { pattern: REGION_NAME, anchor: regionNameStart },
];
/** The whole, one's own place, a level or an office, not a place's name: 全区, 该市, 县城, 代表. */
const NOT_A_NAME = new RegExp(
  `^(?:${[...NOT_A_NAME_START, ...words('县 城 省 都 市 区 新 副 州 代表 政府 人民 届')].join('|')})`,
  'u',
);

/**
 * The region is the place the report keeps naming: the most frequent name that the text
 * also writes with 市/省/自治区 before 人民政府, 委, 政协 … A State Council report is 全国.
 */
function regionByFrequency(text: string): Region | null {
  // findRegion has tested the whole text for NATIONAL.
  const candidates = new Map<string, string>();
  const counted = new Map<string, number>();
  const named = [...matchesOf(REGION_NAME, text, regionNameStart)];
  // Names written with 市 but never before 人民政府 still count when the text repeats them: 北海市上榜….
  const cityMatches: string[] = [];
  for (const match of matchesOf(CITY_NAMED, text, CITY_AHEAD)) {
    const name = match.groups?.name ?? '';
    if (!NOT_A_NAME.test(name)) cityMatches.push(name);
  }
  // The words counted below, in one pass over the text, not one scan each: each ending of each
  // name, and each city name with 市 and alone (a word's count does not depend on the others, so
  // a name counted and never read costs a little in the pass, and a second pass cost more).
  countEach(
    text,
    [...named.flatMap(endingsOf), ...cityMatches.map(withCity), ...cityMatches],
    counted,
  );
  for (const match of named) {
    // 中共上海市委 names 上海: keep the ending of the match that the text repeats most.
    const name = mostRepeated(endingsOf(match), text, counted);
    if (!name || NOT_A_NAME.test(name)) continue;
    candidates.set(name, match.groups?.level ?? '');
  }
  const cityNames: string[] = [];
  for (const name of cityMatches) if (!candidates.has(name)) cityNames.push(name);
  for (const name of cityNames) {
    if (occurrencesOf(text, `${name}市`, counted) >= 3 && occurrencesOf(text, name, counted) >= 10)
      candidates.set(name, '市');
  }
  let best: { name: string; count: number } | null = null;
  for (const name of candidates.keys()) {
    const count = occurrencesOf(text, name, counted);
    if (!best || count > best.count) best = { name, count };
  }
  if (!best || best.count < 3) return null;
  const zh = best.name + (candidates.get(best.name) ?? '');
  return { zh, en: CITY_ENGLISH[best.name] ?? null };
}

/** Module functions, not closures made per call: see isNotEmpty in subject-words. */
const withCity = (name: string): string => `${name}市`;

/** How often `word` occurs in `text`, not overlapping, counted once and kept in `counted`. */
function occurrencesOf(text: string, word: string, counted: Map<string, number>): number {
  let count = counted.get(word);
  if (count === undefined) {
    count = 0;
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length))
      count += 1;
    counted.set(word, count);
  }
  return count;
}

/** The ending the text repeats most, the shorter of two as often repeated (as a stable sort). */
function mostRepeated(
  endings: readonly string[],
  text: string,
  counted: Map<string, number>,
): string | undefined {
  let best: string | undefined;
  let bestCount = -1;
  for (const ending of endings) {
    const count = occurrencesOf(text, ending, counted);
    if (count > bestCount || (count === bestCount && ending.length < (best?.length ?? 0))) {
      best = ending;
      bestCount = count;
    }
  }
  return best;
}

/** The last 2, 3 and 4 characters of a matched name, as far as it is long. */
function endingsOf(match: RegExpExecArray): string[] {
  const matched = match.groups?.name ?? '';
  const endings: string[] = [];
  for (let length = 2; length <= Math.min(4, matched.length); length += 1)
    endings.push(matched.slice(-length));
  return endings;
}

/**
 * Adds to `counts` how often each word of two or more characters occurs in `text`, not
 * overlapping (what repeated indexOf counts), for all of them in one pass over the text.
 */
function countEach(text: string, words: readonly string[], counts: Map<string, number>): void {
  // Words by their first two characters (a common first character, 长 or 全, starts too many
  // words), and each word's count and where its next occurrence may start, by number. Keyed by
  // one code, then the next: one number of both (first × 65536 + second) is past the small
  // integers, and a lookup hashed it as a heap number.
  const byPair = new Map<number, Map<number, number[]>>();
  const isFirst = IS_FIRST;
  const isSecond = IS_SECOND;
  const counted: string[] = [];
  for (const word of words) {
    if (word.length < 2 || counts.has(word)) continue;
    counts.set(word, 0);
    const first = word.charCodeAt(0);
    const second = word.charCodeAt(1);
    isFirst[first] = 1;
    isSecond[second] = 1;
    let bySecond = byPair.get(first);
    if (!bySecond) byPair.set(first, (bySecond = new Map()));
    const same = bySecond.get(second);
    if (same) same.push(counted.length);
    else bySecond.set(second, [counted.length]);
    counted.push(word);
  }
  const found = new Array<number>(counted.length).fill(0);
  const nextFrom = new Array<number>(counted.length).fill(0);
  for (let at = 0; at + 1 < text.length; at += 1) {
    const firstCode = text.charCodeAt(at);
    const secondCode = text.charCodeAt(at + 1);
    if (isFirst[firstCode] === 0 || isSecond[secondCode] === 0) continue;
    const starting = byPair.get(firstCode)?.get(secondCode);
    if (!starting) continue;
    for (const index of starting) {
      const word = counted[index] as string;
      if (at < (nextFrom[index] as number) || !text.startsWith(word, at)) continue;
      found[index] = (found[index] as number) + 1;
      nextFrom[index] = at + word.length;
    }
  }
  counted.forEach((word, index) => counts.set(word, found[index] as number));
  for (const word of counted) {
    isFirst[word.charCodeAt(0)] = 0;
    isSecond[word.charCodeAt(1)] = 0;
  }
}

/**
 * Which characters start a word of countEach and which come second (most positions fail both
 * cheaply), set for one call and cleared after it: two tables made per call cost a tenth of it.
 */
const IS_FIRST = new Uint8Array(0x10000);
const IS_SECOND = new Uint8Array(0x10000);

const TITLE_PLACE = new RegExp(
  String.raw`^(?<name>${HAN}{2,6}?)(?<level>${GOVERNMENT_LEVEL})(?:\d{4}年)?(?:人民)?政府工作报告`,
  'u',
);

/** 云溪市2026年政府工作报告 on the first line names the region when the body does not say it often. */
function regionOfTitle(text: string): Region | null {
  const firstLine =
    text
      .slice(0, 200)
      .split(/[\n\r]/u)[0]
      ?.trim() ?? '';
  const place = TITLE_PLACE.exec(firstLine)?.groups;
  if (!place?.name || NOT_A_NAME.test(place.name)) return null;
  return { zh: `${place.name}${place.level}`, en: CITY_ENGLISH[place.name] ?? null };
}

/** A caption or byline that mentions the report (任振鹤作政府工作报告。记者…) is not its title. */
const CAPTION = /作政府工作报告|记者|摄|新华社|图为|来源|时间/u;

/**
 * The title is the report's own title line among its first lines (2026年甘肃省政府工作报告), else
 * one composed from its place and year.
 */
export function findTitle(text: string, region: Region | null, planYear: number | null): string {
  const lines = text
    .slice(0, 600)
    .split(/[\n\r]+/u)
    .slice(0, 6);
  const titled = lines
    .map((line) => line.trim())
    .find(
      (line) =>
        line.includes('政府工作报告') &&
        line !== '政府工作报告' &&
        line.length <= 40 &&
        !CAPTION.test(line) &&
        !/[。，]/u.test(line),
    );
  if (titled) return titled;
  // A State Council report is titled 2024年国务院政府工作报告; a local one 北海市2024年政府工作报告.
  const year = planYear ? `${planYear}年` : '';
  if (region?.zh === '全国') return `${year}国务院政府工作报告`;
  return `${region?.zh ?? ''}${year}政府工作报告`;
}

import type { Section, SectorId } from '../dataset/dataset-schema.ts';
import { parseChineseNumeral } from './chinese-numeral.ts';
import { sectorOfText } from './vocabulary/sector-vocabulary.ts';

export type Part = Section['part'];

export interface ReportStructure {
  reviewYear: number | null;
  planYear: number | null;
  sections: Section[];
  region: { zh: string; en: string | null } | null;
  title: string;
}

/**
 * A heading starts a line (or, in a report that arrives as one line, follows a space):
 *   一、2023年工作回顾        → a part
 *   （三）狠抓扩内需热消费，服务业呈现新气象 → a subsection (title up to 。 or the line end)
 * Rejected: 一、二、三产增加值 (follows a comma inside a sentence).
 */
const PART_HEADING =
  /(?<=^|[\n\r]|[ \u3000]{1,})(?<num>[一二三四五六七八九十]{1,3})、(?<title>[^\n\r。，；：！ \u3000]{2,40})/dgu;
const SUBSECTION_HEADING =
  /(?<=^|[\n\r]|[ \u3000]{1,})[（(](?<num>[一二三四五六七八九十]{1,3})[）)](?<title>[^\n\r。！；]{2,60})/dgu;

/** 2023年工作回顾, 过去一年, 五年来 … name a review part; 工作安排, 主要任务, 目标任务 a plan part. */
const REVIEW_WORDS = /回顾|过去一年|过去五年|五年来|一年来|去年工作/u;
const PLAN_WORDS = /安排|任务|目标|今年|总体要求|政策取向|工作建议|主要预期/u;
const YEAR_IN = /(?<year>(?:19|20)\d{2})年/u;

/** Unheaded reports: a paragraph that opens like this starts the review or the plan. */
const REVIEW_OPENING = /(?<=^|[\n\r。]|[ \u3000])(?:过去一年|一年来|(?:19|20)\d{2}年[，,]我们)/gu;
const PLAN_OPENING =
  /(?<=^|[\n\r。]|[ \u3000])(?:今年(?:全市|全省|全区|我国)?(?:经济社会发展的?|发展)?主要(?:预期)?目标|今年政府工作|(?:19|20)\d{2}年(?:是|工作的总体要求))/gu;

interface Heading {
  start: number;
  titleEnd: number;
  title: string;
  level: 'part' | 'subsection';
}

function findHeadings(text: string, pattern: RegExp, level: Heading['level']): Heading[] {
  const headings: Heading[] = [];
  for (const match of text.matchAll(pattern)) {
    const title = match.groups?.title ?? '';
    const num = parseChineseNumeral(match.groups?.num ?? '');
    if (num === null) continue;
    const [, titleEnd] = match.indices?.groups?.title ?? [match.index, match.index];
    headings.push({ start: match.index, titleEnd, title: title.trim(), level });
  }
  return headings;
}

function partOfTitle(
  title: string,
  reviewYear: number | null,
  planYear: number | null,
): Part | null {
  const year = Number(YEAR_IN.exec(title)?.groups?.year ?? NaN);
  if (year === reviewYear || REVIEW_WORDS.test(title)) return 'review';
  if (year === planYear || PLAN_WORDS.test(title)) return 'plan';
  return null;
}

/** The years come from the part headings; a report title or the most cited year is the fallback. */
export function findYears(text: string): { reviewYear: number | null; planYear: number | null } {
  let reviewYear: number | null = null;
  let planYear: number | null = null;
  for (const heading of findHeadings(text, PART_HEADING, 'part')) {
    const year = Number(YEAR_IN.exec(heading.title)?.groups?.year ?? NaN);
    if (Number.isNaN(year)) continue;
    if (reviewYear === null && REVIEW_WORDS.test(heading.title)) reviewYear = year;
    else if (planYear === null && PLAN_WORDS.test(heading.title)) planYear = year;
  }
  if (planYear === null) {
    const titled = /(?<year>(?:19|20)\d{2})年(?:[^\n。]{0,20})政府工作报告/u.exec(text);
    if (titled?.groups?.year) planYear = Number(titled.groups.year);
  }
  if (planYear === null && reviewYear === null) {
    const opening = /(?:19|20)\d{2}(?=年[，,])/gu;
    const counts = new Map<number, number>();
    for (const match of text.matchAll(opening)) {
      const year = Number(match[0]);
      counts.set(year, (counts.get(year) ?? 0) + 1);
    }
    const [mostCited] = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
    if (mostCited) reviewYear = mostCited[0];
  }
  if (reviewYear === null && planYear !== null) reviewYear = planYear - 1;
  if (planYear === null && reviewYear !== null) planYear = reviewYear + 1;
  return { reviewYear, planYear };
}

/** Where the parts begin when the report has no numbered part headings. */
function openingParts(text: string): Array<{ start: number; part: Part }> {
  const review = REVIEW_OPENING.exec(text);
  REVIEW_OPENING.lastIndex = 0;
  const plan = [...text.matchAll(PLAN_OPENING)].find(
    (match) => !review || match.index > review.index,
  );
  const starts: Array<{ start: number; part: Part }> = [];
  if (review) starts.push({ start: review.index, part: 'review' });
  if (plan) starts.push({ start: plan.index, part: 'plan' });
  return starts;
}

export function readStructure(text: string): ReportStructure {
  const { reviewYear, planYear } = findYears(text);
  const sections: Section[] = [];
  const parts = findHeadings(text, PART_HEADING, 'part');
  const partSpans: Array<{ start: number; titleEnd: number; title: string; part: Part }> = [];
  let current: Part = 'other';
  for (const heading of parts) {
    const part = partOfTitle(heading.title, reviewYear, planYear);
    // A heading with no year or plan words after the plan (三、全面加强政府自身建设) still looks ahead.
    current = part ?? (current === 'plan' ? 'plan' : 'other');
    partSpans.push({ ...heading, part: current });
  }
  if (!partSpans.some((span) => span.part !== 'other')) {
    partSpans.length = 0;
    for (const opening of openingParts(text)) {
      partSpans.push({
        start: opening.start,
        titleEnd: opening.start,
        title: '',
        part: opening.part,
      });
    }
  }
  partSpans.forEach((span, index) => {
    const end = partSpans[index + 1]?.start ?? text.length;
    const year = span.part === 'review' ? reviewYear : span.part === 'plan' ? planYear : null;
    sections.push({
      id: `part-${index + 1}`,
      title: span.title,
      year,
      start: span.start,
      end,
      sector: null,
      part: span.part,
    });
  });
  const subsections = findHeadings(text, SUBSECTION_HEADING, 'subsection');
  subsections.forEach((heading, index) => {
    const parent = sections.find(
      (section) =>
        section.id.startsWith('part-') &&
        section.start <= heading.start &&
        heading.start < section.end,
    );
    const next = subsections[index + 1]?.start ?? text.length;
    const end = Math.min(next, parent?.end ?? text.length);
    const title = heading.title.replace(/[。]$/u, '');
    const sector: SectorId | null = sectorOfText(title);
    sections.push({
      id: `${parent?.id ?? 'part-0'}-${index + 1}`,
      title,
      year: parent?.year ?? null,
      start: heading.start,
      end,
      sector,
      part: parent?.part ?? 'other',
    });
  });
  sections.sort((a, b) => a.start - b.start || b.end - a.end);
  const region = findRegion(text) ?? regionOfTitle(text);
  return { reviewYear, planYear, sections, region, title: findTitle(text, region, planYear) };
}

/** Parts and subsections each tile the text without overlapping, so each can be searched by start. */
const layers = new WeakMap<ReportStructure, { parts: Section[]; subsections: Section[] }>();

function layersOf(structure: ReportStructure): { parts: Section[]; subsections: Section[] } {
  let found = layers.get(structure);
  if (!found) {
    const isPart = (section: Section): boolean => section.id.split('-').length === 2;
    const byStart = (a: Section, b: Section): number => a.start - b.start;
    found = {
      parts: structure.sections.filter(isPart).sort(byStart),
      subsections: structure.sections.filter((section) => !isPart(section)).sort(byStart),
    };
    layers.set(structure, found);
  }
  return found;
}

function holding(sections: readonly Section[], offset: number): Section | null {
  let low = 0;
  let high = sections.length - 1;
  let best = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((sections[middle]?.start ?? Infinity) <= offset) {
      best = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  const section = sections[best];
  return section && offset < section.end ? section : null;
}

/** The innermost section that holds `offset`. */
export function sectionAt(structure: ReportStructure, offset: number): Section | null {
  const { parts, subsections } = layersOf(structure);
  return holding(subsections, offset) ?? holding(parts, offset);
}

/** The part (review / plan) that holds `offset`. */
export function partAt(structure: ReportStructure, offset: number): Part {
  return holding(layersOf(structure).parts, offset)?.part ?? 'other';
}

const NATIONAL = /代表国务院|国务院总理|全国人民代表大会第[一二三四五六七八九十]+次会议/u;
const REGION_NAME =
  /(?<name>[\u4e00-\u9fa5]{2,4}?)(?<level>市|省|自治区)(?:第[一二三四五六七八九十]+届)?(?:人民政府|人民代表大会|人大|政协|委|长)/gu;
const NOT_A_NAME = /^(?:全|本|我|各|该|县|城|省|都|市|区|新|副|州|代表|政府|人民|届)/u;

/** Region names the glossary can put in English; others keep `en` null. */
const REGION_EN: Readonly<Record<string, string>> = {
  北京: 'Beijing',
  天津: 'Tianjin',
  上海: 'Shanghai',
  重庆: 'Chongqing',
  河北: 'Hebei',
  山西: 'Shanxi',
  辽宁: 'Liaoning',
  吉林: 'Jilin',
  黑龙江: 'Heilongjiang',
  江苏: 'Jiangsu',
  浙江: 'Zhejiang',
  安徽: 'Anhui',
  福建: 'Fujian',
  江西: 'Jiangxi',
  山东: 'Shandong',
  河南: 'Henan',
  湖北: 'Hubei',
  湖南: 'Hunan',
  广东: 'Guangdong',
  海南: 'Hainan',
  四川: 'Sichuan',
  贵州: 'Guizhou',
  云南: 'Yunnan',
  陕西: 'Shaanxi',
  甘肃: 'Gansu',
  青海: 'Qinghai',
  台湾: 'Taiwan',
  内蒙古: 'Inner Mongolia',
  广西: 'Guangxi',
  西藏: 'Tibet',
  宁夏: 'Ningxia',
  新疆: 'Xinjiang',
  北海: 'Beihai',
  南宁: 'Nanning',
  柳州: 'Liuzhou',
  桂林: 'Guilin',
  广州: 'Guangzhou',
  深圳: 'Shenzhen',
  杭州: 'Hangzhou',
  南京: 'Nanjing',
  武汉: 'Wuhan',
  成都: 'Chengdu',
  西安: "Xi'an",
  苏州: 'Suzhou',
  宁波: 'Ningbo',
  青岛: 'Qingdao',
  厦门: 'Xiamen',
  大连: 'Dalian',
  长沙: 'Changsha',
  郑州: 'Zhengzhou',
  济南: 'Jinan',
  合肥: 'Hefei',
  福州: 'Fuzhou',
  昆明: 'Kunming',
  湛江: 'Zhanjiang',
  钦州: 'Qinzhou',
  防城港: 'Fangchenggang',
  玉林: 'Yulin',
  无锡: 'Wuxi',
  佛山: 'Foshan',
  东莞: 'Dongguan',
  珠海: 'Zhuhai',
  海口: 'Haikou',
  三亚: 'Sanya',
  贵阳: 'Guiyang',
  兰州: 'Lanzhou',
  沈阳: 'Shenyang',
  哈尔滨: 'Harbin',
  长春: 'Changchun',
  石家庄: 'Shijiazhuang',
  太原: 'Taiyuan',
  南昌: 'Nanchang',
  呼和浩特: 'Hohhot',
  乌鲁木齐: 'Urumqi',
  拉萨: 'Lhasa',
  银川: 'Yinchuan',
  西宁: 'Xining',
};

const LEVEL_SUFFIX: Readonly<Record<string, string>> = { 市: '市', 省: '省', 自治区: '自治区' };

/**
 * The region is the place the report keeps naming: the most frequent name that the text
 * also writes with 市/省/自治区 before 人民政府, 委, 政协 … A State Council report is 全国.
 */
export function findRegion(text: string): ReportStructure['region'] {
  if (NATIONAL.test(text)) return { zh: '全国', en: 'China' };
  const candidates = new Map<string, string>();
  const counted = new Map<string, number>();
  const occurrences = (word: string): number => {
    let count = counted.get(word);
    if (count === undefined) {
      count = 0;
      for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length))
        count += 1;
      counted.set(word, count);
    }
    return count;
  };
  for (const match of text.matchAll(REGION_NAME)) {
    const matched = match.groups?.name ?? '';
    // 中共上海市委 names 上海: keep the ending of the match that the text repeats most.
    const name = [2, 3, 4]
      .filter((length) => length <= matched.length)
      .map((length) => matched.slice(-length))
      .sort((a, b) => occurrences(b) - occurrences(a) || a.length - b.length)[0];
    if (!name || NOT_A_NAME.test(name)) continue;
    candidates.set(name, LEVEL_SUFFIX[match.groups?.level ?? ''] ?? '');
  }
  // Names written with 市 but never before 人民政府 still count when the text repeats them: 北海市上榜….
  for (const match of text.matchAll(/(?<name>[\u4e00-\u9fa5]{2,3})市(?![委长场民区县级政])/gu)) {
    const name = match.groups?.name ?? '';
    if (NOT_A_NAME.test(name) || candidates.has(name)) continue;
    if (occurrences(`${name}市`) >= 3 && occurrences(name) >= 10) candidates.set(name, '市');
  }
  let best: { name: string; count: number } | null = null;
  for (const name of candidates.keys()) {
    const count = occurrences(name);
    if (!best || count > best.count) best = { name, count };
  }
  if (!best || best.count < 3) return null;
  const zh = best.name + (candidates.get(best.name) ?? '');
  return { zh, en: REGION_EN[best.name] ?? null };
}

/** 云溪市2026年政府工作报告 on the first line names the region when the body does not say it often. */
function regionOfTitle(text: string): ReportStructure['region'] {
  const firstLine =
    text
      .slice(0, 200)
      .split(/[\n\r]/u)[0]
      ?.trim() ?? '';
  const place =
    /^(?<name>[\u4e00-\u9fa5]{2,6}?)(?<level>市|省|自治区)(?:\d{4}年)?(?:人民)?政府工作报告/u.exec(
      firstLine,
    )?.groups;
  if (!place?.name || NOT_A_NAME.test(place.name)) return null;
  return { zh: `${place.name}${place.level}`, en: REGION_EN[place.name] ?? null };
}

function findTitle(
  text: string,
  region: ReportStructure['region'],
  planYear: number | null,
): string {
  const firstLine =
    text
      .slice(0, 200)
      .split(/[\n\r]/u)[0]
      ?.trim() ?? '';
  if (firstLine.includes('政府工作报告') && firstLine !== '政府工作报告') return firstLine;
  // A State Council report is titled 2024年国务院政府工作报告; a local one 北海市2024年政府工作报告.
  const year = planYear ? `${planYear}年` : '';
  if (region?.zh === '全国') return `${year}国务院政府工作报告`;
  return `${region?.zh ?? ''}${year}政府工作报告`;
}

import type { Section, SectorId, YearsFrom } from '../dataset/dataset-schema.ts';
import { parseChineseNumeral } from './chinese-numeral.ts';
import type { Mode, Segment } from './structure/report-parts.ts';
import {
  findPartHeadings,
  openingHeadings,
  readParts,
  SUBSECTION_HEADING,
} from './structure/report-parts.ts';
import type { StatedYears } from './structure/report-years.ts';
import { findYears } from './structure/report-years.ts';
import { sectorOfText } from './vocabulary/sector-vocabulary.ts';

export type { Part, Segment } from './structure/report-parts.ts';

export interface ReportStructure {
  reviewYear: number | null;
  planYear: number | null;
  yearsFrom: YearsFrom | null;
  sections: Section[];
  /** Stretches of text read as one year's or several years' results or goals; by start. */
  segments?: Segment[];
  region: { zh: string; en: string | null } | null;
  title: string;
}

/** Reads parts, years, subsections, region and title; `stated` years beat the text's. */
export function readStructure(text: string, stated?: StatedYears): ReportStructure {
  let headings = findPartHeadings(text);
  const found = findYears(text, headings);
  const years = stated ? { ...stated, yearsFrom: 'user' as const } : found;
  if (!headings.some((heading) => heading.part !== null)) {
    const opened = openingHeadings(text);
    if (opened.length > 0) headings = opened;
  }
  const { parts, segments } = readParts(text, headings, years);
  const sections: Section[] = parts.map((span, index) => ({
    id: `part-${index + 1}`,
    title: span.title,
    year: span.period ? null : span.part === 'review' ? years.reviewYear : span.part === 'plan' ? years.planYear : null,
    start: span.start,
    end: span.end,
    sector: null,
    part: span.part,
    period: span.period,
  }));
  const subsections = findHeadings(text, SUBSECTION_HEADING);
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
      period: parent?.period ?? null,
    });
  });
  sections.sort((a, b) => a.start - b.start || b.end - a.end);
  const region = findRegion(text) ?? regionOfTitle(text);
  return {
    reviewYear: years.reviewYear,
    planYear: years.planYear,
    yearsFrom: years.yearsFrom,
    sections,
    segments,
    region,
    title: findTitle(text, region, years.planYear),
  };
}

function findHeadings(text: string, pattern: RegExp): Array<{ start: number; title: string }> {
  const headings: Array<{ start: number; title: string }> = [];
  for (const match of text.matchAll(pattern)) {
    if (parseChineseNumeral(match.groups?.num ?? '') === null) continue;
    headings.push({ start: match.index, title: (match.groups?.title ?? '').trim() });
  }
  return headings;
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

function holding<T extends { start: number; end: number }>(
  sections: readonly T[],
  offset: number,
): T | null {
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

/** How the text at `offset` reads: review or plan, one year or a period. */
export function modeAt(structure: ReportStructure, offset: number): Mode {
  const segment = structure.segments ? holding(structure.segments, offset) : null;
  if (segment) return segment;
  const part = holding(layersOf(structure).parts, offset);
  return { part: part?.part ?? 'other', period: part?.period ?? null };
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

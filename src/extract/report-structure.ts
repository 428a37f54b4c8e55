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
import { findRegion, findTitle } from './structure/report-region.ts';
import { sectorOfText } from './vocabulary/sector-vocabulary.ts';
import { matchesOf } from './matches-of.ts';

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
  // Slogan headings (一、砥砺奋进…) still cut the parts; only a report without any is read by its openings.
  if (headings.length === 0) headings = openingHeadings(text);
  const { parts, segments } = readParts(text, headings, years);
  const sections: Section[] = parts.map((span, index) => ({
    id: `part-${index + 1}`,
    title: span.title,
    year: span.period
      ? null
      : span.part === 'review'
        ? years.reviewYear
        : span.part === 'plan'
          ? years.planYear
          : null,
    start: span.start,
    end: span.end,
    sector: null,
    part: span.part,
    period: span.period,
  }));
  const subsections = findHeadings(text, SUBSECTION_HEADING);
  // The parts follow each other in text order: each subsection's is found by binary search.
  const partSections = [...sections];
  subsections.forEach((heading, index) => {
    const parent = holding(partSections, heading.start) ?? undefined;
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
  sections.sort(byStartOutermostFirst);
  const region = findRegion(text);
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
  for (const match of matchesOf(pattern, text)) {
    if (parseChineseNumeral(match.groups?.num ?? '') === null) continue;
    headings.push({ start: match.index, title: (match.groups?.title ?? '').trim() });
  }
  return headings;
}

/** Parts and subsections each tile the text without overlapping, so each can be searched by start. */
const layers = new WeakMap<ReportStructure, { parts: Section[]; subsections: Section[] }>();

/** Module functions, not closures made per call: see isNotEmpty in subject-words. */
const byStartOutermostFirst = (a: Section, b: Section): number =>
  a.start - b.start || b.end - a.end;
const isPart = (section: Section): boolean => section.id.split('-').length === 2;
const isSubsection = (section: Section): boolean => !isPart(section);
const bySectionStart = (a: Section, b: Section): number => a.start - b.start;

function layersOf(structure: ReportStructure): { parts: Section[]; subsections: Section[] } {
  let found = layers.get(structure);
  if (!found) {
    found = {
      parts: structure.sections.filter(isPart).sort(bySectionStart),
      subsections: structure.sections.filter(isSubsection).sort(bySectionStart),
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
  // No index -1: reading one is a property lookup through the prototype chain, not an element.
  const section = best >= 0 ? sections[best] : undefined;
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

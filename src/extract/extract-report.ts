import type {
  Comparison,
  Dataset,
  ExtractionWarning,
  Indicator,
  SectorId,
} from '../dataset/dataset-schema.ts';
import { SCHEMA_VERSION } from '../dataset/dataset-schema.ts';
import { SECTORS } from '../dataset/sector-taxonomy.ts';
import type { Candidate } from './candidate.ts';
import { extractIndicators } from './extract-indicators.ts';
import { clauseEndAfter, clauseStartBefore } from './refiners/clause-bounds.ts';
import type { ReportStructure } from './report-structure.ts';
import type { StatedYears } from './structure/report-years.ts';
import { readStructure, sectionAt } from './report-structure.ts';
import { sectorOfText } from './vocabulary/sector-vocabulary.ts';
import {
  keyOfSubject,
  knownSubjectOf,
  unknownSubjectKey,
} from './vocabulary/subject-dictionary.ts';
import { englishSubject } from './vocabulary/subject-english.ts';

export interface ReportSource {
  /** Slug for report.id, e.g. "beihai-2024". */
  id: string;
  /** File name shown in report.source.file. */
  file: string;
  /** Hex sha256 of the input bytes; the caller computes it because hashing is async in browsers. */
  sha256: string;
}

export type { StatedYears } from './structure/report-years.ts';

/** Reads one decoded report text into a dataset. Pure: no I/O, no clock. */
export function extractReport(text: string, source: ReportSource, years?: StatedYears): Dataset {
  // The caller's `source` is read here only, in a small function: a source object built per call
  // ({ id, ...SOURCE }) has a shape that dies with it at a collection, and the optimised code of
  // the function that read it is thrown away. The whole extraction (readDataset) was that
  // function, compiled again after each collection.
  const { structure, indicators, comparisons, warnings } = readDataset(text, years);
  return {
    schemaVersion: SCHEMA_VERSION,
    report: {
      id: source.id,
      title: structure.title,
      region: structure.region,
      reviewYear: structure.reviewYear,
      planYear: structure.planYear,
      yearsFrom: structure.yearsFrom,
      source: { file: source.file, sha256: source.sha256, chars: text.length },
    },
    text,
    sectors: SECTORS.map(copySector),
    sections: structure.sections,
    indicators,
    comparisons,
    warnings,
  };
}

interface ReadDataset {
  structure: ReportStructure;
  indicators: Indicator[];
  comparisons: Comparison[];
  warnings: ExtractionWarning[];
}

function readDataset(text: string, years: StatedYears | undefined): ReadDataset {
  const extraction = extractIndicators(text, years ? readStructure(text, years) : undefined);
  const { structure } = extraction;
  const usedIds = new Set<string>();
  const names = new Map<string, Indicator['subject']>();
  const sectors = new Map<string, SectorId | null>();
  const pairingKeys = new Map<string, string>();
  const seen = { usedIds, names, sectors, pairingKeys };
  const indicators: Indicator[] = [];
  for (const candidate of extraction.candidates) {
    indicators.push(toIndicator(text, candidate, structure, seen));
  }
  return {
    structure,
    indicators,
    comparisons: pairComparisons(indicators, structure.reviewYear, structure.planYear, pairingKeys),
    warnings:
      structure.reviewYear === null
        ? [YEARS_NOT_FOUND, ...extraction.warnings]
        : extraction.warnings,
  };
}

/** At module scope: a callback made per call is optimised again in each extraction. */
const copySector = (sector: Dataset['sectors'][number]): Dataset['sectors'][number] => ({
  id: sector.id,
  label: { ...sector.label },
});

/** What one extraction has already worked out, looked up by every indicator after. */
interface Seen {
  usedIds: Set<string>;
  names: Map<string, Indicator['subject']>;
  sectors: Map<string, SectorId | null>;
  /** The pairing key of each name, found with it: see pairingKey. */
  pairingKeys: Map<string, string>;
}

function toIndicator(
  text: string,
  candidate: Candidate,
  structure: ReportStructure,
  { usedIds, names, sectors, pairingKeys }: Seen,
): Indicator {
  const section = sectionAt(structure, candidate.start);
  const subject = candidate.subject ?? '';
  const sentenceStart = candidate.sentenceStart ?? 0;
  const inferredSubject = candidate.inferred.includes('subject');
  const quoteStart = inferredSubject
    ? sentenceStart
    : clauseStartBefore(text, Math.min(candidate.subjectEnd, candidate.start), sentenceStart);
  const quoteEnd = clauseEndAfter(text, candidate.matchEnd);
  let id = `i${candidate.start}-${candidate.end}`;
  for (let n = 2; usedIds.has(id); n += 1) id = `i${candidate.start}-${candidate.end}-${n}`;
  usedIds.add(id);
  const quote = text.slice(quoteStart, quoteEnd).trim();
  const name = nameOf(subject, candidate.measure, names, pairingKeys);
  return {
    id,
    // Written field by field, not spread: see copyOf in candidate.ts for why one shape matters.
    subject: {
      zh: name.zh,
      en: name.en,
      key: name.key,
      unclear: candidate.unclearSubject ?? false,
    },
    sector:
      sectorOfText(subject, sectors) ??
      section?.sector ??
      sectorOfText(quote, sectors) ??
      'economy',
    year: candidate.year ?? null,
    kind: candidate.kind ?? 'actual',
    measure: candidate.measure,
    value: candidate.value,
    unit: candidate.unit,
    comparator: candidate.comparator,
    upper: candidate.upper,
    scope: candidate.scope,
    period: candidate.period ?? null,
    estimated: candidate.estimated ?? false,
    source: { start: candidate.start, end: candidate.end, quote, sectionId: section?.id ?? null },
    evidence: {
      rule: candidate.rule,
      refinedBy: candidate.refinedBy ?? [],
      subjectRule: candidate.subjectRule ?? null,
      text: text.slice(candidate.matchStart, candidate.matchEnd),
      inferred: [...candidate.inferred, ...(candidate.kind ? [] : ['kind'])],
    },
  };
}

/**
 * A report names a few hundred subjects, many times each: each is looked up once (a rank once
 * more, since its English says it is a rank).
 */
function nameOf(
  zh: string,
  measure: Candidate['measure'],
  names: Map<string, Indicator['subject']>,
  pairingKeys: Map<string, string>,
): Indicator['subject'] {
  const cacheKey = measure === 'rank' ? `rank|${zh}` : zh;
  let name = names.get(cacheKey);
  if (!name) {
    const known = knownSubjectOf(zh) ?? null;
    const key = known?.key ?? null;
    name = { zh, en: englishSubject(zh, measure, known), key, unclear: false };
    names.set(cacheKey, name);
    // keyOfSubject without looking the subject up a second time.
    pairingKeys.set(pairingCacheKey(name), key ?? unknownSubjectKey(zh));
  }
  return name;
}

/** A report that does not say its years gets none, and says so where the text begins. */
const YEARS_NOT_FOUND = {
  start: 0,
  end: 0,
  message:
    'the report’s years could not be found (no dated part heading, date line, title or opening): give them with --review-year and --plan-year, or in the upload view',
};

/** The first indicator of each measure and subject key of one kind and year. */
function firstOf(
  indicators: readonly Indicator[],
  kind: Indicator['kind'],
  year: number,
  keys: Map<string, string>,
): Map<string, Indicator> {
  const found = new Map<string, Indicator>();
  for (const indicator of indicators) {
    if (indicator.kind !== kind || indicator.year !== year || indicator.period) continue;
    if (indicator.subject.unclear) continue;
    // The canonical key first (经济增长 = 国内生产总值), then wording (水产品总量 = 水产品产量).
    const key = `${indicator.measure}|${pairingKey(indicator.subject, keys)}`;
    if (!found.has(key)) found.set(key, indicator);
  }
  return found;
}

/** Where `keys` holds a subject's pairing key: its canonical key and its wording. */
function pairingCacheKey(subject: Pick<Indicator['subject'], 'zh' | 'key'>): string {
  return `${subject.key ?? ''}|${subject.zh}`;
}

/** keyOfSubject, once per subject: a report names a few hundred subjects many times each. */
function pairingKey(subject: Indicator['subject'], keys: Map<string, string>): string {
  const cacheKey = pairingCacheKey(subject);
  let key = keys.get(cacheKey);
  if (key === undefined) keys.set(cacheKey, (key = keyOfSubject(subject)));
  return key;
}

/** Subjects too vague to pair across years: 投资 in one clause is not 投资 in another. */
const VAGUE_KEYS = /^(?:投资|项目|企业|机关|资金|启动|完成|建设|.)$/u;

/**
 * Pairs each review-year result with the plan-year goal for the same subject and measure.
 * Subjects match by key, so 水产品总量 meets 水产品产量 and 全市… meets 全省…. The first
 * statement of a subject is its headline; later mentions do not pair. `keys` holds the keys
 * already known, by pairingCacheKey (extractReport finds them with the names).
 */
export function pairComparisons(
  indicators: readonly Indicator[],
  reviewYear: number | null,
  planYear: number | null,
  keys = new Map<string, string>(),
): Comparison[] {
  if (reviewYear === null || planYear === null) return [];
  const actuals = firstOf(indicators, 'actual', reviewYear, keys);
  const targets = firstOf(indicators, 'target', planYear, keys);
  const comparisons: Comparison[] = [];
  for (const [key, actual] of actuals) {
    const target = targets.get(key);
    if (VAGUE_KEYS.test(key.split('|')[1] ?? '')) continue;
    if (
      !target ||
      actual.unit.replace(/^[万亿千百]+/u, '') !== target.unit.replace(/^[万亿千百]+/u, '')
    )
      continue;
    comparisons.push({
      id: `c-${actual.id}-${target.id}`,
      subject: target.subject.en ? target.subject : actual.subject,
      sector: actual.sector,
      measure: actual.measure,
      actual: actual.id,
      target: target.id,
    });
  }
  return comparisons;
}

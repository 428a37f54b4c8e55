import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractIndicators } from '../../../src/extract/extract-indicators.ts';
import type { ReportStructure } from '../../../src/extract/report-structure.ts';

/** One expected indicator of a spec case, written by reading the report, not by running the code. */
export interface ExpectedResult {
  text: string;
  /** Where the number is in the input; when left out, the one place `text` occurs. */
  start?: number;
  end?: number;
  /** The parser that reads it (`evidence.rule`): a newcomer finds the rule from here. */
  rule?: string;
  subject: string;
  subjectAlternatives?: string[];
  measure: string;
  value: number;
  unit: string;
  comparator: string;
  upper: number | null;
  kind: string;
  year: number | null;
  period: { from: number; to: number } | null;
  scope: string | null;
}

export interface SpecCase {
  input: string;
  part: 'review' | 'plan';
  reviewYear: number;
  planYear: number;
  results: ExpectedResult[];
}

export function loadSpec(name: string): SpecCase[] {
  const url = new URL(`./spec-fixtures/${name}.spec.json`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as SpecCase[];
}

/** A sentence read as if it stood in the part of a report that the case names. */
export function structureFor(spec: SpecCase): ReportStructure {
  return {
    reviewYear: spec.reviewYear,
    planYear: spec.planYear,
    yearsFrom: 'heading',
    region: null,
    title: '',
    sections: [
      {
        id: 'part-1',
        title: '',
        year: spec.part === 'review' ? spec.reviewYear : spec.planYear,
        start: 0,
        end: spec.input.length,
        sector: null,
        part: spec.part,
        period: null,
      },
    ],
  };
}

/** What the extractor read, in the shape of an expected result. */
export type Found = Omit<ExpectedResult, 'subjectAlternatives' | 'start' | 'end' | 'rule'> & {
  start: number;
  end: number;
  rule: string;
};

/** Reads one sentence as if it stood in the review part (or the plan part) of a 2023/2024 report. */
export function readSentence(
  input: string,
  part: SpecCase['part'] = 'review',
  years: { reviewYear: number; planYear: number } = { reviewYear: 2023, planYear: 2024 },
): Found[] {
  return readCase({ input, part, ...years, results: [] });
}

export function readCase(spec: SpecCase): Found[] {
  const { candidates } = extractIndicators(spec.input, structureFor(spec));
  return candidates.map((candidate) => ({
    text: spec.input.slice(candidate.start, candidate.end),
    start: candidate.start,
    end: candidate.end,
    rule: candidate.rule,
    subject: candidate.subject ?? '',
    measure: candidate.measure,
    value: candidate.value,
    unit: candidate.unit,
    comparator: candidate.comparator,
    upper: candidate.upper,
    kind: candidate.kind ?? '',
    year: candidate.year ?? null,
    period: candidate.period ?? null,
    scope: candidate.scope,
  }));
}

const REGION_PREFIX = /^(?:全市|全省|全区|全国|本市|我市)/u;

/**
 * The readings a subject may be checked as. The extractor names a share after its owner and
 * whole (工业投资占固定资产投资比重) where a reader may write only the owner (工业投资); both
 * readings are accepted, quotes around names are optional, and so is the district a figure
 * belongs to.
 */
function subjectReadings(subject: string): string[] {
  const bare = subject.replace(REGION_PREFIX, '');
  // A district's figures carry its name (临港新片区全社会固定资产投资); a reader may leave it out.
  const placeless = bare.replace(
    /^[\u4e00-\u9fa5]{2,8}?(?:新片区|新区|开发区|高新区|经开区|县)/u,
    '',
  );
  const readings = [bare, placeless].flatMap((reading) => {
    const owner = reading.replace(/(?:占.+比重|对.+贡献率|相当于.+的比例)$/u, '');
    return [reading, owner, reading.replace(/[“”]/gu, ''), owner.replace(/[“”]/gu, '')];
  });
  return [...new Set(readings)];
}

/** Differences between what the reader expected and what the extractor found, as readable lines. */
export function compareCase(spec: SpecCase, found: Found[]): string[] {
  const problems: string[] = [];
  const pool = [...found];
  for (const expected of spec.results) {
    const index = pool.findIndex((item) => item.text === expected.text);
    if (index === -1) {
      problems.push(`missing ${expected.text} (${expected.subject})`);
      continue;
    }
    const [item] = pool.splice(index, 1);
    if (!item) continue;
    const start = expected.start ?? uniqueOffset(spec.input, expected.text);
    if (
      start !== null &&
      (item.start !== start || item.end !== (expected.end ?? start + expected.text.length))
    ) {
      problems.push(
        `${expected.text}: span ${item.start}–${item.end} ≠ ${start}–${expected.end ?? start + expected.text.length}`,
      );
    }
    if (expected.rule !== undefined && item.rule !== expected.rule) {
      problems.push(`${expected.text}: rule ${item.rule} ≠ ${expected.rule}`);
    }
    const subjects = [expected.subject, ...(expected.subjectAlternatives ?? [])];
    const accepted = subjects.flatMap((subject) => [subject, subject.replace(/[“”]/gu, '')]);
    if (!subjectReadings(item.subject).some((reading) => accepted.includes(reading))) {
      problems.push(`${expected.text}: subject ${item.subject} ≠ ${subjects.join(' / ')}`);
    }
    for (const field of [
      'measure',
      'value',
      'unit',
      'comparator',
      'upper',
      'kind',
      'year',
      'scope',
    ] as const) {
      if (item[field] !== expected[field]) {
        problems.push(
          `${expected.text}: ${field} ${String(item[field])} ≠ ${String(expected[field])}`,
        );
      }
    }
    if (JSON.stringify(item.period) !== JSON.stringify(expected.period)) {
      problems.push(
        `${expected.text}: period ${JSON.stringify(item.period)} ≠ ${JSON.stringify(expected.period)}`,
      );
    }
  }
  for (const extra of pool)
    problems.push(`unexpected ${extra.text} (${extra.subject}, ${extra.measure})`);
  return problems;
}

/** The offset of `text` in `input` when it occurs exactly once, else null (the span is then unchecked). */
function uniqueOffset(input: string, text: string): number | null {
  const first = input.indexOf(text);
  return first !== -1 && input.indexOf(text, first + 1) === -1 ? first : null;
}

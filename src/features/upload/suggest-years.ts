import type { Dataset } from '../../dataset/dataset-schema.ts';
import { checkStatedYears } from '../../dataset/stated-years.ts';

/**
 * A guess at a report's years for the upload view to prefill when the extractor could not
 * tell them: never written into a dataset, only offered to the user, who confirms or corrects
 * it. The signals are weak by nature, strongest first:
 *
 * - report: the extractor found one of the two years; the other is the one next to it;
 * - file-name: a year in the file name (北京2026.txt): reports are named by the year they are
 *   delivered in, which is the year they set goals for;
 * - text: the pair of consecutive years the text names most often (2025年 … 2026年), the later
 *   as the plan year. Years named alone (2035年远景目标, 1953年) rarely have a neighbour.
 */
export interface YearSuggestion {
  reviewYear: number;
  planYear: number;
  from: 'report' | 'file-name' | 'text';
  /** The year the guess rests on, to show the user: the one the report or the file name gives. */
  evidence: string;
}

const FILE_NAME_YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/g;
const TEXT_YEAR = /(?<!\d)((?:19|20)\d{2})年/g;

function valid(reviewYear: number, planYear: number): boolean {
  return checkStatedYears({ reviewYear, planYear }).ok;
}

function fromFileName(fileName: string): YearSuggestion | null {
  const base = fileName.replace(/\.[^.]*$/, '');
  const years = [...base.matchAll(FILE_NAME_YEAR)].map((match) => Number(match[1]));
  // Two different years in one name (2025-2026, 2026 v2025) leave the choice open.
  if (years.length === 0 || new Set(years).size > 1) return null;
  const planYear = years[0]!;
  if (!valid(planYear - 1, planYear)) return null;
  return { reviewYear: planYear - 1, planYear, from: 'file-name', evidence: String(planYear) };
}

function fromText(text: string): YearSuggestion | null {
  const counts = new Map<number, number>();
  for (const match of text.matchAll(TEXT_YEAR)) {
    const year = Number(match[1]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: { planYear: number; score: number } | null = null;
  for (const [year, count] of [...counts].sort(([a], [b]) => a - b)) {
    const before = counts.get(year - 1);
    if (before === undefined || !valid(year - 1, year)) continue;
    const score = before + count;
    // On a tie the earlier pair wins: a report names its plan year's successor less often
    // than the year it reviews.
    if (best === null || score > best.score) best = { planYear: year, score };
  }
  if (best === null) return null;
  const { planYear } = best;
  return {
    reviewYear: planYear - 1,
    planYear,
    from: 'text',
    evidence: `${planYear - 1}, ${planYear}`,
  };
}

export function suggestYears(dataset: Dataset, fileName: string): YearSuggestion | null {
  const { reviewYear, planYear } = dataset.report;
  if (reviewYear !== null && valid(reviewYear, reviewYear + 1)) {
    return {
      reviewYear,
      planYear: planYear ?? reviewYear + 1,
      from: 'report',
      evidence: String(reviewYear),
    };
  }
  if (planYear !== null && valid(planYear - 1, planYear)) {
    return { reviewYear: planYear - 1, planYear, from: 'report', evidence: String(planYear) };
  }
  return fromFileName(fileName) ?? fromText(dataset.text);
}

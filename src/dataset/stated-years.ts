/**
 * The review and plan years a user states (CLI --review-year/--plan-year, the upload view's
 * two inputs), checked the same way in both places. Either may be left out: the other is then
 * the one next to it (a report reviews one year and sets the next year's goals).
 */

/** The first year a government work report of the People's Republic can be about. */
export const MIN_STATED_YEAR = 1949;
export const MAX_STATED_YEAR = 2100;

export type StatedYearField = 'reviewYear' | 'planYear';

export type StatedYearProblem =
  /** Not a whole number (2025.5, abc, empty where one was needed). */
  | 'not-a-year'
  /** A whole number outside 1949–2100. */
  | 'out-of-range'
  /** Only this year was given, and the other one, derived from it, would leave 1949–2100. */
  | 'other-out-of-range'
  /** The plan year is not after the review year. */
  | 'plan-not-after-review';

export type StatedYearsCheck =
  | { ok: true; years: { reviewYear: number; planYear: number } }
  | { ok: false; field: StatedYearField; problem: StatedYearProblem };

function checkOne(value: number): StatedYearProblem | null {
  if (!Number.isInteger(value)) return 'not-a-year';
  if (value < MIN_STATED_YEAR || value > MAX_STATED_YEAR) return 'out-of-range';
  return null;
}

/**
 * Checks the years as given (NaN for a value that is not a number) and fills in a missing one.
 * The plan year must come after the review year; it is usually the next one.
 */
export function checkStatedYears(given: {
  reviewYear?: number | null;
  planYear?: number | null;
}): StatedYearsCheck {
  const review = given.reviewYear ?? null;
  const plan = given.planYear ?? null;
  for (const [field, value] of [
    ['reviewYear', review],
    ['planYear', plan],
  ] as const) {
    if (value === null) continue;
    const problem = checkOne(value);
    if (problem) return { ok: false, field, problem };
  }
  if (review === null && plan === null)
    return { ok: false, field: 'reviewYear', problem: 'not-a-year' };
  const reviewYear = review ?? (plan as number) - 1;
  const planYear = plan ?? (review as number) + 1;
  // A derived year can leave the range (plan 1949 → review 1948): name the year that was given.
  if (checkOne(reviewYear)) return { ok: false, field: 'planYear', problem: 'other-out-of-range' };
  if (checkOne(planYear)) return { ok: false, field: 'reviewYear', problem: 'other-out-of-range' };
  if (planYear <= reviewYear)
    return { ok: false, field: 'planYear', problem: 'plan-not-after-review' };
  return { ok: true, years: { reviewYear, planYear } };
}

/** A year as typed (" 2025 ", "2025"): its number, or NaN when it is not plainly digits. */
export function parseStatedYear(text: string): number {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

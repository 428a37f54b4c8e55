/**
 * The verdicts of the attainment ledger and the ways a range goal is read, without zod, so
 * that the URL state can read `?verdict=` and `?range=` without pulling the ledger's schema
 * into the initial bundle.
 */
export const VERDICTS = ['met', 'missed', 'no-target', 'not-reported', 'awaiting'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** How a range goal (6%-6.5%) is read; the first is the default. */
export const RANGE_RULES = ['lower-bound', 'within'] as const;
export type RangeRule = (typeof RANGE_RULES)[number];

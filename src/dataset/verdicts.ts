/**
 * The verdicts of the attainment ledger, without zod, so that the URL state can read
 * `?verdict=` without pulling the ledger's schema into the initial bundle.
 */
export const VERDICTS = ['met', 'missed', 'no-target', 'not-reported', 'awaiting'] as const;
export type Verdict = (typeof VERDICTS)[number];

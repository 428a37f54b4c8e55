import { z } from 'zod';
import { COMPARATORS, MEASURES, PLACE_LEVELS, SECTOR_IDS } from './dataset-schema.ts';

export { PLACE_LEVELS } from './dataset-schema.ts';
export type { PlaceLevel } from './dataset-schema.ts';

/**
 * public/data/attainment.json: the attainment ledger that `npm run preprocess` writes from every
 * bundled report, so the app can show it without loading every dataset. Validated where it is
 * written (the CLI) and where it is read (the app). The rows are built by src/ledger/attainment.ts;
 * the rules that choose their figures are documented there and in public/data/CODEBOOK.md.
 */
export const ATTAINMENT_SCHEMA_VERSION = 1 as const;

export { VERDICTS } from './verdicts.ts';
export type { Verdict } from './verdicts.ts';

const offsetSchema = z.number().int().nonnegative();

/** One figure of a ledger row: a year's goal or result, as one report states it. */
export const ledgerFigureSchema = z.object({
  reportId: z.string().min(1),
  indicatorId: z.string().min(1),
  value: z.number().finite(),
  /** The top of a range (6%-6.5% → 6.5); null otherwise. */
  upper: z.number().finite().nullable(),
  comparator: z.enum(COMPARATORS),
  unit: z.string(),
  /** The number as the report writes it: "5.5%左右", "6%－6.5%", "1100万人以上". */
  written: z.string().min(1),
  quote: z.string(),
  /** The number's span in that report's text (the dataset's `text`). */
  start: offsetSchema,
  end: offsetSchema,
  /** A stretch clause written right after a goal (在实际工作中努力争取更好结果), as written. */
  stretch: z.string().nullable(),
  /** 预计…: the result is an estimate made before the year's statistics were final. */
  estimated: z.boolean(),
});
export type LedgerFigure = z.infer<typeof ledgerFigureSchema>;

export const placeSchema = z.object({
  zh: z.string().min(1),
  en: z.string().nullable(),
  level: z.enum(PLACE_LEVELS).nullable(),
});
export type Place = z.infer<typeof placeSchema>;

export const ledgerSubjectSchema = z.object({
  key: z.string().min(1),
  zh: z.string().min(1),
  en: z.string().nullable(),
  /** A subject the subject dictionary knows (GDP, CPI, 城镇新增就业…): one that recurs across reports. */
  headline: z.boolean().default(false),
});
export type LedgerSubject = z.infer<typeof ledgerSubjectSchema>;

/** One place × subject key × measure × target year: the goal, the result, where each is said. */
export const ledgerRowSchema = z.object({
  place: placeSchema,
  subject: ledgerSubjectSchema,
  sector: z.enum(SECTOR_IDS),
  measure: z.enum(MEASURES),
  targetYear: z.number().int(),
  target: ledgerFigureSchema.nullable(),
  actual: ledgerFigureSchema.nullable(),
  /** The place's report whose plan year is targetYear (it may set no goal for this subject). */
  targetReportId: z.string().min(1),
  /** The place's report whose review year is targetYear; null while there is none yet. */
  actualReportId: z.string().min(1).nullable(),
});
export type LedgerRow = z.infer<typeof ledgerRowSchema>;

export const attainmentFileSchema = z.object({
  schemaVersion: z.literal(ATTAINMENT_SCHEMA_VERSION),
  rows: z.array(ledgerRowSchema),
});
export type AttainmentFile = z.infer<typeof attainmentFileSchema>;

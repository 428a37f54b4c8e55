import { z } from 'zod';
import {
  COMPARATORS,
  KINDS,
  MEASURES,
  PLACE_LEVELS,
  SECTOR_IDS,
  YEARS_FROM,
} from './dataset-vocabulary.ts';

/**
 * The dataset contract (../shared/DATASET.md), as one schema shared by the CLI that writes
 * datasets and the app that reads them. Fields may be added; renaming or dropping one
 * means bumping SCHEMA_VERSION.
 */
export const SCHEMA_VERSION = 1 as const;

// Schemas are checked by walking them, not by code zod compiles: the app's CSP forbids eval,
// and zod's probe for it costs a failed `new Function` at the first parse.
z.config({ jitless: true });

export {
  SECTOR_IDS,
  MEASURES,
  COMPARATORS,
  KINDS,
  PLACE_LEVELS,
  YEARS_FROM,
  SLIM_DATASET_DIR,
} from './dataset-vocabulary.ts';
export type {
  Comparator,
  Kind,
  Measure,
  PlaceLevel,
  SectorId,
  YearsFrom,
} from './dataset-vocabulary.ts';

const bilingualSchema = z.object({ zh: z.string().min(1), en: z.string().min(1).nullable() });
export type Bilingual = z.infer<typeof bilingualSchema>;

/**
 * An indicator's subject: the words of the report, English where known, the canonical key of a
 * subject that recurs across reports (gdp for 地区生产总值 and 国内生产总值), and whether the
 * extractor could name it no better than a bare generic noun (企业, 项目): such figures are not charted.
 */
const subjectSchema = bilingualSchema.extend({
  key: z.string().min(1).nullable().default(null),
  unclear: z.boolean().default(false),
});
export type Subject = z.infer<typeof subjectSchema>;

const periodSchema = z.object({ from: z.number().int(), to: z.number().int() });
export type Period = z.infer<typeof periodSchema>;

const offsetSchema = z.number().int().nonnegative();

export const sectorSchema = z.object({
  id: z.enum(SECTOR_IDS),
  label: z.object({ zh: z.string(), en: z.string() }),
});
export type Sector = z.infer<typeof sectorSchema>;

export const sectionSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  year: z.number().int().nullable(),
  start: offsetSchema,
  end: offsetSchema,
  sector: z.enum(SECTOR_IDS).nullable(),
  /** "review" for part one, "plan" for part two, "other" for anything else. */
  part: z.enum(['review', 'plan', 'other']),
  /** A part or paragraph that covers several years (“十四五”时期工作回顾, 今后五年): its years. */
  period: periodSchema.nullable().default(null),
});
export type Section = z.infer<typeof sectionSchema>;

export const indicatorSchema = z.object({
  id: z.string().min(1),
  subject: subjectSchema,
  sector: z.enum(SECTOR_IDS),
  year: z.number().int().nullable(),
  kind: z.enum(KINDS),
  measure: z.enum(MEASURES),
  value: z.number().finite(),
  unit: z.string(),
  comparator: z.enum(COMPARATORS),
  upper: z.number().finite().nullable(),
  scope: z.string().nullable(),
  period: periodSchema.nullable(),
  /** 预计全年…: an estimate, not a final result. */
  estimated: z.boolean().default(false),
  source: z.object({
    start: offsetSchema,
    end: offsetSchema,
    quote: z.string(),
    sectionId: z.string().nullable(),
  }),
  /** Evidence: which rule produced it and which fields were inferred rather than stated. */
  evidence: z.object({
    /** The parser that read the number. */
    rule: z.string(),
    /** The refiners that changed what the parser read, in the order they ran. */
    refinedBy: z.array(z.string()).default([]),
    /** The rule that chose the subject. */
    subjectRule: z.string().nullable().default(null),
    text: z.string(),
    inferred: z.array(z.string()),
  }),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const comparisonSchema = z.object({
  id: z.string().min(1),
  subject: bilingualSchema,
  sector: z.enum(SECTOR_IDS),
  measure: z.enum(MEASURES),
  actual: z.string(),
  target: z.string(),
});
export type Comparison = z.infer<typeof comparisonSchema>;

export const warningSchema = z.object({
  start: offsetSchema,
  end: offsetSchema,
  message: z.string(),
});
export type ExtractionWarning = z.infer<typeof warningSchema>;

export const reportSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: z.string(),
  region: z.object({ zh: z.string(), en: z.string().nullable() }).nullable(),
  reviewYear: z.number().int().nullable(),
  planYear: z.number().int().nullable(),
  yearsFrom: z.enum(YEARS_FROM).nullable().default(null),
  source: z.object({
    file: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    chars: z.number().int().nonnegative(),
  }),
});
export type ReportMeta = z.infer<typeof reportSchema>;

/** Every indicator id is unique and every comparison names two of them. */
function checkIndicatorIds(
  dataset: { indicators: readonly Indicator[]; comparisons: readonly Comparison[] },
  ctx: z.RefinementCtx,
): void {
  const ids = new Set<string>();
  for (const indicator of dataset.indicators) {
    if (ids.has(indicator.id)) {
      ctx.addIssue({ code: 'custom', message: `duplicate indicator id ${indicator.id}` });
    }
    ids.add(indicator.id);
  }
  for (const comparison of dataset.comparisons) {
    if (!ids.has(comparison.actual) || !ids.has(comparison.target)) {
      ctx.addIssue({
        code: 'custom',
        message: `comparison ${comparison.id} names a missing indicator`,
      });
    }
  }
}

// Two halves around `text`, so that the full dataset keeps the contract's key order (a parsed
// copy is what the CLI writes) and the slim one is the same fields less the text.
const datasetHead = { schemaVersion: z.literal(SCHEMA_VERSION), report: reportSchema };
const datasetBody = {
  sectors: z.array(sectorSchema),
  sections: z.array(sectionSchema),
  indicators: z.array(indicatorSchema),
  comparisons: z.array(comparisonSchema),
  warnings: z.array(warningSchema),
};

export const datasetSchema = z
  .object({
    ...datasetHead,
    /** The decoded report text, so the source view can show and highlight every span. */
    text: z.string(),
    ...datasetBody,
  })
  .superRefine((dataset, ctx) => {
    checkIndicatorIds(dataset, ctx);
    for (const indicator of dataset.indicators) {
      const { start, end } = indicator.source;
      if (start >= end || end > dataset.text.length) {
        ctx.addIssue({
          code: 'custom',
          message: `indicator ${indicator.id} has a span outside the text`,
        });
      }
    }
  });
export type Dataset = z.infer<typeof datasetSchema>;

/**
 * A dataset without its report text (about half of each file): what the charts, cards, filters
 * and table read, so the first chart waits for no text. The CLI writes one beside each bundled
 * dataset (SLIM_DATASET_DIR); the text comes from the full file when the source view opens.
 */
export const slimDatasetSchema = z
  .object({ ...datasetHead, ...datasetBody })
  .superRefine(checkIndicatorIds);
export type SlimDataset = z.infer<typeof slimDatasetSchema>;

/** The slim copy of a dataset: every field but the text, in the same order. */
export function slimDataset({ text: _text, ...slim }: Dataset): SlimDataset {
  return slim;
}

export const datasetIndexSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  reports: z.array(
    z.object({
      id: z.string(),
      file: z.string(),
      title: z.string(),
      region: z.object({ zh: z.string(), en: z.string().nullable() }).nullable(),
      /** From the region (src/ledger/place.ts); null for a county or an unknown place. */
      level: z.enum(PLACE_LEVELS).nullable().default(null),
      reviewYear: z.number().int().nullable(),
      planYear: z.number().int().nullable(),
      indicators: z.number().int().nonnegative(),
    }),
  ),
});
export type DatasetIndex = z.infer<typeof datasetIndexSchema>;

/**
 * A readable one-line reason why `value` is not a dataset (or, given slimDatasetSchema, not a
 * slim one), or null when it is one.
 */
export function describeDatasetProblem(
  value: unknown,
  schema: typeof datasetSchema | typeof slimDatasetSchema = datasetSchema,
): string | null {
  const result = schema.safeParse(value);
  if (result.success) return null;
  const issue = result.error.issues[0];
  if (!issue) return 'invalid dataset';
  const path = issue.path.length > 0 ? issue.path.join('.') : 'dataset';
  return `${path}: ${issue.message}`;
}

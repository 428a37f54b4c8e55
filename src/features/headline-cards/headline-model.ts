import type { SlimDataset, Indicator, Measure } from '../../dataset/dataset-schema.ts';
import { indicatorSubjectKey, isChartable } from '../../ledger/chartable.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { knownSubject } from '../../extract/vocabulary/subject-dictionary.ts';

/** The element timing name of the cards' titles (tests/perf/page-load.ts reads it). */
export const HEADLINE_TIMING = 'headline';

/**
 * The headline indicators, recognised by subject rather than by any one report's numbers: by
 * the extractor's subject.key where it wrote one, else by the wording through subject-dictionary
 * (one vocabulary with compare and the extractor):
 * each headline lists the subject keys it accepts, most wanted first, so the all-residents
 * income wins over the urban one. Look-alikes (人均地区生产总值, 固定资产投资占…) have keys of their own.
 */
export const HEADLINES = [
  { key: 'gdp', subjects: ['gdp'], measures: ['growth'] },
  { key: 'industry', subjects: ['industrial-value-added'], measures: ['growth'] },
  { key: 'fiscal', subjects: ['general-budget-revenue'], measures: ['growth'] },
  { key: 'investment', subjects: ['fixed-asset-investment'], measures: ['growth'] },
  { key: 'retail', subjects: ['retail-sales'], measures: ['growth'] },
  { key: 'trade', subjects: ['foreign-trade'], measures: ['growth'] },
  { key: 'income', subjects: ['income', 'income-urban', 'income-rural'], measures: ['growth'] },
  { key: 'cpi', subjects: ['cpi'], measures: ['growth', 'rate'] },
  { key: 'unemployment', subjects: ['unemployment'], measures: ['rate'] },
] as const satisfies readonly {
  key: string;
  subjects: readonly string[];
  measures: readonly Measure[];
}[];

export type HeadlineKey = (typeof HEADLINES)[number]['key'];

export interface HeadlineCardModel {
  key: HeadlineKey;
  actual: Indicator | null;
  target: Indicator | null;
}

type Headline = (typeof HEADLINES)[number];

/** A card's name: the dictionary's name of the first subject it accepts. */
export function headlineTitle(key: HeadlineKey, lang: Lang): string {
  const subject = HEADLINES.find((headline) => headline.key === key)?.subjects[0];
  return (subject && knownSubject(subject)?.label[lang]) ?? key;
}

/** A chartable figure with its subject key, read once (the key may go through the dictionary). */
interface Keyed {
  indicator: Indicator;
  subject: string;
}

/**
 * Lower is better: which subject matched, then which measure, then the first the report
 * states (its summary figure, as compare takes it, rather than a later detail).
 */
function matchScore(headline: Headline, { indicator, subject: key }: Keyed): number | null {
  const subject = (headline.subjects as readonly string[]).indexOf(key);
  const measure = (headline.measures as readonly Measure[]).indexOf(indicator.measure);
  if (subject < 0 || measure < 0) return null;
  if (indicator.measure === 'growth' && indicator.unit !== '%') return null;
  return subject * 1e9 + measure * 1e8 + indicator.source.start;
}

function best(headline: Headline, candidates: readonly Keyed[]): Indicator | null {
  let found: Indicator | null = null;
  let foundScore = Infinity;
  for (const candidate of candidates) {
    const score = matchScore(headline, candidate);
    if (score !== null && score < foundScore) {
      found = candidate.indicator;
      foundScore = score;
    }
  }
  return found;
}

/**
 * One card per headline that has a visible review-year result or plan-year goal; only
 * single-year figures with a named subject count (isChartable). A card shows both figures the
 * report states even when a filter hides one of them, so it never says "no figure stated" of a
 * figure that is only filtered out.
 */
export function buildHeadlineCards(
  dataset: SlimDataset,
  visible: readonly Indicator[],
): HeadlineCardModel[] {
  return visibleHeadlines(statedHeadlines(dataset), visible);
}

/** The cards of `stated` with a figure among `visible` (what the filters leave). */
export function visibleHeadlines(
  stated: readonly HeadlineCardModel[],
  visible: readonly Indicator[],
): HeadlineCardModel[] {
  const shown = new Set(visible.map((indicator) => indicator.id));
  return stated.filter(
    (card) =>
      (card.actual !== null && shown.has(card.actual.id)) ||
      (card.target !== null && shown.has(card.target.id)),
  );
}

/**
 * The headline figures the report states, whatever the filters: a function of the dataset
 * alone, so the page computes it once per report, not at every keystroke of a search.
 */
export function statedHeadlines(dataset: SlimDataset): HeadlineCardModel[] {
  const { reviewYear, planYear } = dataset.report;
  const keyed = dataset.indicators
    .filter(isChartable)
    .map((indicator) => ({ indicator, subject: indicatorSubjectKey(indicator) }));
  const actuals = keyed.filter(
    ({ indicator }) => indicator.kind === 'actual' && indicator.year === reviewYear,
  );
  const targets = keyed.filter(
    ({ indicator }) => indicator.kind === 'target' && indicator.year === planYear,
  );
  const targetsById = new Map(targets.map(({ indicator }) => [indicator.id, indicator]));
  // The first comparison of a result names its goal (as a find over the list would).
  const pairedTargetOf = new Map<string, string>();
  for (const comparison of dataset.comparisons) {
    if (!pairedTargetOf.has(comparison.actual)) {
      pairedTargetOf.set(comparison.actual, comparison.target);
    }
  }
  return HEADLINES.flatMap((headline) => {
    const actual = best(headline, actuals);
    let target = best(headline, targets);
    // Prefer the goal for the same subject and measure as the result, when the report has it.
    if (actual) {
      const paired = pairedTargetOf.get(actual.id);
      const pairedTarget = paired === undefined ? undefined : targetsById.get(paired);
      if (pairedTarget) target = pairedTarget;
    }
    return actual || target ? [{ key: headline.key, actual, target }] : [];
  });
}

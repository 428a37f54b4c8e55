import type { Dataset, Indicator, Measure } from '../../dataset/dataset-schema.ts';

/**
 * The headline indicators, recognised by subject wording rather than by any one report's
 * numbers. Keywords are tried in order, so the most specific wording wins; `exclude` keeps
 * look-alikes out (人均地区生产总值 is not GDP).
 */
export const HEADLINES = [
  {
    key: 'gdp',
    keywords: ['地区生产总值', '国内生产总值', '全省生产总值', '生产总值', 'GDP'],
    exclude: ['人均', '占'],
    measures: ['growth'],
  },
  {
    key: 'industry',
    keywords: ['规上工业增加值', '规模以上工业增加值'],
    exclude: [],
    measures: ['growth'],
  },
  { key: 'fiscal', keywords: ['一般公共预算收入'], exclude: [], measures: ['growth'] },
  { key: 'investment', keywords: ['固定资产投资'], exclude: ['占'], measures: ['growth'] },
  { key: 'retail', keywords: ['社会消费品零售总额'], exclude: [], measures: ['growth'] },
  {
    key: 'trade',
    keywords: ['外贸进出口', '货物进出口', '进出口总额', '进出口'],
    exclude: ['占'],
    measures: ['growth'],
  },
  {
    key: 'income',
    keywords: ['居民人均可支配收入', '人均可支配收入'],
    exclude: [],
    measures: ['growth'],
  },
  {
    key: 'cpi',
    keywords: ['居民消费价格', '消费价格', 'CPI'],
    exclude: [],
    measures: ['growth', 'rate'],
  },
  {
    key: 'unemployment',
    keywords: ['城镇调查失业率', '调查失业率', '失业率'],
    exclude: [],
    measures: ['rate'],
  },
] as const satisfies readonly {
  key: string;
  keywords: readonly string[];
  exclude: readonly string[];
  measures: readonly Measure[];
}[];

export type HeadlineKey = (typeof HEADLINES)[number]['key'];

export interface HeadlineCardModel {
  key: HeadlineKey;
  actual: Indicator | null;
  target: Indicator | null;
}

type Headline = (typeof HEADLINES)[number];

/** Lower is better: which keyword matched, then which measure, then the shorter subject. */
function matchScore(headline: Headline, indicator: Indicator): number | null {
  const subject = indicator.subject.zh;
  if (headline.exclude.some((word: string) => subject.includes(word))) return null;
  const keyword = headline.keywords.findIndex((word: string) => subject.includes(word));
  const measure = (headline.measures as readonly Measure[]).indexOf(indicator.measure);
  if (keyword < 0 || measure < 0) return null;
  if (indicator.measure === 'growth' && indicator.unit !== '%') return null;
  return keyword * 10_000 + measure * 1_000 + subject.length;
}

function best(headline: Headline, candidates: readonly Indicator[]): Indicator | null {
  let found: Indicator | null = null;
  let foundScore = Infinity;
  for (const indicator of candidates) {
    const score = matchScore(headline, indicator);
    if (score !== null && score < foundScore) {
      found = indicator;
      foundScore = score;
    }
  }
  return found;
}

/** One card per headline that has a visible review-year result or plan-year goal. */
export function buildHeadlineCards(
  dataset: Dataset,
  visible: readonly Indicator[],
): HeadlineCardModel[] {
  const { reviewYear, planYear } = dataset.report;
  const actuals = visible.filter((i) => i.kind === 'actual' && i.year === reviewYear);
  const targets = visible.filter((i) => i.kind === 'target' && i.year === planYear);
  return HEADLINES.flatMap((headline) => {
    const actual = best(headline, actuals);
    let target = best(headline, targets);
    // Prefer the goal for the same subject and measure as the result, when the report has it.
    if (actual) {
      const paired = dataset.comparisons.find((c) => c.actual === actual.id);
      const pairedTarget = paired ? targets.find((i) => i.id === paired.target) : undefined;
      if (pairedTarget) target = pairedTarget;
    }
    return actual || target ? [{ key: headline.key, actual, target }] : [];
  });
}

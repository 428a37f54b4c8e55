import type { SlimDataset, Indicator } from '../dataset/dataset-schema.ts';
import { keyOfSubject } from '../extract/vocabulary/subject-dictionary.ts';

/**
 * The one rule for what may be drawn: a single year's result or goal with a subject that names
 * what is counted. A figure over several years (年均, 十四五 totals, 到2030年), one without a
 * year, or one whose subject is a bare generic noun (企业, 项目) is listed in the table, flagged,
 * and never charted: the growth chart, the headline cards, the sector views and compare all
 * pass their candidates through this.
 */
export function isChartable(indicator: Indicator): boolean {
  return indicator.period === null && indicator.year !== null && !indicator.subject.unclear;
}

/**
 * The key that lines a subject up across reports: the extractor's canonical key where it wrote
 * one (gdp for 地区生产总值 and 国内生产总值), else the subject dictionary's matching of the words.
 */
export function indicatorSubjectKey(indicator: Indicator): string {
  return keyOfSubject(indicator.subject);
}

/** Which of the report's two parts were found, each with its year. */
export interface ReportParts {
  review: boolean;
  plan: boolean;
}

/**
 * A part counts as found when the extractor marked a section as that part and the report has
 * that part's year: without both, nothing can be placed as last year's result or this year's goal.
 */
export function reportParts(dataset: SlimDataset): ReportParts {
  const has = (part: 'review' | 'plan') => dataset.sections.some((s) => s.part === part);
  return {
    review: dataset.report.reviewYear !== null && has('review'),
    plan: dataset.report.planYear !== null && has('plan'),
  };
}

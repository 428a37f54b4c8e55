import type { Dataset, Indicator, Measure, SectorId } from '../dataset/dataset-schema.ts';
import type { LedgerFigure } from '../dataset/attainment-schema.ts';
import { FALLS } from '../extract/vocabulary/change-vocabulary.ts';
import { COMPARATOR_PREFIXES } from '../extract/vocabulary/comparator-vocabulary.ts';
import { alternation } from '../extract/vocabulary/regex-fragments.ts';
import { keyOfSubject, knownSubject } from '../extract/vocabulary/subject-dictionary.ts';
import { isChartable } from './chartable.ts';
import { placeOf } from './place.ts';

/**
 * Which figures of one report enter the ledger, and which one stands for a subject when the
 * report states several.
 *
 * A goal counts when it is a single-year target for the report's plan year: chartable (one year,
 * no period such as 年均/十四五/到2030年, a subject that names what is counted) and not a rank. A
 * result counts on the same terms for the report's review year; an estimate (预计全年…) counts
 * and is flagged. Five-year figures never count.
 *
 * When several figures share a subject key and measure, the first stated in the part the figure
 * belongs to (the plan part for goals, the review part for results) wins, then the first in the
 * text: reports open each part with the overview of the year's main goals or results, and later
 * mentions repeat it or speak of a narrower scope.
 */

/** Ranks invert the direction (第1 beats 第3) and depend on a scope; they stay out of the ledger. */
const EXCLUDED_MEASURES: ReadonlySet<Measure> = new Set(['rank']);

export interface LedgerCandidate {
  key: string;
  measure: Measure;
  sector: SectorId;
  subject: { zh: string; en: string | null };
  figure: LedgerFigure;
}

export interface ReportFigures {
  reportId: string;
  targets: LedgerCandidate[];
  actuals: LedgerCandidate[];
}

/** "gdp|growth": subject key and measure, the join of a goal with its result. */
export function figureKey(key: string, measure: Measure): string {
  return `${key}|${measure}`;
}

/** Comparator words written before the number that belong to it as written (不超过3%). */
const LEADING_COMPARATOR = new RegExp(`(?:${alternation(Object.keys(COMPARATOR_PREFIXES))})$`, 'u');

/** The words of a fall, kept before a negative figure: 下降1.7% is −1.7, not 1.7%. */
const FALL_WORD = new RegExp(`(?:${alternation(FALLS)})$`, 'u');

/**
 * The number as the report writes it, with its unit and comparator: 5.5%左右, 6%－6.5%,
 * 1100万人以上, 不超过3%; a fall keeps its verb (下降1.7%, 降低3%左右, 降幅超过3%) so that a
 * negative value never reads as a rise. The parser's matched text holds it after the verb
 * (增长6%－6.5%).
 */
export function writtenFigure(indicator: Indicator, text: string): string {
  const number = text.slice(indicator.source.start, indicator.source.end);
  const matched = indicator.evidence.text;
  const at = matched.indexOf(number);
  if (at < 0) return `${number}${indicator.unit === 'rank' ? '' : indicator.unit}`;
  const before = matched.slice(0, at);
  const comparator = LEADING_COMPARATOR.exec(before)?.[0] ?? '';
  const rest = before.slice(0, before.length - comparator.length);
  const fall =
    indicator.value < 0 && !number.startsWith('-') ? (FALL_WORD.exec(rest)?.[0] ?? '') : '';
  return `${fall}${comparator}${matched.slice(at)}`;
}

/**
 * A stretch clause right after a goal, as written: 6%以上、在实际工作中努力争取更好结果;
 * 29微克/立方米左右、争取更优水平; …，力争达到6.5%. Looked for in the two clauses that follow the
 * figure within its sentence. A clause that names another subject before its number starts a
 * new goal (…6%左右，力争规上工业增加值增长8%) and is not a stretch.
 */
const STRETCH =
  /^(?:在?实际工作中)?(?:努力|尽力)?(?:争取|力争)(?:[^，、；。！？\n\d]{0,30}|(?:达到|实现|增长)?\d[^，、；。！？\n]{0,12})$/u;

export function stretchClause(indicator: Indicator, text: string): string | null {
  const rest = text.slice(indicator.source.end, indicator.source.end + 120);
  const sentence = rest.split(/[；。！？\n]/u)[0] ?? '';
  const clauses = sentence.split(/[，、,]/u).slice(1, 3);
  for (const clause of clauses) {
    const trimmed = clause.trim();
    if (STRETCH.test(trimmed)) return trimmed;
  }
  return null;
}

function toFigure(dataset: Dataset, indicator: Indicator): LedgerFigure {
  return {
    reportId: dataset.report.id,
    indicatorId: indicator.id,
    value: indicator.value,
    upper: indicator.upper,
    comparator: indicator.comparator,
    unit: indicator.unit,
    written: writtenFigure(indicator, dataset.text),
    quote: indicator.source.quote,
    start: indicator.source.start,
    end: indicator.source.end,
    stretch: indicator.kind === 'target' ? stretchClause(indicator, dataset.text) : null,
    estimated: indicator.estimated,
  };
}

function candidatesOf(
  dataset: Dataset,
  kind: Indicator['kind'],
  year: number | null,
  part: 'plan' | 'review',
): LedgerCandidate[] {
  if (year === null) return [];
  const partOf = new Map(dataset.sections.map((section) => [section.id, section.part]));
  const inPart = (indicator: Indicator) =>
    indicator.source.sectionId !== null && partOf.get(indicator.source.sectionId) === part;
  const national = placeOf(dataset.report)?.level === 'national';
  const eligible = dataset.indicators
    .filter(
      (indicator) =>
        indicator.kind === kind &&
        indicator.year === year &&
        isChartable(indicator) &&
        !EXCLUDED_MEASURES.has(indicator.measure),
    )
    .sort((a, b) => Number(inPart(b)) - Number(inPart(a)) || a.source.start - b.source.start);
  return eligible.map((indicator) => {
    const key = keyOfSubject(indicator.subject);
    const known = knownSubject(key);
    return {
      key,
      measure: indicator.measure,
      sector: indicator.sector,
      subject: known
        ? { zh: (national && known.nationalZh) || known.label.zh, en: known.label.en }
        : { zh: indicator.subject.zh, en: indicator.subject.en },
      figure: toFigure(dataset, indicator),
    };
  });
}

/**
 * Every goal for the plan year and every result for the review year, in the order of
 * preference: the first candidate with a given figureKey is the one the ledger shows.
 */
export function reportFigures(dataset: Dataset): ReportFigures {
  return {
    reportId: dataset.report.id,
    targets: candidatesOf(dataset, 'target', dataset.report.planYear, 'plan'),
    actuals: candidatesOf(dataset, 'actual', dataset.report.reviewYear, 'review'),
  };
}

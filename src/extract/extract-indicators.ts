import type { Candidate, Parser, ParsingContext, Refiner, RefiningContext } from './candidate.ts';
import { byStart, byStartThenEnd, copyOf } from './candidate.ts';
import { normalizeText } from './normalize-text.ts';
import { amountParser } from './parsers/amount-parser.ts';
import { doublingParser } from './parsers/doubling-parser.ts';
import { chinesePercentParser } from './parsers/chinese-percent-parser.ts';
import { growthAfterParser, growthParser } from './parsers/growth-parser.ts';
import { rankParser } from './parsers/rank-parser.ts';
import { rateParser } from './parsers/rate-parser.ts';
import { shareParser } from './parsers/share-parser.ts';
import { enumerationRefiner } from './refiners/enumeration-refiner.ts';
import { exclusionRefiner, findExcludedSpans } from './refiners/exclusion-refiner.ts';
import { listVerbRefiner } from './refiners/list-verb-refiner.ts';
import { overlapRefiner } from './refiners/overlap-refiner.ts';
import { placeRefiner } from './refiners/place-refiner.ts';
import { subjectRefiner } from './refiners/subject-refiner.ts';
import { timeRefiner } from './refiners/time-refiner.ts';
import type { ReportStructure } from './report-structure.ts';
import { readStructure } from './report-structure.ts';
import {
  blankSentences,
  dropDenseSentences,
  findRunOnSentences,
  sentenceStarts,
} from './run-on-sentences.ts';
import { DECIMAL, NUMBER_START } from './vocabulary/regex-fragments.ts';
import type { ExtractionWarning } from '../dataset/dataset-schema.ts';
import { matchesOf } from './matches-of.ts';
import { numberStarts } from './parsers/quantity-fragments.ts';

/** Parsers in priority order: on an exact tie the earlier one wins. */
export const PARSERS: readonly Parser[] = [
  rankParser,
  doublingParser,
  growthParser,
  growthAfterParser,
  chinesePercentParser,
  shareParser,
  rateParser,
  amountParser,
];

/** Refiners in the order they run. */
export const REFINERS: readonly Refiner[] = [
  exclusionRefiner,
  overlapRefiner,
  listVerbRefiner,
  enumerationRefiner,
  subjectRefiner,
  placeRefiner,
  timeRefiner,
];

export interface Extraction {
  text: string;
  structure: ReportStructure;
  candidates: Candidate[];
  warnings: ExtractionWarning[];
}

const ARABIC_NUMBER = new RegExp(`${NUMBER_START}${DECIMAL}`, 'gu');

/** Runs every parser, then every refiner, over one report text. Pure and deterministic. */
export function extractIndicators(originalText: string, structure?: ReportStructure): Extraction {
  const text = normalizeText(originalText);
  const warnings: ExtractionWarning[] = [];
  const starts = sentenceStarts(text);
  const runOnSentences = findRunOnSentences(text, starts);
  const parsed = blankSentences(text, runOnSentences);
  const parsing = parsingContextOf(parsed);
  const excluded = findExcludedSpans(parsed, parsing.numberStarts);
  const context: RefiningContext = {
    text,
    excluded,
    structure: structure ?? readStructure(text),
    warn: warningsInto(warnings),
  };
  let candidates: Candidate[] = [];
  for (const parser of PARSERS) {
    for (const match of matchesOf(parser.pattern, parsed, parser.anchorIn?.(parsing))) {
      const found = parser.extract(parsing, match);
      if (!found) continue;
      // The engine, not the parser, records which parser read the number.
      candidates.push(withEveryField(found, parser.name, candidates.length));
    }
  }
  const { kept, dense } = dropDenseSentences(text, starts, candidates);
  const runOns = [...runOnSentences, ...dense];
  for (const { start, end, message } of runOns) context.warn(start, end, message);
  candidates = kept;
  REFINERS.forEach((refine, index) => {
    candidates = traced(refine, index + 1, context, candidates);
  });
  // The blanked text: a long sentence's numbers are its one warning, not one each.
  warnUncovered(parsed, candidates, [...excluded, ...dense], context.warn);
  warnings.sort(byStartThenEnd);
  return { text, structure: context.structure, candidates, warnings: dedupe(warnings) };
}

/** What every parser reads of one text, found once. */
export function parsingContextOf(text: string): ParsingContext {
  return { text, numberStarts: numberStarts(text) };
}

/** A class's bound method, not a closure made per call: see LeadScan in matches-of. */
function warningsInto(list: ExtractionWarning[]): RefiningContext['warn'] {
  const warnings = new Warnings(list);
  return warnings.add.bind(warnings);
}

/** Where refiners' warnings go; `add` is bound to it, so a refiner calls it as a function. */
class Warnings {
  /** Kept alive, the class and the code that reads its instances survive a collection (see MatchIterator). */
  static readonly keepsItsClassAlive = new Warnings([]);

  constructor(private readonly list: ExtractionWarning[]) {}

  add(start: number, end: number, message: string): void {
    this.list.push({ start, end, message });
  }
}

/** The candidate with every field present and the engine's fields set: see copyOf. */
function withEveryField(found: Candidate, rule: string, origin: number): Candidate {
  const candidate = copyOf(found);
  candidate.rule = rule;
  candidate.origin = origin;
  return candidate;
}

/** Naming an unnamed candidate is no change; renaming one is, as is any other read field. */
function keeps(before: Readonly<Candidate>, after: Readonly<Candidate>): boolean {
  return (
    before === after ||
    (before.value === after.value &&
      before.upper === after.upper &&
      before.measure === after.measure &&
      before.unit === after.unit &&
      before.comparator === after.comparator &&
      before.scope === after.scope &&
      before.start === after.start &&
      before.end === after.end &&
      (before.subject === undefined || before.subject === after.subject))
  );
}

/**
 * Runs one refiner, the `step`th, and adds its name to `refinedBy` of every candidate whose
 * reading it changed: a value, unit, measure or bound, or a subject it renamed (naming an unnamed
 * one is no change). A refiner never changes what it is given, so its input is what the
 * candidates were before.
 */
function traced(
  refine: Refiner,
  step: number,
  context: RefiningContext,
  candidates: Candidate[],
): Candidate[] {
  // Most candidates come back as they were given: those need no comparison, and the candidates
  // are grouped by match (below) only once one comes back changed. Each given one is marked
  // with the step (givenTo), which a copy does not carry: a Set of them cost more than the mark.
  for (const candidate of candidates) candidate.givenTo = step;
  let before: Array<Candidate[] | undefined> | null = null;
  const name = refinerName(refine);
  const refined = refine(context, candidates);
  for (let index = 0; index < refined.length; index += 1) {
    const candidate = refined[index] as Candidate;
    if (candidate.givenTo === step) continue;
    before ??= byOrigin(candidates);
    if (keptByAny(before[candidate.origin ?? -1], candidate)) continue;
    const traced = copyOf(candidate);
    traced.refinedBy = [...(candidate.refinedBy ?? []), name];
    refined[index] = traced;
  }
  return refined;
}

/**
 * The candidates by the parser match they came from: one match may already be several
 * candidates (增速均居全区第二 → one per subject). The engine numbers every match.
 */
function byOrigin(candidates: readonly Candidate[]): Array<Candidate[] | undefined> {
  const before: Array<Candidate[] | undefined> = [];
  for (const candidate of candidates) {
    const origin = candidate.origin ?? -1;
    const earlier = before[origin];
    if (earlier) earlier.push(candidate);
    else before[origin] = [candidate];
  }
  return before;
}

function keptByAny(originals: readonly Candidate[] | undefined, candidate: Candidate): boolean {
  for (const original of originals ?? []) if (keeps(original, candidate)) return true;
  return false;
}

/** listVerbRefiner → list-verb: the id `evidence.refinedBy` shows. */
function refinerName(refine: Refiner): string {
  return refine.name
    .replace(/Refiner$/u, '')
    .replace(/[A-Z]/gu, (letter) => `-${letter.toLowerCase()}`);
}

/** Every Arabic number that is neither an indicator nor a name, date or ordinal is reported. */
function warnUncovered(
  text: string,
  candidates: readonly Candidate[],
  excluded: ReadonlyArray<{ start: number; end: number }>,
  warn: RefiningContext['warn'],
): void {
  const covered = [...candidates, ...excluded].sort(byStart);
  let cursor = 0;
  for (const match of matchesOf(ARABIC_NUMBER, text)) {
    const start = match.index;
    const end = start + match[0].length;
    while (cursor < covered.length && (covered[cursor]?.end ?? 0) <= start) cursor += 1;
    if (!coveredNear(covered, cursor, start, end))
      warn(start, end, `number “${match[0]}” not understood: no known unit or phrasing`);
  }
}

/** Whether one of the few spans from `cursor` on holds start…end. */
function coveredNear(
  covered: ReadonlyArray<{ start: number; end: number }>,
  cursor: number,
  start: number,
  end: number,
): boolean {
  const last = Math.min(covered.length, cursor + 8);
  for (let index = cursor; index < last; index += 1) {
    const span = covered[index];
    if (span && span.start <= start && end <= span.end) return true;
  }
  return false;
}

function dedupe(warnings: ExtractionWarning[]): ExtractionWarning[] {
  // A loop, not a callback made per call (optimised again in each extraction).
  const distinct: ExtractionWarning[] = [];
  let previous: ExtractionWarning | undefined;
  for (const warning of warnings) {
    if (
      !previous ||
      warning.start !== previous.start ||
      warning.end !== previous.end ||
      warning.message !== previous.message
    )
      distinct.push(warning);
    previous = warning;
  }
  return distinct;
}

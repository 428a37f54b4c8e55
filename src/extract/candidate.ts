import type { Comparator, Kind, Measure } from '../dataset/dataset-schema.ts';
import type { Anchor } from './matches-of.ts';
import type { ReportStructure } from './report-structure.ts';

/** What a parser found: one number with its meaning, before subjects and years are attached. */
export interface Candidate {
  /** The parser that produced it, e.g. "growth". */
  rule: string;
  /** The number's own characters (for a range, first number to last). */
  start: number;
  end: number;
  /** The whole phrase the parser matched: verb, number, unit and comparator. */
  matchStart: number;
  matchEnd: number;
  /** Where the words that name the subject end (the verb or the number). */
  subjectEnd: number;
  measure: Measure;
  value: number;
  upper: number | null;
  unit: string;
  comparator: Comparator;
  scope: string | null;
  /** For shares: the whole (占全市固定资产投资的63% → 全市固定资产投资). */
  whole?: string;
  /** How the report relates part and whole: 占…比重, or 相当于…的比例 (研发经费支出相当于生产总值的比例). */
  wholeVia?: '占' | '相当于';
  /** Set by refiners. */
  subject?: string;
  inferred: string[];
  year?: number | null;
  kind?: Kind;
  period?: { from: number; to: number } | null;
  estimated?: boolean;
  sentenceStart?: number;
  /** The subject could be named no better than a bare generic noun (企业, 项目). */
  unclearSubject?: boolean;
  /** Which subject rule named it. */
  subjectRule?: string;
  /** Set by the engine: which parser match this candidate came from, across refiners that copy it. */
  origin?: number;
  /** Set by the engine: the refiners that changed this candidate, in order. */
  refinedBy?: string[];
  /**
   * Set by the engine on each candidate it gives a refiner: that refiner's number in the run. A
   * copy never carries it, so a candidate that comes back with it is one the refiner kept as given.
   */
  givenTo?: number;
}

/** The text a parser reads: the whole normalised report, so offsets stay global. */
export interface ParsingContext {
  text: string;
  /**
   * Where each number in digits starts (its first digit, after neither a digit nor a point),
   * found once for every parser and exclusion that starts at one.
   */
  numberStarts: readonly number[];
}

/** A parser owns one phrasing family: a pattern and what one match means. */
export interface Parser {
  name: string;
  pattern: RegExp;
  /**
   * Where a match may start, for a pattern that opens with optional words (see matchesOf), made
   * for each text from what its context found once.
   */
  anchorIn?: (context: ParsingContext) => Anchor;
  /** How the pattern's groups tile a match, for a pattern without the `d` flag (see spansOf). */
  layout?: GroupLayout;
  extract(context: ParsingContext, match: RegExpExecArray): Candidate | null;
}

/**
 * A refiner works across candidates: subjects, lists, overlaps, years. It returns new candidates
 * for those it changes and never changes the ones it is given, so the engine can tell what each
 * refiner changed by comparing its input with its output.
 */
export type Refiner = (
  context: RefiningContext,
  candidates: readonly Readonly<Candidate>[],
) => Candidate[];

export interface RefiningContext {
  text: string;
  /** Spans that are names, dates or ordinals: numbers inside them are not indicators. */
  excluded: ReadonlyArray<{ start: number; end: number }>;
  structure: ReportStructure;
  warn(start: number, end: number, message: string): void;
}

/**
 * A copy of the candidate with every field present, in one order. Parsers and refiners each leave
 * out or add different fields, and objects of many shapes make every later read of a field a slow
 * lookup (V8 caches field offsets per shape), and every spread (`{ ...candidate }`) a slow copy;
 * one shape keeps both fast. Refiners copy with it and then set what they change.
 */
export function copyOf(found: Readonly<Candidate>): Candidate {
  return {
    rule: found.rule,
    start: found.start,
    end: found.end,
    matchStart: found.matchStart,
    matchEnd: found.matchEnd,
    subjectEnd: found.subjectEnd,
    measure: found.measure,
    value: found.value,
    upper: found.upper,
    unit: found.unit,
    comparator: found.comparator,
    scope: found.scope,
    whole: found.whole,
    wholeVia: found.wholeVia,
    subject: found.subject,
    inferred: found.inferred,
    year: found.year,
    kind: found.kind,
    period: found.period,
    estimated: found.estimated,
    sentenceStart: found.sentenceStart,
    unclearSubject: found.unclearSubject,
    subjectRule: found.subjectRule,
    origin: found.origin,
    refinedBy: found.refinedBy,
    // A copy is a new candidate, not the one given: see givenTo.
    givenTo: undefined,
  };
}

/** Where each named group of a match lies, by name: a `d` match's `indices.groups`, or spansOf's. */
export type GroupSpans = Readonly<Partial<Record<string, readonly [number, number]>>>;

/** The span of a named group, or null when it did not take part in the match. */
export function groupSpan(spans: GroupSpans, name: string): [number, number] | null {
  const span = spans[name];
  return span ? [span[0], span[1]] : null;
}

/**
 * The named groups that tile a match: `head` from its start and `tail` up to its end, each a list
 * of slots in text order, a slot being the groups that are alternatives at that place (digits or a
 * Chinese numeral). A group in neither has no span.
 */
export interface GroupLayout {
  readonly head: readonly (readonly string[])[];
  readonly tail?: readonly (readonly string[])[];
}

/**
 * The spans of a match's groups, from their lengths and the layout, for a pattern without the `d`
 * flag: V8 builds a `d` match's indices in a runtime call (an array per group and a dictionary
 * of them), which cost more than the match itself on the amounts and percentages of a report.
 * Held to a `d` twin of each pattern by a test.
 */
export function spansOf(match: RegExpExecArray, layout: GroupLayout): GroupSpans {
  const groups = match.groups ?? {};
  const spans: Record<string, readonly [number, number]> = {};
  let at = match.index;
  for (const slot of layout.head) {
    const name = matchedOf(groups, slot);
    if (name === undefined) continue;
    const end = at + (groups[name] ?? '').length;
    spans[name] = [at, end];
    at = end;
  }
  const tail = layout.tail ?? [];
  at = match.index + match[0].length;
  for (let index = tail.length - 1; index >= 0; index -= 1) {
    const name = matchedOf(groups, tail[index] ?? []);
    if (name === undefined) continue;
    const start = at - (groups[name] ?? '').length;
    spans[name] = [start, at];
    at = start;
  }
  return spans;
}

/** The group of a slot that took part in the match. */
function matchedOf(
  groups: Record<string, string | undefined>,
  slot: readonly string[],
): string | undefined {
  for (const name of slot) if (groups[name] !== undefined) return name;
  return undefined;
}

/*
 * Comparators at module scope, not arrow functions at the call: a closure made per call loses
 * its optimised code at every garbage collection and is compiled again on the next extraction.
 */

/** Text order of spans. */
export function byStart(a: { start: number }, b: { start: number }): number {
  return a.start - b.start;
}

/** Text order of spans; of two that start together, the shorter first. */
export function byStartThenEnd(
  a: { start: number; end: number },
  b: { start: number; end: number },
): number {
  return a.start - b.start || a.end - b.end;
}

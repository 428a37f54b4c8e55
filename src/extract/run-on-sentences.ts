import type { Candidate } from './candidate.ts';

/**
 * A report's sentences are short: the longest of the bundled and corpus reports has 638
 * characters and 15 numbers. A "sentence" far past that is a pasted table, a list that never
 * ends (分别增长1%、2%、3%…) or prose that lost its punctuation. Its numbers cannot be read with
 * confidence, and reading each would cost its whole length: they become one warning instead.
 */
const MAX_SENTENCE_CHARS = 2000;
const MAX_SENTENCE_NUMBERS = 100;

/** A full sentence ends only at these (as in clause-bounds). */
const FULL_SENTENCE_END = /[。！？\n\r]/gu;

export interface RunOnSentence {
  start: number;
  end: number;
  message: string;
}

/**
 * Sentence boundaries in one linear pass: `starts[i]` is where sentence i begins. `test` moves
 * `lastIndex` past each one-character end without making a match array for it.
 */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  FULL_SENTENCE_END.lastIndex = 0;
  while (FULL_SENTENCE_END.test(text)) starts.push(FULL_SENTENCE_END.lastIndex);
  return starts;
}

function sentenceEnd(text: string, starts: readonly number[], index: number): number {
  return (starts[index + 1] ?? text.length + 1) - 1;
}

/** A number as the parsers read it, and 1.1.1.1 as one: counting them needs no lookbehind. */
const NUMBER = /\d+(?:\.\d+)*/gu;

/**
 * How many numbers each sentence holds, in one pass over text and sentences together. A number
 * holds no sentence end, so its last character (before `lastIndex`, which `test` moves without
 * making a match array) is in its sentence.
 */
function numbersBySentence(text: string, starts: readonly number[]): number[] {
  const counts = starts.map(() => 0);
  let sentence = 0;
  NUMBER.lastIndex = 0;
  while (NUMBER.test(text)) {
    const last = NUMBER.lastIndex - 1;
    while ((starts[sentence + 1] ?? Infinity) <= last) sentence += 1;
    counts[sentence] = (counts[sentence] ?? 0) + 1;
  }
  return counts;
}

/**
 * Sentences too long or too dense with numbers to be prose, found before parsing so that no
 * parser reads them.
 */
export function findRunOnSentences(text: string, starts: readonly number[]): RunOnSentence[] {
  const numbers = numbersBySentence(text, starts);
  const runOns: RunOnSentence[] = [];
  for (let index = 0; index < starts.length; index += 1) {
    const start = starts[index] ?? 0;
    const end = sentenceEnd(text, starts, index);
    const count = numbers[index] ?? 0;
    if (end - start > MAX_SENTENCE_CHARS) {
      const message = `a sentence of ${end - start} characters is not report prose (a table, an endless list or text without punctuation): nothing in it is read`;
      runOns.push({ start, end, message });
    } else if (count > MAX_SENTENCE_NUMBERS) {
      runOns.push({ start, end, message: denseMessage(count) });
    }
  }
  return runOns;
}

function denseMessage(count: number): string {
  return `a sentence with ${count} numbers is not report prose (a table or an endless list): its numbers are not read`;
}

/** Fills a blanked sentence: no pattern starts at it or reads it (a space would start `\s`). */
const BLANK = '\u0000';

/**
 * The text parsers read: each long sentence is blanked, so offsets stay those of the text and
 * the sentence's own end (。 or a line break) still bounds its neighbours.
 */
export function blankSentences(text: string, sentences: readonly RunOnSentence[]): string {
  if (sentences.length === 0) return text;
  const parts: string[] = [];
  let cursor = 0;
  for (const { start, end } of sentences) {
    parts.push(text.slice(cursor, start), BLANK.repeat(end - start));
    cursor = end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

/** The index of the last start at or before `offset`. */
function sentenceIndexAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Drops the candidates of sentences with more numbers than prose ever has (一万、两万、…). */
export function dropDenseSentences(
  text: string,
  starts: readonly number[],
  candidates: readonly Candidate[],
): { kept: Candidate[]; dense: RunOnSentence[] } {
  const sentenceOf: number[] = [];
  // Two parsers may read one number: count where numbers start, not candidates.
  const numbers = new Map<number, Set<number>>();
  for (const candidate of candidates) {
    const index = sentenceIndexAt(starts, candidate.start);
    sentenceOf.push(index);
    const numberStarts = numbers.get(index);
    if (numberStarts) numberStarts.add(candidate.start);
    else numbers.set(index, new Set([candidate.start]));
  }
  const dense = new Map<number, RunOnSentence>();
  for (const [index, { size: count }] of numbers) {
    if (count <= MAX_SENTENCE_NUMBERS) continue;
    const end = sentenceEnd(text, starts, index);
    dense.set(index, { start: starts[index] ?? 0, end, message: denseMessage(count) });
  }
  if (dense.size === 0) return { kept: [...candidates], dense: [] };
  return {
    kept: candidates.filter((_, position) => !dense.has(sentenceOf[position] ?? -1)),
    dense: [...dense.values()],
  };
}

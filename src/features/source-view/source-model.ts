import type { Indicator } from '../../dataset/dataset-schema.ts';

export type SourceSegment =
  | { kind: 'text'; text: string; inSentence: boolean }
  | {
      kind: 'number';
      text: string;
      indicatorId: string;
      selected: boolean;
      inSentence: boolean;
      /**
       * Closing punctuation right after the number (。，、）…), kept on the number's line: Chinese
       * line breaking never starts a line with it, but a marked number is a box the browser may
       * break after.
       */
      after: string;
    };

/** Punctuation a Chinese line may not start with (GB/T 15834 and CSS line-break: strict). */
const NO_LINE_START = /^[。，、；：！？）］｝」』”’》〉】…％%]+/u;

/** Sentence ends in report prose; 、 and ，split clauses, not sentences. */
const SENTENCE_END = /[。！？；\n]/;

/** The sentence around a span: from after the previous sentence end through the next one. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1] ?? '')) from -= 1;
  while (from < start && /\s/.test(text[from] ?? '')) from += 1;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to] ?? '')) to += 1;
  if (to < text.length && text[to] !== '\n') to += 1;
  return [from, to];
}

/**
 * The report text cut into plain runs and marked numbers, with the selected indicator's
 * sentence flagged. Overlapping spans keep the earlier one: a number is marked once.
 * The view renders these as text nodes, so report text can never become markup.
 */
export function segmentText(
  text: string,
  indicators: readonly Indicator[],
  selectedId: string | null,
): SourceSegment[] {
  const spans = [...indicators]
    .filter((i) => i.source.start < i.source.end && i.source.end <= text.length)
    .sort((a, b) => a.source.start - b.source.start || b.source.end - a.source.end);
  const selected = indicators.find((i) => i.id === selectedId) ?? null;
  const [sentenceFrom, sentenceTo] = selected
    ? sentenceAround(text, selected.source.start, selected.source.end)
    : [-1, -1];

  const cuts = new Set<number>([0, text.length]);
  if (selected) {
    cuts.add(sentenceFrom);
    cuts.add(sentenceTo);
  }
  const marks = new Map<number, Indicator>();
  let lastEnd = 0;
  for (const indicator of spans) {
    if (indicator.source.start < lastEnd) continue;
    marks.set(indicator.source.start, indicator);
    cuts.add(indicator.source.start);
    cuts.add(indicator.source.end);
    lastEnd = indicator.source.end;
  }
  // The selected indicator must be visible even if it overlaps an earlier mark.
  if (selected && !marks.has(selected.source.start)) {
    for (const [start, indicator] of marks) {
      if (start < selected.source.end && indicator.source.end > selected.source.start) {
        marks.delete(start);
      }
    }
    marks.set(selected.source.start, selected);
    cuts.add(selected.source.start);
    cuts.add(selected.source.end);
  }

  const points = [...cuts].sort((a, b) => a - b);
  const segments: SourceSegment[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const from = points[i] ?? 0;
    let to = points[i + 1] ?? text.length;
    if (from >= to) continue;
    const inSentence = from >= sentenceFrom && from < sentenceTo;
    const mark = marks.get(from);
    if (mark) {
      to = mark.source.end;
      // Skip cut points inside the mark (a sentence boundary cannot fall inside a number).
      while ((points[i + 1] ?? text.length) < to) i += 1;
      segments.push({
        kind: 'number',
        text: text.slice(from, to),
        indicatorId: mark.id,
        selected: mark.id === selectedId,
        inSentence,
        after: '',
      });
    } else {
      const previous = segments[segments.length - 1];
      let run = text.slice(from, to);
      const closing = previous?.kind === 'number' ? NO_LINE_START.exec(run)?.[0] : undefined;
      if (previous?.kind === 'number' && closing) {
        previous.after = closing;
        run = run.slice(closing.length);
      }
      if (run !== '') segments.push({ kind: 'text', text: run, inSentence });
    }
  }
  return segments;
}

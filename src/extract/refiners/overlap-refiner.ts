import type { Candidate, RefiningContext } from '../candidate.ts';

/**
 * When two parsers read the same number, the longer phrase wins (增长5.8% over 5.8%);
 * on a tie the parser listed first wins. Output keeps text order.
 */
export function overlapRefiner(_context: RefiningContext, candidates: Candidate[]): Candidate[] {
  const ranked = candidates
    .map((candidate, order) => ({ candidate, order }))
    .sort(
      (a, b) =>
        b.candidate.matchEnd -
          b.candidate.matchStart -
          (a.candidate.matchEnd - a.candidate.matchStart) || a.order - b.order,
    );
  const kept: Candidate[] = [];
  for (const { candidate } of ranked) {
    const clash = kept.some((other) => candidate.start < other.end && other.start < candidate.end);
    if (!clash) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

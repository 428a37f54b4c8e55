import type { Candidate, RefiningContext } from '../candidate.ts';

/**
 * When two parsers read the same number, the longer phrase wins (增长5.8% over 5.8%);
 * on a tie the parser listed first wins. Output keeps text order.
 */
export function overlapRefiner(
  _context: RefiningContext,
  candidates: readonly Readonly<Candidate>[],
): Candidate[] {
  const ranked = candidates
    .map((candidate, order) => ({ candidate, order }))
    .sort(
      (a, b) =>
        b.candidate.matchEnd -
          b.candidate.matchStart -
          (a.candidate.matchEnd - a.candidate.matchStart) || a.order - b.order,
    );
  const kept: Candidate[] = [];
  const taken = new Set<number>();
  for (const { candidate } of ranked) {
    let clash = false;
    for (let at = candidate.start; at < candidate.end && !clash; at += 1) clash = taken.has(at);
    if (clash) continue;
    for (let at = candidate.start; at < candidate.end; at += 1) taken.add(at);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

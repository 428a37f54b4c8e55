import type { Candidate, RefiningContext } from '../candidate.ts';
import { byStartThenEnd } from '../candidate.ts';

interface Ranked {
  candidate: Readonly<Candidate>;
  order: number;
}

function phraseLength({ candidate }: Ranked): number {
  return candidate.matchEnd - candidate.matchStart;
}

/** Longer phrase first, then parser order. */
function byLengthThenOrder(a: Ranked, b: Ranked): number {
  return phraseLength(b) - phraseLength(a) || a.order - b.order;
}

/**
 * When two parsers read the same number, the longer phrase wins (增长5.8% over 5.8%);
 * on a tie the parser listed first wins. Output keeps text order.
 */
export function overlapRefiner(
  _context: RefiningContext,
  candidates: readonly Readonly<Candidate>[],
): Candidate[] {
  const ranked: Ranked[] = [];
  for (let order = 0; order < candidates.length; order += 1) {
    ranked.push({ candidate: candidates[order] as Readonly<Candidate>, order });
  }
  ranked.sort(byLengthThenOrder);
  const kept: Candidate[] = [];
  // The characters already read, one byte each: a Set of offsets hashed each of them.
  let last = 0;
  for (const candidate of candidates) last = Math.max(last, candidate.end);
  const taken = new Uint8Array(last);
  for (const { candidate } of ranked) {
    let clash = false;
    for (let at = candidate.start; at < candidate.end && !clash; at += 1) clash = taken[at] === 1;
    if (clash) continue;
    taken.fill(1, candidate.start, candidate.end);
    kept.push(candidate);
  }
  return kept.sort(byStartThenEnd);
}

import type { Candidate, RefiningContext } from '../candidate.ts';
import { copyOf } from '../candidate.ts';

/** What may stand between two numbers of one list: 4.1%、7.3%和5%. */
const LIST_JOIN = /^[、和及与\s]*$/u;

/**
 * The verb before the first number of a list governs the rest:
 *   分别增长4.1%、7.3%和5%   下降3.2%和1.5%
 * so 7.3% and 5% are growth rates too (negative after a fall), not bare rates.
 * Rejected: 增长5%，占比63% (a comma starts a new clause, and 占比 is its own trigger).
 */
export function listVerbRefiner(
  context: RefiningContext,
  candidates: readonly Readonly<Candidate>[],
): Candidate[] {
  // Each number reads the one before as this refiner left it: 下降3.2%、1.5%和2% are all falls.
  const refined: Candidate[] = [...candidates];
  for (let index = 1; index < refined.length; index += 1) {
    const previous = refined[index - 1];
    const candidate = refined[index];
    if (!previous || !candidate) continue;
    if (previous.measure !== 'growth' || candidate.measure !== 'rate') continue;
    if (candidate.unit !== previous.unit || candidate.matchStart !== candidate.start) continue;
    if (!LIST_JOIN.test(context.text.slice(previous.matchEnd, candidate.matchStart))) continue;
    const falls = previous.value < 0;
    const growth = copyOf(candidate);
    growth.measure = 'growth';
    if (falls) {
      growth.value = -candidate.value;
      if (candidate.upper !== null) growth.upper = -candidate.upper;
    }
    refined[index] = growth;
  }
  shareTrailingQualifier(context.text, refined);
  return refined;
}

const SHARED_QUALIFIERS: ReadonlySet<Candidate['comparator']> = new Set(['approx', 'gte', 'lte']);

/**
 * A qualifier written once after a list qualifies all of it: 分别增长5%、6.5%左右 is 5%左右 and
 * 6.5%左右. Only a list in one unit, joined by 、/和, whose earlier numbers carry no qualifier.
 * Replaces the qualified items in `candidates`, the refiner's own copy of the list.
 */
function shareTrailingQualifier(text: string, candidates: Candidate[]): void {
  for (let index = candidates.length - 1; index > 0; index -= 1) {
    const last = candidates[index];
    if (!last || !SHARED_QUALIFIERS.has(last.comparator)) continue;
    for (let at = index - 1; at >= 0; at -= 1) {
      const item = candidates[at];
      const next = candidates[at + 1];
      if (!item || !next || item.unit !== last.unit || item.measure !== last.measure) break;
      if (!LIST_JOIN.test(text.slice(item.matchEnd, next.matchStart))) break;
      if (item.comparator !== 'eq') break;
      const qualified = copyOf(item);
      qualified.comparator = last.comparator;
      candidates[at] = qualified;
    }
  }
}

import type { Candidate, RefiningContext } from '../candidate.ts';
import { copyOf } from '../candidate.ts';
import { DEVELOPMENT_ZONES, NOT_A_NAME_START } from '../vocabulary/place-vocabulary.ts';
import { alternation, HAN } from '../vocabulary/regex-fragments.ts';

/**
 * A sentence that opens with a district, zone or county reports that place's figures:
 *   临港新片区新一轮市级支持政策出台，…规模以上工业总产值、全社会固定资产投资总额分别增长22.5%和10.3%
 * gives 临港新片区规模以上工业总产值, not the city's. Rejected: 全区/各区 (the whole, not a part),
 * 跨境电商综合试验区建设深入推进 (a programme's progress, not a place's figures) and a place the
 * subject already names.
 */
const PLACE_OPENING = new RegExp(
  String.raw`^(?<place>(?![${NOT_A_NAME_START.join('')}])${HAN}{2,8}?(?:${alternation([...DEVELOPMENT_ZONES, '县'])}))(?!${HAN}{0,2}[、和与]|建设|发展)`,
  'u',
);

export function placeRefiner(
  context: RefiningContext,
  candidates: readonly Readonly<Candidate>[],
): Candidate[] {
  // A loop, not map: a callback made per call is optimised again in each extraction.
  const placed: Candidate[] = [];
  for (const candidate of candidates) placed.push(withPlace(context.text, candidate));
  return placed;
}

function withPlace(text: string, candidate: Readonly<Candidate>): Candidate {
  const opening = text.slice(candidate.sentenceStart ?? candidate.start, candidate.start);
  const place = PLACE_OPENING.exec(opening.replace(/^[\s—-]+/u, ''))?.groups?.place;
  if (!place || !candidate.subject || candidate.subject.includes(place)) return candidate;
  const placed = copyOf(candidate);
  placed.subject = `${place}${candidate.subject}`;
  if (!candidate.inferred.includes('place')) placed.inferred = [...candidate.inferred, 'place'];
  return placed;
}

import { MAGNITUDE_FACTORS } from '../extract/vocabulary/unit-vocabulary.ts';

/**
 * Units that differ only by a Chinese magnitude word (亿元 and 万亿元, 人 and 万人) measure the
 * same thing: a result written in one can be set against a goal written in the other.
 */
function split(unit: string): { base: string; scale: number } {
  for (const [prefix, scale] of MAGNITUDE_FACTORS) {
    if (unit.startsWith(prefix) && unit.length > prefix.length) {
      return { base: unit.slice(prefix.length), scale };
    }
  }
  return { base: unit, scale: 1 };
}

/** The factor that turns a value in `from` into one in `to`, or null when they measure apart. */
export function unitFactor(from: string, to: string): number | null {
  if (from === to) return 1;
  const a = split(from);
  const b = split(to);
  return a.base === b.base ? a.scale / b.scale : null;
}

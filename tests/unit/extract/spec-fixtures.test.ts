import { describe, expect, it } from 'vitest';
import knownGaps from './spec-known-gaps.json' with { type: 'json' };
import { compareCase, loadSpec, readCase } from './spec-fixture-runner.ts';

/**
 * Spec fixtures were written by reading the reports, without running the extractor. Each case
 * must be read exactly as the reader did. Cases the extractor still reads differently are
 * listed in spec-known-gaps.json; such a case must keep failing, so that a fix shows up as
 * a reminder to take it off the list.
 */
const gaps: Record<string, string> = knownGaps;
const SPECS = [
  'beihai-2024',
  'china-2024',
  'shanghai-2024',
  'other-reports',
  'negative-cases',
  'genre',
  'genre-rules',
  'genre-2',
  'genre-3',
];

for (const name of SPECS) {
  describe(`spec: ${name}`, () => {
    for (const spec of loadSpec(name)) {
      const title = spec.input.length > 60 ? `${spec.input.slice(0, 60)}…` : spec.input;
      if (spec.input in gaps) {
        it(`known gap: ${title}`, () => {
          expect(
            compareCase(spec, readCase(spec)),
            'fixed? take it off spec-known-gaps.json',
          ).not.toEqual([]);
        });
      } else {
        it(title, () => {
          expect(compareCase(spec, readCase(spec))).toEqual([]);
        });
      }
    }
  });
}

describe('spec fixtures as a whole', () => {
  it('leave at most one case in twenty as a known gap', () => {
    const total = SPECS.reduce((sum, name) => sum + loadSpec(name).length, 0);
    expect(Object.keys(gaps).length / total).toBeLessThanOrEqual(0.05);
  });
});

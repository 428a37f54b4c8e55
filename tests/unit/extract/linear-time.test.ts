import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract/extract-report.ts';
import { ADVERSARIAL_PATTERNS, adversarialText } from '../../support/adversarial-inputs.ts';

const SOURCE = { id: 'linear', file: 'linear.txt', sha256: '0'.repeat(64) };
const SMALL = 20 * 1024;
const LARGE = 200 * 1024;
/**
 * Ten times the text may take ten times as long; a generous 25× leaves room for a busy machine
 * while a quadratic path (a hundred times) still fails. A ratio, so machine speed cancels out.
 */
const MAX_RATIO = 25;
/** Below this a timer tick or one collection decides the ratio: a quadratic path is far above. */
const FLOOR_MS = 2;

/**
 * The fastest of a few runs, in CPU time: other work on a busy machine neither adds to it nor
 * preempts it (Vitest runs each test file in a process of its own).
 */
function fastestMs(text: string, runs: number): number {
  let fastest = Infinity;
  for (let run = 0; run < runs; run++) {
    const started = process.cpuUsage();
    extractReport(text, SOURCE);
    const used = process.cpuUsage(started);
    fastest = Math.min(fastest, (used.user + used.system) / 1000);
  }
  return fastest;
}

describe('the extractor takes linear time on adversarial input', () => {
  it.each(ADVERSARIAL_PATTERNS.map((pattern) => [pattern.name, pattern] as const))(
    '%s: 200 KB within 25x the time of 20 KB',
    (_, pattern) => {
      const small = adversarialText(pattern, SMALL);
      const large = adversarialText(pattern, LARGE);
      // The first run compiles the code and regexes this input reaches.
      extractReport(small, SOURCE);
      const smallMs = Math.max(fastestMs(small, 5), FLOOR_MS);
      const largeMs = fastestMs(large, 3);
      expect(largeMs / smallMs, `${smallMs.toFixed(1)} ms → ${largeMs.toFixed(1)} ms`).toBeLessThan(
        MAX_RATIO,
      );
    },
  );
});

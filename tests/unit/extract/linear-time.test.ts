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
/**
 * Below this a timer tick or one collection decides the ratio: a quadratic path is far above
 * (the 20 KB inputs take 2–13 ms of CPU here, a quadratic 200 KB would take a hundred times that).
 */
const FLOOR_MS = 5;

function cpuMs(text: string): number {
  const started = process.cpuUsage();
  extractReport(text, SOURCE);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/**
 * The fastest of a few runs of each, in CPU time, the two inputs taken in turn: other work on a
 * busy machine neither adds to CPU time nor preempts it, and what it still costs (caches, the
 * collector) falls on both alike rather than on the large input's runs alone.
 */
function fastestOfEach(small: string, large: string, runs: number): [number, number] {
  let fastest: [number, number] = [Infinity, Infinity];
  for (let run = 0; run < runs; run++) {
    fastest = [Math.min(fastest[0], cpuMs(small)), Math.min(fastest[1], cpuMs(large))];
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
      const [fastestSmall, largeMs] = fastestOfEach(small, large, 4);
      const smallMs = Math.max(fastestSmall, FLOOR_MS);
      expect(largeMs / smallMs, `${smallMs.toFixed(1)} ms → ${largeMs.toFixed(1)} ms`).toBeLessThan(
        MAX_RATIO,
      );
    },
  );
});

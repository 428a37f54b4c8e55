import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUANTITY_UNITS } from '../../../src/extract/vocabulary/unit-vocabulary.ts';
import { alternation } from '../../../src/extract/vocabulary/regex-fragments.ts';

/**
 * alternation writes its words as a tree of shared beginnings; a pattern built on it must read
 * exactly what the flat list, longest word first, reads: 3万亿元 is 3 and 万亿元, never 万 and a
 * stray 亿元. Checked with a continuation that fails after the longest word, so that the engine
 * falls back to shorter ones in both forms.
 */

function flat(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

function found(source: string, text: string): string[] {
  return [...text.matchAll(new RegExp(source, 'gu'))].map(
    (match) => `${match.index}:${match[0]}:${match.groups?.word ?? ''}`,
  );
}

const SHAPES = [
  (words: string) => `(?<word>${words})`,
  (words: string) => `\\d(?<word>${words})元`,
  (words: string) => `(?<word>${words})(?:以上|亿)?`,
  (words: string) => `^(?:${words})+$`,
];

describe('alternation', () => {
  it('matches what the flat list of words matches, units and made-up words alike', () => {
    const chars = ['万', '亿', '元', '千', '瓦', '时', '/', '.', '1', '以', '上', 'a'];
    const word = fc.array(fc.constantFrom(...chars), { minLength: 0, maxLength: 4 });
    const lists = fc.oneof(
      fc.constant(QUANTITY_UNITS.map((unit) => [...unit])),
      fc.array(word, { minLength: 1, maxLength: 12 }),
    );
    fc.assert(
      fc.property(lists, fc.array(fc.constantFrom(...chars), { maxLength: 40 }), (list, text) => {
        const words = list.map((letters) => letters.join(''));
        for (const shape of SHAPES) {
          expect(found(shape(alternation(words)), text.join(''))).toEqual(
            found(shape(flat(words)), text.join('')),
          );
        }
      }),
      { numRuns: 400 },
    );
  });
});

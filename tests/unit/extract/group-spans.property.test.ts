import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spansOf } from '../../../src/extract/candidate.ts';
import { PARSERS, parsingContextOf } from '../../../src/extract/extract-indicators.ts';
import type { Anchor } from '../../../src/extract/matches-of.ts';
import { matchesOf } from '../../../src/extract/matches-of.ts';

/**
 * The busiest parsers read their groups' spans from the groups' lengths (spansOf), not from the
 * `d` flag. A wrong layout would shift a number's span or its subject's end silently (a quote
 * cut one character short), so each is held to a `d` twin of its pattern: same spans, every group.
 */

const SEEDS = join(import.meta.dirname, '../../../seeds');
const REPORTS = [
  ...readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => join(SEEDS, name)),
  ...readdirSync(join(SEEDS, 'corpus')).map((name) => join(SEEDS, 'corpus', name)),
].map((path) => readFileSync(path, 'utf8'));

const pick = (...items: string[]): fc.Arbitrary<string> => fc.constantFrom(...items);
const maybe = (item: fc.Arbitrary<string>): fc.Arbitrary<string> => fc.option(item, { nil: '' });
const SPACE = maybe(pick(' ', '  ', '\u3000'));
const NUMBER = pick('5', '5.8', '43539', '0.6', '三千五百', '十', '两', '上千');

/** Phrases shaped like the parsers' (verb, comparator, number, range, gap, unit, comparator). */
const PHRASE = fc
  .tuple(
    maybe(pick('增长', '增速预期目标为', '下降', '占全市', '比重', '贡献率', '控制在', '的')),
    maybe(pick('不低于', '约', '超过', '近')),
    maybe(pick('-')),
    NUMBER,
    maybe(
      fc
        .tuple(maybe(pick('%')), SPACE, pick('—', '-', '至', '～'), SPACE, NUMBER)
        .map((parts) => parts.join('')),
    ),
    SPACE,
    pick('%', '个百分点', '万', '亿元', '余万人', '多个', '个', '万亿元', '人次'),
    maybe(pick('以上', '左右', '以内', '的增长', '的增幅')),
  )
  .map((parts) => parts.join(''));

const TEXT = fc
  .array(fc.oneof(PHRASE, pick('全市', '，', '。', '投资', '\n')), { maxLength: 12 })
  .map((parts) => parts.join(''));

const layoutParsers = PARSERS.filter((parser) => parser.layout);

/** Each match's spans, by spansOf and by the `d` twin, for the groups the layout places. */
function spansBoth(parser: (typeof PARSERS)[number], text: string): [unknown[], unknown[]] {
  const layout = parser.layout!;
  const names = [...layout.head, ...(layout.tail ?? [])].flat();
  const twin = new RegExp(parser.pattern.source, `${parser.pattern.flags}d`);
  const anchor = (): Anchor | undefined => parser.anchorIn?.(parsingContextOf(text));
  const byLength = [...matchesOf(parser.pattern, text, anchor())].map((match) => {
    const spans = spansOf(match, layout);
    return names.map((name) => spans[name] ?? null);
  });
  const byIndices = [...matchesOf(twin, text, anchor())].map((match) =>
    names.map((name) => match.indices?.groups?.[name] ?? null),
  );
  return [byLength, byIndices];
}

describe('group spans from lengths', () => {
  it('covers the parsers that read the most matches', () => {
    expect(layoutParsers.map((parser) => parser.name)).toEqual(
      expect.arrayContaining(['amount', 'rate', 'growth', 'growth-after', 'share']),
    );
  });

  it.each(layoutParsers.map((parser) => [parser.name, parser] as const))(
    '%s: the same spans as the d flag on every report',
    (_name, parser) => {
      for (const text of REPORTS) {
        const [byLength, byIndices] = spansBoth(parser, text);
        expect(byLength).toEqual(byIndices);
      }
    },
  );

  it.each(layoutParsers.map((parser) => [parser.name, parser] as const))(
    '%s: the same spans as the d flag on texts of its own words',
    (_name, parser) => {
      fc.assert(
        fc.property(TEXT, (text) => {
          const [byLength, byIndices] = spansBoth(parser, text);
          expect(byLength).toEqual(byIndices);
        }),
        { numRuns: 300 },
      );
    },
  );
});

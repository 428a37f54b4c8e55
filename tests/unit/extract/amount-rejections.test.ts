import { describe, expect, it } from 'vitest';
import { parsingContextOf } from '../../../src/extract/extract-indicators.ts';
import { matchesOf } from '../../../src/extract/matches-of.ts';
import { amountParser, amountRejection } from '../../../src/extract/parsers/amount-parser.ts';

/** The reason given for the amount parser's first match in `text` that starts at `number`. */
function reasonFor(text: string, number: string): string | null {
  const at = text.indexOf(number);
  const anchor = amountParser.anchorIn?.(parsingContextOf(text));
  const match = [...matchesOf(amountParser.pattern, text, anchor)].find(
    (found) => found.index === at,
  );
  if (!match) throw new Error(`no amount match at “${number}” in ${text}`);
  return amountRejection(text, match as RegExpExecArray);
}

describe('the amount parser says why it refuses a number', () => {
  it.each([
    ['疏浚30万吨级航道一条', '30', 'class or name after the unit'],
    ['实施3个月专项整治', '3', 'duration in months'],
    ['惠及上千万家庭', '千万', 'the unit starts a longer word'],
    ['建设年产200万吨项目', '200', 'capacity in the name of a plant'],
    ['召开市委十二届七次全会', '七', 'ordinal or part of a name'],
    ['重点抓好八个方面工作', '八', 'structure, not a quantity'],
    ['入选全国六个试点城市之一', '六', 'one of a group'],
    ['用好两个市场两种资源', '两', 'parallel counts of a slogan'],
  ])('%s: %s is refused as %s', (text, number, reason) => {
    expect(reasonFor(text, number)).toBe(reason);
  });

  it('reads a statistic as an amount, with no reason to refuse it', () => {
    expect(reasonFor('新增城镇就业5.2万人', '5.2')).toBeNull();
    expect(reasonFor('举办各类展会十余次', '十')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from '../../../src/extract/chinese-numeral.ts';

describe('parseChineseNumeral', () => {
  it.each([
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['三千五百', 3500],
    ['一万二千', 12000],
    ['三百零五', 305],
    ['二〇二三', 2023],
    ['五亿', 500000000],
  ])('reads %s as %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each(['', '万万', '二三四五x', '亿万'])('rejects %j', (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });
});

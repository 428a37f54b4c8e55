/**
 * Converts Chinese numerals to numbers with one multiplier table:
 * 两 → 2, 十 → 10, 十二 → 12, 三千五百 → 3500, 一万二千 → 12000, 二〇二三 → 2023 (digit by digit).
 * Returns null for text that is not a well-formed numeral (万万, 十十).
 */
const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** At module scope: a callback made per call is optimised again in each extraction. */
const isDigit = (char: string): boolean => char in DIGITS;
const digitOf = (char: string): number | undefined => DIGITS[char];

export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  if ([...text].every(isDigit) && text.length > 1) {
    // Digit by digit, as in years: 二〇二三.
    return Number([...text].map(digitOf).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastLarge = Infinity;
  for (const char of text) {
    if (char in DIGITS) {
      if (digit !== null && digit !== 0) return null;
      digit = DIGITS[char] ?? null;
    } else if (char in SMALL_UNITS) {
      const unit = SMALL_UNITS[char] ?? 1;
      // 十 alone means 一十.
      section += (digit ?? 1) * unit;
      digit = null;
    } else if (char in LARGE_UNITS) {
      const unit = LARGE_UNITS[char] ?? 1;
      if (unit >= lastLarge || (section === 0 && digit === null)) return null;
      total += (section + (digit ?? 0)) * unit;
      section = 0;
      digit = null;
      lastLarge = unit;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/** 五点五 → 5.5: a numeral, then 点 and the decimals digit by digit. */
export function parseChineseDecimal(text: string): number | null {
  const [whole = '', fraction, ...rest] = text.split('点');
  if (rest.length > 0) return null;
  const integer = parseChineseNumeral(whole);
  if (integer === null) return null;
  if (fraction === undefined) return integer;
  const digits = [...fraction].map((char) => DIGITS[char]);
  if (digits.length === 0 || digits.some((digit) => digit === undefined)) return null;
  return Number(`${integer}.${digits.join('')}`);
}

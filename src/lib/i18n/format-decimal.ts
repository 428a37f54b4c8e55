/**
 * A number with at most two decimals, grouped by thousands with commas and a point for the
 * decimals, as Intl.NumberFormat writes it for zh-CN and for en-US with maximumFractionDigits 2
 * (1,234.5; -0.25; +3 when signed): the shortest decimal that reads back as the number, rounded
 * half away from zero (1.005 → 1.01, as ICU does). Written out because a page's first
 * Intl.NumberFormat loads ICU's number data, tens of milliseconds of its start. Null where
 * Intl should answer: not finite, or a number JavaScript writes with an exponent.
 * tests/unit/lib/format-decimal.test.ts holds it to Intl's answers.
 */
export function formatDecimal(value: number, signed: boolean): string | null {
  if (!Number.isFinite(value)) return null;
  const shortest = String(Math.abs(value));
  if (shortest.includes('e')) return null;
  const point = shortest.indexOf('.');
  let whole = point < 0 ? shortest : shortest.slice(0, point);
  let fraction = point < 0 ? '' : shortest.slice(point + 1);
  if (fraction.length > 2) {
    const roundsUp = fraction.charCodeAt(2) >= 0x35; // '5'
    fraction = fraction.slice(0, 2);
    if (roundsUp) {
      const digits = (BigInt(whole + fraction) + 1n).toString().padStart(whole.length + 2, '0');
      whole = digits.slice(0, -2);
      fraction = digits.slice(-2);
    }
  }
  fraction = fraction.replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(?:\d{3})+$)/g, ',');
  const body = fraction ? `${grouped}.${fraction}` : grouped;
  const zero = whole === '0' && fraction === '';
  const negative = value < 0 || Object.is(value, -0);
  if (signed) return zero ? body : `${negative ? '-' : '+'}${body}`;
  return negative ? `-${body}` : body;
}

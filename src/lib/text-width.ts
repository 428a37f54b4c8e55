/** Characters drawn one em wide: CJK, Hangul, kana and the full-width forms. */
const WIDE_CHAR =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * How wide a narrow (Latin, digit) character is, in em. Laying out labels wants the typical
 * width, so names are not cut early; reserving room for text that ECharts wraps itself wants a
 * generous one, so the room is never too small.
 */
export const NARROW_EM = { typical: 0.56, generous: 0.62 } as const;

/**
 * The one estimate of a line's rendered width in px, used wherever a chart or its exported
 * image decides room before anything is drawn (no canvas to measure with in a pure builder).
 */
export function estimateTextWidth(
  text: string,
  fontSize: number,
  narrowEm: number = NARROW_EM.typical,
): number {
  let width = 0;
  for (const char of text) width += WIDE_CHAR.test(char) ? fontSize : fontSize * narrowEm;
  return width;
}

/**
 * Maps full-width digits and signs to ASCII (４．５％ → 4.5%). Every replaced character is one
 * UTF-16 unit and so is its replacement, so offsets into the result are offsets into the original.
 */
const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E\uFF05\uFF0D\uFF0B]/g;

export function normalizeText(text: string): string {
  return text.replace(FULL_WIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

/**
 * Guesses about report bytes that carry no label: UTF-16 without a BOM, Latin-1 text, Chinese
 * that was mis-decoded and saved again, and HTML pages. Pure, like the decoder that uses them.
 */
import { HAN } from './vocabulary/regex-fragments.ts';

/** Characters a report is made of: ASCII, CJK ideographs and punctuation, full-width forms. */
function isReportCharacter(code: number): boolean {
  return (
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    (code >= 0x20 && code <= 0x7e) ||
    code === 0xb7 ||
    (code >= 0x2000 && code <= 0x206f) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xff00 && code <= 0xffef)
  );
}

/** Below this many characters a byte pattern proves nothing (4 bytes of binary look like "A䍂"). */
const MIN_UTF16_CHARACTERS = 16;
/** A real report decoded right is all report characters; the wrong byte order is almost none. */
const MIN_REPORT_CHARACTER_SHARE = 0.95;

/**
 * UTF-16 without a BOM, told from its byte pattern: decoded in the right byte order a report
 * is ASCII and CJK (全 is 68 51 in UTF-16LE, 51 68 in UTF-16BE); in the wrong order, or when
 * the bytes are something else, it is mostly characters no report uses.
 */
export function guessUtf16(
  bytes: Uint8Array,
  decode: (encoding: string, bytes: Uint8Array) => string | null,
): { text: string; encoding: 'utf-16le' | 'utf-16be' } | null {
  if (bytes.length % 2 !== 0 || bytes.length < MIN_UTF16_CHARACTERS * 2) return null;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = decode(encoding, bytes);
    if (text === null) continue;
    let fitting = 0;
    for (let index = 0; index < text.length; index++) {
      if (isReportCharacter(text.charCodeAt(index))) fitting++;
    }
    if (fitting >= text.length * MIN_REPORT_CHARACTER_SHARE) return { text, encoding };
  }
  return null;
}

/**
 * Latin-1 / Windows-1252 text (accented letters between ASCII ones: café, Müller) has its high
 * bytes one at a time; GBK and UTF-8 Chinese have them in runs of two or three.
 */
export function looksLikeLatin1(bytes: Uint8Array): boolean {
  let high = 0;
  let isolated = 0;
  for (let index = 0; index < bytes.length; index++) {
    if ((bytes[index] ?? 0) < 0x80) continue;
    high++;
    const before = index === 0 ? 0 : (bytes[index - 1] ?? 0);
    const after = bytes[index + 1] ?? 0;
    if (before < 0x80 && after < 0x80) isolated++;
  }
  return high > 0 && isolated >= high / 2;
}

/**
 * UTF-8 Chinese opened as Latin-1 / Windows-1252 and saved again as UTF-8: each character
 * becomes a lead letter ä–é and two symbols (全市 → å…¨å¸‚). Returns a sample to quote.
 */
const MOJIBAKE =
  /[\u00e4-\u00e9][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]{2}/gu;
const MIN_MOJIBAKE_CHARACTERS = 5;
const CJK = new RegExp(HAN, 'u');

export function mojibakeSample(text: string): string | null {
  if (CJK.test(text)) return null;
  const found = text.match(MOJIBAKE) ?? [];
  if (found.length < MIN_MOJIBAKE_CHARACTERS) return null;
  return found.slice(0, 2).join('');
}

/**
 * An HTML page rather than text: a doctype or <html>/<head> at the start, or a <body>…</body>.
 * Plain text that quotes a tag or two (a report carrying <script>) is still text.
 */
const HTML_START =
  /^\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--[\s\S]{0,2000}?-->\s*)*<(?:!doctype\s+html|html|head)[\s>]/iu;
const BODY_OPEN = /<body[\s>]/iu;
const BODY_CLOSE = /<\/body\s*>/iu;

export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.slice(0, 4000)) || (BODY_OPEN.test(text) && BODY_CLOSE.test(text));
}

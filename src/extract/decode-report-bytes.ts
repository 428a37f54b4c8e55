/**
 * Turns the bytes of an uploaded or read report into its text. Pure (Uint8Array and
 * TextDecoder only) so that the CLI and the browser upload share one set of rules.
 *
 * Accepts UTF-8 with or without a BOM, UTF-16LE/BE with a BOM or told from its byte pattern,
 * and GB18030/GBK detected from the bytes (UTF-8 is tried first because a valid UTF-8 Chinese
 * text is almost never valid GB18030 with the same meaning, while the reverse guess would
 * garble it). Latin-1 text and Chinese that was mis-decoded and saved again are refused with a
 * message naming what they look like; an HTML page is refused with a message saying to save it
 * as text (reducing it here would put offsets into a text the user never saw). Only the BOM is
 * removed: the extractor's offsets index the returned text exactly.
 */

import { guessUtf16, looksLikeHtml, looksLikeLatin1, mojibakeSample } from './encoding-sniff.ts';

export const DECODE_FAILURE_REASONS = [
  'empty',
  'too-large',
  'binary',
  'undecodable',
  'html',
] as const;
export type DecodeFailureReason = (typeof DECODE_FAILURE_REASONS)[number];

export type ReportEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedReport {
  text: string;
  encoding: ReportEncoding;
  /** Invalid UTF-8 sequences replaced by U+FFFD in an otherwise UTF-8 text; usually 0. */
  replacedSequences: number;
}

export interface DecodeOptions {
  /** Inputs longer than this many bytes are refused before any decoding. */
  maxBytes?: number;
}

/** A report file that cannot be read as a report; `message` is one line, no file name. */
export class ReportDecodeError extends Error {
  override readonly name = 'ReportDecodeError';
  readonly reason: DecodeFailureReason;

  constructor(reason: DecodeFailureReason, message: string) {
    super(message);
    this.reason = reason;
  }
}

/** The longest report we expect is ~100 KB; 20 MB leaves room for odd copies yet stays fast. */
export const DEFAULT_MAX_REPORT_BYTES = 20 * 1024 * 1024;

// Formats people upload by mistake; named so the error tells them what they picked.
const MAGIC_NUMBERS: readonly { name: string; bytes: readonly number[] }[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive (or a Word/Excel file)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'old Word/Excel document', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
];

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
const UTF16LE_BOM = [0xff, 0xfe] as const;
const UTF16BE_BOM = [0xfe, 0xff] as const;

/**
 * A stray control character (a DOS end-of-file mark, a form feed) does not make a text
 * binary; many of them do. One in a thousand is far above any real report.
 */
const MAX_CONTROL_CHARACTER_SHARE = 0.001;
const MIN_CONTROL_CHARACTERS_TOLERATED = 4;

/**
 * A damaged UTF-8 file has a bad sequence here and there among thousands of good multi-byte
 * characters; GBK read as UTF-8 has almost no good ones.
 */
const MAX_UTF8_REPAIRS_PER_GOOD_CHARACTER = 0.01;

function countUtf8Damage(text: string): { replaced: number; goodNonAscii: number } {
  let replaced = 0;
  let goodNonAscii = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0xfffd) replaced++;
    else if (code > 0x7f) goodNonAscii++;
  }
  return { replaced, goodNonAscii };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((byte, index) => bytes[index] === byte);
}

function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return `${megabytes >= 10 ? Math.round(megabytes) : megabytes.toFixed(1)} MB`;
}

/** Decodes or returns null when the bytes are not valid in that encoding. */
function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: we strip the BOM ourselves so that every encoding path behaves alike.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Strict UTF-8, or lenient UTF-8 when the damage is slight: a copy with a cut-off last
 * character or a stray byte must not be read as GB18030 mojibake.
 */
function decodeUtf8(bytes: Uint8Array): { text: string; replacedSequences: number } | null {
  const strict = tryDecode('utf-8', bytes);
  if (strict !== null) return { text: strict, replacedSequences: 0 };
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const { replaced, goodNonAscii } = countUtf8Damage(lenient);
  return replaced <= goodNonAscii * MAX_UTF8_REPAIRS_PER_GOOD_CHARACTER
    ? { text: lenient, replacedSequences: replaced }
    : null;
}

function decodeText(bytes: Uint8Array): DecodedReport {
  if (startsWith(bytes, UTF8_BOM)) {
    const utf8 = decodeUtf8(bytes.subarray(UTF8_BOM.length));
    if (utf8 === null) {
      throw new ReportDecodeError('undecodable', 'file starts with a UTF-8 BOM but is not UTF-8');
    }
    return { ...utf8, encoding: 'utf-8-bom' };
  }
  for (const [bom, encoding] of [
    [UTF16LE_BOM, 'utf-16le'],
    [UTF16BE_BOM, 'utf-16be'],
  ] as const) {
    if (!startsWith(bytes, bom)) continue;
    const text = tryDecode(encoding, bytes.subarray(bom.length));
    if (text === null) {
      throw new ReportDecodeError(
        'undecodable',
        `file starts with a ${encoding.toUpperCase()} BOM but is not valid ${encoding.toUpperCase()}`,
      );
    }
    return { text, encoding, replacedSequences: 0 };
  }
  if (bytes.includes(0)) {
    // Without a BOM, NUL bytes mean UTF-16 (every ASCII character has one) or binary.
    const utf16 = guessUtf16(bytes, tryDecode);
    if (utf16) return { ...utf16, replacedSequences: 0 };
    throw new ReportDecodeError(
      'binary',
      'file is binary (it contains NUL bytes), not a text report',
    );
  }
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== null) {
    const sample = mojibakeSample(utf8.text);
    if (sample !== null) {
      throw new ReportDecodeError(
        'undecodable',
        `file is Chinese text that was opened as Latin-1/Windows-1252 and saved again (it reads "${sample}"): use the original file`,
      );
    }
    return { ...utf8, encoding: 'utf-8' };
  }
  // UTF-16 of Chinese alone has no NUL byte; GBK read as UTF-16 is mostly Hangul and surrogates.
  const utf16 = guessUtf16(bytes, tryDecode);
  if (utf16) return { ...utf16, replacedSequences: 0 };
  if (looksLikeLatin1(bytes)) {
    throw new ReportDecodeError(
      'undecodable',
      'file looks like Latin-1/Windows-1252 text (single accented letters, no Chinese): a report must be Chinese text in UTF-8, GBK/GB18030 or UTF-16',
    );
  }
  const gb18030 = tryDecode('gb18030', bytes);
  if (gb18030 !== null) return { text: gb18030, encoding: 'gb18030', replacedSequences: 0 };
  throw new ReportDecodeError('undecodable', 'file is neither UTF-8, UTF-16, nor GB18030/GBK text');
}

function countControlCharacters(text: string): { nul: boolean; count: number } {
  let count = 0;
  let nul = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // Tab, line feed, vertical tab, form feed and carriage return are layout, not binary.
    if ((code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0x7f) {
      count++;
      if (code === 0) nul = true;
    }
  }
  return { nul, count };
}

/**
 * Throws the too-large error for a file of `byteLength` bytes. Exported so that a caller who
 * knows the size before reading (fs.stat, File.size) can refuse without reading.
 */
export function assertReportSize(
  byteLength: number,
  maxBytes: number = DEFAULT_MAX_REPORT_BYTES,
): void {
  if (byteLength > maxBytes) {
    throw new ReportDecodeError(
      'too-large',
      `file is too large (${formatMegabytes(byteLength)}; the limit is ${formatMegabytes(maxBytes)})`,
    );
  }
}

/** Decodes report bytes or throws a ReportDecodeError saying what is wrong with them. */
export function decodeReportBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedReport {
  assertReportSize(bytes.length, options.maxBytes);
  if (bytes.length === 0) throw new ReportDecodeError('empty', 'file is empty');
  const magic = MAGIC_NUMBERS.find((candidate) => startsWith(bytes, candidate.bytes));
  if (magic) {
    throw new ReportDecodeError('binary', `file is binary (a ${magic.name}), not a text report`);
  }
  const decoded = decodeText(bytes);
  const control = countControlCharacters(decoded.text);
  if (
    control.nul ||
    control.count >
      Math.max(MIN_CONTROL_CHARACTERS_TOLERATED, decoded.text.length * MAX_CONTROL_CHARACTER_SHARE)
  ) {
    throw new ReportDecodeError(
      'binary',
      'file is binary (it contains control characters), not a text report',
    );
  }
  // trim() also removes the ideographic space U+3000 that Chinese texts indent with.
  if (decoded.text.trim() === '') {
    throw new ReportDecodeError('empty', 'file is empty (it holds only whitespace)');
  }
  if (looksLikeHtml(decoded.text)) {
    throw new ReportDecodeError(
      'html',
      'file is an HTML web page, not plain text: open it in a browser and save it as text (.txt), or copy its text and paste it',
    );
  }
  return decoded;
}

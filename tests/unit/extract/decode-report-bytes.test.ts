import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DecodeFailureReason } from '../../../src/extract/decode-report-bytes.ts';
import { decodeReportBytes, ReportDecodeError } from '../../../src/extract/decode-report-bytes.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const REPORT = '各位代表：\n\n一、2023年工作回顾\n全市地区生产总值增长5.8%。\n';

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function withPrefix(prefix: readonly number[], body: Uint8Array): Uint8Array {
  return new Uint8Array([...prefix, ...body]);
}

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const buffer = Buffer.from(text, 'utf16le');
  if (endian === 'be') buffer.swap16();
  return withPrefix(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff], buffer);
}

function failure(bytes: Uint8Array, maxBytes?: number): ReportDecodeError {
  try {
    decodeReportBytes(bytes, { maxBytes });
  } catch (error) {
    if (error instanceof ReportDecodeError) return error;
    throw error;
  }
  throw new Error('expected decodeReportBytes to reject the bytes');
}

describe('decodeReportBytes accepts every encoding a report arrives in', () => {
  it('reads plain UTF-8 unchanged', () => {
    expect(decodeReportBytes(utf8(REPORT))).toEqual({
      text: REPORT,
      encoding: 'utf-8',
      replacedSequences: 0,
    });
  });

  it('strips a UTF-8 BOM and nothing else', () => {
    const decoded = decodeReportBytes(withPrefix([0xef, 0xbb, 0xbf], utf8(REPORT)));
    expect(decoded).toEqual({ text: REPORT, encoding: 'utf-8-bom', replacedSequences: 0 });
  });

  it.each(['le', 'be'] as const)('reads UTF-16%s with its BOM', (endian) => {
    const decoded = decodeReportBytes(utf16(REPORT, endian));
    expect(decoded).toEqual({ text: REPORT, encoding: `utf-16${endian}`, replacedSequences: 0 });
  });

  it('detects GB18030/GBK from the bytes', () => {
    // 全市地区生产总值增长5.8% in GBK, as `iconv -t GB18030` writes it.
    const gbk = [
      0xc8, 0xab, 0xca, 0xd0, 0xb5, 0xd8, 0xc7, 0xf8, 0xc9, 0xfa, 0xb2, 0xfa, 0xd7, 0xdc, 0xd6,
      0xb5, 0xd4, 0xf6, 0xb3, 0xa4, 0x35, 0x2e, 0x38, 0x25,
    ];
    expect(decodeReportBytes(new Uint8Array(gbk))).toEqual({
      text: '全市地区生产总值增长5.8%',
      encoding: 'gb18030',
      replacedSequences: 0,
    });
  });

  it('detects even two GBK characters as GB18030', () => {
    expect(decodeReportBytes(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3])).text).toBe('你好');
  });

  it('reads a UTF-8 copy with a cut-off last character as UTF-8, not as GB18030 mojibake', () => {
    const bytes = utf8(`${REPORT.repeat(10)}增长`).slice(0, -1);
    const decoded = decodeReportBytes(bytes);
    expect(decoded).toMatchObject({ encoding: 'utf-8', replacedSequences: 1 });
    expect(decoded.text).toBe(`${REPORT.repeat(10)}增\uFFFD`);
  });

  it('keeps CRLF line ends and full-width characters so offsets index the file as read', () => {
    const text = '一、2023年工作回顾\r\n增长４．５％\r\n';
    expect(decodeReportBytes(utf8(text)).text).toBe(text);
  });

  it('tolerates a stray control character such as a DOS end-of-file mark', () => {
    expect(decodeReportBytes(utf8(`${REPORT}\x1a`)).text).toBe(`${REPORT}\x1a`);
  });
});

describe('decodeReportBytes refuses what is not a report, saying why in one line', () => {
  const cases: { name: string; bytes: Uint8Array; reason: DecodeFailureReason; says: RegExp }[] = [
    { name: 'zero bytes', bytes: new Uint8Array(0), reason: 'empty', says: /empty/ },
    {
      name: 'only whitespace, ideographic spaces included',
      bytes: utf8(' \n\t\u3000\r\n'),
      reason: 'empty',
      says: /only whitespace/,
    },
    {
      name: 'only a BOM',
      bytes: new Uint8Array([0xef, 0xbb, 0xbf]),
      reason: 'empty',
      says: /empty/,
    },
    {
      name: 'a PNG image',
      bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x41, 0x42]),
      reason: 'binary',
      says: /PNG image/,
    },
    {
      name: 'a JPEG image',
      bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x41]),
      reason: 'binary',
      says: /JPEG image/,
    },
    { name: 'a PDF', bytes: utf8('%PDF-1.7\n各位代表'), reason: 'binary', says: /PDF/ },
    {
      name: 'a .docx (ZIP)',
      bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]),
      reason: 'binary',
      says: /ZIP/,
    },
    {
      name: 'bytes with NUL',
      bytes: new Uint8Array([0x41, 0x00, 0x42, 0x43]),
      reason: 'binary',
      says: /NUL/,
    },
    {
      name: 'text full of control characters',
      bytes: utf8('\x01\x02\x03\x04\x05\x06\x07\x08 各位代表'),
      reason: 'binary',
      says: /control characters/,
    },
    {
      name: 'bytes that are neither UTF-8 nor GB18030',
      bytes: new Uint8Array([0x41, 0xff, 0xff, 0x41]),
      reason: 'undecodable',
      says: /neither UTF-8/,
    },
    {
      name: 'a UTF-16 BOM before an odd number of bytes',
      bytes: new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]),
      reason: 'undecodable',
      says: /UTF-16LE/,
    },
  ];

  it.each(cases)('$name', ({ bytes, reason, says }) => {
    const error = failure(bytes);
    expect(error.reason).toBe(reason);
    expect(error.message).toMatch(says);
    expect(error.message).not.toMatch(/\n/);
  });

  it('refuses a 50 MB input with the default 20 MB limit before decoding it', () => {
    const error = failure(new Uint8Array(50 * 1024 * 1024));
    expect(error.reason).toBe('too-large');
    expect(error.message).toBe('file is too large (50 MB; the limit is 20 MB)');
  });

  it('applies the size limit it is given', () => {
    expect(failure(utf8(REPORT.repeat(100)), 1024).reason).toBe('too-large');
  });
});

describe('decodeReportBytes reads encodings as people have them', () => {
  const withoutBom = (text: string, endian: 'le' | 'be'): Uint8Array =>
    utf16(text, endian).slice(2);

  it.each(['le', 'be'] as const)('tells UTF-16%s without a BOM from its byte pattern', (endian) => {
    expect(decodeReportBytes(withoutBom(REPORT, endian))).toEqual({
      text: REPORT,
      encoding: `utf-16${endian}`,
      replacedSequences: 0,
    });
  });

  it.each(['le', 'be'] as const)(
    'tells UTF-16%s of Chinese alone (no NUL byte at all) from GBK',
    (endian) => {
      const chinese = '全市地区生产总值增长百分之五点八，财政收入稳步增长。';
      const bytes = withoutBom(chinese, endian);
      expect(bytes.includes(0)).toBe(false);
      expect(decodeReportBytes(bytes)).toMatchObject({
        text: chinese,
        encoding: `utf-16${endian}`,
      });
    },
  );

  it('still reads the GBK fixtures as GB18030, not as UTF-16', () => {
    const bytes = readFileSync(join(FIXTURES, 'upload-yunxi-2026.gbk.txt'));
    expect(decodeReportBytes(new Uint8Array(bytes)).encoding).toBe('gb18030');
  });

  it('names Latin-1 / Windows-1252 text instead of guessing GBK', () => {
    // "Le café coûte 5% de plus à Zürich." in ISO-8859-1: one high byte at a time.
    const latin1 = new Uint8Array(
      [...'Le caf\xe9 co\xfbte 5% de plus \xe0 Z\xfcrich.'].map((char) => char.charCodeAt(0)),
    );
    const error = failure(latin1);
    expect(error.reason).toBe('undecodable');
    expect(error.message).toMatch(/^file looks like Latin-1\/Windows-1252 text/);
  });

  it('names Chinese that was opened as Windows-1252 and saved again as UTF-8', () => {
    const garbled = new TextDecoder('windows-1252').decode(utf8(REPORT));
    const error = failure(utf8(garbled));
    expect(error.reason).toBe('undecodable');
    expect(error.message).toMatch(/opened as Latin-1\/Windows-1252 and saved again \(it reads "å/);
  });

  it.each([
    ['a doctype', `<!DOCTYPE html>\n<html><body><p>${REPORT}</p></body></html>`],
    ['an <html> tag after an XML declaration', `<?xml version="1.0"?>\n<html lang="zh">${REPORT}`],
    ['a body and its end', `政府工作报告\n<body class="x">\n<p>${REPORT}</p>\n</body>`],
  ])('refuses an HTML page (%s), saying to save it as text', (_case, page) => {
    const error = failure(utf8(page));
    expect(error.reason).toBe('html');
    expect(error.message).toMatch(/HTML web page.*save it as text/);
  });

  it('reads a plain text that merely quotes markup as text', () => {
    const bytes = readFileSync(join(FIXTURES, 'upload-markup-2026.txt'));
    expect(decodeReportBytes(new Uint8Array(bytes)).text).toContain('<script>');
  });
});

/**
 * Bytes of an account file to text, the way spreadsheet programs and CRMs write them:
 * UTF-8 with or without a byte-order mark, UTF-16 LE/BE (Excel's "Unicode text", with or without
 * a BOM), and Windows-1252 (Excel's "CSV" on Western Windows; a superset of ISO-8859-1's printable
 * range) when the bytes are not valid UTF-8. UTF-8 is decoded strictly first, so a valid UTF-8
 * file is never read as Windows-1252. Runs anywhere `TextDecoder` does (workers, Node): no DOM.
 */

import { type BinaryKind, type CsvProblem, csvProblemText } from './problems';

export type DecodedFile =
  | { ok: true; text: string; encoding: string }
  /** `message`: the problem in English; `problem`: the same as a code, for the UI to word. */
  | { ok: false; message: string; problem: CsvProblem; encoding: string };

/** Magic numbers of files that are not text: what they are, and what to do. */
const SIGNATURES: readonly [readonly number[], BinaryKind][] = [
  [[0x50, 0x4b, 0x03, 0x04], 'zip'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'xls'],
  [[0x25, 0x50, 0x44, 0x46], 'pdf'],
  [[0x89, 0x50, 0x4e, 0x47], 'png'],
  [[0xff, 0xd8, 0xff], 'jpeg'],
  [[0x1f, 0x8b], 'gzip'],
];

/** A file that is not readable text: its problem code and English message. */
function notText(problem: CsvProblem, encoding: string): DecodedFile {
  return { ok: false, message: csvProblemText(problem), problem, encoding };
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((b, i) => bytes[i] === b);

/** UTF-16 without a BOM: in the first bytes, one of each pair is almost always zero. */
function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Share of control characters (other than tab, CR, LF, FF) in the text's first 4,096 chars. */
function controlShare(text: string): number {
  const head = text.slice(0, 4096);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for binary bytes on purpose
  const controls = head.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g)?.length ?? 0;
  return head.length === 0 ? 0 : controls / head.length;
}

/** Windows-1252's bytes 0x80–0x9F (WHATWG Encoding's table); the rest are ISO-8859-1. */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Windows-1252 by table: not every `TextDecoder` (small-ICU builds, some test DOMs) has it. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, start + CHUNK);
    for (let i = start; i < end; i++) {
      const b = bytes[i] as number;
      codes.push(b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b);
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

function decode(bytes: Uint8Array, encoding: string, fatal: boolean): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  return new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);
}

/**
 * Decodes an account file. Order: BOM (UTF-8, UTF-16 LE/BE) → UTF-16 by its zero bytes →
 * strict UTF-8 → Windows-1252. `encoding` names what was used ("utf-8", "utf-8 (BOM)",
 * "utf-16le", "utf-16be", "windows-1252"). Files that are not text (a workbook, an image,
 * binary garbage) give `ok: false` with a message saying what the file is. Never throws; the
 * text never holds U+FFFD from a decoding fallback (Windows-1252 maps every byte).
 */
export function decodeAccountFile(bytes: Uint8Array): DecodedFile {
  for (const [magic, kind] of SIGNATURES)
    if (startsWith(bytes, magic)) return notText({ code: 'binary', kind }, 'binary');
  if (bytes.length === 0) return notText({ code: 'empty-file' }, 'utf-8');
  let encoding: string;
  let text: string;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    try {
      text = decode(bytes, 'utf-8', true);
      encoding = 'utf-8 (BOM)';
    } catch {
      text = decode(bytes.subarray(3), 'windows-1252', false);
      encoding = 'windows-1252';
    }
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = 'utf-16le';
    text = decode(bytes, 'utf-16le', false);
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = 'utf-16be';
    text = decode(bytes, 'utf-16be', false);
  } else {
    const utf16 = utf16Guess(bytes);
    if (utf16) {
      encoding = utf16;
      text = decode(bytes, utf16, false);
    } else {
      try {
        text = decode(bytes, 'utf-8', true);
        encoding = 'utf-8';
      } catch {
        text = decode(bytes, 'windows-1252', false);
        encoding = 'windows-1252';
      }
    }
  }
  text = text.replace(/^\uFEFF/, '');
  if (controlShare(text) > 0.01 || text.slice(0, 4096).includes('\u0000'))
    return notText({ code: 'not-text' }, 'binary');
  return { ok: true, text, encoding };
}

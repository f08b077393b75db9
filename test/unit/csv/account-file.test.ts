import { describe, expect, it } from 'vitest';
import { readAccountFile } from '@/lib/csv';

const HEADER = 'Company,Industry,# Employees,Company City,Company Country';
const ROW = 'Société Générale Tech,Computer Software,51-200,Montréal,Canada';
const csv = `${HEADER}\r\n${ROW}\r\n`;

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const body = bom ? `\uFEFF${text}` : text;
  const out = new Uint8Array(body.length * 2);
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    out[i * 2 + (bigEndian ? 1 : 0)] = code & 0xff;
    out[i * 2 + (bigEndian ? 0 : 1)] = code >> 8;
  }
  return out;
}

/** Windows-1252 bytes of Latin-1 text (every char here is below U+0100). */
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readAccountFile: encodings', () => {
  it.each([
    ['utf-8', utf8(csv)],
    ['utf-8 (BOM)', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(csv)])],
    ['utf-16le', utf16(csv.replaceAll(',', '\t'), false, true)],
    ['utf-16be', utf16(csv.replaceAll(',', '\t'), true, true)],
    ['utf-16le', utf16(csv.replaceAll(',', '\t'), false, false)],
    ['windows-1252', latin1(csv)],
  ])('%s', (encoding, bytes) => {
    const file = readAccountFile(bytes);
    expect(file.encoding).toBe(encoding);
    expect(file.errors).toEqual([]);
    expect(file.companies).toHaveLength(1);
    const facts = file.companies[0]!.facts;
    expect(facts.name?.value).toBe('Société Générale Tech');
    expect(facts.name?.value).not.toContain('\uFFFD');
    expect(facts.headquarters?.value).toMatchObject({ city: 'Montréal', country: 'CA' });
    expect(facts.industry?.value).toBe('Software Development');
  });

  it('Windows-1252 curly quotes and euro sign come through', () => {
    const bytes = Uint8Array.from([
      ...latin1('Company,Description\r\nBrême Öl,'),
      0x93,
      ...latin1('Best'),
      0x94,
      0x20,
      0x80,
      0x0d,
      0x0a,
    ]);
    const file = readAccountFile(bytes);
    expect(file.encoding).toBe('windows-1252');
    expect(file.companies[0]!.facts.description?.value).toBe('“Best” €');
  });

  it.each([
    [Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /xlsx/, { code: 'binary', kind: 'zip' }],
    [
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]),
      /\.xls/,
      { code: 'binary', kind: 'xls' },
    ],
    [
      Uint8Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256),
      /not look like a text file/,
      { code: 'not-text' },
    ],
    [new Uint8Array(), /empty/, { code: 'empty-file' }],
  ])(
    'not a text file: clear message and its code, nothing read (%#)',
    (bytes, message, problem) => {
      const file = readAccountFile(bytes);
      expect(file.companies).toEqual([]);
      // The English message for the command line, the code for the UI to word in its language.
      expect(file.errors).toEqual([{ row: 0, message: expect.stringMatching(message), problem }]);
    },
  );
});

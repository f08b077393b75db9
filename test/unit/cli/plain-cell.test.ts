import { describe, expect, it } from 'vitest';
import { isPlainCell } from '@/lib/cli/output';
import { terminalSafe } from '@/lib/cli/terminal';
import { csvCell } from '@/lib/csv/write';

/** The regular expression `isPlainCell` replaced (lib/cli/output.ts before 2026-11-30). */
const PLAIN_CELL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it rules out
  /^[^=+\-@\s",\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069](?:[^",\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]*[^\s",\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069])?$/;

/** Every code unit the rules name, their neighbours, and ordinary text around them. */
const SPECIAL = [
  0, 8, 9, 10, 13, 31, 32, 33, 34, 43, 44, 45, 61, 64, 65, 126, 127, 128, 159, 160, 161, 0x1680,
  0x1fff, 0x2000, 0x200a, 0x200b, 0x2028, 0x2029, 0x2029, 0x202a, 0x202e, 0x202f, 0x205f, 0x2065,
  0x2066, 0x2069, 0x206a, 0x3000, 0x4e2d, 0xd83d, 0xde00, 0xfeff, 0xfffd,
].map((c) => String.fromCharCode(c));

describe('isPlainCell', () => {
  it('agrees with the regular expression it replaced on every short mix of special characters', () => {
    const words = ['', 'a', 'Acme', 'acme.example', 'Công ty', '深蓝数据', 'شرکت'];
    let checked = 0;
    const disagreements: string[] = [];
    for (const a of [...SPECIAL, ...words])
      for (const b of [...SPECIAL, ...words])
        for (const c of ['', 'x', ...SPECIAL])
          for (const text of [a + b + c, `${a}Acme Inc${b}${c}`, c + a + b]) {
            if (isPlainCell(text) !== PLAIN_CELL.test(text))
              disagreements.push(JSON.stringify(text));
            checked++;
          }
    expect(disagreements).toEqual([]);
    expect(checked).toBeGreaterThan(100_000);
  });

  it('says "plain" only of text the CSV output would write as it is', () => {
    for (const text of ['Northwind Shield', 'northwindshield.example', '=cmd|calc', ' Acme', 'a,b'])
      if (isPlainCell(text)) expect(csvCell(terminalSafe(text))).toBe(text);
    expect(isPlainCell('=cmd|calc')).toBe(false);
    expect(isPlainCell('Acme, Inc.')).toBe(false);
    expect(isPlainCell('Acme\u202eInc')).toBe(false);
    expect(isPlainCell('Acme Inc')).toBe(true);
  });
});

/**
 * The extension's pages mirror in right-to-left languages (Persian) because their CSS names
 * sides logically: inline-start/end, not left/right. This fails any stylesheet under
 * `components/` that names a physical left or right side.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const COMPONENTS = join(ROOT, 'components');

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

/** Physical left/right, with the logical property to use instead. */
const PHYSICAL: [RegExp, string][] = [
  [/\b(margin|padding|border)-(left|right)\b/, '$1-inline-start / $1-inline-end'],
  [/(^|[;{\s])(left|right)\s*:/, 'inset-inline-start / inset-inline-end'],
  [/\btext-align\s*:\s*(left|right)\b/, 'text-align: start / end'],
  [/\bfloat\s*:\s*(left|right)\b/, 'float: inline-start / inline-end'],
  [/\bclear\s*:\s*(left|right)\b/, 'clear: inline-start / inline-end'],
  [/\bborder-(top|bottom)-(left|right)-radius\b/, 'border-start-start-radius and its kin'],
];

describe('CSS logical properties', () => {
  const files = cssFiles(COMPONENTS);

  it('finds the stylesheets', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files.map((f) => [relative(ROOT, f), f]))(
    '%s names no physical left/right',
    (_, file) => {
      const problems: string[] = [];
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, index) => {
        const code = line.replace(/\/\*.*?\*\//g, '');
        for (const [pattern, instead] of PHYSICAL) {
          if (pattern.test(code))
            problems.push(`line ${index + 1}: "${line.trim()}" — use ${instead}`);
        }
      });
      expect(problems).toEqual([]);
    },
  );

  it('catches a physical side', () => {
    const [pattern] = PHYSICAL[0]!;
    expect(pattern.test('  margin-left: 4px;')).toBe(true);
    expect(PHYSICAL[1]![0].test('  right: 0;')).toBe(true);
    expect(PHYSICAL[1]![0].test('  inset-inline-end: 0;')).toBe(false);
  });
});

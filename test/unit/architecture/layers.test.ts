import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The lib/ layers, bottom first (ARCHITECTURE.md, "Layers"). A file may import from its own
 * layer and the layers before it, never from one after it. Each entry is a top-level folder or
 * file of lib/ (without `.ts`); a new one has to be placed here before its test can pass.
 */
const LAYERS: readonly string[] = [
  'text',
  'format',
  'i18n',
  'facts',
  'facts-schema',
  'normalize',
  'extract',
  'criteria',
  'scoring',
  'badge',
  'content',
  'icp',
  'company',
  'talking-points',
  'csv',
  'records',
  'crm',
  'lists',
  'db',
  'messaging',
  'evaluate',
  'tab-view',
  'sql',
  'cli',
];

const ROOT = join(__dirname, '../../..');
const posix = (path: string) => path.split('\\').join('/');

function libFiles(dir = 'lib'): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return libFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every module specifier a file names: static, type-only, re-exports, side-effect and dynamic. */
function specifiers(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/\b(?:from|import)\s*\(?\s*(['"])([^'"\n]+)\1/g)) {
    if (match[2]) found.push(match[2]);
  }
  return found;
}

/** The repository path an import resolves to, or null for a package import. */
function resolve(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = spec.slice(2);
  else if (spec.startsWith('.')) base = posix(normalize(join(dirname(from), spec)));
  else return null;
  for (const ending of ['', '.ts', '.tsx', '/index.ts', '/index.tsx']) {
    const path = base + ending;
    if (existsSync(join(ROOT, path)) && statSync(join(ROOT, path)).isFile()) return path;
  }
  return base;
}

/** `lib/scoring/score.ts` → `scoring`, `lib/text.ts` → `text`. */
function layerOf(path: string): string {
  return (path.split('/')[1] ?? '').replace(/\.tsx?$/, '');
}

const rank = (layer: string) => LAYERS.indexOf(layer) + 1;

const edges = libFiles().flatMap((file) =>
  specifiers(readFileSync(join(ROOT, file), 'utf8')).flatMap((spec) => {
    const target = resolve(file, spec);
    return target === null ? [] : [{ file, spec, target }];
  }),
);

describe('lib/ layers', () => {
  it('finds the imports it checks', () => {
    expect(libFiles().length).toBeGreaterThan(100);
    expect(edges.filter((e) => e.target.startsWith('lib/')).length).toBeGreaterThan(300);
  });

  it('places every lib/ folder and file in a layer', () => {
    const unplaced = [...new Set(libFiles().map(layerOf))].filter((layer) => rank(layer) === 0);
    expect(
      unplaced.map(
        (layer) =>
          `lib/${layer} has no layer: add it to LAYERS in ${posix(relative(ROOT, __filename))} and to ARCHITECTURE.md ("Layers")`,
      ),
    ).toEqual([]);
  });

  it('imports only from its own layer or the layers before it', () => {
    const problems: string[] = [];
    for (const { file, spec, target } of edges) {
      if (target.startsWith('components/') || target.startsWith('entrypoints/')) {
        problems.push(
          `${file} imports ${target} ('${spec}'): lib/ may not import the UI or entrypoints`,
        );
        continue;
      }
      if (!target.startsWith('lib/')) continue;
      const from = layerOf(file);
      const to = layerOf(target);
      if (from === to || rank(from) === 0 || rank(to) === 0) continue;
      if (rank(to) > rank(from)) {
        problems.push(
          `${file} imports ${target}: ${from} (${rank(from)}) may not import ${to} (${rank(to)}) — move the shared piece down or the importer up`,
        );
      }
    }
    expect(problems).toEqual([]);
  });

  it('matches the order written in ARCHITECTURE.md', () => {
    const doc = readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8');
    const section = doc.slice(
      doc.indexOf('## Layers'),
      doc.indexOf('\n## ', doc.indexOf('## Layers') + 1),
    );
    const named = [...section.matchAll(/^\s*\d+\.\s+(.*?)\s+—/gm)].flatMap((m) =>
      [...(m[1] ?? '').matchAll(/`([^`]+)`/g)].map((n) => n[1]),
    );
    expect(named).toEqual([...LAYERS]);
  });
});

/**
 * Builds the command line (`icp-lens`, the package's `bin`): `.output/cli/icp-lens.mjs` and the
 * chunks it loads from `.output/cli/chunks/`. Run by `npm run build:cli` (and so by `npm ci`).
 *
 * Split into chunks (esbuild `splitting`, ES modules) so a command loads only what it needs: the
 * entry answers `--help` and `--version` itself, and `score` never parses linkedom and the
 * extractors (`extract`), DuckDB's glue (`--engine duckdb`, `sql`, `normalize`) or string-width
 * (the table), which are `import()`ed by the commands that use them.
 *
 * Large data (message catalogs, country and city tables, industry names, technology
 * fingerprints) is written to `.output/cli/data/` and read from there (see `dataFromFiles`).
 */

import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, '.output/cli');

/** Where the data files go, beside the entry and its chunks. */
const DATA = join(OUT, 'data');

/**
 * Code that reads a data file written beside the build: from the entry (`.output/cli/`) or from a
 * chunk (`.output/cli/chunks/`), whichever this module was bundled into.
 */
const READ_DATA = `import { readFileSync as __read } from 'node:fs';
const __dir = new URL(import.meta.url.includes('/chunks/') ? '../data/' : './data/', import.meta.url);
const __data = (name) => __read(new URL(name, __dir), 'utf8');`;

let dataFiles = 0;
/** Writes `text` as a data file; its name, for `__data`. */
function dataFile(text: string): string {
  const name = `${++dataFiles}.txt`;
  writeFileSync(join(DATA, name), text);
  return name;
}

/**
 * Large data is read from files at start-up rather than parsed as JavaScript: V8 reads a file in
 * a fraction of the time it takes to scan the same text as a string literal in a module. So:
 *
 * - `import x from './data.json'` becomes `JSON.parse` of a data file (the message catalogs, the
 *   technology fingerprints, country names): JSON.parse is also several times faster than
 *   evaluating the same data as an object literal. A CommonJS package's `require('./x.json')`
 *   keeps esbuild's own JSON loader (it expects the object itself).
 * - Modules that only export strings (the generated place tables, the industry names of each
 *   LinkedIn language: ~1 MB) export the same strings read from data files.
 */
const dataFromFiles: Plugin = {
  name: 'data-from-files',
  setup(build) {
    build.onResolve({ filter: /\.json$/ }, async ({ path, kind, resolveDir, importer }) => {
      if (kind !== 'import-statement') return undefined;
      const found = await build.resolve(path, { kind: 'require-call', resolveDir, importer });
      return { path: found.path, namespace: 'json-file' };
    });
    build.onLoad({ filter: /.*/, namespace: 'json-file' }, ({ path }) => {
      const name = dataFile(JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))));
      return {
        contents: `${READ_DATA}\nexport default JSON.parse(__data('${name}'));`,
        loader: 'js',
      };
    });
    build.onLoad({ filter: STRING_TABLES }, async ({ path }) => {
      if (/[\\/]index\.ts$/.test(path)) return undefined;
      const exports = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
      const lines = Object.entries(exports).map(([key, value]) => {
        if (typeof value !== 'string') throw new Error(`${path}: ${key} is not a string`);
        return `export const ${key} = __data('${dataFile(value)}');`;
      });
      return { contents: `${READ_DATA}\n${lines.join('\n')}`, loader: 'js' };
    });
  },
};

/** Modules that export only strings (see `dataFromFiles`). */
const STRING_TABLES =
  /[\\/]lib[\\/]normalize[\\/](places[\\/]gazetteer\.generated|industry-l10n[\\/][\w-]+)\.ts$/;

// Chunk names carry a content hash: old ones would pile up.
rmSync(OUT, { recursive: true, force: true });
mkdirSync(DATA, { recursive: true });
await build({
  entryPoints: { 'icp-lens': join(ROOT, 'lib/cli/bin.ts') },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: OUT,
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  external: ['@duckdb/node-api'],
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [dataFromFiles],
  banner: {
    // Bundled CommonJS packages (tldts, papaparse) call `require` for Node built-ins.
    js: "#!/usr/bin/env node\nimport { createRequire as __icpRequire } from 'node:module'; const require = __icpRequire(import.meta.url);",
  },
});
chmodSync(join(OUT, 'icp-lens.mjs'), 0o755);

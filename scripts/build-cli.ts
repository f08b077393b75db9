/**
 * Builds the command line (`icp-lens`, the package's `bin`): `.output/cli/icp-lens.mjs` and the
 * chunks it loads from `.output/cli/chunks/`. Run by `npm run build:cli` (and so by `npm ci`).
 *
 * Split into chunks (esbuild `splitting`, ES modules) so a command loads only what it needs: the
 * entry answers `--help` and `--version` itself, and `score` never parses linkedom and the
 * extractors (`extract`), DuckDB's glue (`--engine duckdb`, `sql`, `normalize`) or string-width
 * (the table), which are `import()`ed by the commands that use them.
 *
 * JSON files (the message catalogs of four languages, the country-name lists, the technology
 * fingerprints) are bundled as `JSON.parse('…')` of their text rather than as object literals:
 * V8 scans a string and parses JSON several times faster than it parses and evaluates the same
 * data as JavaScript (a catalog the run never reads is then ~1 ms instead of ~7 ms of start-up).
 */

import { chmodSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, '.output/cli');

/**
 * `import x from './data.json'` as `JSON.parse` of the file's text (see above). A CommonJS
 * package's `require('./x.json')` keeps esbuild's own JSON loader (it expects the object itself).
 */
const jsonAsParse: Plugin = {
  name: 'json-as-parse',
  setup(build) {
    build.onResolve({ filter: /\.json$/ }, async ({ path, kind, resolveDir, importer }) => {
      if (kind !== 'import-statement' || build.initialOptions.loader?.['.json'] === 'js')
        return undefined;
      const found = await build.resolve(path, { kind: 'require-call', resolveDir, importer });
      return { path: found.path, namespace: 'json-parse' };
    });
    build.onLoad({ filter: /.*/, namespace: 'json-parse' }, ({ path }) => {
      const text = JSON.stringify(JSON.parse(readFileSync(path, 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

// Chunk names carry a content hash: old ones would pile up.
rmSync(OUT, { recursive: true, force: true });
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
  plugins: [jsonAsParse],
  banner: {
    // Bundled CommonJS packages (tldts, papaparse) call `require` for Node built-ins.
    js: "#!/usr/bin/env node\nimport { createRequire as __icpRequire } from 'node:module'; const require = __icpRequire(import.meta.url);",
  },
});
chmodSync(join(OUT, 'icp-lens.mjs'), 0o755);

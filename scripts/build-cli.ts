/**
 * Builds the command line (`icp-lens`, the package's `bin`) into `.output/cli/`:
 *
 * - `icp-lens-<hash>.cjs`: the whole command line (lib/cli/bin.ts) bundled as one script, a
 *   function of `require` and its folder. Code only some commands run (linkedom and the
 *   extractors for `extract`, DuckDB's glue, string-width for the table) is `import()`ed, so it
 *   is bundled but not run by `score`.
 * - `icp-lens-<hash>.cjs.v8-cache`: V8's code cache for it, made by warm-up runs of the built
 *   command line, so a start deserialises compiled code instead of parsing and compiling it
 *   (see lib/cli/launch.ts for why it is safe when stale, missing or from another Node).
 * - `icp-lens.mjs`: the entry (lib/cli/launch.ts), which runs the script through that cache.
 * - `data/`: large data (message catalogs, country and city tables, industry names, technology
 *   fingerprints), read from files at start-up (see `dataFromFiles`).
 *
 * Run by `npm run build:cli` (and so by `npm ci`).
 */

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { parseCatalog } from '../lib/i18n/catalog';
import { UI_LOCALES } from '../lib/i18n/locales';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, '.output/cli');

/** Where the data files go, beside the entry and its chunks. */
const DATA = join(OUT, 'data');

/** Code that reads a data file written beside the build (`__icpFolder`: see `WRAPPER`). */
const READ_DATA = `import { readFileSync as __read } from 'node:fs';
import { join as __join } from 'node:path';
const __data = (name) => __read(__join(__icpFolder, 'data', name), 'utf8');`;

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

/**
 * DuckDB's package (a native addon, not bundled) loaded by `require` where the code says
 * `import('@duckdb/node-api')`: the bundle runs as a `vm.Script`, whose `import()` needs an
 * experimental loader hook that code from a code cache loses. The package is CommonJS.
 */
const duckDbByRequire: Plugin = {
  name: 'duckdb-by-require',
  setup(build) {
    build.onResolve({ filter: /^@duckdb\/node-api$/ }, ({ kind }) =>
      kind === 'require-call'
        ? { path: '@duckdb/node-api', external: true }
        : { path: '@duckdb/node-api', namespace: 'required' },
    );
    build.onLoad({ filter: /.*/, namespace: 'required' }, ({ path }) => ({
      contents: `module.exports = require(${JSON.stringify(path)});`,
      loader: 'js',
    }));
  },
};

/** Modules that export only strings (see `dataFromFiles`). */
const STRING_TABLES =
  /[\\/]lib[\\/]normalize[\\/](places[\\/]gazetteer\.generated|industry-l10n[\\/][\w-]+)\.ts$/;

/**
 * The bundle as `launch.ts` runs it: a function of the `require` its CommonJS packages (tldts,
 * papaparse) call for Node built-ins, and of the folder it was loaded from.
 */
const WRAPPER = ['(function (require, __icpFolder) {\n', '\n})'] as const;

/** `c` (one UTF-16 unit) as a `\u` escape. */
const escaped = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * `code` with every character outside ASCII written as an escape. esbuild already escapes them
 * in strings and templates but leaves them in regular expressions, comments and tagged
 * templates, and one such character makes V8 read and scan the whole file as two-byte text
 * (14 ms more to read 2.5 MB at every start). The escapes mean the same:
 *
 * - in a regular expression `\uXXXX` is the character (a pair of surrogate escapes is one code
 *   point under the `u` flag too); in a comment nothing is meant;
 * - a ``String.raw`…` `` template (its raw text is used) gets a substitution instead,
 *   `${"\uXXXX"}`, whose value is the character itself.
 *
 * No other tag of a template with such characters is bundled today; one added later would see
 * `\u` in its raw strings, so the build's byte-identical output checks (and this note) stand
 * guard.
 */
function asciiOnly(code: string): string {
  const raw = code.replace(/String\.raw`(?:[^`\\]|\\[\s\S])*`/g, (template) =>
    template.replace(/[^\0-\x7f]/g, (c) => `\${"${escaped(c)}"}`),
  );
  return raw.replace(/[^\0-\x7f]/g, escaped);
}

// The command line trusts its catalogs' shape at run time (lib/cli/text.ts): checked here.
for (const locale of UI_LOCALES)
  parseCatalog(
    JSON.parse(readFileSync(join(ROOT, `public/_locales/${locale}/messages.json`), 'utf8')),
  );

rmSync(OUT, { recursive: true, force: true });
mkdirSync(DATA, { recursive: true });
const bundled = await build({
  entryPoints: [join(ROOT, 'lib/cli/bin.ts')],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  write: false,
  outdir: OUT,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [dataFromFiles, duckDbByRequire],
});
const code = bundled.outputFiles.find((f) => f.path.endsWith('.js'));
if (!code) throw new Error('esbuild wrote no script');
const script = `${WRAPPER[0]}${asciiOnly(code.text)}${WRAPPER[1]}`;
const name = `icp-lens-${createHash('sha256').update(script).digest('hex').slice(0, 12)}.cjs`;
writeFileSync(join(OUT, name), script);

const ENTRY = join(OUT, 'icp-lens.mjs');
await build({
  entryPoints: [join(ROOT, 'lib/cli/launch.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outfile: ENTRY,
  define: { ICP_LENS_SCRIPT: JSON.stringify(name) },
  legalComments: 'none',
  logLevel: 'warning',
  banner: { js: '#!/usr/bin/env node' },
});
chmodSync(ENTRY, 0o755);

/**
 * Warm-up runs whose compiled code goes into the cache, each adding to the last: `score` of a CSV
 * account file to CSV, with the sample ICP and with an ICP file, and `--help`. Code they do not
 * run (other formats' reasons, `extract`, DuckDB, other languages' words) compiles when used, as
 * without a cache; the cache holds mostly the modules' start-up code, which every command runs.
 */
const WARM_UP: readonly string[][] = [
  ['score', '--format', 'csv', 'test/fixtures/csv/apollo-accounts.csv'],
  [
    'score',
    '--icp',
    'test/fixtures/icp/design-example.json',
    '--format',
    'csv',
    'test/fixtures/csv/salesforce-accounts.csv',
  ],
  ['--help'],
];
for (const args of WARM_UP) {
  const run = spawnSync(process.execPath, [ENTRY, ...args], {
    cwd: ROOT,
    env: { ...process.env, ICP_LENS_WRITE_CODE_CACHE: '1' },
    stdio: 'ignore',
  });
  // A cache is an optimisation: without one the command line works, only starts slower.
  if (run.status !== 0) console.warn(`build-cli: warm-up icp-lens ${args.join(' ')} failed`);
}

/**
 * The built command line's entry (`.output/cli/icp-lens.mjs`, see scripts/build-cli.ts): runs
 * the bundled command line (`icp-lens-<hash>.cjs` beside it) through V8's code cache, so a start
 * does not parse and compile the ~1 MB of code `score` runs again.
 *
 * Node 20 has no compile cache for ES modules (`module.enableCompileCache` came in Node 22), but
 * `vm.Script` takes V8's `cachedData` (https://nodejs.org/docs/latest-v20.x/api/vm.html#new-vmscriptcode-options).
 * The build bundles the command line as one script (a function taking `require` and the folder)
 * and writes its code cache beside it (`<script>.v8-cache`) after warm-up runs. The cache is
 * only ever an optimisation:
 *
 * - missing or unreadable: the script is compiled as usual;
 * - made by another V8 or with other V8 flags (another Node, `--cpu-prof`…): V8 rejects it
 *   (`cachedDataRejected`) and compiles as usual;
 * - made for other code: never read, since its name carries the script's content hash;
 * - damaged: refused by its own SHA-1 (V8 checks versions and lengths, not contents).
 *
 * `ICP_LENS_WRITE_CODE_CACHE=1` (the build's warm-up runs only) writes the cache at exit, with
 * what this run compiled added to what the cache it started from held. `ICP_LENS_CODE_CACHE_REPORT=1`
 * says on stderr whether the cache was used (`accepted`, `rejected`, `damaged` or `missing`).
 */

import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/** The bundled script's file name, set by the build (`define`). */
declare const ICP_LENS_SCRIPT: string;

/** Bytes of SHA-1 in front of the cache's V8 data. */
const DIGEST = 20;

const folder = dirname(fileURLToPath(import.meta.url));
const file = join(folder, ICP_LENS_SCRIPT);
const cacheFile = `${file}.v8-cache`;

/** The cache's V8 data when it is whole (its SHA-1 matches), with why not otherwise. */
function readCache(): { data?: Buffer; state: 'missing' | 'damaged' | 'read' } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(cacheFile);
  } catch {
    return { state: 'missing' };
  }
  const data = bytes.subarray(DIGEST);
  const digest = createHash('sha1').update(data).digest();
  return bytes.length > DIGEST && digest.equals(bytes.subarray(0, DIGEST))
    ? { data, state: 'read' }
    : { state: 'damaged' };
}

const cache = readCache();
const script = new Script(readFileSync(file, 'utf8'), {
  filename: file,
  ...(cache.data && { cachedData: cache.data }),
});

if (process.env.ICP_LENS_CODE_CACHE_REPORT === '1') {
  const state = cache.data ? (script.cachedDataRejected ? 'rejected' : 'accepted') : cache.state;
  process.stderr.write(`code cache: ${state}\n`);
}
if (process.env.ICP_LENS_WRITE_CODE_CACHE === '1')
  process.on('exit', () => {
    const data = script.createCachedData();
    const temporary = `${cacheFile}.${process.pid}`;
    writeFileSync(temporary, Buffer.concat([createHash('sha1').update(data).digest(), data]));
    renameSync(temporary, cacheFile);
  });

const run = script.runInThisContext() as (require: NodeJS.Require, folder: string) => void;
run(createRequire(file), folder);

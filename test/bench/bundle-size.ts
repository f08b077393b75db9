import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../harness/browser';
import type { BenchResult } from './run';
import { kb } from './stats';

/** Size of the built LinkedIn content script (the build minifies it). */
export async function benchBundleSize(): Promise<BenchResult[]> {
  const code = readFileSync(join(EXTENSION_DIR, 'content-scripts/linkedin.js'));
  return [
    { name: 'content script linkedin.js, minified', value: kb(code.length), budget: '≤ 14 KB' },
    { name: 'content script linkedin.js, gzipped', value: kb(gzipSync(code).length) },
  ];
}

import type { Icp } from '../criteria/schema';
import { parseIcpFile } from './parse';
import sampleFile from './sample-icp.json';

/** The raw file, e.g. to offer it for download as a starting point. */
export const sampleIcpText = `${JSON.stringify(sampleFile, null, 2)}\n`;

function loadSample(): Icp {
  const parsed = parseIcpFile(sampleIcpText);
  // A broken built-in sample is a build bug; the unit tests catch it before it ships.
  if (!parsed.ok) throw new Error(`The built-in sample ICP is invalid: ${parsed.error}`);
  return parsed.icp;
}

/** The built-in sample ICP: seeded on first run, and the CLI's ICP when no --icp is given. */
export const sampleIcp: Icp = loadSample();

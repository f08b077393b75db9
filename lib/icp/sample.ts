import { parseIcpFile } from './parse';
import sampleFile from './sample-icp.json';
import type { Icp } from './schema';

function load(): Icp {
  const parsed = parseIcpFile(JSON.stringify(sampleFile));
  if (!parsed.ok) throw new Error(`the built-in sample ICP is invalid: ${parsed.error}`);
  return parsed.icp;
}

/** The built-in sample ICP, installed on first run and used by the CLI without `--icp`. */
export const sampleIcp: Icp = load();

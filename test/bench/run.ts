/**
 * `npm run bench`: the numbers the issues ask for, printed as a table. Nothing here asserts a
 * budget; budgets are printed beside the numbers for the reader.
 */

import { benchBadgeLatency } from './badge-latency';
import { benchBuildMemoryInChromium } from './build-memory-in-chromium';
import { benchBundleSize } from './bundle-size';
import { benchCsvScoring } from './csv-scoring';
import { benchDashboardRender } from './dashboard-render';
import { benchExtractionInChromium } from './extraction-in-chromium';
import { benchHostileInputs } from './hostile-inputs';
import { benchIcpWorkspace } from './icp-workspace';
import { benchImportMemory } from './import-memory';
import { benchIndustryTables } from './industry-tables';
import { benchListSort, benchLists } from './lists-in-chromium';
import { benchPlaceLookup } from './place-lookup';
import { benchTalkingPoints } from './talking-points';
import { benchWebsites } from './website-in-chromium';

export interface BenchResult {
  name: string;
  value: string;
  budget?: string;
}

async function main() {
  const results: BenchResult[] = [];
  for (const bench of [
    benchBundleSize,
    benchIndustryTables,
    benchExtractionInChromium,
    benchBadgeLatency,
    benchCsvScoring,
    benchImportMemory,
    benchBuildMemoryInChromium,
    benchPlaceLookup,
    benchIcpWorkspace,
    benchTalkingPoints,
    benchWebsites,
    benchHostileInputs,
    benchDashboardRender,
    benchLists,
    benchListSort,
  ]) {
    const started = Date.now();
    results.push(...(await bench()));
    console.error(`  ${bench.name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const w = Math.max(...results.map((r) => r.name.length));
  const v = Math.max(...results.map((r) => r.value.length));
  for (const r of results) {
    console.log(
      `${r.name.padEnd(w)}  ${r.value.padStart(v)}${r.budget ? `   (budget ${r.budget})` : ''}`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

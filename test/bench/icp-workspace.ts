/**
 * ICP workspace: proposing an ICP from 10,000 customers, and previewing an edit's impact over
 * 50,000 companies (one-shot `scoreImpact`, and the editor's cached `createImpactPreview`).
 * Companies are generated with planted traits, a description and a technology list each.
 */

import type { Icp } from '../../lib/criteria/schema';
import { proposeIcp } from '../../lib/icp/builder';
import { createImpactPreview, scoreImpact } from '../../lib/icp/impact';
import { sampleIcp } from '../../lib/icp/sample';
import { plantedCustomers } from '../unit/icp/workspace-data';
import type { BenchResult } from './run';
import { median, ms } from './stats';

const RUNS = 5;

function time(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

function medianOf(run: () => unknown): number {
  run(); // warm-up
  return median(Array.from({ length: RUNS }, () => time(run)));
}

/** The sample ICP with its size band 200–1,000 narrowed to 201–500 at 0.8 credit. */
function bandEdit(icp: Icp): Icp {
  const edited: Icp = structuredClone(icp);
  const size = edited.criteria.find((c) => c.field === 'employees' && c.mode === 'score');
  if (size) size.bands[0] = { min: 201, max: 500, credit: 0.8 };
  return edited;
}

export async function benchIcpWorkspace(): Promise<BenchResult[]> {
  const customers = plantedCustomers(10_000, 2_000);
  const builder = medianOf(() => proposeIcp(customers.rows, customers.best));

  const companies = plantedCustomers(50_000, 10_000, undefined, 11).rows.map((facts, i) => ({
    id: String(i),
    facts,
  }));
  const after = bandEdit(sampleIcp);
  const oneShot = medianOf(() => scoreImpact(sampleIcp, after, companies));
  const preview = createImpactPreview(sampleIcp, companies);
  preview(after);
  const weights = structuredClone(after);
  let step = 0;
  const cached = medianOf(() => {
    // Each call a new edit, as typing in the editor gives: a weight, then a new band.
    step++;
    (weights.criteria[0] as Icp['criteria'][number]).weight = 1 + (step % 5);
    const size = weights.criteria.find((c) => c.field === 'employees' && c.mode === 'score');
    if (size) size.bands[0] = { min: 200 + step, max: 1000, credit: 1 };
    return preview(weights);
  });

  return [
    { name: 'ICP builder: propose from 10,000 customers', value: ms(builder) },
    {
      name: 'ICP impact: band edit over 50,000 companies (one-shot)',
      value: ms(oneShot),
      budget: '300 ms',
    },
    {
      name: 'ICP impact: next edit over 50,000 companies (editor, cached)',
      value: ms(cached),
      budget: '300 ms',
    },
  ];
}

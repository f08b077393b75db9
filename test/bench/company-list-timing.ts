/**
 * Unit-level timing of `listCompanyRows` over fake-indexeddb (no browser): 20,000 companies, each
 * with full facts, one or two page observations and a score for one ICP, stored as the extension
 * stores them (with the compact listing of each score, `putScores`). Prints the time of the
 * first 200 rows and of the whole list (ms, median of 3) and the heap growth of a whole-list read
 * (MB, with --expose-gc). Run: `node --expose-gc node_modules/.bin/tsx test/bench/company-list-timing.ts`.
 * Reports only; asserts nothing.
 */
import 'fake-indexeddb/auto';
import { listCompanyRows } from '../../lib/db/company-list';
import { putCompanies } from '../../lib/db/company-store';
import { putScores } from '../../lib/db/listings';
import { type CompanyRecord, IcpLensDb } from '../../lib/db/schema';
import type { ListedCompany } from '../../lib/lists/listing';

const COMPANIES = Number(process.env.COMPANIES ?? 20_000);
const fact = (value: unknown) => ({ value, source: 'json-ld', evidence: String(value) });

function factsOf(i: number) {
  return {
    name: fact(`Company ${i}`),
    linkedinSlug: fact(`company-${i}`),
    domain: fact(`company-${i}.com`),
    industry: fact('Computer Software'),
    employees: fact(100 + (i % 5000)),
    location: fact('San Francisco, CA, US'),
    description: fact(`Company ${i} makes software for teams. `.repeat(8)),
    specialties: fact(['security', 'cloud', 'compliance', 'identity', 'devops']),
  };
}

async function seed(db: IcpLensDb): Promise<void> {
  const companies = [];
  const observations = [];
  const scores = [];
  for (let i = 0; i < COMPANIES; i++) {
    const id = `li:company-${i}`;
    const facts = factsOf(i);
    const both = i % 2 === 0;
    companies.push({
      id,
      name: `Company ${i}`,
      linkedinSlug: `company-${i}`,
      domain: `company-${i}.com`,
      keys: [id, `domain:company-${i}.com`],
      facts,
      url: `https://www.linkedin.com/company/company-${i}/`,
      firstSeen: i,
      lastSeen: i,
      sources: both ? ['linkedin-company', 'website'] : ['linkedin-company'],
    });
    observations.push({
      companyId: id,
      url: `https://www.linkedin.com/company/company-${i}/`,
      extractor: 'linkedin-company',
      at: i,
      facts,
    });
    if (both)
      observations.push({
        companyId: id,
        url: `https://company-${i}.com/`,
        extractor: 'website',
        at: i,
        facts,
      });
    scores.push({
      icpId: 'icp',
      companyId: id,
      tier: 'Good fit',
      tierKind: 'tier' as const,
      tierIndex: 1,
      score: i % 100,
      confidence: 0.8,
      at: i,
    });
  }
  await putCompanies(db, companies as unknown as CompanyRecord[]);
  await db.table('observations').bulkAdd(observations);
  // The facts here are loosely typed (made-up values); the listing reads only a few of them.
  const byId = new Map(companies.map((c) => [c.id, c as unknown as ListedCompany]));
  await putScores(db, scores, byId);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};

async function main() {
  const db = new IcpLensDb('timing');
  await db.open();
  await seed(db);
  const first: number[] = [];
  const all: number[] = [];
  let peak = 0;
  for (let run = 0; run < 3; run++) {
    let t = performance.now();
    await listCompanyRows('icp', db, { limit: 200 });
    first.push(performance.now() - t);
    const before = heap();
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().heapUsed - before);
    }, 5);
    t = performance.now();
    const rows = await listCompanyRows('icp', db);
    all.push(performance.now() - t);
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().heapUsed - before);
    if (rows.length !== COMPANIES)
      throw new Error(`expected ${COMPANIES} rows, got ${rows.length}`);
  }
  console.log(
    `${COMPANIES} companies: first 200 rows ${median(first).toFixed(0)} ms, ` +
      `whole list ${median(all).toFixed(0)} ms (runs ${all.map((x) => x.toFixed(0)).join(', ')}), ` +
      `heap growth during a whole-list read ≤ ${(peak / 1e6).toFixed(0)} MB`,
  );
  db.close();
}

await main();

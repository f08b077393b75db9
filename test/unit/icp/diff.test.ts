import { describe, expect, it } from 'vitest';
import type { Criterion, Icp } from '@/lib/criteria/schema';
import { diffIcp } from '@/lib/icp/diff';
import { sampleIcp } from '@/lib/icp/sample';
import { ICP_TEMPLATES } from '@/lib/icp/templates';

const edit = (change: (icp: Icp) => void): Icp => {
  const copy = structuredClone(sampleIcp);
  change(copy);
  return copy;
};
const criterion = (icp: Icp, label: string) =>
  icp.criteria.find((c) => c.label === label) as Criterion;

describe('diffIcp', () => {
  it('finds nothing between an ICP and its copy', () => {
    expect(diffIcp(sampleIcp, structuredClone(sampleIcp))).toEqual({
      items: [],
      changes: [],
      summary: 'No changes',
    });
  });

  it('names a band credit change, a tier change and a new criterion', () => {
    const after = edit((icp) => {
      const size = criterion(icp, 'Company size');
      (size.bands[0] as Criterion['bands'][number]).credit = 0.5;
      (icp.tiers[0] as Icp['tiers'][number]).minScore = 75;
      icp.criteria.push({
        field: 'funding',
        mode: 'score',
        weight: 1,
        bands: [{ in: ['Series B'], credit: 1 }],
      });
    });
    const { changes, summary } = diffIcp(sampleIcp, after);
    expect(changes).toEqual([
      'Tier Best fit: 80 → 75',
      'Company size: band 200–1,000 credit 1 → 0.5',
      'Added criterion Funding',
    ]);
    expect(summary).toBe(
      'Tier Best fit: 80 → 75; Company size: band 200–1,000 credit 1 → 0.5; Added criterion Funding',
    );
  });

  it('describes weights, band values, list entries, added and removed bands, removed rules', () => {
    const after = edit((icp) => {
      const industry = criterion(icp, 'Industry');
      industry.weight = 2;
      industry.bands[0] = { in: ['Computer and Network Security', 'Banking'], credit: 1 };
      const size = criterion(icp, 'Company size');
      size.bands[0] = { min: 201, max: 500, credit: 1 };
      size.bands.push({ min: 10, max: 49, credit: 0.1 });
      const founded = criterion(icp, 'Founded');
      founded.bands.pop();
      icp.criteria = icp.criteria.filter((c) => c.mode !== 'exclude');
      icp.unknownCredit = 0.4;
      icp.name = 'Renamed';
      icp.pains = [...icp.pains.slice(1), 'New pain'];
      icp.personas = icp.personas.slice(0, 2);
    });
    const { changes, summary } = diffIcp(sampleIcp, after);
    expect(changes).toEqual([
      `Renamed “${sampleIcp.name}” → “Renamed”`,
      'Credit for unknown facts: 0.5 → 0.4',
      'Industry: weight 3 → 2',
      'Industry: band Computer and Network Security, Software Development: added Banking, removed Software Development',
      'Company size: band 200–1,000 → 201–500',
      'Company size: added band 10–49 (credit 0.1)',
      'Founded: removed band up to 1984',
      'Removed criterion exclusion Not a staffing agency',
      `Removed pain “${sampleIcp.pains[0]?.slice(0, 59)}…”`,
      'Added pain “New pain”',
      'Removed persona “Head of IT”',
    ]);
    expect(summary).toMatch(/; and \d+ more changes$/);
    expect(summary.length).toBeLessThanOrEqual(160);
  });

  it('notices tiers added and removed, reordered bands and talking points', () => {
    const after = edit((icp) => {
      icp.tiers = [
        { name: 'Best fit', minScore: 80 },
        { name: 'Good fit', minScore: 60 },
      ];
      const location = criterion(icp, 'Headquarters');
      location.bands.reverse();
      delete location.talkingPoint;
    });
    expect(diffIcp(sampleIcp, after).changes).toEqual([
      'Removed tier Possible fit (40)',
      'Headquarters: bands reordered',
      'Headquarters: removed talking point',
    ]);
    expect(diffIcp(after, sampleIcp).changes[0]).toBe('Added tier Possible fit (40)');
  });

  it('gives one change as the whole summary, between any two templates', () => {
    const [a, b] = ICP_TEMPLATES;
    const diff = diffIcp(a?.icp as Icp, b?.icp as Icp);
    expect(diff.changes.length).toBeGreaterThan(5);
    expect(diff.summary.length).toBeLessThanOrEqual(160);
    const one = edit((icp) => {
      icp.description = 'x';
    });
    expect(diffIcp(sampleIcp, one).summary).toBe('Description edited');
  });
});

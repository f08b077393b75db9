import { describe, expect, it } from 'vitest';
import type { Icp } from '@/lib/criteria/schema';
import type { CompanyFacts } from '@/lib/facts';
import {
  backTest,
  createImpactPreview,
  describeTierChanges,
  parseOutcome,
  scoreImpact,
} from '@/lib/icp/impact';
import { sampleIcp } from '@/lib/icp/sample';
import { ICP_TEMPLATES } from '@/lib/icp/templates';
import { scoreCompany } from '@/lib/scoring/score';
import { acme, employees, fact, icp, place } from '../scoring/helpers';
import { plantedCustomers } from './workspace-data';

const sizeIcp = icp({
  criteria: [
    {
      field: 'employees',
      weight: 1,
      label: 'Company size',
      bands: [
        { min: 201, max: 500, credit: 1 },
        { min: 51, max: 200, credit: 0.7 },
      ],
    },
  ],
});

function company(id: string, min: number, max: number) {
  return { id, name: `Company ${id}`, facts: { employees: employees(min, max) } };
}

describe('scoreImpact', () => {
  const companies = [
    company('a', 201, 500),
    company('b', 201, 500),
    company('c', 51, 200),
    company('d', 11, 50),
    { id: 'e', facts: {} },
  ];

  it('lists the companies that change tier and the net change per tier for a band edit', () => {
    const edited: Icp = structuredClone(sizeIcp);
    (edited.criteria[0] as Icp['criteria'][number]).bands[0] = { min: 201, max: 500, credit: 0.7 };
    const impact = scoreImpact(sizeIcp, edited, companies);
    expect(impact.moves).toEqual([
      {
        id: 'a',
        name: 'Company a',
        from: 'Best fit',
        to: 'Good fit',
        scoreBefore: 100,
        scoreAfter: 70,
      },
      {
        id: 'b',
        name: 'Company b',
        from: 'Best fit',
        to: 'Good fit',
        scoreBefore: 100,
        scoreAfter: 70,
      },
    ]);
    expect(impact.byTier).toEqual({ 'Best fit': -2, 'Good fit': 2 });
    expect(impact.summary).toBe('\u22122 Best fit, +2 Good fit');
    // "e" knows nothing: "Not enough data" before and after (DESIGN.md: below minConfidence).
    const fixed = { Disqualified: 0, 'Not enough data': 1 };
    expect(impact.before).toEqual({ 'Best fit': 2, 'Good fit': 1, 'Bad fit': 1, ...fixed });
    expect(impact.after).toEqual({ 'Best fit': 0, 'Good fit': 3, 'Bad fit': 1, ...fixed });
    expect(impact.scoreChanged).toBe(2);
  });

  it('counts disqualification and new tiers, and says when nothing moves', () => {
    const stricter = icp({
      tiers: [
        { name: 'Best fit', minScore: 80 },
        { name: 'Good fit', minScore: 60 },
        { name: 'Possible fit', minScore: 5 },
      ],
      criteria: [
        ...sizeIcp.criteria,
        { field: 'employees', mode: 'require', bands: [{ min: 51 }] },
      ],
    });
    const impact = scoreImpact(sizeIcp, stricter, companies);
    // "e" is unknown: nothing known is never a fit tier (issue 11), so it stays "Not enough data"
    // and does not move — with the default minConfidence and even with minConfidence 0.
    expect(impact.moves.map((m) => [m.id, m.from, m.to])).toEqual([
      ['d', 'Bad fit', 'Disqualified'],
    ]);
    const e = [companies[4] as (typeof companies)[number]];
    expect(scoreImpact(sizeIcp, stricter, e).summary).toBe('No tier changes');
    const lenient = (x: Icp): Icp => ({ ...x, minConfidence: 0 });
    expect(scoreImpact(lenient(sizeIcp), lenient(stricter), e).summary).toBe('No tier changes');
    expect(scoreImpact(sizeIcp, structuredClone(sizeIcp), companies).summary).toBe(
      'No tier changes',
    );
  });

  it('agrees with scoreCompany for every company, before and after an edit', () => {
    const { rows } = plantedCustomers(600, 100);
    const list = rows.map((facts, i) => ({
      id: String(i),
      facts:
        i % 5 === 0
          ? { ...facts, ...acme, funding: fact({ stage: 'Series B' }) }
          : i % 7 === 0
            ? {}
            : facts,
    }));
    for (const template of [sampleIcp, ...ICP_TEMPLATES.map((t) => t.icp)]) {
      const edited: Icp = structuredClone(template);
      const first = edited.criteria[0] as Icp['criteria'][number];
      first.weight += 2;
      first.bands = first.bands.slice(0, 1);
      edited.unknownCredit = 0.2;
      edited.tiers = [{ name: 'Top', minScore: 70 }];
      const preview = createImpactPreview(template, list);
      const impact = preview(edited);
      const expected = list.flatMap((c) => {
        const before = scoreCompany(template, c.facts);
        const after = scoreCompany(edited, c.facts);
        return before.tier === after.tier
          ? []
          : [
              {
                id: c.id,
                from: before.tier,
                to: after.tier,
                scoreBefore: before.score,
                scoreAfter: after.score,
              },
            ];
      });
      expect(impact.moves.map(({ name: _name, ...m }) => m)).toEqual(expected);
      // A second preview reuses what it computed and still agrees.
      expect(preview(template).moves).toEqual([]);
    }
  });

  it('writes signed changes with a real minus sign in tier order', () => {
    expect(describeTierChanges({ 'Good fit': -9, 'Best fit': 14 }, ['Best fit', 'Good fit'])).toBe(
      '+14 Best fit, \u22129 Good fit',
    );
  });
});

describe('backTest', () => {
  it('gives the win rate per tier, in tier order', () => {
    const us = (min: number, max: number): CompanyFacts => ({
      employees: employees(min, max),
      headquarters: place({ country: 'US' }),
    });
    const rows = [
      { facts: us(201, 500), won: true },
      { facts: us(201, 500), won: true },
      { facts: us(201, 500), won: false },
      { facts: us(51, 200), won: true },
      { facts: us(51, 200), won: false },
      { facts: us(11, 50), won: false },
      { facts: us(11, 50), won: false },
      { facts: us(11, 50), won: false },
    ];
    expect(backTest(sizeIcp, rows)).toEqual([
      { tier: 'Best fit', companies: 3, won: 2, winRate: 2 / 3 },
      { tier: 'Good fit', companies: 2, won: 1, winRate: 0.5 },
      { tier: 'Bad fit', companies: 3, won: 0, winRate: 0 },
      { tier: 'Disqualified', companies: 0, won: 0, winRate: undefined },
      { tier: 'Not enough data', companies: 0, won: 0, winRate: undefined },
    ]);
  });
});

describe('parseOutcome', () => {
  it('reads won and lost deals as CRMs write them', () => {
    for (const won of [
      'won',
      'Closed Won',
      'closed-won',
      'ClosedWon',
      'WIN',
      'yes',
      '1',
      'true',
      ' Won. ',
    ])
      expect(parseOutcome(won), won).toBe(true);
    for (const lost of ['lost', 'Closed Lost', 'closed_lost', 'no', '0', 'FALSE', 'Loss'])
      expect(parseOutcome(lost), lost).toBe(false);
    for (const other of ['', 'open', 'Negotiation', 'maybe', '2'])
      expect(parseOutcome(other), other).toBeUndefined();
  });
});

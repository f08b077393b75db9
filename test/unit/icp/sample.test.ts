import { describe, expect, it } from 'vitest';
import type { CompanyFacts } from '@/lib/facts';
import { parseIcpFile } from '@/lib/icp/parse';
import { sampleIcp, sampleIcpText } from '@/lib/icp/sample';
import { scoreCompany } from '@/lib/scoring/score';
import { buildPitch } from '@/lib/talking-points/build-pitch';
import { acme, employees, fact, place } from '../scoring/helpers';

describe('the built-in sample ICP', () => {
  it('validates with parseIcpFile', () => {
    const parsed = parseIcpFile(sampleIcpText);
    expect(parsed.ok ? 'ok' : parsed.error).toBe('ok');
  });

  it('has the tiers, rules and personas it promises', () => {
    expect(sampleIcp.tiers.map((t) => [t.name, t.minScore])).toEqual([
      ['Best fit', 80],
      ['Good fit', 60],
      ['Possible fit', 40],
    ]);
    const fields = new Set(sampleIcp.criteria.map((c) => c.field));
    for (const f of [
      'location',
      'employees',
      'industry',
      'keywords',
      'founded',
      'companyType',
    ] as const)
      expect(fields.has(f)).toBe(true);
    expect(sampleIcp.criteria.find((c) => c.mode === 'require')).toMatchObject({
      field: 'employees',
      bands: [{ min: 50 }],
    });
    expect(sampleIcp.criteria.find((c) => c.mode === 'exclude')?.bands[0]?.in).toContain(
      'Staffing and Recruiting',
    );
    expect(sampleIcp.personas.map((p) => p.title)).toEqual([
      'CISO',
      'VP Engineering',
      'Head of IT',
    ]);
    expect(sampleIcp.pains.length).toBeGreaterThanOrEqual(3);
    expect(sampleIcp.criteria.filter((c) => c.talkingPoint).length).toBeGreaterThanOrEqual(4);
  });

  it('grades realistic companies sensibly', () => {
    const grade = (facts: CompanyFacts) => scoreCompany(sampleIcp, facts).tier;
    expect(grade(acme)).toBe('Best fit');
    expect(
      grade({
        ...acme,
        headquarters: place({ city: 'Berlin', country: 'DE' }),
        employees: employees(1001, 5000),
      }),
    ).toBe('Best fit');
    expect(grade({ ...acme, industry: fact('Staffing and Recruiting') })).toBe('Disqualified');
    expect(grade({ ...acme, employees: employees(11, 50) })).toBe('Disqualified');
    expect(
      grade({
        name: fact('Corner Bakery'),
        industry: fact('Retail'),
        employees: employees(51, 200),
        headquarters: place({ country: 'BR' }),
        founded: fact(1950),
        companyType: fact('Self-Employed'),
        description: fact('Fresh bread every morning.'),
      }),
    ).toBe('Bad fit');
  });

  it('every talkingPoint only uses placeholders the pitch knows', () => {
    const known = new Set([
      'name',
      'industry',
      'employees',
      'city',
      'country',
      'founded',
      'age',
      'specialties',
      'keyword',
      'technologies',
      'openRoles',
      'funding',
    ]);
    for (const c of sampleIcp.criteria)
      for (const [, key] of (c.talkingPoint ?? '').matchAll(/\{(\w+)\}/g))
        expect(known.has(key as string), key).toBe(true);
  });

  it('gives every point of its pitch for a rich company a fact', () => {
    const pitch = buildPitch(sampleIcp, acme, scoreCompany(sampleIcp, acme), { year: 2025 });
    expect(pitch.points.length).toBeGreaterThanOrEqual(3);
    for (const p of pitch.points) expect(p.basis).toBeTruthy();
  });
});

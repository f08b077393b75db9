import { describe, expect, it } from 'vitest';
import type { Icp } from '@/lib/criteria/schema';
import type { CompanyFacts } from '@/lib/facts';
import { stripIsolates } from '@/lib/i18n/bidi';
import { sampleIcp } from '@/lib/icp/sample';
import { scoreCompany } from '@/lib/scoring/score';
import { buildPitch, describeRoles } from '@/lib/talking-points/build-pitch';
import { acme, employees, fact, icp, place } from '../scoring/helpers';

const YEAR = 2025;
const rawPitchFor = (facts: CompanyFacts, rules: Icp = sampleIcp) =>
  buildPitch(rules, facts, scoreCompany(rules, facts), { year: YEAR });
/** The pitch as a reader sees it: page values are isolated (FSI…PDI), checked on their own below. */
const pitchFor = (facts: CompanyFacts, rules: Icp = sampleIcp) => {
  const pitch = rawPitchFor(facts, rules);
  return {
    ...pitch,
    openingLine: stripIsolates(pitch.openingLine),
    points: pitch.points.map((p) => ({
      ...p,
      text: stripIsolates(p.text),
      basis: stripIsolates(p.basis),
    })),
  };
};
const plainRoles = (roles: string[]) => {
  const described = describeRoles(roles);
  return described === undefined ? undefined : stripIsolates(described);
};

describe('buildPitch', () => {
  it('gives 3–5 points, each citing a company fact, most specific first', () => {
    const pitch = pitchFor(acme);
    expect(pitch.points.length).toBeGreaterThanOrEqual(3);
    expect(pitch.points.length).toBeLessThanOrEqual(5);
    for (const point of pitch.points) {
      expect(point.basis.length).toBeGreaterThan(0);
      expect(point.fact).toBeTruthy();
    }
    // Buying triggers first: hiring, then funding.
    expect(pitch.points[0]).toMatchObject({ fact: 'hiring', basis: 'Hiring: 37 open roles' });
    expect(pitch.points[1]?.fact).toBe('funding');
    expect(new Set(pitch.points.map((p) => p.fact)).size).toBe(pitch.points.length);
  });

  it('puts what the page shows into the text', () => {
    const text = pitchFor(acme)
      .points.map((p) => p.text)
      .join('\n');
    expect(text).toContain('37 open roles');
    expect(text).toContain('Series B');
    expect(text).toContain('cloud security');
    expect(text).toContain('AWS, Okta and Slack');
    const fewer = pitchFor({
      ...acme,
      hiring: undefined,
      funding: undefined,
      tagline: undefined,
      technologies: undefined,
    });
    const more = fewer.points.map((p) => p.text).join('\n');
    expect(more).toContain('Computer and Network Security');
    expect(more).toContain('201–500');
  });

  it('names what the company is hiring for, from the job titles on its careers page', () => {
    expect(plainRoles(['SDR (EMEA)', 'BDR', 'Account Executive (SMB)', 'Backend Engineer'])).toBe(
      'Hiring 3 sales roles (SDR (EMEA), BDR and 1 more) — ramp time is on their mind',
    );
    expect(plainRoles(['Senior Backend Engineer', 'Mobile Engineer'])).toBe(
      'Hiring 2 engineers (Senior Backend Engineer and Mobile Engineer) — they are building',
    );
    expect(plainRoles(['Office Manager'])).toBeUndefined();
    // Without the ICP's own hiring sentence, the fact's sentence speaks.
    const rules = {
      ...sampleIcp,
      criteria: sampleIcp.criteria.map(({ talkingPoint, ...c }) => c),
    };
    const pitch = pitchFor(
      {
        ...acme,
        hiring: fact({ openRoles: 12, roles: ['SDR', 'SDR II', 'BDR Lead', 'Office Manager'] }),
      },
      rules,
    );
    const hiring = pitch.points.find((p) => p.fact === 'hiring');
    expect(hiring?.text).toMatch(
      /^Hiring 3 sales roles \(SDR, SDR II and 1 more\) — ramp time is on their mind/,
    );
    expect(hiring?.basis).toBe('Hiring: 12 open roles');
  });

  it('quotes a tagline without doubling its full stop', () => {
    const pitch = pitchFor({ ...acme, tagline: fact('Cloud detection for teams that ship fast.') });
    const all = [...pitch.points.map((p) => p.text), pitch.openingLine].join('\n');
    expect(all).toContain('"Cloud detection for teams that ship fast"');
    expect(all).not.toMatch(/\."\./);
  });

  it('fills the ICP criterion sentences with facts, and skips a sentence missing one', () => {
    const rules = icp({
      criteria: [
        {
          field: 'industry',
          bands: [{ in: ['Computer and Network Security'] }],
          talkingPoint: '{industry} teams in {city} love us.',
        },
        {
          field: 'founded',
          bands: [{ min: 2000 }],
          talkingPoint: 'After {age} years, {name} has legacy tools.',
        },
        {
          field: 'companyType',
          bands: [{ in: ['Privately Held'] }],
          talkingPoint: 'Raised {funding}.',
        },
      ],
      pains: ['Alert fatigue'],
    });
    const { points } = pitchFor({ ...acme, funding: undefined }, rules);
    expect(points.map((p) => p.text)).toEqual(
      expect.arrayContaining([
        'Computer and Network Security teams in Austin love us.',
        'After 13 years, Acme Security has legacy tools.',
      ]),
    );
    expect(points.some((p) => p.text.startsWith('Raised'))).toBe(false);
    expect(points.find((p) => p.text.startsWith('Computer'))?.basis).toBe(
      'Industry: Computer and Network Security',
    );
  });

  it('pairs each fact with a different ICP sentence, the most related one', () => {
    const rules = icp({
      criteria: [{ field: 'industry', bands: [{ in: ['x'] }] }],
      pains: ['New hires click phishing links', 'Auditors want evidence'],
      goals: ['Pass the SOC 2 audit'],
      valueProps: ['Integrates with Okta and Slack'],
    });
    const { points } = pitchFor(acme, rules);
    const byFact = Object.fromEntries(points.map((p) => [p.fact, p.text]));
    expect(byFact.hiring).toMatch(/Likely pain: new hires click phishing links\.$/);
    expect(byFact.technologies).toMatch(
      /^Runs AWS, Okta and Slack\. Our angle: integrates with Okta and Slack\.$/,
    );
    const used = points.map((p) => p.text.split(': ').at(-1));
    expect(new Set(used).size).toBe(used.length);
  });

  it('with almost no facts, gives fewer points rather than filler', () => {
    expect(pitchFor({}).points).toEqual([]);
    expect(pitchFor({}).openingLine).toBe('');
    const nameOnly = pitchFor({ name: fact('Acme') });
    expect(nameOnly.points).toEqual([]);
    expect(nameOnly.openingLine).toMatch(/^Hi — a note for the CISO at Acme\./);
    expect(
      pitchFor({ name: fact('Acme'), industry: fact('Software Development') }).points.length,
    ).toBeLessThanOrEqual(2);
  });

  it('without ICP sentences, fact points have nothing to say and are left out', () => {
    const bare = icp({ criteria: [{ field: 'industry', bands: [{ in: ['x'] }] }] });
    expect(pitchFor(acme, bare).points).toEqual([]);
  });

  it('opens addressing a persona, naming the company and one concrete fact', () => {
    const { openingLine } = pitchFor(acme);
    expect(openingLine).toMatch(
      /^Hi — a note for the CISO at Acme Security: I saw that Acme Security has 37 open roles\./,
    );
    expect(openingLine).toContain('Teams like yours often tell us:');
  });

  it("chooses the persona the company's own words point to", () => {
    const rules = icp({
      criteria: [{ field: 'industry', bands: [{ in: ['x'] }] }],
      personas: [
        { title: 'CFO', department: 'Finance' },
        { title: 'VP Engineering', department: 'Engineering' },
      ],
    });
    const facts = {
      name: fact('Forge'),
      industry: fact('Software Development'),
      specialties: fact(['platform engineering']),
    };
    expect(pitchFor(facts, rules).openingLine).toMatch(/the VP Engineering at Forge/);
  });

  it('is deterministic', () => {
    expect(pitchFor(acme)).toEqual(pitchFor(acme));
  });

  it('passes hostile strings through as text, trimmed to a sane length', () => {
    const hostile: CompanyFacts = {
      name: fact(`<script>alert("x")</script>${'A'.repeat(5000)}`),
      industry: fact('Computer and Network Security'),
      employees: employees(201, 500),
      headquarters: place({ city: `Evil\u202Ecity\n\t${'B'.repeat(500)}`, country: 'US' }),
      specialties: fact(['<img src=x onerror=alert(1)>', 'C'.repeat(1000)]),
      tagline: fact(`${'D'.repeat(10_000)}`),
    };
    const pitch = rawPitchFor(hostile);
    const all = [pitch.openingLine, ...pitch.points.flatMap((p) => [p.text, p.basis])];
    expect(all.join(' ')).toContain('<script>alert("x")</script>');
    expect(all.join(' ')).toContain('<img src=x onerror=alert(1)>');
    for (const text of all) {
      expect(text.length).toBeLessThanOrEqual(400);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: checking they were removed
      expect(text).not.toMatch(/[\u0000-\u001f\u202e]/);
    }
  });
});

import { describe, expect, it } from 'vitest';
import {
  criterionLabel,
  describeBand,
  describeCriterion,
  FIELD_LABELS,
  formatRange,
} from '@/lib/criteria/labels';
import { type Band, CRITERION_FIELDS } from '@/lib/criteria/schema';
import { sampleIcp } from '@/lib/icp/sample';
import { criterion } from '../scoring/helpers';

describe('labels', () => {
  it('names every field', () => {
    for (const f of CRITERION_FIELDS) expect(FIELD_LABELS[f]).toMatch(/^[A-Z]/);
  });

  it.each([
    ['employees', { min: 500, max: 5000, credit: 1 }, '500–5,000 employees'],
    ['employees', { min: 50, credit: 1 }, '50+ employees'],
    ['employees', { max: 10, credit: 1 }, 'up to 10 employees'],
    ['revenue', { min: 10e6, max: 50e6, credit: 1 }, '$10M–$50M revenue'],
    ['founded', { min: 2005, credit: 1 }, 'founded in 2005 or later'],
    ['founded', { min: 1990, max: 2004, credit: 1 }, 'founded 1990–2004'],
    ['founded', { max: 1984, credit: 1 }, 'founded in 1984 or earlier'],
    ['hiring', { min: 5, credit: 1 }, '5+ open roles'],
    [
      'funding',
      { in: ['Series A', 'Series B'], min: 5e6, credit: 1 },
      'last round Series A or Series B, raised $5M+',
    ],
    ['location', { in: ['US', 'North America'], credit: 1 }, 'in US or North America'],
    ['technologies', { in: ['AWS'], credit: 1 }, 'uses AWS'],
    [
      'keywords',
      { in: ['SOC', 'SIEM', 'cloud security'], credit: 1 },
      'mentions "SOC", "SIEM" or "cloud security"',
    ],
    ['industry', { in: ['A', 'B', 'C', 'D', 'E', 'F', 'G'], credit: 1 }, 'A, B, C, D, E or 2 more'],
  ] as const)('%s %j → %s', (field, band, text) => {
    expect(describeBand(field, band as Band)).toBe(text);
  });

  it('describes criteria in one line', () => {
    expect(
      describeCriterion(
        criterion({
          field: 'employees',
          weight: 3,
          bands: [{ min: 500 }, { min: 200, max: 499, credit: 0.6 }],
        }),
      ),
    ).toBe('Company size (weight 3): 500+ employees → 100%; 200–499 employees → 60%');
    expect(
      describeCriterion(criterion({ field: 'employees', mode: 'require', bands: [{ min: 50 }] })),
    ).toBe('Require Company size: 50+ employees');
    expect(
      describeCriterion(
        criterion({
          field: 'industry',
          mode: 'exclude',
          label: 'No agencies',
          bands: [{ in: ['Staffing and Recruiting'] }],
        }),
      ),
    ).toBe('Exclude No agencies: Staffing and Recruiting');
    for (const c of sampleIcp.criteria) expect(describeCriterion(c)).toContain(criterionLabel(c));
  });

  it('formats ranges', () => {
    expect(formatRange({ min: 10001 })).toBe('10,001+');
    expect(formatRange({ min: 1001, max: 5000 })).toBe('1,001–5,000');
    expect(formatRange({ min: 12, max: 12 })).toBe('12');
  });
});

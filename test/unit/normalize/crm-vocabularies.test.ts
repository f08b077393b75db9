import { describe, expect, it } from 'vitest';
import type { Icp } from '@/lib/criteria/schema';
import { readCompaniesCsv } from '@/lib/csv';
import type { CompanyFacts } from '@/lib/facts';
import { canonicalIndustry } from '@/lib/normalize';
import { scoreCompany } from '@/lib/scoring/score';

describe('industries as CRMs and data tools write them', () => {
  it.each([
    // HubSpot internal values, with and without the "AND" the label's "&" became
    ['COMPUTER_NETWORK_SECURITY', 'Computer and Network Security'],
    ['COMPUTER_AND_NETWORK_SECURITY', 'Computer and Network Security'],
    ['COMPUTER_SOFTWARE', 'Software Development'],
    ['INFORMATION_TECHNOLOGY_AND_SERVICES', 'IT Services and IT Consulting'],
    ['HOSPITAL_HEALTH_CARE', 'Hospitals and Health Care'],
    ['STAFFING_AND_RECRUITING', 'Staffing and Recruiting'],
    ['MARKETING_AND_ADVERTISING', 'Advertising Services'],
    ['FINANCIAL_SERVICES', 'Financial Services'],
    // Salesforce's default picklist: coarse values as the LinkedIn group they cover
    ['Technology', 'Technology, Information and Media'],
    ['Finance', 'Financial Services'],
    ['Healthcare', 'Hospitals and Health Care'],
    ['Banking', 'Banking'],
    ['Insurance', 'Insurance'],
    ['Retail', 'Retail'],
    // ZoomInfo / Apollo
    ['Software', 'Technology, Information and Media'],
    ['Business Services', 'Professional Services'],
    ['information technology & services', 'IT Services and IT Consulting'],
    ['computer & network security', 'Computer and Network Security'],
  ])('%s → %s', (raw, name) => {
    expect(canonicalIndustry(raw)).toBe(name);
  });

  it('unknown values come back as written', () => {
    expect(canonicalIndustry('UNDERWATER_BASKET_WEAVING')).toBe('UNDERWATER_BASKET_WEAVING');
  });
});

const icp: Icp = {
  format: 'icp-lens/icp@1',
  name: 'Security vendors',
  tiers: [{ name: 'Best fit', minScore: 80 }],
  unknownCredit: 0.5,
  criteria: [
    { field: 'industry', weight: 1, bands: [{ in: ['Computer and Network Security'], credit: 1 }] },
    {
      field: 'industry',
      mode: 'require',
      weight: 1,
      bands: [{ in: ['Software Development', 'Computer and Network Security'], credit: 1 }],
    },
  ],
} as unknown as Icp;

function judge(industryCell: string) {
  const file = readCompaniesCsv(`Account Name,Industry\nAcme,${industryCell}\n`);
  const facts: CompanyFacts = file.companies[0]!.facts;
  return scoreCompany(icp, facts);
}

describe('a coarse industry that contains the ICP industry is not a miss', () => {
  it('Salesforce "Technology" against "Computer and Network Security": unknown, with the reason', () => {
    const result = judge('Technology');
    const [score, require] = result.criteria;
    expect(score).toMatchObject({ verdict: 'unknown', credit: 0.5 });
    expect(score?.value).toMatch(
      /Technology, Information and Media \(broader than Computer and Network Security\)/,
    );
    expect(score?.evidence?.text).toBe('Industry: Technology');
    expect(require).toMatchObject({ verdict: 'unknown', disqualifies: false });
    expect(result.tierKind).not.toBe('disqualified');
  });

  it('HubSpot value of the exact industry matches', () => {
    expect(judge('COMPUTER_NETWORK_SECURITY').criteria[0]).toMatchObject({ verdict: 'matched' });
  });

  it('a coarse value that does not contain it is still a miss ("Finance")', () => {
    const result = judge('Finance');
    expect(result.criteria[0]).toMatchObject({ verdict: 'missed', credit: 0 });
    expect(result.tierKind).toBe('disqualified');
  });

  it('reads an industry named like a built-in property as a plain name, not a group', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const result = judge(name);
      expect(result.criteria[0]?.verdict).not.toBe('unknown');
    }
  });
});

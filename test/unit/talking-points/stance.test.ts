import { describe, expect, it } from 'vitest';
import { stripIsolates } from '@/lib/i18n/bidi';
import { sampleIcp } from '@/lib/icp/sample';
import { scoreCompany } from '@/lib/scoring/score';
import { buildPitch } from '@/lib/talking-points/build-pitch';
import { pitchStance } from '@/lib/talking-points/stance';
import { employees, fact, place } from '../scoring/helpers';

// A Vietnamese bakery, as its LinkedIn About tab shows it (made-up company).
const bakery = {
  name: fact('Tiệm Bánh Hoa Mai'),
  industry: fact('Food and Beverage Services'),
  employees: employees(11, 50),
  headquarters: place({ city: 'Hà Nội', country: 'VN' }, 'Hà Nội, Việt Nam'),
  specialties: fact(['Bánh mì', 'Bánh ngọt', 'Cà phê']),
  tagline: fact('Bánh mì nóng giòn mỗi sáng'),
};

describe('talking points for a company that is not a fit', () => {
  const result = scoreCompany(sampleIcp, bakery);

  it('leads with why not for Bad fit and Disqualified, with the pitch for fits', () => {
    expect(['bad', 'disqualified']).toContain(result.tierKind);
    expect(pitchStance(result)).toBe('why-not');
    expect(pitchStance({ tierKind: 'tier' })).toBe('pitch');
    expect(pitchStance({ tierKind: 'insufficient' })).toBe('pitch');
  });

  it('quotes page text in another language instead of reading it as English', () => {
    const pitch = buildPitch(sampleIcp, bakery, result, { year: 2026 });
    const all = stripIsolates([...pitch.points.map((p) => p.text), pitch.openingLine].join('\n'));
    expect(all).toContain('“Bánh');
    expect(all).not.toMatch(/Lists Bánh mì/);
    expect(all).not.toMatch(/as "Bánh/);
    for (const line of all.split('\n').filter((l) => l.includes('Bánh'))) {
      expect(line).toMatch(/“[^”]*Bánh[^”]*”/);
    }
  });
});

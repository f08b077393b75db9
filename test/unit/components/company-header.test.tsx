/**
 * The popup header's headquarters line says a region named like its city once: LinkedIn and
 * JSON-LD write "Ho Chi Minh City, Ho Chi Minh City, VN" for a company there.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CompanyHeader } from '@/components/popup/CompanyHeader';
import { describeFact, withoutRepeatedParts } from '@/lib/company/describe';
import type { CompanyFacts, Place } from '@/lib/facts';
import type { CompanyView } from '@/lib/messaging';

afterEach(() => fakeBrowser.reset());

const fact = <T,>(value: T) => ({ value, source: 'json-ld', evidence: 'address' }) as never;

function header(place: Place): string {
  const facts: CompanyFacts = { domain: fact('hoasenbakery.com.vn'), headquarters: fact(place) };
  const company: CompanyView = {
    id: 'c1',
    name: 'Hoa Sen Bakery & Café',
    facts,
    url: 'https://vn.linkedin.com/company/hoa-sen-bakery',
    lastSeen: 0,
  };
  return renderToStaticMarkup(<CompanyHeader company={company} />);
}

describe('headquarters line', () => {
  it('does not repeat a region equal to the city in the popup header', () => {
    const html = header({
      raw: 'Ho Chi Minh City, Ho Chi Minh City, VN',
      city: 'Ho Chi Minh City',
      region: 'Ho Chi Minh City',
      country: 'VN',
    });
    expect(html).toContain('<bdi>Ho Chi Minh City, VN</bdi>');
    expect(html).not.toContain('Ho Chi Minh City, Ho Chi Minh City');
  });

  it('keeps a place whose parts differ as the page wrote it', () => {
    expect(
      header({ raw: 'Austin, Texas', city: 'Austin', region: 'US-TX', country: 'US' }),
    ).toContain('<bdi>Austin, Texas</bdi>');
  });

  it('says the city once in the facts list too', () => {
    const place: Place = { raw: 'Singapore, Singapore', city: 'Singapore', region: 'Singapore' };
    expect(describeFact('headquarters', fact(place))).toBe('Singapore');
  });

  it.each([
    ['Ho Chi Minh City, Ho Chi Minh City, VN', 'Ho Chi Minh City, VN'],
    ['Singapore, Singapore', 'Singapore'],
    ['São Paulo, Sao Paulo, BR', 'São Paulo, BR'],
    ['تهران، تهران', 'تهران'],
    ['New Delhi, Delhi, IN', 'New Delhi, Delhi, IN'],
    ['Austin,Texas', 'Austin,Texas'],
  ])('"%s" → "%s"', (raw, line) => {
    expect(withoutRepeatedParts(raw)).toBe(line);
  });
});

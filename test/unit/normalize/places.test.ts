import { describe, expect, it } from 'vitest';
import { parsePlace } from '@/lib/normalize';

describe('"City, XX" is a region of the city\'s country, never a country with the same letters', () => {
  it.each([
    ['Munich, BY', { city: 'Munich', region: 'DE-BY', country: 'DE' }], // not Belarus
    ['Pune, MH', { city: 'Pune', region: 'IN-MH', country: 'IN' }], // not the Marshall Islands
    ['Bengaluru, KA', { city: 'Bengaluru', region: 'IN-KA', country: 'IN' }],
    ['Sydney, NSW', { city: 'Sydney', region: 'AU-NSW', country: 'AU' }],
    ['Austin, TX', { city: 'Austin', region: 'US-TX', country: 'US' }],
    ['Berlin, DE', { city: 'Berlin', country: 'DE' }], // a country when the city is there
    ['München, Bayern', { city: 'München', region: 'DE-BY', country: 'DE' }],
    ['Bandung, Jawa Barat', { city: 'Bandung', region: 'ID-JB', country: 'ID' }],
  ])('%s', (raw, place) => {
    expect(parsePlace(raw)).toEqual({ raw, ...place });
  });
});

describe('addresses with postal codes', () => {
  it.each([
    ['Mumbai, Maharashtra 400001', { city: 'Mumbai', region: 'IN-MH', country: 'IN' }],
    [
      'Jakarta Selatan, DKI Jakarta 12190',
      { city: 'Jakarta Selatan', region: 'ID-JK', country: 'ID' },
    ],
    ['500 Congress Ave, Austin, TX 78701', { city: 'Austin', region: 'US-TX', country: 'US' }],
  ])('%s', (raw, place) => {
    expect(parsePlace(raw)).toEqual({ raw, ...place });
  });
});

describe('country names in every common form', () => {
  it.each([
    ['Stockholm, Sverige', 'SE'],
    ['Beijing, Mainland China', 'CN'],
    ['New York, U.S.', 'US'],
    ['Berlin, Deutschland', 'DE'],
    ['Leeds, United Kingdom of Great Britain and Northern Ireland', 'GB'],
    ['Aarhus, Danmark', 'DK'],
    ['Helsinki, Suomi', 'FI'],
    ['Oslo, Norge', 'NO'],
  ])('%s', (raw, country) => {
    expect(parsePlace(raw).country).toBe(country);
  });
});

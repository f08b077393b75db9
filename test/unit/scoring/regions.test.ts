import { describe, expect, it } from 'vitest';
import { countryInSentence, REGION_NAMES, resolvePlaceName } from '@/lib/criteria/regions';

const countriesOf = (name: string) => {
  const place = resolvePlaceName(name);
  if (place?.kind !== 'region') throw new Error(`${name} is not a region`);
  return place.countries;
};

describe('regions', () => {
  it.each([
    ['North America', ['US', 'CA', 'MX'], ['BR', 'GB']],
    ['LATAM', ['MX', 'BR', 'AR', 'CO', 'CL'], ['US', 'ES']],
    ['Latin America', ['PE'], ['PT']],
    ['EU', ['DE', 'FR', 'IE', 'HR', 'CY'], ['GB', 'CH', 'NO']],
    ['Europe', ['GB', 'CH', 'NO', 'DE', 'UA'], ['TR', 'US']],
    ['EMEA', ['GB', 'AE', 'ZA', 'NG', 'TR', 'SA'], ['US', 'JP', 'BR']],
    ['APAC', ['JP', 'AU', 'SG', 'IN', 'VN', 'NZ'], ['US', 'DE']],
    ['MENA', ['AE', 'EG', 'MA', 'SA'], ['NG', 'TR']],
    ['DACH', ['DE', 'AT', 'CH'], ['NL', 'LI']],
    ['Nordics', ['SE', 'NO', 'DK', 'FI', 'IS'], ['EE', 'DE']],
    ['ASEAN', ['VN', 'TH', 'ID', 'PH', 'SG', 'MY', 'MM', 'KH', 'LA', 'BN'], ['CN', 'IN']],
    ['ANZ', ['AU', 'NZ'], ['PG']],
  ])('%s', (name, inside, outside) => {
    const set = countriesOf(name);
    for (const c of inside) expect(set.has(c), `${c} in ${name}`).toBe(true);
    for (const c of outside) expect(set.has(c), `${c} not in ${name}`).toBe(false);
  });

  it('the EU has its 27 members', () => {
    expect(countriesOf('EU').size).toBe(27);
  });

  it('names are case-, accent- and "&"-insensitive', () => {
    expect(countriesOf('north america')).toBe(countriesOf('North America'));
    expect(countriesOf('asia-pacific')).toBe(countriesOf('APAC'));
    expect(countriesOf('Australia & New Zealand')).toBe(countriesOf('ANZ'));
  });

  it('resolves codes, names and Worldwide', () => {
    expect(resolvePlaceName('us')).toEqual({ kind: 'country', code: 'US' });
    expect(resolvePlaceName('UK')).toEqual({ kind: 'country', code: 'GB' });
    expect(resolvePlaceName('United States')).toEqual({ kind: 'country', code: 'US' });
    expect(resolvePlaceName('Viet Nam')?.kind).toBe('country');
    expect(resolvePlaceName('Türkiye')).toEqual({ kind: 'country', code: 'TR' });
    expect(resolvePlaceName('us-ca')).toEqual({ kind: 'subdivision', code: 'US-CA' });
    expect(resolvePlaceName('Worldwide')).toEqual({ kind: 'worldwide' });
    expect(resolvePlaceName('Global')).toEqual({ kind: 'worldwide' });
  });

  it('rejects what is none of these', () => {
    expect(resolvePlaceName('Nort America')).toBeUndefined();
    expect(resolvePlaceName('ZZ')).toBeUndefined();
    expect(resolvePlaceName('QQ-CA')).toBeUndefined();
    expect(resolvePlaceName('')).toBeUndefined();
  });

  it('every advertised region name resolves', () => {
    for (const name of REGION_NAMES) expect(resolvePlaceName(name), name).toBeDefined();
  });

  it('puts "the" before the countries that need it', () => {
    expect(countryInSentence('US')).toBe('the United States');
    expect(countryInSentence('DE')).toBe('Germany');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Place } from '@/lib/facts';
import { parsePlace } from '@/lib/normalize';
import { cityCandidates } from '@/lib/normalize/cities';
import { countryCode } from '@/lib/normalize/countries';
import { gazetteerCities } from '@/lib/normalize/places/gazetteer';
import {
  CITY_TABLE,
  COUNTRY_TABLE,
  SUBDIVISION_TABLE,
} from '@/lib/normalize/places/gazetteer.generated';
import { subdivision } from '@/lib/normalize/subdivisions';
import { fold } from '@/lib/text';

type Expected = Omit<Place, 'raw'>;

/**
 * Headquarters as LinkedIn's About tab and CRM exports (HubSpot "City, State/Region", Salesforce
 * "Billing Address", Apollo "Company Address") write them, from many countries, with the city,
 * ISO 3166-2 region and ISO country each should give. The cities are real places; no company is
 * named.
 */
const HEADQUARTERS: Record<string, [string, Expected][]> = {
  'North America': [
    ['Redwood City, CA 94063', { city: 'Redwood City', region: 'US-CA', country: 'US' }],
    [
      '1600 Amphitheatre Parkway, Mountain View, CA 94043, USA',
      { city: 'Mountain View', region: 'US-CA', country: 'US' },
    ],
    ['New York, NY 10001, US', { city: 'New York', region: 'US-NY', country: 'US' }],
    ['Atlanta, Georgia', { city: 'Atlanta', region: 'US-GA', country: 'US' }],
    ['Armonk, New York', { city: 'Armonk', region: 'US-NY', country: 'US' }],
    ['Jersey City, NJ', { city: 'Jersey City', region: 'US-NJ', country: 'US' }],
    ['Toronto, ON', { city: 'Toronto', region: 'CA-ON', country: 'CA' }],
    ['London, ON', { city: 'London', region: 'CA-ON', country: 'CA' }],
    ['Montréal, Québec, Canada', { city: 'Montréal', region: 'CA-QC', country: 'CA' }],
    ['Guadalajara, Jalisco', { city: 'Guadalajara', region: 'MX-JAL', country: 'MX' }],
    ['Mexico City, Mexico', { city: 'Mexico City', country: 'MX' }],
  ],
  'Latin America': [
    ['São Paulo, SP', { city: 'São Paulo', region: 'BR-SP', country: 'BR' }],
    ['Curitiba, PR, Brasil', { city: 'Curitiba', region: 'BR-PR', country: 'BR' }],
    ['Córdoba, AR', { city: 'Córdoba', country: 'AR' }], // Argentina, not Arkansas
    ['Bogotá, D.C., Colombia', { city: 'Bogotá', country: 'CO' }],
    ['Valencia, Carabobo', { city: 'Valencia', region: 'VE-G', country: 'VE' }],
  ],
  Europe: [
    ['Munich, BY', { city: 'Munich', region: 'DE-BY', country: 'DE' }],
    ['Walldorf, Baden-Württemberg', { city: 'Walldorf', region: 'DE-BW', country: 'DE' }],
    ['Lyon, ARA', { city: 'Lyon', region: 'FR-ARA', country: 'FR' }],
    ['Lyon, Auvergne-Rhône-Alpes, France', { city: 'Lyon', region: 'FR-ARA', country: 'FR' }],
    ['Barcelona, Catalonia', { city: 'Barcelona', region: 'ES-CT', country: 'ES' }],
    ['Madrid, Comunidad de Madrid', { city: 'Madrid', region: 'ES-MD', country: 'ES' }],
    ['Milan, Lombardy, Italy', { city: 'Milan', region: 'IT-25', country: 'IT' }],
    ['Zürich, ZH', { city: 'Zürich', region: 'CH-ZH', country: 'CH' }],
    ['Amsterdam, Noord-Holland', { city: 'Amsterdam', region: 'NL-NH', country: 'NL' }],
    ['Kraków, Małopolskie', { city: 'Kraków', region: 'PL-12', country: 'PL' }],
    ['Wien, Österreich', { city: 'Wien', country: 'AT' }],
    ['Dublin 2, Ireland', { city: 'Dublin', country: 'IE' }],
    ['Espoo, Finland', { city: 'Espoo', country: 'FI' }],
    ['Luxembourg, Luxembourg', { city: 'Luxembourg', country: 'LU' }],
    ['Perth, Scotland', { city: 'Perth', country: 'GB' }],
    ['Istanbul, Türkiye', { city: 'Istanbul', country: 'TR' }],
  ],
  'Asia and Oceania': [
    ['Pune, MH', { city: 'Pune', region: 'IN-MH', country: 'IN' }],
    ['Gurgaon, HR', { city: 'Gurgaon', region: 'IN-HR', country: 'IN' }],
    ['Hyderabad, Sindh', { city: 'Hyderabad', region: 'PK-SD', country: 'PK' }],
    ['Shenzhen, Guangdong', { city: 'Shenzhen', region: 'CN-GD', country: 'CN' }],
    ['Seongnam, Gyeonggi-do', { city: 'Seongnam', region: 'KR-41', country: 'KR' }],
    ['Seoul, Korea, Republic of', { city: 'Seoul', country: 'KR' }],
    ['Osaka, Osaka', { city: 'Osaka', region: 'JP-27', country: 'JP' }],
    [
      'Petaling Jaya, Selangor, Malaysia',
      { city: 'Petaling Jaya', region: 'MY-10', country: 'MY' },
    ],
    ['Singapore, Singapore', { city: 'Singapore', country: 'SG' }],
    ['Hong Kong, Hong Kong SAR', { city: 'Hong Kong', country: 'HK' }],
    ['Makati, Metro Manila', { city: 'Makati', country: 'PH' }],
    ['Quận 1, TP. Hồ Chí Minh', { city: 'Hồ Chí Minh', region: 'VN-SG', country: 'VN' }],
    ['Perth, WA', { city: 'Perth', region: 'AU-WA', country: 'AU' }],
    ['Melbourne, Victoria', { city: 'Melbourne', region: 'AU-VIC', country: 'AU' }],
    ['Gold Coast, Queensland', { city: 'Gold Coast', region: 'AU-QLD', country: 'AU' }],
    ['Auckland, New Zealand', { city: 'Auckland', country: 'NZ' }],
  ],
  'Middle East and Africa': [
    ['Tel Aviv, Israel', { city: 'Tel Aviv', country: 'IL' }],
    ['Riyadh, Saudi Arabia', { city: 'Riyadh', country: 'SA' }],
    ['Cape Town, Western Cape', { city: 'Cape Town', region: 'ZA-WC', country: 'ZA' }],
    ['Lagos, Nigeria', { city: 'Lagos', country: 'NG' }],
    ['Tbilisi, Georgia', { city: 'Tbilisi', country: 'GE' }], // the country, not the US state
  ],
};

describe.each(Object.entries(HEADQUARTERS))('headquarters in %s', (_, rows) => {
  it.each(rows)('%s', (raw, place) => {
    expect(parsePlace(raw)).toEqual({ raw, ...place });
  });
});

describe('an ambiguous city name: the rest of the address decides, else the population', () => {
  it.each([
    ['Springfield', { city: 'Springfield', country: 'US' }],
    ['Springfield, IL', { city: 'Springfield', region: 'US-IL', country: 'US' }],
    ['Cambridge', { city: 'Cambridge', country: 'GB' }],
    ['Cambridge, MA', { city: 'Cambridge', region: 'US-MA', country: 'US' }],
    ['Cambridge, UK', { city: 'Cambridge', country: 'GB' }],
    ['Cambridge, Ontario', { city: 'Cambridge', region: 'CA-ON', country: 'CA' }],
    ['Paris', { city: 'Paris', country: 'FR' }],
    ['Paris, TX', { city: 'Paris', region: 'US-TX', country: 'US' }],
    ['Portland, ME', { city: 'Portland', region: 'US-ME', country: 'US' }],
    ['Melbourne, FL', { city: 'Melbourne', region: 'US-FL', country: 'US' }],
    ['Victoria, BC', { city: 'Victoria', region: 'CA-BC', country: 'CA' }],
    ['Guadalajara, Spain', { city: 'Guadalajara', country: 'ES' }],
  ])('%s', (raw, place) => {
    expect(parsePlace(raw)).toEqual({ raw, ...place });
  });

  it('ranks the places of one name by population, the largest first', () => {
    const cambridges = gazetteerCities('Cambridge');
    expect(cambridges.map((p) => p.country)).toEqual(expect.arrayContaining(['GB', 'US', 'CA']));
    expect(cambridges[0]?.country).toBe('GB');
    const populations = cambridges.map((p) => p.population);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
  });

  it('finds a name without its accents and puts the well-known business city first', () => {
    expect(gazetteerCities('Zurich')[0]?.country).toBe('CH');
    expect(gazetteerCities('sao paulo')[0]?.country).toBe('BR');
    // Venezuela's Valencia is larger; a company's "Valencia" is Spain's.
    expect(cityCandidates('Valencia').map((p) => p.country)).toEqual(
      expect.arrayContaining(['ES', 'VE']),
    );
    expect(cityCandidates('Valencia')[0]?.country).toBe('ES');
    expect(gazetteerCities('Atlantis Software')).toEqual([]);
  });
});

describe('ISO 3166-2 subdivisions of every country', () => {
  it.each([
    ['BY', 'DE', 'DE-BY'],
    ['Bavaria', 'DE', 'DE-BY'],
    ['MH', 'IN', 'IN-MH'],
    ['Telangana', 'IN', 'IN-TS'],
    ['TG', 'IN', 'IN-TS'], // the code before 2023, still written
    ['ARA', 'FR', 'FR-ARA'],
    ['Île-de-France', 'FR', 'FR-IDF'],
    ['Jalisco', 'MX', 'MX-JAL'],
    ['Selangor', 'MY', 'MY-10'],
    ['Western Cape', 'ZA', 'ZA-WC'],
    ['Tokyo', 'JP', 'JP-13'],
    ['广东', 'CN', 'CN-GD'],
    ['Anhui', 'CN', 'CN-AH'],
    ['Goa', 'IN', 'IN-GA'],
  ])('%s in %s → %s', (text, country, code) => {
    expect(subdivision(text, country)?.code).toBe(code);
  });

  it('reads a name without its country only when one country alone has it', () => {
    expect(subdivision('Maharashtra')?.code).toBe('IN-MH');
    expect(subdivision('Auvergne-Rhône-Alpes')?.code).toBe('FR-ARA');
    expect(subdivision('La Rioja')).toBeUndefined(); // Argentina and Spain
    expect(subdivision('La Rioja', 'ES')?.code).toBe('ES-RI');
    expect(subdivision('BY')).toBeUndefined(); // only US and Canadian codes without a country
    expect(subdivision('TX')?.code).toBe('US-TX');
  });

  it('reads no UK county (they share their names with towns)', () => {
    expect(subdivision('Reading', 'GB')).toBeUndefined();
  });
});

describe('country names in every common form', () => {
  it.each([
    ['United Kingdom of Great Britain and Northern Ireland', 'GB'],
    ['Sverige', 'SE'],
    ['Mainland China', 'CN'],
    ['China (Mainland)', 'CN'],
    ['U.S.', 'US'],
    ['U.S.A.', 'US'],
    ['USA (United States)', 'US'],
    ['Deutschland', 'DE'],
    ['Deutschland (DE)', 'DE'],
    ['Viet Nam', 'VN'],
    ['Türkiye', 'TR'],
    ['Korea, Republic of', 'KR'],
    ['Republic of Korea', 'KR'],
    ['대한민국', 'KR'],
    ['Netherlands, Kingdom of the', 'NL'],
    ['Bolivia, Plurinational State of', 'BO'],
    ['Venezuela, Bolivarian Republic of', 'VE'],
    ['Tanzania, United Republic of', 'TZ'],
    ['Virgin Islands (British)', 'VG'],
    ['British Virgin Islands', 'VG'],
    ['U.A.E.', 'AE'],
    ['Schweiz/Suisse', 'CH'],
    ['Éire', 'IE'],
    ['Česko', 'CZ'],
    ['Lietuva', 'LT'],
    ['Србија', 'RS'],
    ['ประเทศไทย', 'TH'],
    ['Pilipinas', 'PH'],
    ['臺灣', 'TW'],
    ['Hong Kong S.A.R.', 'HK'],
    ['Holy See', 'VA'],
    ['DR Congo', 'CD'],
  ])('%s → %s', (name, code) => {
    expect(countryCode(name)).toBe(code);
  });

  it('keeps an old country name that is now a city elsewhere for the city', () => {
    expect(countryCode('Gold Coast')).toBeUndefined(); // Ghana's colonial name; a city in Australia
  });
});

describe('the derived tables (scripts/build-gazetteer.ts)', () => {
  it('hold every country and every name folded as lookups fold them', () => {
    const cityLines = CITY_TABLE.split('\n');
    expect(cityLines.length).toBeGreaterThan(20_000);
    // Problems collected and compared once: 24,000 lines of expect() calls take seconds.
    const wrong: string[] = [];
    let previous = '';
    for (const line of cityLines) {
      const [name = '', places = ''] = line.split('\t');
      if (fold(name) !== name) wrong.push(`not folded: ${line.slice(0, 40)}`);
      // Sorted by name in code-unit order: the lookup is a binary search.
      if (!(name > previous)) wrong.push(`${previous} before ${name}`);
      previous = name;
      let population = Number.POSITIVE_INFINITY;
      for (const place of places.split(';')) {
        const [country = '', thousands = ''] = place.split(',');
        const k = Number.parseInt(thousands, 36);
        if (!/^[A-Z]{2}$/.test(country) || !(k >= 15) || k > population)
          wrong.push(`place ${place} in ${line.slice(0, 60)}`);
        population = k;
      }
    }
    expect(wrong).toEqual([]);
    expect(SUBDIVISION_TABLE.split('\n').length).toBeGreaterThan(190);
    const unfolded = COUNTRY_TABLE.split('\n').flatMap((line) =>
      (line.split('\t')[1]?.split('|') ?? []).filter((key) => fold(key) !== key),
    );
    expect(unfolded).toEqual([]);
  });
});

describe('the country names', () => {
  it('know the country names of every language i18n-iso-countries ships (a table built before its languages were merged in would not)', () => {
    const unknown: string[] = [];
    for (const language of ['de', 'fr', 'es', 'vi', 'zh', 'fa', 'ja', 'ru', 'ur']) {
      const { countries } = JSON.parse(
        readFileSync(`node_modules/i18n-iso-countries/langs/${language}.json`, 'utf8'),
      ) as { countries: Record<string, string | string[]> };
      for (const [code, names] of Object.entries(countries))
        for (const name of [names].flat())
          if (!countryCode(name)) unknown.push(`${language} ${code} ${name}`);
    }
    expect(unknown).toEqual([]);
  });
});

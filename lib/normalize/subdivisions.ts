import { fold } from '../text';

/** US states (and DC) and Canadian provinces and territories: code → name. */
const US = `AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut|DE Delaware|
DC District of Columbia|FL Florida|GA Georgia|HI Hawaii|ID Idaho|IL Illinois|IN Indiana|IA Iowa|KS Kansas|
KY Kentucky|LA Louisiana|ME Maine|MD Maryland|MA Massachusetts|MI Michigan|MN Minnesota|MS Mississippi|
MO Missouri|MT Montana|NE Nebraska|NV Nevada|NH New Hampshire|NJ New Jersey|NM New Mexico|NY New York|
NC North Carolina|ND North Dakota|OH Ohio|OK Oklahoma|OR Oregon|PA Pennsylvania|RI Rhode Island|
SC South Carolina|SD South Dakota|TN Tennessee|TX Texas|UT Utah|VT Vermont|VA Virginia|WA Washington|
WV West Virginia|WI Wisconsin|WY Wyoming|PR Puerto Rico`;
const CA = `AB Alberta|BC British Columbia|MB Manitoba|NB New Brunswick|NL Newfoundland and Labrador|
NS Nova Scotia|NT Northwest Territories|NU Nunavut|ON Ontario|PE Prince Edward Island|QC Quebec|
SK Saskatchewan|YT Yukon`;

function table(country: string, text: string): [string, { code: string; name: string }][] {
  return text.split('|').flatMap((entry) => {
    const [abbr = '', ...rest] = entry.trim().split(' ');
    const name = rest.join(' ');
    const value = { code: `${country}-${abbr}`, name };
    return [
      [`${country}:${abbr}`, value],
      [fold(name), value],
    ];
  });
}

const SUBDIVISIONS = new Map([
  ...table('US', US),
  ...table('CA', CA),
  [fold('Québec'), { code: 'CA-QC', name: 'Quebec' }],
]);

/**
 * A US state or Canadian province by its name ("California", "Québec") or, with the country known or
 * guessed, its postal abbreviation ("CA", "ON"). Returns its ISO 3166-2 code.
 */
export function subdivision(
  text: string,
  country?: string,
): { code: string; name: string } | undefined {
  const trimmed = text.trim().replace(/\s+\d[\d\s-]*$/, ''); // "CA 94105" → "CA"
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const abbr = trimmed.toUpperCase();
    const order = country === 'CA' ? ['CA', 'US'] : country && country !== 'US' ? [] : ['US', 'CA'];
    for (const c of order) {
      const hit = SUBDIVISIONS.get(`${c}:${abbr}`);
      if (hit) return hit;
    }
    return undefined;
  }
  const hit = SUBDIVISIONS.get(fold(trimmed));
  return hit && (!country || hit.code.startsWith(`${country}-`)) ? hit : undefined;
}

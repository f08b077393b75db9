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

/** German Länder (ISO 3166-2:DE). */
const DE = `BW Baden-Württemberg|BY Bayern|BE Berlin|BB Brandenburg|HB Bremen|HH Hamburg|HE Hessen|
MV Mecklenburg-Vorpommern|NI Niedersachsen|NW Nordrhein-Westfalen|RP Rheinland-Pfalz|SL Saarland|SN Sachsen|
ST Sachsen-Anhalt|SH Schleswig-Holstein|TH Thüringen`;
/** Indian states and union territories (ISO 3166-2:IN). */
const IN = `AP Andhra Pradesh|AR Arunachal Pradesh|AS Assam|BR Bihar|CT Chhattisgarh|GA Goa|GJ Gujarat|
HR Haryana|HP Himachal Pradesh|JH Jharkhand|KA Karnataka|KL Kerala|MP Madhya Pradesh|MH Maharashtra|
MN Manipur|ML Meghalaya|MZ Mizoram|NL Nagaland|OR Odisha|PB Punjab|RJ Rajasthan|SK Sikkim|TN Tamil Nadu|
TG Telangana|TR Tripura|UP Uttar Pradesh|UT Uttarakhand|WB West Bengal|AN Andaman and Nicobar Islands|
CH Chandigarh|DH Dadra and Nagar Haveli and Daman and Diu|DL Delhi|JK Jammu and Kashmir|LA Ladakh|
LD Lakshadweep|PY Puducherry`;
/** Australian states and territories (ISO 3166-2:AU). */
const AU = `NSW New South Wales|VIC Victoria|QLD Queensland|WA Western Australia|SA South Australia|
TAS Tasmania|ACT Australian Capital Territory|NT Northern Territory`;
/** Brazilian states (ISO 3166-2:BR). */
const BR = `AC Acre|AL Alagoas|AP Amapá|AM Amazonas|BA Bahia|CE Ceará|DF Distrito Federal|ES Espírito Santo|
GO Goiás|MA Maranhão|MT Mato Grosso|MS Mato Grosso do Sul|MG Minas Gerais|PA Pará|PB Paraíba|PR Paraná|
PE Pernambuco|PI Piauí|RJ Rio de Janeiro|RN Rio Grande do Norte|RS Rio Grande do Sul|RO Rondônia|
RR Roraima|SC Santa Catarina|SP São Paulo|SE Sergipe|TO Tocantins`;
/** Indonesian provinces most companies are in (ISO 3166-2:ID). */
const ID = `JK DKI Jakarta|JB Jawa Barat|JT Jawa Tengah|JI Jawa Timur|BT Banten|YO DI Yogyakarta|BA Bali|
SU Sumatera Utara|KT Kalimantan Timur|SN Sulawesi Selatan`;
/** Chinese provinces (ISO 3166-2:CN), in pinyin and in Chinese; the municipalities (北京, 上海,
 * 天津, 重庆) are read as cities. */
const CN = `AH Anhui|FJ Fujian|GD Guangdong|GS Gansu|GZ Guizhou|HA Henan|HB Hubei|HE Hebei|HI Hainan|
HL Heilongjiang|HN Hunan|JL Jilin|JS Jiangsu|JX Jiangxi|LN Liaoning|QH Qinghai|SC Sichuan|SD Shandong|
SN Shaanxi|SX Shanxi|YN Yunnan|ZJ Zhejiang`;
const CN_HANS = `AH 安徽|FJ 福建|GD 广东|GS 甘肃|GZ 贵州|HA 河南|HB 湖北|HE 河北|HI 海南|HL 黑龙江|HN 湖南|
JL 吉林|JS 江苏|JX 江西|LN 辽宁|QH 青海|SC 四川|SD 山东|SN 陕西|SX 山西|YN 云南|ZJ 浙江`;

/** Countries whose subdivision codes this table holds: "City, XX" is read as a region of these. */
export const SUBDIVISION_COUNTRIES = ['US', 'CA', 'DE', 'IN', 'AU', 'BR', 'ID', 'CN'] as const;

function table(country: string, text: string): [string, { code: string; name: string }][] {
  return text.split('|').flatMap((entry) => {
    const [abbr = '', ...rest] = entry.trim().split(' ');
    const name = rest.join(' ');
    const value = { code: `${country}-${abbr}`, name };
    return [
      [`${country}:${abbr}`, value],
      [`${country}:${fold(name)}`, value],
      [fold(name), value],
    ];
  });
}

const SUBDIVISIONS = new Map([
  ...table('US', US),
  ...table('CA', CA),
  [fold('Québec'), { code: 'CA-QC', name: 'Quebec' }],
  ...table('DE', DE),
  ...table('IN', IN),
  ...table('AU', AU),
  ...table('BR', BR),
  ...table('ID', ID),
  ...table('CN', CN_HANS),
  ...table('CN', CN),
  [fold('Bavaria'), { code: 'DE-BY', name: 'Bayern' }],
  [fold('North Rhine-Westphalia'), { code: 'DE-NW', name: 'Nordrhein-Westfalen' }],
  [fold('Lower Saxony'), { code: 'DE-NI', name: 'Niedersachsen' }],
  [fold('Hesse'), { code: 'DE-HE', name: 'Hessen' }],
  [fold('Saxony'), { code: 'DE-SN', name: 'Sachsen' }],
  [fold('West Java'), { code: 'ID-JB', name: 'Jawa Barat' }],
  [fold('Jakarta'), { code: 'ID-JK', name: 'DKI Jakarta' }],
]);

/**
 * A state or province (US, Canada, Germany, India, Australia, Brazil, Indonesia, China) by its
 * name ("California", "Bayern", "Maharashtra", "广东") or, with the country known or guessed, its ISO 3166-2
 * or postal abbreviation ("CA", "BY", "MH", "NSW"); without a country only US and Canadian
 * abbreviations are read. Returns its ISO 3166-2 code. Source: ISO 3166-2.
 */
export function subdivision(
  text: string,
  country?: string,
): { code: string; name: string } | undefined {
  const trimmed = text.trim().replace(/\s+\d[\d\s-]*$/, ''); // "CA 94105" → "CA"
  if (/^[A-Za-z]{2,3}$/.test(trimmed)) {
    const abbr = trimmed.toUpperCase();
    if (country && !['US', 'CA'].includes(country)) return SUBDIVISIONS.get(`${country}:${abbr}`);
    if (abbr.length === 3) return undefined;
    const order = country === 'CA' ? ['CA', 'US'] : country && country !== 'US' ? [] : ['US', 'CA'];
    for (const c of order) {
      const hit = SUBDIVISIONS.get(`${c}:${abbr}`);
      if (hit) return hit;
    }
    return undefined;
  }
  if (country)
    return SUBDIVISIONS.get(`${country}:${fold(trimmed)}`) ?? matchIn(fold(trimmed), country);
  return SUBDIVISIONS.get(fold(trimmed));
}

function matchIn(key: string, country: string) {
  const hit = SUBDIVISIONS.get(key);
  return hit?.code.startsWith(`${country}-`) ? hit : undefined;
}

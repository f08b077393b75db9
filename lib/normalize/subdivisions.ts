import { fold } from '../text';
import { SUBDIVISION_TABLE } from './places/gazetteer.generated';

/** A first-level subdivision: its ISO 3166-2 code ("DE-BY") and its ISO name ("Bayern"). */
export interface Subdivision {
  code: string;
  name: string;
}

/**
 * Names and abbreviations that addresses use and ISO 3166-2 does not list: English exonyms,
 * Chinese in Han characters, the pinyin without "Sheng", Indonesian usage, and the Indian codes
 * ISO replaced in 2023 (TG → TS, CT → CG, UT → UK, OR → OD), which people still write.
 * `country:abbreviation|name|name` → the ISO code.
 */
const EXTRA = `DE-BY Bavaria|DE-NW North Rhine-Westphalia|DE-NI Lower Saxony|DE-HE Hesse|DE-SN Saxony|
DE-ST Saxony-Anhalt|DE-TH Thuringia|DE-RP Rhineland-Palatinate|DE-MV Mecklenburg-Western Pomerania|
CA-QC Québec|ID-JB West Java|ID-JT Central Java|ID-JI East Java|ID-JK DKI Jakarta|ID-JK Jakarta|
ID-YO DI Yogyakarta|IT-25 Lombardy|IT-52 Tuscany|IT-21 Piedmont|IT-72 Campania|IT-62 Lazio|
IT-82 Sicily|IT-88 Sardinia|ES-CT Catalonia|ES-CT Cataluña|ES-AN Andalusia|ES-PV Basque Country|
ES-IB Balearic Islands|ES-CN Canary Islands|ES-VC Valencian Community|ES-VC Comunidad Valenciana|
ES-VC Comunitat Valenciana|AT-9 Vienna|AT-3 Lower Austria|AT-4 Upper Austria|AT-6 Styria|
AT-7 Tyrol|AT-2 Carinthia|CH-GE Geneva|CH-ZH Zurich|CH-BE Berne|CH-LU Lucerne|JP-13 Tokyo|
JP-27 Osaka|JP-26 Kyoto|JP-12 Chiba|JP-40 Fukuoka|JP-22 Shizuoka|JP-01 Hokkaido|JP-23 Aichi|
JP-28 Hyogo|MX-CMX Mexico City|MX-CMX CDMX|VN-SG Ho Chi Minh City|VN-SG TP. Hồ Chí Minh|
VN-HN Hanoi|VN-DN Da Nang|FR-IDF Ile de France|BE-BRU Brussels|RU-MOW Moscow|RU-SPE Saint Petersburg|
IN-TS TG|IN-CG CT|IN-UK UT|IN-OD OR|IN-OD Orissa|IN-KA Karnataka|IN-TS Telangana|
CN-AH 安徽|CN-FJ 福建|CN-GD 广东|CN-GS 甘肃|CN-GZ 贵州|CN-HA 河南|CN-HB 湖北|CN-HE 河北|CN-HI 海南|
CN-HL 黑龙江|CN-HN 湖南|CN-JL 吉林|CN-JS 江苏|CN-JX 江西|CN-LN 辽宁|CN-QH 青海|CN-SC 四川|CN-SD 山东|
CN-SN 陕西|CN-SX 山西|CN-YN 云南|CN-ZJ 浙江|CN-GX 广西|CN-NM 内蒙古|CN-NM Inner Mongolia|CN-XJ 新疆|
CN-XZ 西藏|CN-XZ Tibet|CN-NX 宁夏`;

/** `ABBR` and folded name → the subdivision, within one country. */
type CountryTable = Map<string, Subdivision>;

/** Each country's line of the generated table, by country; split on the first lookup. */
let lines: Map<string, string> | undefined;
/** Each country's aliases from `EXTRA` ([code, alias]), by country. */
let extras: Map<string, [code: string, alias: string][]> | undefined;
const countries = new Map<string, CountryTable>();
/** A folded name → its subdivision, when one country alone has a subdivision of that name. */
let anywhere: Map<string, Subdivision | null> | undefined;

function addName(
  table: CountryTable,
  key: string,
  value: Subdivision,
  names?: Map<string, Subdivision | null>,
) {
  if (!key) return;
  table.set(key, value);
  if (!names) return;
  const known = names.get(key);
  names.set(key, known === undefined || known?.code === value.code ? value : null);
}

/**
 * One country's subdivisions from its line of the generated ISO 3166-2 table (names already
 * folded), then its aliases from `EXTRA`, in that order; each name also into `names` when given.
 */
function build(country: string, names?: Map<string, Subdivision | null>): CountryTable {
  if (!lines || !extras) {
    lines = new Map();
    for (const line of SUBDIVISION_TABLE.split('\n')) {
      const tab = line.indexOf('\t');
      lines.set(line.slice(0, tab), line.slice(tab + 1));
    }
    extras = new Map();
    for (const entry of EXTRA.split('|')) {
      const [code = '', ...words] = entry.trim().split(' ');
      const list = extras.get(code.slice(0, 2)) ?? [];
      extras.set(code.slice(0, 2), list);
      list.push([code, words.join(' ')]);
    }
  }
  const table: CountryTable = new Map();
  for (const row of (lines.get(country) ?? '').split('|')) {
    if (!row) continue;
    const [abbr = '', name = abbr, ...folded] = row.split('=');
    const value = { code: `${country}-${abbr}`, name };
    table.set(abbr, value);
    for (const key of folded) addName(table, key, value, names);
  }
  for (const [code, alias] of extras.get(country) ?? []) {
    const value = table.get(code.slice(3));
    if (!value) continue;
    if (/^[A-Z]{2,3}$/.test(alias)) table.set(alias, value);
    else addName(table, fold(alias), value, names);
  }
  return table;
}

/** The subdivisions of one country, built on its first lookup (a file's rows name few). */
function inCountry(country: string): CountryTable {
  let table = countries.get(country);
  if (!table) {
    table = build(country);
    countries.set(country, table);
  }
  return table;
}

/** Every country's names, for a lookup without a country: built once, on the first such. */
function anywhereNames(): Map<string, Subdivision | null> {
  if (anywhere) return anywhere;
  const names = new Map<string, Subdivision | null>();
  build('', names);
  for (const country of lines?.keys() ?? []) build(country, names);
  anywhere = names;
  return names;
}

/**
 * A state, province or other first-level subdivision of any country, by its ISO 3166-2 name or
 * a common alias ("California", "Bayern", "Bavaria", "Maharashtra", "广东", "Auvergne-Rhône-Alpes")
 * or, with the country known or guessed, its ISO 3166-2 code or postal abbreviation ("CA", "BY",
 * "MH", "NSW", "ARA"). Without a country, only US and Canadian abbreviations are read, and a name
 * only when one country alone has a subdivision of that name. A trailing postal code is ignored
 * ("CA 94105"). Returns the ISO 3166-2 code and the ISO name. Sources: ISO 3166-2 through the
 * iso-3166 package (see scripts/build-gazetteer.ts), plus the aliases above. UK counties are not
 * read (their names are the towns').
 */
export function subdivision(text: string, country?: string): Subdivision | undefined {
  const trimmed = text.trim().replace(/\s+\d[\d\s-]*$/, ''); // "CA 94105" → "CA"
  if (/^[A-Za-z]{2,3}$/.test(trimmed)) {
    const abbr = trimmed.toUpperCase();
    if (country && !['US', 'CA'].includes(country)) {
      // "Goa" and "Uri" are names as short as a code.
      const table = inCountry(country);
      return table.get(abbr) ?? table.get(fold(abbr));
    }
    if (abbr.length === 3) return undefined;
    const order = country === 'CA' ? ['CA', 'US'] : country && country !== 'US' ? [] : ['US', 'CA'];
    for (const c of order) {
      const hit = inCountry(c).get(abbr);
      if (hit) return hit;
    }
    return undefined;
  }
  const key = fold(trimmed);
  if (country) return inCountry(country).get(key);
  return anywhereNames().get(key) ?? undefined;
}

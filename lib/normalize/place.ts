import type { Place } from '../facts';
import { bareCityName, cityCandidates } from './cities';
import { countryCode } from './countries';
import { subdivision } from './subdivisions';

const SEPARATORS = /[,，、،;]|\s[-–—|]\s/u;
/** Postal codes after a state or city: "TX 78701", "M5E 1A1", "10117", "Pune 411045". */
const POSTAL = /(^|\s)[A-Z]{0,2}\d[\dA-Z-]{2,}(?=\s|$)/gu;
const HAS_POSTAL = new RegExp(POSTAL.source, 'u');
/** A UK postcode, outward and inward code: "SW1A 2AA", "CB4 0WS", "M2 3DE". */
const UK_POSTCODE = /(^|\s)[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}(?=[\s,]|$)/gu;
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/u;
/** A Chinese address without separators: 省 (province) → 市 (city) → 区, 路, 号. */
const CN_ADDRESS = /^(?:(\p{sc=Han}{2,7}?)(?:省|自治区))?(\p{sc=Han}{2,3}?)市(.*)$/u;
/** Postal codes with a space or letters: "110 00" (Czechia, Slovakia), "111 43" (Sweden), "1015 CJ"
 * (the Netherlands). */
const SPACED_POSTCODE = /(^|\s)(\d{3} \d{2}|\d{4} ?[A-Z]{2})(?=[\s,]|$)/gu;
/** A part that ends in a street word: "Valiasr St.", "Congress Avenue", "MG Road". */
const STREET_END =
  /\s(st|street|str|ave|avenue|rd|road|blvd|boulevard|ln|lane|dr|drive|way|hwy|highway|sq|square|straße|strasse)\.?$/iu;
/** Parts that name a ward, district or street, never the city: "Phường Bến Nghé", "Jl. Sudirman",
 * "Av. Paulista 1000", "Via Roma 1", "ul. Marszałkowska 1", "1-2-3 Marunouchi", "Chiyoda-ku". */
const LOCALITY =
  /^(phường|p\.|quận|q\.|huyện|xã|thị xã|thị trấn|khu phố|tầng|số|lô|đường|jl\.?|jln\.?|jalan|gedung|kav\.?|blok|kel\.|kec\.|kelurahan|kecamatan|unit|suite|floor|level|flat|plot|no\.|av\.|avda\.|avenida|rua|calle|c\/|via|viale|piazza|corso|rue|bd|ul\.|ulica|خیابان|بلوار|کوچه|پلاک|طبقه|واحد|میدان|کد ?پستی|postal code)(\s|$)|^\d+(st|nd|rd|th)\s|^\d+(-\d+){2,}\s|^\S+-(ku|gu|dong)$/iu;
/** Parts that say they are a city: "TP. Hồ Chí Minh", "Thành phố Nha Trang", "شهر کرج". */
const CITY_MARK = /^(thành phố|tp\.?|شهر)\s/iu;
/** The country an address's own words or postal code give away, when it names none. */
const SHAPES: [RegExp, string][] = [
  [/(^|[\s,])(phường|quận|huyện|thành phố|tp\.)\s/iu, 'VN'],
  [/(^|[\s,])(jl\.|kav\.|gedung|kel\.|kec\.|kelurahan|kecamatan|kabupaten)\s/iu, 'ID'],
  [/کد ?پستی|(^|[\s،])(خیابان|بلوار|پلاک)\s/u, 'IR'],
  [new RegExp(UK_POSTCODE.source, 'u'), 'GB'],
];
const MAX_CITY = 100;

interface Part {
  text: string;
  /** A street line ("500 W 2nd St", "Quận 1", "张江路100号"). */
  street: boolean;
  /** Had a postal code: the text left is the city or the state ("Cambridge CB4 0WS"). */
  postal: boolean;
  /** Said it is a city ("TP. Hồ Chí Minh", the 市 of a Chinese address). */
  city: boolean;
}

/** Persian and Arabic-Indic digits as ASCII, so "کدپستی ۱۵۱۱۷۳۳۱۱۱" has a postal code. */
const asciiDigits = (text: string) =>
  text.replace(/[۰-۹٠-٩]/gu, (d) => String((d.codePointAt(0) ?? 0) % 16));

/** "广东省深圳市南山区科技园" → 深圳市 (the city first, as elsewhere), 广东, the rest a street. */
function chineseParts(text: string): Part[] {
  const m = CN_ADDRESS.exec(text);
  if (!m) return [{ text, street: false, postal: false, city: false }];
  return [
    { text: `${m[2]}市`, street: false, postal: false, city: true },
    { text: m[1] ?? '', street: false, postal: false, city: false },
    { text: m[3] ?? '', street: true, postal: false, city: false },
  ];
}

/** The address split into its parts; CJK addresses ("上海市 上海") are split on spaces too. */
function parts(raw: string): Part[] {
  const text = asciiDigits(raw.slice(0, 2000));
  const pieces = text.split(SEPARATORS).flatMap((p) => (CJK.test(p) ? p.split(/\s+/) : [p]));
  // "Seoul, Korea, Republic of": an ISO short name keeps its comma.
  const tail = pieces.length > 1 ? pieces[pieces.length - 1]!.trim() : '';
  if (/\bof( the)?$/iu.test(tail)) {
    const country = `${pieces[pieces.length - 2]!.trim()}, ${tail}`;
    if (countryCode(country)) pieces.splice(-2, 2, country);
  }
  return pieces
    .flatMap((p): Part[] => {
      if (CJK.test(p)) return chineseParts(p.trim());
      let rest = p.replace(UK_POSTCODE, ' ').replace(SPACED_POSTCODE, ' ');
      // "Dublin 2", "Lyon 3": a known city and its postal district, not a street and house number.
      const district = /^\s*(\D*\p{L})\s+\d{1,2}\s*$/u.exec(rest);
      if (district?.[1] && isCity(district[1])) rest = district[1];
      const postal = rest !== p || HAS_POSTAL.test(p.trim());
      // "10117 Berlin", "50450 Kuala Lumpur", "20121 Milano MI", "1100-048 Lisboa": a postal code
      // before a known city, not a house number.
      const codeFirst = /^\s*\d{4,6}(?:-\d{3})?\s+(\D+)$/u.exec(rest);
      const after = codeFirst?.[1]?.trim();
      const cityAfterCode =
        !!after && (isCity(after) || isCity(after.replace(/\s+[A-Z]{2,3}$/u, '')));
      const part = {
        // A part that starts or ends with a house number is a street line ("500 W 2nd St", "Quận 1").
        street:
          (/^\s*\d+[A-Za-z]?\s+\S/u.test(rest) && !cityAfterCode) ||
          (/\S\s+\d+[A-Za-z]?\s*$/u.test(rest) && !postal) ||
          LOCALITY.test(rest.trim()) ||
          STREET_END.test(rest.trim()),
        postal,
        city: CITY_MARK.test(rest.trim()),
        text: rest.replace(POSTAL, ' ').replace(/\s+/g, ' ').trim(),
      };
      // "Sydney NSW 2000", "Austin TX 78701", "Milano MI": a known city and its state's code.
      const withCode = /^(.*\p{L})\s+([A-Z]{2,3})$/u.exec(part.text);
      if (!part.street && withCode?.[1] && isCity(withCode[1])) {
        return [
          { ...part, text: withCode[1] },
          { ...part, city: false, text: withCode[2]! },
        ];
      }
      return [part];
    })
    .filter((p) => p.text && !/^\d+$/.test(p.text));
}

const isCity = (text: string) => cityCandidates(text).length > 0;

/**
 * The country of the place a city name means, read with the rest of the address: the likeliest
 * place (well-known, then most populous) whose country the other parts name as a country or a
 * subdivision ("Cambridge, MA" is in the US, "Cambridge, UK" in Britain, "Paris, TX" in Texas,
 * "Springfield" alone the most populous one); with no agreement, the likeliest place.
 */
function cityCountryIn(cityText: string, others: readonly string[], hint?: string) {
  const places = cityCandidates(cityText);
  if (places.length < 2 && !hint) return places[0]?.country;
  const named = hint ? [hint] : others.map(countryCode);
  const agrees = (country: string) =>
    named.includes(country) || (!hint && others.some((o) => subdivision(o, country)));
  return (places.find((p) => agrees(p.country)) ?? places[0])?.country;
}

/** The first part that names a known city, that city's likeliest country (see `cityCountryIn`)
 * and every country that has a place of that name. */
function findCity(list: readonly Part[], hint?: string) {
  const at = list.findIndex((p) => !p.street && isCity(p.text));
  if (at < 0) return undefined;
  const text = list[at]!.text;
  const others = list.filter((_, i) => i !== at).map((p) => p.text);
  const countries = new Set(cityCandidates(text).map((p) => p.country));
  return { at, country: cityCountryIn(text, others, hint), countries };
}

/**
 * The country the last part names, unless it is a subdivision of the city's country: "Munich,
 * BY" is Bavaria (not Belarus), "Pune, MH" Maharashtra (not the Marshall Islands), "Atlanta,
 * Georgia" the US state; but "Berlin, DE" is Germany and "Tbilisi, Georgia" the country, since a
 * city of that name is there. Without a known city, "XX" is read as a US state or Canadian
 * province before a country only when it is a state's abbreviation ("Smalltown, TX").
 */
function lastPartCountry(
  last: string,
  first: string | undefined,
  city?: ReturnType<typeof findCity>,
) {
  const asCountry = countryCode(last);
  if (!asCountry || city?.country === asCountry) return asCountry;
  if (city?.country && !city.countries.has(asCountry) && subdivision(last, city.country)) {
    return undefined;
  }
  if (!/^[A-Za-z]{2,3}$/.test(last)) return asCountry;
  return first && !city && subdivision(last) ? undefined : asCountry;
}

/**
 * City, state/province (ISO 3166-2 where subdivisions.ts knows it) and country (ISO alpha-2) from an address as
 * pages write it: "San Francisco, California", "Austin, TX", "Toronto, Ontario", "Berlin, Berlin,
 * Germany", "Hà Nội, Việt Nam", "上海市", "تهران، تهران", and street addresses with postal codes
 * ("Unit 4, Science Park, Cambridge CB4 0WS", "Số 8 Láng Hạ, Phường Thành Công, Quận Ba Đình, Hà
 * Nội 100000", "广东省深圳市南山区科技园", "تهران، خیابان ولیعصر، کدپستی ۱۵۱۱۷۳۳۱۱۱"). `hints` are
 * structured values (e.g. from JSON-LD's PostalAddress; a country as a code or a name in any
 * language) and win over the text.
 */
export function parsePlace(
  raw: string,
  hints: { city?: string; region?: string; country?: string } = {},
): Place {
  const place: Place = { raw };
  const list = parts(raw);
  const texts = list.map((p) => p.text);
  let country = hints.country ? countryCode(hints.country) : undefined;
  const found = findCity(list, country);
  const cityIn = found?.country;

  const last = texts.length > 1 ? texts[texts.length - 1] : undefined;
  if (!country && last) country = lastPartCountry(last, texts[0], found);
  if (!country && texts.length === 1 && texts[0]) country = countryCode(texts[0]);

  if (hints.region && /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(hints.region)) {
    place.region = hints.region; // already normalized
    country ??= hints.region.slice(0, 2);
  }
  // A part that names the country itself is not a region ("Mexico City, Mexico": not México state).
  const regionTexts = [...(hints.region ? [hints.region] : []), ...texts.slice(1)].filter(
    (t) => !country || countryCode(t) !== country,
  );
  for (const candidate of place.region ? [] : regionTexts) {
    const hit = subdivision(candidate, country ?? cityIn);
    if (hit) {
      place.region = hit.code;
      country ??= hit.code.slice(0, 2);
      break;
    }
  }

  // The city, of the parts that are not a street line, a country or a state: the one that says
  // it is a city, else (in a street address) a city the table knows, else the one before its
  // postal code ("Reading RG1 3BE", "Jakarta Selatan 12190"), else the one before the state,
  // else the first.
  const candidates = list.filter(
    (p, i) =>
      !p.street &&
      !/\d/.test(p.text) &&
      // "Singapore, Singapore", "Luxembourg, Luxembourg": a city named as its country.
      // "Singapore 018981" too.
      (!countryCode(p.text) || (isCity(p.text) && (p.postal || (i === 0 && list.length > 1)))) &&
      (i === 0 || !subdivision(p.text, country)),
  );
  const regionAt = texts.findIndex(
    (t, i) => i > 0 && subdivision(t, country)?.code === place.region,
  );
  const beforeRegion = regionAt > 0 ? list[regionAt - 1] : undefined;
  // A place without a street or a postal code ("Shibuya, Tokyo") keeps its first part.
  const address = list.some((p) => p.street || p.postal);
  const cityText =
    hints.city ??
    (
      candidates.findLast((p) => p.city) ??
      // The post town before a smaller known place: "Canary Wharf, London E14 5AB".
      candidates.find((p) => address && p.postal && isCity(p.text)) ??
      candidates.find((p) => address && isCity(p.text)) ??
      candidates.find((p) => p.postal) ??
      candidates.find((p) => p === beforeRegion) ??
      candidates[0] ??
      // "Jakarta 12950, Indonesia": a city that is its own region, when nothing else is the city.
      list.find((p) => !p.street && isCity(p.text) && !countryCode(p.text))
    )?.text;
  const city = cityText && bareCityName(cityText);
  if (city && city.length <= MAX_CITY) place.city = city;
  if (!country && cityText) {
    const others = texts.filter((t) => t !== cityText);
    const same = found && texts[found.at] === cityText;
    country = (same ? cityIn : cityCountryIn(cityText, others)) ?? cityIn;
  }
  country ??= SHAPES.find(([shape]) => shape.test(raw))?.[1];
  if (!country && list.some((p) => p.city && CJK.test(p.text))) country = 'CN';
  if (country) place.country = country;
  return place;
}

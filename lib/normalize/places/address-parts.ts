import { cityCandidates } from '../cities';
import { countryCode } from '../countries';

/** Whether a place of that name is known (the gazetteer or the well-known business cities). */
export const isCity = (text: string) => cityCandidates(text).length > 0;

const SEPARATORS = /[,，、،;]|\s[-–—|]\s/u;
/** Postal codes after a state or city: "TX 78701", "M5E 1A1", "10117", "Pune 411045". */
const POSTAL = /(^|\s)[A-Z]{0,2}\d[\dA-Z-]{2,}(?=\s|$)/gu;
const HAS_POSTAL = new RegExp(POSTAL.source, 'u');
/** A UK postcode, outward and inward code: "SW1A 2AA", "CB4 0WS", "M2 3DE". */
export const UK_POSTCODE = /(^|\s)[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}(?=[\s,]|$)/gu;
export const CJK = /[\u3040-\u30ff\u3400-\u9fff]/u;
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

/** One comma-separated part of an address, read. */
export interface Part {
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

/**
 * An address split into its parts, each marked as a street line, a part with a postal code, or a
 * part that says it is a city. Splits on commas (any script's), semicolons and spaced dashes; CJK
 * addresses ("上海市 上海") on spaces too, and a Chinese address without separators into city,
 * province and street. Postal codes of each country's shape are removed from the text. Reads at
 * most 2,000 characters.
 */
export function addressParts(raw: string): Part[] {
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

import { fold } from '../text';
import { type CityCandidate, gazetteerCities } from './places/gazetteer';

export type { CityCandidate } from './places/gazetteer';

/**
 * Well-known business cities → country: the names the gazetteer lacks (local names and scripts:
 * "München", "上海", "تهران"; English exonyms: "Cologne", "Bangalore") and, for a name shared by
 * several places, the one a company's headquarters most likely means ("Valencia" is Spain's, not
 * Venezuela's larger one; "Washington" the US capital, not the English town). These win over the
 * gazetteer's population order.
 */
const CITIES: Record<string, string> = Object.fromEntries(
  Object.entries({
    US: 'New York|New York City|San Francisco|Los Angeles|Seattle|Boston|Chicago|Austin|Denver|Atlanta|Miami|Dallas|Houston|San Jose|Palo Alto|Mountain View|Menlo Park|Sunnyvale|Redwood City|San Diego|Washington|Arlington|Raleigh|Pittsburgh|Philadelphia|Salt Lake City|Portland|Phoenix|Nashville',
    CA: 'Toronto|Vancouver|Montreal|Montréal|Ottawa|Calgary|Waterloo',
    GB: 'London|Manchester|Edinburgh|Cambridge|Oxford|Bristol|Birmingham|Leeds|Glasgow',
    DE: 'Berlin|München|Munich|Hamburg|Frankfurt|Frankfurt am Main|Köln|Cologne|Stuttgart|Düsseldorf|Leipzig|Bayern|Bavaria|Hessen|Nordrhein-Westfalen|Baden-Württemberg|Niedersachsen|Sachsen',
    FR: 'Paris|Lyon|Marseille|Toulouse|Nantes|Lille|Île-de-France',
    NL: 'Amsterdam|Rotterdam|Utrecht|Eindhoven|Den Haag|The Hague',
    ES: 'Madrid|Barcelona|Valencia|Sevilla|Seville|Bilbao|Málaga',
    IE: 'Dublin',
    SE: 'Stockholm|Göteborg|Gothenburg|Malmö',
    CH: 'Zürich|Zurich|Geneva|Genève|Basel|Bern|Lausanne|Zug',
    IN: 'Bangalore|Bengaluru|Mumbai|Bombay|New Delhi|Delhi|Hyderabad|Pune|Chennai|Gurgaon|Gurugram|Noida|Kolkata|Ahmedabad|Jaipur|Kochi',
    SG: 'Singapore',
    VN: 'Hanoi|Hà Nội|Ha Noi|Ho Chi Minh City|Thành phố Hồ Chí Minh|TP. Hồ Chí Minh|TP Hồ Chí Minh|Hồ Chí Minh|Đà Nẵng|Da Nang|Hải Phòng|Cần Thơ|Nha Trang|Huế|Biên Hòa|Bình Dương',
    CN: 'Shanghai|上海|Beijing|北京|Shenzhen|深圳|Guangzhou|广州|Hangzhou|杭州|Chengdu|成都|Nanjing|南京|Wuhan|武汉|Suzhou|苏州|Xiamen|厦门|Tianjin|天津|Chongqing|重庆|Wuxi|无锡',
    HK: 'Hong Kong|香港',
    TW: 'Taipei|台北|臺北',
    JP: 'Tokyo|東京|Osaka|大阪|Kyoto|京都|Yokohama|横浜|Fukuoka|福岡',
    KR: 'Seoul|서울|Busan|부산',
    IL: 'Tel Aviv|Tel Aviv-Yafo|Jerusalem|Haifa',
    IR: 'Tehran|تهران|Isfahan|اصفهان|Mashhad|مشهد|Shiraz|شیراز|Tabriz|تبریز',
    AE: 'Dubai|Abu Dhabi',
    BR: 'São Paulo|Sao Paulo|Rio de Janeiro|Belo Horizonte|Curitiba|Porto Alegre|Florianópolis',
    MX: 'Mexico City|Ciudad de México|Guadalajara|Monterrey',
    AU: 'Sydney|Melbourne|Brisbane|Perth',
    ID: 'Jakarta|Jakarta Selatan|Jakarta Pusat|Jakarta Barat|Jakarta Timur|Jakarta Utara|Surabaya|Bandung|Medan|Semarang|Tangerang|Bekasi|Yogyakarta|Denpasar',
    TH: 'Bangkok',
    MY: 'Kuala Lumpur',
    PH: 'Manila|Makati',
    AT: 'Wien|Vienna|Graz|Linz|Salzburg|Innsbruck',
    BE: 'Brussels|Bruxelles|Brussel|Antwerpen|Antwerp|Gent|Ghent|Leuven',
    CZ: 'Praha|Prague|Brno',
    PL: 'Warszawa|Warsaw|Kraków|Krakow|Wrocław|Gdańsk|Poznań',
    PT: 'Lisboa|Lisbon|Porto',
    IT: 'Roma|Rome|Milano|Milan|Torino|Turin|Napoli|Naples|Firenze|Florence|Bologna',
    DK: 'København|Copenhagen|Aarhus',
    NO: 'Oslo',
    FI: 'Helsinki',
    EE: 'Tallinn',
    GR: 'Athens|Αθήνα',
    TR: 'Istanbul|İstanbul|Ankara',
    RU: 'Moscow|Москва|Saint Petersburg|Санкт-Петербург',
    UA: 'Kyiv|Kiev|Київ|Lviv',
    RO: 'Bucharest|București|Cluj-Napoca',
    HU: 'Budapest',
    NG: 'Lagos',
    KE: 'Nairobi',
    ZA: 'Cape Town|Johannesburg',
    EG: 'Cairo|القاهرة',
    SA: 'Riyadh|الرياض',
    AR: 'Buenos Aires',
    CL: 'Santiago',
    CO: 'Bogotá|Medellín',
    PE: 'Lima',
    NZ: 'Auckland|Wellington',
  }).flatMap(([country, names]) => names.split('|').map((name) => [fold(name), country])),
);

/** Strips administrative suffixes: "上海市" → "上海", "Thành phố Hà Nội" → "Hà Nội", "استان تهران" → "تهران". */
export function bareCityName(text: string): string {
  return text
    .trim()
    .replace(/[市省]$/u, '')
    .replace(/^(thành phố|tp\.?|tỉnh)\s+/iu, '')
    .replace(/^(استان|شهر)\s+/u, '')
    .trim();
}

const WELL_KNOWN = Number.POSITIVE_INFINITY;
const CACHE_SIZE = 20_000;
const cache = new Map<string, readonly CityCandidate[]>();

/**
 * The places a city name may mean, the likeliest first: the well-known business city of that
 * name (table above), then every place of the gazetteer (GeoNames, 15,000 people or more) by
 * population. Accepts the name as addresses write it: "上海市", "Thành phố Hà Nội", "Zurich".
 * Empty when nothing of that name is known. Cached per distinct text (a file repeats its cities).
 */
export function cityCandidates(text: string): readonly CityCandidate[] {
  let found = cache.get(text);
  if (found) return found;
  const bare = bareCityName(text);
  const known = CITIES[fold(text)] ?? CITIES[fold(bare)];
  const places = gazetteerCities(bare);
  found = known
    ? [{ country: known, population: WELL_KNOWN }, ...places.filter((p) => p.country !== known)]
    : places;
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(text, found);
  return found;
}

/** The likeliest country (ISO 3166-1 alpha-2) of a city name, or undefined (see `cityCandidates`). */
export function cityCountry(text: string): string | undefined {
  return cityCandidates(text)[0]?.country;
}

import { fold } from '../text';

/**
 * Well-known business cities and regions → country, for addresses that name no country
 * (LinkedIn's "Berlin, Berlin" or "上海市"). Names in English and in the local language.
 */
const CITIES: Record<string, string> = Object.fromEntries(
  Object.entries({
    US: 'New York|New York City|San Francisco|Los Angeles|Seattle|Boston|Chicago|Austin|Denver|Atlanta|Miami|Dallas|Houston|San Jose|Palo Alto|Mountain View|Menlo Park|Sunnyvale|Redwood City|San Diego|Washington|Arlington|Raleigh|Pittsburgh|Philadelphia|Salt Lake City|Portland|Phoenix|Nashville',
    CA: 'Toronto|Vancouver|Montreal|Montréal|Ottawa|Calgary|Waterloo',
    GB: 'London|Manchester|Edinburgh|Cambridge|Oxford|Bristol|Birmingham|Leeds|Glasgow',
    DE: 'Berlin|München|Munich|Hamburg|Frankfurt|Frankfurt am Main|Köln|Cologne|Stuttgart|Düsseldorf|Leipzig|Bayern|Bavaria|Hessen|Nordrhein-Westfalen|Baden-Württemberg|Niedersachsen|Sachsen',
    FR: 'Paris|Lyon|Marseille|Toulouse|Nantes|Lille|Île-de-France',
    NL: 'Amsterdam|Rotterdam|Utrecht|Eindhoven',
    ES: 'Madrid|Barcelona|Valencia',
    IE: 'Dublin',
    SE: 'Stockholm',
    CH: 'Zürich|Zurich|Geneva|Genève',
    IL: 'Tel Aviv|Tel Aviv-Yafo',
    IN: 'Bangalore|Bengaluru|Mumbai|New Delhi|Delhi|Hyderabad|Pune|Chennai|Gurgaon|Gurugram|Noida|Kolkata|Ahmedabad|Jaipur|Kochi',
    SG: 'Singapore',
    VN: 'Hanoi|Hà Nội|Ha Noi|Ho Chi Minh City|Thành phố Hồ Chí Minh|TP. Hồ Chí Minh|TP Hồ Chí Minh|Hồ Chí Minh|Đà Nẵng|Da Nang|Hải Phòng|Cần Thơ|Nha Trang|Huế|Biên Hòa|Bình Dương',
    CN: 'Shanghai|上海|Beijing|北京|Shenzhen|深圳|Guangzhou|广州|Hangzhou|杭州|Chengdu|成都|Nanjing|南京|Wuhan|武汉|Suzhou|苏州|Xiamen|厦门|Tianjin|天津|Chongqing|重庆|Wuxi|无锡',
    HK: 'Hong Kong|香港',
    TW: 'Taipei|台北|臺北',
    JP: 'Tokyo|東京|Osaka|大阪',
    KR: 'Seoul|서울',
    IR: 'Tehran|تهران|Isfahan|اصفهان|Mashhad|مشهد|Shiraz|شیراز|Tabriz|تبریز',
    AE: 'Dubai|Abu Dhabi',
    BR: 'São Paulo|Sao Paulo|Rio de Janeiro|Belo Horizonte|Curitiba|Porto Alegre|Florianópolis',
    MX: 'Mexico City|Ciudad de México|Guadalajara|Monterrey',
    AU: 'Sydney|Melbourne|Brisbane|Perth',
    ID: 'Jakarta|Jakarta Selatan|Jakarta Pusat|Jakarta Barat|Jakarta Timur|Jakarta Utara|Surabaya|Bandung|Medan|Semarang|Tangerang|Bekasi|Yogyakarta|Denpasar',
    TH: 'Bangkok',
    MY: 'Kuala Lumpur',
    PH: 'Manila|Makati',
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

export function cityCountry(text: string): string | undefined {
  return CITIES[fold(text)] ?? CITIES[fold(bareCityName(text))];
}

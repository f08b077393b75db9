import { describe, expect, it } from 'vitest';
import type { Place } from '@/lib/facts';
import { parsePlace } from '@/lib/normalize';

/**
 * Street addresses as footers, contact pages and CRM cells write them, one table per country:
 * each postal-code shape (UK outward + inward code, 6-digit PIN, 5-digit kode pos after the
 * city, 6-digit Vietnamese and Chinese codes, 10-digit Iranian code in Persian digits) and each
 * address order (Vietnam ward → district → city, China 省 → 市 → 区 → 路 → 号 without
 * separators, Iran city first). Cities keep the name as written, without "TP." or "市". A part
 * after the first that names a first-level subdivision of ISO 3166-2 gives the region, even when
 * it is also the city (Hà Nội, Tehran, Berlin: cities that are their own province).
 */
const ADDRESSES: Record<string, [string, Omit<Place, 'raw'>][]> = {
  'Vietnam (street, ward, district, city)': [
    [
      '123 Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh, Việt Nam',
      { city: 'Hồ Chí Minh', region: 'VN-SG', country: 'VN' },
    ],
    [
      'Số 8 Láng Hạ, Phường Thành Công, Quận Ba Đình, Hà Nội 100000',
      { city: 'Hà Nội', region: 'VN-HN', country: 'VN' },
    ],
    [
      'Tầng 5, 02 Quang Trung, P. Thạch Thang, Q. Hải Châu, TP. Đà Nẵng',
      { city: 'Đà Nẵng', country: 'VN' },
    ],
    [
      '15 Trần Phú, Phường Lộc Thọ, Thành phố Nha Trang, Khánh Hòa 650000',
      { city: 'Nha Trang', region: 'VN-34', country: 'VN' },
    ],
  ],
  'Indonesia (5-digit kode pos after the city)': [
    [
      'Jl. Jend. Sudirman Kav. 52-53, Jakarta Selatan 12190',
      { city: 'Jakarta Selatan', country: 'ID' },
    ],
    ['Surabaya 60271, Jawa Timur', { city: 'Surabaya', region: 'ID-JI', country: 'ID' }],
    ['Jl. Asia Afrika No. 8, Bandung 40111', { city: 'Bandung', country: 'ID' }],
    [
      'Gedung Cyber 2, Jl. H.R. Rasuna Said Blok X-5, Jakarta 12950, Indonesia',
      { city: 'Jakarta', region: 'ID-JK', country: 'ID' },
    ],
  ],
  'United Kingdom (post town before the postcode)': [
    ['10 Downing Street, London SW1A 2AA', { city: 'London', country: 'GB' }],
    [
      'Unit 4, Science Park, Cambridge CB4 0WS, United Kingdom',
      { city: 'Cambridge', country: 'GB' },
    ],
    ['1 Canada Square, Canary Wharf, London E14 5AB', { city: 'London', country: 'GB' }],
    ['Floor 3, 1 St Peter’s Square, Manchester M2 3DE, UK', { city: 'Manchester', country: 'GB' }],
    ['Kings Place, 90 York Way, Reading RG1 3BE', { city: 'Reading', country: 'GB' }],
  ],
  'India (6-digit PIN after the city or the state)': [
    [
      'Plot 12, Sector 62, Noida, Uttar Pradesh 201309',
      { city: 'Noida', region: 'IN-UP', country: 'IN' },
    ],
    [
      '5th Floor, Prestige Tower, MG Road, Bengaluru, Karnataka 560001, India',
      { city: 'Bengaluru', region: 'IN-KA', country: 'IN' },
    ],
    ['Baner, Pune 411045', { city: 'Pune', country: 'IN' }],
    [
      'No. 45, Anna Salai, Teynampet, Chennai 600018, Tamil Nadu',
      { city: 'Chennai', region: 'IN-TN', country: 'IN' },
    ],
    [
      '3rd Floor, Hitech City, Madhapur, Hyderabad, Telangana 500081',
      { city: 'Hyderabad', region: 'IN-TS', country: 'IN' }, // ISO 3166-2:IN since 2023 (was IN-TG)
    ],
  ],
  'China (省 → 市 → 区 → 路 → 号, no separators)': [
    ['上海市浦东新区张江路100号', { city: '上海', country: 'CN' }],
    ['北京市海淀区中关村大街1号', { city: '北京', country: 'CN' }],
    ['广东省深圳市南山区科技园', { city: '深圳', region: 'CN-GD', country: 'CN' }],
    ['浙江省杭州市西湖区文三路90号 310012', { city: '杭州', region: 'CN-ZJ', country: 'CN' }],
    ['江苏省无锡市新吴区长江路7号', { city: '无锡', region: 'CN-JS', country: 'CN' }],
  ],
  'Iran (city first, Persian digits, 10-digit postal code)': [
    ['تهران، خیابان ولیعصر، پلاک ۱۲، کدپستی ۱۵۱۱۷۳۳۱۱۱', { city: 'تهران', country: 'IR' }],
    ['Tehran, Valiasr St., No. 12, Postal code 1511733111', { city: 'Tehran', country: 'IR' }],
    ['خیابان ولیعصر، پلاک ۱۲، تهران', { city: 'تهران', country: 'IR' }],
    [
      'No. 12, Valiasr St., Tehran 1511733111, Iran',
      { city: 'Tehran', region: 'IR-23', country: 'IR' },
    ],
    ['قم، خیابان صفائیه، کد پستی ۳۷۱۵۶۱۳۴۸۹', { city: 'قم', country: 'IR' }],
    ['کرج، بلوار جمهوری، پلاک ۴۵، کدپستی ۳۱۴۹۹۶۸۱۱۱', { city: 'کرج', country: 'IR' }],
  ],
  'Europe, Japan, Korea, Brazil, Australia (postal code shapes of each)': [
    ['Na Příkopě 12, 110 00 Praha, Česko', { city: 'Praha', region: 'CZ-10', country: 'CZ' }],
    ['Kungsgatan 10, 111 43 Stockholm, Sverige', { city: 'Stockholm', country: 'SE' }],
    ['Keizersgracht 1, 1015 CJ Amsterdam, Nederland', { city: 'Amsterdam', country: 'NL' }],
    ['ul. Marszałkowska 1, 00-001 Warszawa, Polska', { city: 'Warszawa', country: 'PL' }],
    ['Via Roma 1, 20121 Milano MI, Italia', { city: 'Milano', country: 'IT' }],
    ['Rue de Rivoli 10, 75001 Paris, France', { city: 'Paris', country: 'FR' }],
    [
      'Calle de Alcalá 50, 28014 Madrid, España',
      { city: 'Madrid', region: 'ES-MD', country: 'ES' },
    ],
    [
      'Rua Augusta 1, 1100-048 Lisboa, Portugal',
      { city: 'Lisboa', region: 'PT-11', country: 'PT' },
    ],
    ['Bahnhofstrasse 1, 8001 Zürich, Schweiz', { city: 'Zürich', region: 'CH-ZH', country: 'CH' }],
    [
      'Karlova 5, 110 00 Praha 1, Czech Republic',
      { city: 'Praha', region: 'CZ-10', country: 'CZ' },
    ],
    [
      '1-2-3 Marunouchi, Chiyoda-ku, Tokyo 100-0005, Japan',
      { city: 'Tokyo', region: 'JP-13', country: 'JP' },
    ],
    [
      '123 Teheran-ro, Gangnam-gu, Seoul 06236, South Korea',
      { city: 'Seoul', region: 'KR-11', country: 'KR' },
    ],
    [
      'Av. Paulista 1000, São Paulo - SP, 01310-100, Brasil',
      { city: 'São Paulo', region: 'BR-SP', country: 'BR' },
    ],
    [
      'Level 5, 1 Martin Place, Sydney NSW 2000, Australia',
      { city: 'Sydney', region: 'AU-NSW', country: 'AU' },
    ],
    ['8 Marina Boulevard, Singapore 018981', { city: 'Singapore', country: 'SG' }],
    ['350 Fifth Avenue, New York NY 10118', { city: 'New York', region: 'US-NY', country: 'US' }],
    ['1 Grand Canal Square, Dublin 2, Ireland', { city: 'Dublin', country: 'IE' }],
  ],
  'Postal code before the city (Germany, Malaysia)': [
    ['Friedrichstraße 68, 10117 Berlin', { city: 'Berlin', region: 'DE-BE', country: 'DE' }],
    ['Jalan Ampang, 50450 Kuala Lumpur, Malaysia', { city: 'Kuala Lumpur', country: 'MY' }],
  ],
};

describe.each(Object.entries(ADDRESSES))('%s', (_, rows) => {
  it.each(rows)('%s', (raw, place) => {
    expect(parsePlace(raw)).toEqual({ raw, ...place });
  });
});

describe('a place without a street or a postal code keeps its first part as the city', () => {
  it.each([
    ['Shibuya, Tokyo', { city: 'Shibuya', region: 'JP-13', country: 'JP' }],
    ['Redmond, Washington', { city: 'Redmond', region: 'US-WA', country: 'US' }],
    ['Brooklyn, New York', { city: 'Brooklyn', region: 'US-NY', country: 'US' }],
  ])('%s', (raw, place) => {
    expect(parsePlace(raw)).toEqual({ raw, ...place });
  });
});

import { fold } from '../text';

const list = (codes: string) => codes.trim().split(/\s+/);

const EU = list('AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE');
const EUROPE = [...EU, ...list('GB NO CH IS LI UA RS BA ME MK AL MD BY AD MC SM VA XK')];
const MENA = list('AE SA QA KW BH OM YE IQ IR JO LB SY IL PS EG LY TN DZ MA SD');
const AFRICA =
  list(`DZ AO BJ BW BF BI CV CM CF TD KM CG CD DJ EG GQ ER SZ ET GA GM GH GN GW CI KE LS
  LR LY MG MW ML MR MU MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW`);
const ASEAN = list('BN KH ID LA MY MM PH SG TH VN');
const ANZ = list('AU NZ');
const APAC = [
  ...ASEAN,
  ...ANZ,
  ...list('CN JP KR TW HK MO MN TL IN PK BD LK NP BT MV PG FJ SB VU WS TO KI FM MH PW NR TV'),
];
const NORTH_AMERICA = list('US CA MX');
const LATAM = list('MX BR AR CL CO PE VE EC BO PY UY CR PA GT HN SV NI DO CU PR');

/** Named regions a location band may use, by folded name, as sets of ISO country codes. */
const REGIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      [['north america', 'na', 'namer'], NORTH_AMERICA],
      [['latam', 'latin america', 'south america'], LATAM],
      [['eu', 'european union'], EU],
      [['europe'], EUROPE],
      [['emea'], [...EUROPE, ...MENA, ...AFRICA, 'TR', 'RU']],
      [['apac', 'asia pacific', 'asia'], APAC],
      [['mena', 'middle east'], MENA],
      [['dach'], ['DE', 'AT', 'CH']],
      [
        ['nordics', 'nordic'],
        ['DK', 'FI', 'IS', 'NO', 'SE'],
      ],
      [['asean', 'southeast asia'], ASEAN],
      [['anz'], ANZ],
      [['africa'], AFRICA],
      [['uk'], ['GB']],
    ] as const
  ).flatMap(([names, codes]) => names.map((n) => [n, new Set<string>(codes)] as const)),
);

export const WORLDWIDE = new Set(['worldwide', 'global', 'world', 'any']);

/** The countries of a named region, or undefined when the name is not a region. */
export function regionCountries(name: string): ReadonlySet<string> | undefined {
  return REGIONS.get(fold(name));
}

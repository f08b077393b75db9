import { type RegionName, regionNameOf } from '@/lib/criteria/regions';
import { type MessageKey, t } from './i18n';

/** Each region of `lib/criteria/regions.ts` in the catalogs: a region without one is a compile error. */
const REGION_KEYS: Readonly<Record<RegionName, MessageKey>> = {
  'North America': 'region_north_america',
  LATAM: 'region_latam',
  Americas: 'region_americas',
  EU: 'region_eu',
  Europe: 'region_europe',
  EMEA: 'region_emea',
  APAC: 'region_apac',
  Asia: 'region_asia',
  MENA: 'region_mena',
  'Middle East': 'region_middle_east',
  Africa: 'region_africa',
  DACH: 'region_dach',
  Benelux: 'region_benelux',
  Nordics: 'region_nordics',
  ASEAN: 'region_asean',
  ANZ: 'region_anz',
  Oceania: 'region_oceania',
  UKI: 'region_uki',
  Worldwide: 'region_worldwide',
};

/**
 * A location band entry that names a region, by any of its names ("NAMER", "Asia-Pacific",
 * "global"), as the UI language names the region ("Bắc Mỹ", "亚太地区", "سراسر جهان");
 * undefined when the entry is no region (a country, a subdivision, an unknown name). The ICP file
 * keeps the name it was written with.
 */
export function regionText(entry: string): string | undefined {
  const region = regionNameOf(entry);
  return region && t(REGION_KEYS[region]);
}

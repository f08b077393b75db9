import { isolate } from '@/lib/i18n/bidi';
import { type MessageKey, t } from './i18n';

/** LinkedIn's company types (the values `lib/normalize/company-type.ts` gives) and their words. */
const COMPANY_TYPE_KEYS: ReadonlyMap<string, MessageKey> = new Map([
  ['Privately Held', 'company_type_privately_held'],
  ['Public Company', 'company_type_public_company'],
  ['Self-Employed', 'company_type_self_employed'],
  ['Partnership', 'company_type_partnership'],
  ['Nonprofit', 'company_type_nonprofit'],
  ['Educational', 'company_type_educational'],
  ['Government Agency', 'company_type_government_agency'],
  ['Sole Proprietorship', 'company_type_sole_proprietorship'],
]);

/**
 * A company type in the UI language, as LinkedIn names it there ("Privately Held" → "私人持股");
 * a type outside LinkedIn's list as written, isolated.
 */
export function companyTypeWords(type: string): string {
  const key = COMPANY_TYPE_KEYS.get(type);
  return key ? t(key) : isolate(type);
}

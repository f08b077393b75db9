/**
 * The built-in ICP templates as sellers in Vietnam, China and Iran write them: the same playbook
 * and criteria as the English template of the same id, in the seller's language, with the
 * markets (headquarters bands) and page keywords of that seller. One file per template in
 * `<locale>/<id>.json`; `test/unit/i18n/localized-templates.test.ts` checks every file found
 * there is registered here, valid, and matches its English template's criteria.
 */

import type { UiLocale } from '../../i18n/locales';
import { parseIcpFile } from '../parse';
import type { Icp } from '../schema';
import faSaas from './fa/b2b-saas-mid-market.json';
import faSecurity from './fa/security-vendor.json';
import viSaas from './vi/b2b-saas-mid-market.json';
import viSecurity from './vi/security-vendor.json';
import zhSaas from './zh_CN/b2b-saas-mid-market.json';
import zhSecurity from './zh_CN/security-vendor.json';

export interface LocalizedIcpTemplate {
  /** The id of the English template it is written from: "b2b-saas-mid-market". */
  id: string;
  /** The seller's language the template is written in. */
  locale: Exclude<UiLocale, 'en'>;
  icp: Icp;
}

function load(id: string, locale: LocalizedIcpTemplate['locale'], file: unknown) {
  const parsed = parseIcpFile(JSON.stringify(file));
  // A broken built-in template is a build bug; the unit tests catch it before it ships.
  if (!parsed.ok) throw new Error(`The ICP template "${locale}/${id}" is invalid: ${parsed.error}`);
  return { id, locale, icp: parsed.icp };
}

export const LOCALIZED_ICP_TEMPLATES: readonly LocalizedIcpTemplate[] = [
  load('b2b-saas-mid-market', 'vi', viSaas),
  load('b2b-saas-mid-market', 'zh_CN', zhSaas),
  load('b2b-saas-mid-market', 'fa', faSaas),
  load('security-vendor', 'vi', viSecurity),
  load('security-vendor', 'zh_CN', zhSecurity),
  load('security-vendor', 'fa', faSecurity),
];

/** The templates written in `locale` (none for English: those are `ICP_TEMPLATES`). */
export function localizedTemplates(locale: UiLocale): LocalizedIcpTemplate[] {
  return LOCALIZED_ICP_TEMPLATES.filter((t) => t.locale === locale);
}

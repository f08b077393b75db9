/**
 * The built-in ICP templates as sellers in Vietnam, China and Iran write them: the same playbook
 * and criteria (fields, modes, weights) as the English template of the same id, in the seller's
 * language, with that seller's markets in the headquarters bands (where the English template is
 * not tied to one region) and page keywords in the language. One file per template in
 * `<locale>/<id>.json`; `test/unit/i18n/localized-templates.test.ts` checks that every file found
 * there is registered here, valid, and matches its English template.
 */

import type { Icp } from '../../criteria/schema';
import type { UiLocale } from '../../i18n/locales';
import { parseIcpFile } from '../parse';
import faAgencyServices from './fa/agency-services.json';
import faB2bSaasMidMarket from './fa/b2b-saas-mid-market.json';
import faEarlyStageSuperSpecific from './fa/early-stage-super-specific.json';
import faEcommerceTools from './fa/ecommerce-tools.json';
import faSecurityVendor from './fa/security-vendor.json';
import { ICP_TEMPLATES, type IcpTemplate, icpTemplate } from './index';
import viAgencyServices from './vi/agency-services.json';
import viB2bSaasMidMarket from './vi/b2b-saas-mid-market.json';
import viEarlyStageSuperSpecific from './vi/early-stage-super-specific.json';
import viEcommerceTools from './vi/ecommerce-tools.json';
import viSecurityVendor from './vi/security-vendor.json';
import zhAgencyServices from './zh_CN/agency-services.json';
import zhB2bSaasMidMarket from './zh_CN/b2b-saas-mid-market.json';
import zhEarlyStageSuperSpecific from './zh_CN/early-stage-super-specific.json';
import zhEcommerceTools from './zh_CN/ecommerce-tools.json';
import zhSecurityVendor from './zh_CN/security-vendor.json';

/** A language templates are written in besides English. */
export type TemplateLocale = Exclude<UiLocale, 'en'>;

export interface LocalizedIcpTemplate {
  /** The id of the English template it is written from: "b2b-saas-mid-market". */
  id: string;
  /** The seller's language the template is written in. */
  locale: TemplateLocale;
  icp: Icp;
}

/** Template id → language → file: a language missing for a template is a type error. */
const FILES: Readonly<Record<string, Readonly<Record<TemplateLocale, unknown>>>> = {
  'agency-services': { vi: viAgencyServices, zh_CN: zhAgencyServices, fa: faAgencyServices },
  'b2b-saas-mid-market': {
    vi: viB2bSaasMidMarket,
    zh_CN: zhB2bSaasMidMarket,
    fa: faB2bSaasMidMarket,
  },
  'early-stage-super-specific': {
    vi: viEarlyStageSuperSpecific,
    zh_CN: zhEarlyStageSuperSpecific,
    fa: faEarlyStageSuperSpecific,
  },
  'ecommerce-tools': { vi: viEcommerceTools, zh_CN: zhEcommerceTools, fa: faEcommerceTools },
  'security-vendor': { vi: viSecurityVendor, zh_CN: zhSecurityVendor, fa: faSecurityVendor },
};

function load(id: string, locale: TemplateLocale, file: unknown): LocalizedIcpTemplate {
  const parsed = parseIcpFile(JSON.stringify(file));
  // A broken built-in template is a build bug; the unit tests catch it before it ships.
  if (!parsed.ok) throw new Error(`The ICP template "${locale}/${id}" is invalid: ${parsed.error}`);
  return { id, locale, icp: parsed.icp };
}

export const LOCALIZED_ICP_TEMPLATES: readonly LocalizedIcpTemplate[] = Object.entries(
  FILES,
).flatMap(([id, byLocale]) =>
  (Object.entries(byLocale) as [TemplateLocale, unknown][]).map(([locale, file]) =>
    load(id, locale, file),
  ),
);

/** The templates written in `locale` (none for English: those are `ICP_TEMPLATES`). */
export function localizedTemplates(locale: UiLocale): LocalizedIcpTemplate[] {
  return LOCALIZED_ICP_TEMPLATES.filter((t) => t.locale === locale);
}

/** The template `id` written in `locale`, if there is one. */
export function localizedTemplate(id: string, locale: UiLocale): LocalizedIcpTemplate | undefined {
  return LOCALIZED_ICP_TEMPLATES.find((t) => t.id === id && t.locale === locale);
}

/** The first sentence of a template's description, for the picker ("…: …." up to the stop). */
function firstSentence(text: string | undefined): string | undefined {
  const match = text?.match(/^.+?[.。](?=\s|$)|^.+?。/u);
  return match?.[0] ?? text;
}

/**
 * The template `id` as a seller writing in `locale` sees it: the localized ICP (its name as the
 * title, the first sentence of its description as the summary, its `outreachLanguage` the
 * locale), else the English template. Undefined for an unknown id.
 */
export function templateIn(id: string, locale: UiLocale): IcpTemplate | undefined {
  const english = icpTemplate(id);
  const local = localizedTemplate(id, locale);
  if (!english || !local) return english;
  return {
    id,
    title: local.icp.name,
    summary: firstSentence(local.icp.description) ?? english.summary,
    icp: local.icp,
  };
}

/** Every built-in template, in `locale` where it is written in it (English otherwise). */
export function templatesIn(locale: UiLocale): IcpTemplate[] {
  return ICP_TEMPLATES.map((t) => templateIn(t.id, locale) ?? t);
}

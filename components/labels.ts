import { FIELD_LABELS } from '@/lib/criteria/labels';
import type { CriterionField } from '@/lib/criteria/schema';
import type { FactName, FactSource } from '@/lib/facts';
import type { CriterionResult, ScoreResult, Verdict } from '@/lib/scoring/types';
import { type MessageKey, t } from './i18n';

// Records keyed by the domain's unions: adding a field, source or fact without a message key is a
// compile error here.

const FIELD_KEYS: Readonly<Record<CriterionField, MessageKey>> = {
  industry: 'field_industry',
  employees: 'field_employees',
  revenue: 'field_revenue',
  location: 'field_location',
  technologies: 'field_technologies',
  keywords: 'field_keywords',
  founded: 'field_founded',
  companyType: 'field_company_type',
  hiring: 'field_hiring',
  funding: 'field_funding',
  businessModel: 'field_business_model',
  hiringFor: 'field_hiring_for',
};

const SOURCE_KEYS: Readonly<Record<FactSource, MessageKey>> = {
  user: 'source_user',
  'json-ld': 'source_json_ld',
  microdata: 'source_microdata',
  'linkedin-about': 'source_linkedin_about',
  'linkedin-public': 'source_linkedin_public',
  'linkedin-top-card': 'source_linkedin_top_card',
  meta: 'source_meta',
  'site-text': 'source_site_text',
  'site-links': 'source_site_links',
  'site-code': 'source_site_code',
  canonical: 'source_canonical',
  url: 'source_url',
  csv: 'source_csv',
};

const FACT_KEYS: Readonly<Record<FactName, MessageKey>> = {
  name: 'fact_name',
  legalName: 'fact_legal_name',
  linkedinSlug: 'fact_linkedin_slug',
  website: 'fact_website',
  domain: 'fact_domain',
  industry: 'fact_industry',
  employees: 'fact_employees',
  linkedinMembers: 'fact_linkedin_members',
  revenue: 'fact_revenue',
  headquarters: 'fact_headquarters',
  founded: 'fact_founded',
  companyType: 'fact_company_type',
  description: 'fact_description',
  tagline: 'fact_tagline',
  specialties: 'fact_specialties',
  technologies: 'fact_technologies',
  hiring: 'fact_hiring',
  funding: 'fact_funding',
  followers: 'fact_followers',
  detections: 'fact_detections',
  contacts: 'fact_contacts',
  socialProfiles: 'fact_social_profiles',
  businessModel: 'fact_business_model',
};

export const VERDICT_MARKS: Readonly<Record<Verdict, { icon: string; key: MessageKey }>> = {
  matched: { icon: '✓', key: 'verdict_matched' },
  partial: { icon: '◐', key: 'verdict_partial' },
  missed: { icon: '✗', key: 'verdict_missed' },
  unknown: { icon: '?', key: 'verdict_unknown' },
};

/** The extractors that see companies, by id (`CompanyRecord.sources`), as the Source column names them. */
const EXTRACTOR_KEYS: Readonly<Record<string, MessageKey>> = {
  'linkedin-company': 'extractor_linkedin',
  website: 'extractor_website',
  'account-file': 'extractor_account_file',
};

/**
 * The Companies page's Source cell from a row's `source` key (extractor ids joined by " + ", see
 * `sourceKey` in lib/db/company-list): each named in the UI language ("LinkedIn + Trang web"),
 * "—" when none is known. An unknown id is shown as it is.
 */
export function sourcesText(key: string): string {
  if (!key) return '—';
  return key
    .split(' + ')
    .map((id) => {
      const message = EXTRACTOR_KEYS[id];
      return message ? t(message) : id;
    })
    .join(' + ');
}

export const fieldLabel = (field: CriterionField): string => t(FIELD_KEYS[field]);
export const sourceLabel = (source: FactSource): string => t(SOURCE_KEYS[source]);
export const factLabel = (fact: FactName): string => t(FACT_KEYS[fact]) || fact;

/**
 * A criterion's name: the ICP author's own label when it has one, else the field's localized
 * name. (The engine fills `label` with the English field name by default; that one is replaced.)
 */
export function criterionName(criterion: Pick<CriterionResult, 'field' | 'label'>): string {
  const custom = criterion.label?.trim();
  return custom && custom !== FIELD_LABELS[criterion.field] ? custom : fieldLabel(criterion.field);
}

/** The tier's name: the ICP's own tier names as written, the engine's fixed ones localized. */
export function tierName(result: Pick<ScoreResult, 'tier' | 'tierKind'>): string {
  if (result.tierKind === 'disqualified') return t('tier_disqualified');
  if (result.tierKind === 'bad') return t('tier_bad_fit');
  if (result.tierKind === 'insufficient') return t('tier_not_enough_data');
  return result.tier;
}

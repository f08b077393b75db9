import { BUSINESS_MODELS, type BusinessModel } from '../facts';
import { fold } from '../format';
import { valuesPart } from './band-parts';
import { foldedValues } from './category';
import { type CriterionKind, evidenceOf, kind, type Matcher } from './kind';
import { listOf } from './words';

/** Words an ICP author may write for each model ("e-commerce", "SaaS", "online shop"…). */
const SYNONYMS: Readonly<Record<BusinessModel, readonly string[]>> = {
  ecommerce: ['ecommerce', 'e commerce', 'online store', 'online shop', 'retail online', 'd2c'],
  saas: ['saas', 'software as a service', 'subscription software'],
  agency: ['agency', 'services', 'consultancy', 'studio'],
  marketplace: ['marketplace', 'platform marketplace'],
};

const NAMES: Readonly<Record<BusinessModel, string>> = {
  ecommerce: 'e-commerce',
  saas: 'SaaS',
  agency: 'agency',
  marketplace: 'marketplace',
};

/** What a company's website shows of how it sells, against the band's list of models. */
export const businessModelMatcher: Matcher<BusinessModel[]> = {
  read(facts) {
    const fact = facts.businessModel;
    const value = (fact?.value ?? []).filter((m) => BUSINESS_MODELS.includes(m));
    if (!fact || value.length === 0) return undefined;
    return {
      value,
      shown: listOf(value.map((m) => NAMES[m])),
      parts: [{ kind: 'business-models', models: value }],
      evidence: evidenceOf(fact),
    };
  },
  match(reading, band) {
    const wanted = foldedValues(band);
    const matched = reading.value.filter((m) => SYNONYMS[m].some((s) => wanted.has(fold(s))));
    if (matched.length === 0) return undefined;
    return {
      evidence: reading.evidence,
      shown: listOf(matched.map((m) => NAMES[m])),
      parts: [{ kind: 'business-models', models: matched }],
      matched,
    };
  },
};

/** The models a company's facts list, each once, as [key, key] (the builder's values). */
function modelsOf(value: unknown): [string, string][] {
  const seen = new Set<string>();
  for (const model of Array.isArray(value) ? value : [])
    if (typeof model === 'string') seen.add(model);
  return [...seen].map((m) => [m, m]);
}

export const businessModel = kind({
  shape: 'list',
  label: 'Business model',
  foundOn: 'website',
  matcher: businessModelMatcher,
  valueKey: (facts) => {
    const list = facts.businessModel?.value;
    return list ? list.join('|') : null;
  },
  bandParts: (band) => valuesPart(band, 'category'),
  proposalValues: (facts) => modelsOf(facts.businessModel?.value),
  suggestions: () =>
    BUSINESS_MODELS.map((m) =>
      m === 'saas' ? 'SaaS' : m === 'ecommerce' ? 'E-commerce' : m[0]?.toUpperCase() + m.slice(1),
    ),
} satisfies CriterionKind<BusinessModel[]>);

/**
 * A company's own website as a second source: structured data (JSON-LD, microdata, meta), the
 * footer's address and contact details, social profiles (the LinkedIn company page among them),
 * hiring signals and business-model hints. Technologies are read by another extractor.
 * Pure over a standards DOM: nothing is rendered, fetched or evaluated.
 */
import type { CompanyFacts, Extraction, FactName } from '../../facts';
import { clean } from '../dom';
import type { Extractor } from '../types';
import { readBusinessModel } from './business-model';
import { readContacts } from './contact';
import { readHiring } from './hiring';
import { type Hint, joinEvidence, mostTrusted, pageLinks, put, shortUrl } from './shared';
import { networkOf, readSocial } from './social';
import { readStructuredData } from './structured-data';

export { linkedinCompanySlug } from './social';

/** The fields this extractor looks for (technologies are another extractor's). */
const EXPECTED: readonly FactName[] = [
  'name',
  'description',
  'website',
  'headquarters',
  'employees',
  'founded',
  'linkedinSlug',
  'contacts',
  'socialProfiles',
  'hiring',
  'businessModel',
];

const LINKEDIN_HOST = /(^|\.)linkedin\.com$/i;

/** Any http(s) page that is not LinkedIn (which has its own extractor) and has a real host. */
export function isWebsite(url: URL): boolean {
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.hostname.includes('.') &&
    !LINKEDIN_HOST.test(url.hostname.replace(/\.$/, ''))
  );
}

/** Sets a composite fact with the most trusted of its pieces' sources and their evidence. */
function putComposite<K extends FactName>(
  facts: CompanyFacts,
  name: K,
  value: NonNullable<CompanyFacts[K]>['value'] | undefined,
  hints: Hint[],
): void {
  const source = mostTrusted(hints.map((h) => h.source));
  if (value === undefined || !source) return;
  put(facts, name, value, source, joinEvidence(hints));
}

export function websiteExtraction(doc: Document, url: URL): Extraction {
  const facts: CompanyFacts = {};
  const extras = readStructuredData(doc, url, facts);
  const links = pageLinks(doc, url);

  const contacts = readContacts(doc);
  put(
    facts,
    'headquarters',
    contacts.address && { raw: contacts.address.raw },
    'site-text',
    contacts.address?.evidence,
  );

  const social = readSocial(links);
  put(facts, 'linkedinSlug', social.linkedin?.slug, 'site-links', social.linkedin?.href);

  // Contacts: structured data's first, then the page's links and text.
  const phones = [
    ...extras.phones.map((p) => ({
      value: clean(p.value, 100),
      hint: { source: p.source, evidence: p.value },
    })),
    ...contacts.phones,
  ];
  const emails = [
    ...extras.emails.map((e) => ({
      value: clean(e.value, 320),
      hint: { source: e.source, evidence: e.value },
    })),
    ...contacts.emails,
  ];
  const uniquePhones = dedupe(phones, (v) => v.replace(/\D/g, '').slice(-9));
  const uniqueEmails = dedupe(emails, (v) => v.toLowerCase());
  if (uniquePhones.length + uniqueEmails.length > 0)
    putComposite(
      facts,
      'contacts',
      {
        phones: uniquePhones.map((p) => p.value).slice(0, 50),
        emails: uniqueEmails.map((e) => e.value).slice(0, 50),
      },
      [...uniquePhones, ...uniqueEmails].map((c) => c.hint),
    );

  // Profiles: the links', then the structured data's `sameAs` on networks the links lack.
  const profiles = [...social.profiles];
  const profileHints = social.hint ? [social.hint] : [];
  for (const { url: link, source } of extras.sameAs) {
    const network = networkOf(link);
    if (!network || profiles.some((p) => p.network === network)) continue;
    profiles.push({ network, url: `${link.origin}${link.pathname}` });
    profileHints.push({ source, evidence: shortUrl(link) });
  }
  if (profiles.length > 0)
    putComposite(facts, 'socialProfiles', profiles.slice(0, 50), profileHints);

  const hiring = readHiring(doc, url, links);
  putComposite(facts, 'hiring', hiring.value, hiring.hints);

  const model = readBusinessModel(doc, links, extras, url);
  if (model.models.length > 0) putComposite(facts, 'businessModel', model.models, model.hints);

  put(facts, 'website', url.origin, 'url', url.origin);
  const lang = clean(doc.documentElement?.getAttribute('lang'), 40);
  return {
    url: url.href,
    extractor: website.id,
    ...(lang && { lang }),
    facts,
    missing: EXPECTED.filter((f) => !facts[f]),
  };
}

function dedupe<T extends { value: string }>(items: T[], key: (value: string) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item.value);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export const website: Extractor = {
  id: 'website',
  matches: isWebsite,
  extract: websiteExtraction,
  fixtures: [
    'https://www.brightpath-analytics.com/',
    'https://giadungviet.vn/',
    'https://www.shanghai-hongda.com.cn/about/',
    'https://arman-soft.ir/',
    'https://www.teashop.co.uk/collections/green-tea',
    'http://kasirku.co.id/karir',
  ],
};

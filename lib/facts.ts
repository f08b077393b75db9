/**
 * What we know about a company, one fact per field. Every fact carries where it came from and
 * the text that proved it, so the popup can always say *why*.
 *
 * Plain types only: this module is imported by the content script, which must stay free of zod.
 * The matching zod schemas live in `facts-schema.ts` and are used at every boundary.
 */

/** Where a fact came from. Within one page, extractors prefer them in this order of trust. */
export const FACT_SOURCES = [
  /** The user's own correction in the popup or dashboard: wins over every page until reset. */
  'user',
  'json-ld',
  'microdata',
  'linkedin-about',
  'linkedin-public',
  'linkedin-top-card',
  'meta',
  /** A company website's visible text: footer address, contact lines, "42 open positions". */
  'site-text',
  /** A company website's links: social profiles, careers page, applicant-tracking system. */
  'site-links',
  /** A company website's code: script and link URLs, meta generator, DOM markers. */
  'site-code',
  'canonical',
  'url',
  'csv',
] as const;
export type FactSource = (typeof FACT_SOURCES)[number];

export interface Fact<T> {
  value: T;
  source: FactSource;
  /** The text on the page (or in the file) that gave the value, as the user would recognise it. */
  evidence: string;
}

/** A number range such as an employee band; `max` is absent when open-ended ("10,001+"). */
export interface Range {
  min: number;
  max?: number;
}

export interface Place {
  city?: string;
  /** State or province as an ISO 3166-2 code, e.g. "US-CA", "CA-ON". */
  region?: string;
  /** ISO 3166-1 alpha-2, e.g. "US". */
  country?: string;
  /** The address as the page wrote it. */
  raw: string;
}

export interface Funding {
  /** e.g. "Seed", "Series A", "Series B", "IPO". */
  stage?: string;
  amountUsd?: number;
  /** ISO date (yyyy-mm or yyyy-mm-dd) of the last round. */
  date?: string;
}

export interface Hiring {
  openRoles?: number;
  /** The careers page, absolute URL. */
  careersUrl?: string;
  /** The applicant-tracking system or job board that hosts the openings, e.g. "Greenhouse". */
  ats?: string;
  /** Job titles listed on the careers page, e.g. "Account Executive (SMB)". */
  roles?: string[];
}

export interface Contacts {
  /** As written, international form when the page gives one ("+84 28 3822 1234"). */
  phones: string[];
  emails: string[];
}

export interface SocialProfile {
  /** e.g. "linkedin", "x", "facebook", "instagram", "youtube", "github", "zalo", "weibo". */
  network: string;
  url: string;
}

/** Kinds of sign a technology leaves in a page's code. */
export const TECHNOLOGY_SIGNS = [
  'script',
  'stylesheet',
  'preconnect',
  'iframe',
  'inline-script',
  'generator',
  'meta',
  'element',
  'implied',
] as const;
export type TechnologySignKind = (typeof TECHNOLOGY_SIGNS)[number];

/** The surest sign of a technology, structured for the popup to put in its own words. */
export interface TechnologySign {
  kind: TechnologySignKind;
  /** The host a script, stylesheet or frame came from ("js.hs-scripts.com"); absent for the page's own files. */
  host?: string;
  /** The page's own file path (hashes cut), meta name, element, code or implying technology. */
  name?: string;
}

/** One technology seen in a page's code, e.g. HubSpot from its tracking script. */
export interface TechnologyDetection {
  name: string;
  /** e.g. "Marketing automation", "Analytics", "Chat", "CMS", "E-commerce", "Payments". */
  category: string;
  /** 0–1: how sure the fingerprint is (a script URL is surer than a class name). */
  confidence: number;
  /** The surest sign in one line a seller reads: "script from js.hs-scripts.com". */
  evidence: string;
  /** The same sign, structured. */
  sign?: TechnologySign;
  /** Other signs seen, one line each, at most 5 ("stylesheet from js.hs-scripts.com"). */
  details?: string[];
}

/** What a website says about how the company sells. */
export const BUSINESS_MODELS = ['ecommerce', 'saas', 'agency', 'marketplace'] as const;
export type BusinessModel = (typeof BUSINESS_MODELS)[number];

export interface CompanyFacts {
  name?: Fact<string>;
  /** The registered name when the company goes by a brand: "Gia Dụng Việt JSC" for "GiaDụng". */
  legalName?: Fact<string>;
  linkedinSlug?: Fact<string>;
  /** The company's website as an absolute URL (LinkedIn redirect wrappers removed). */
  website?: Fact<string>;
  /** Registrable domain of the website, e.g. "example.co.uk". */
  domain?: Fact<string>;
  /** LinkedIn's current English industry name, e.g. "Computer and Network Security". */
  industry?: Fact<string>;
  employees?: Fact<Range>;
  /** "associated members": people on LinkedIn who list this company. */
  linkedinMembers?: Fact<number>;
  revenue?: Fact<Range>;
  headquarters?: Fact<Place>;
  founded?: Fact<number>;
  /** LinkedIn's English company type, e.g. "Privately Held", "Public Company". */
  companyType?: Fact<string>;
  description?: Fact<string>;
  tagline?: Fact<string>;
  specialties?: Fact<string[]>;
  /** Technology names (for scoring and CSV); `detections` holds each one's evidence. */
  technologies?: Fact<string[]>;
  detections?: Fact<TechnologyDetection[]>;
  hiring?: Fact<Hiring>;
  funding?: Fact<Funding>;
  followers?: Fact<number>;
  contacts?: Fact<Contacts>;
  socialProfiles?: Fact<SocialProfile[]>;
  businessModel?: Fact<BusinessModel[]>;
}
export type FactName = keyof CompanyFacts;

/** What one extractor read from one page. */
export interface Extraction {
  url: string;
  /** Id of the extractor that produced it, e.g. "linkedin-company". */
  extractor: string;
  /** Language of the page's UI (the `lang` attribute), when given. */
  lang?: string;
  facts: CompanyFacts;
  /** Fields this extractor looks for but did not find on this page. */
  missing: FactName[];
}

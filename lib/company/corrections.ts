import { REVIEW_MONTHS } from '../criteria/schema';
import type { CompanyFacts, Fact, FactName } from '../facts';
import { canonicalCompanyType } from '../normalize/company-type';
import { normalizeWebsite, registrableDomain } from '../normalize/domain';
import { parseEmployeeRange } from '../normalize/employees';
import { canonicalIndustry } from '../normalize/industry';
import { asciiDigits } from '../normalize/number';
import { parsePlace } from '../normalize/place';
import type { Observed } from './merge';

/**
 * The facts a user can correct in the popup, side panel and dashboard (issue 11): the ones an ICP
 * scores and pages get wrong (an outdated size, an HQ that moved).
 */
export const CORRECTABLE_FACTS = [
  'employees',
  'headquarters',
  'industry',
  'companyType',
  'technologies',
  'founded',
  'website',
] as const satisfies readonly FactName[];
export type CorrectableFact = (typeof CORRECTABLE_FACTS)[number];

/** The extractor id of a correction observation. */
export const USER_EXTRACTOR = 'user';

/** Why a correction was refused; the UI words it (`correction_error_<code>`). */
export type CorrectionError = 'empty' | 'size' | 'year' | 'website' | 'too_long';

export type CorrectionResult =
  | { ok: true; facts: CompanyFacts }
  | { ok: false; error: CorrectionError };

const MAX_TEXT = 200;
const MAX_TECHNOLOGIES = 50;

export const isCorrectable = (name: string): name is CorrectableFact =>
  (CORRECTABLE_FACTS as readonly string[]).includes(name);

/**
 * The facts a user's typed correction stands for, each of source `user` with the typed text as
 * evidence: size as a band or a count ("51-200", "10,001+", "120"), HQ as an address ("Austin,
 * TX", "Hà Nội, Việt Nam"), industry and company type in any UI language (LinkedIn's English
 * name kept), technologies comma-separated, founded a year from 1800 to next year, website a URL
 * or host (its domain is corrected with it). Pure.
 * @param year the current year, for the founded check.
 */
export function parseCorrection(
  field: CorrectableFact,
  input: string,
  year: number = new Date().getFullYear(),
): CorrectionResult {
  const text = input.replace(/\s+/g, ' ').trim();
  if (!text) return { ok: false, error: 'empty' };
  if (text.length > MAX_TEXT && field !== 'technologies') return { ok: false, error: 'too_long' };
  const user = <T>(value: T): Fact<T> => ({ value, source: 'user', evidence: text });
  switch (field) {
    case 'employees': {
      const range = parseEmployeeRange(text);
      return range ? { ok: true, facts: { employees: user(range) } } : fail('size');
    }
    case 'headquarters':
      return { ok: true, facts: { headquarters: user(parsePlace(text)) } };
    case 'industry':
      return { ok: true, facts: { industry: user(canonicalIndustry(text)) } };
    case 'companyType':
      return { ok: true, facts: { companyType: user(canonicalCompanyType(text) ?? text) } };
    case 'technologies': {
      // ASCII, full-width and ideographic commas, Arabic-script comma and semicolon.
      const names = [
        ...new Set(text.split(/\s*[,;\uff0c\u3001\uff1b\u060c\u061b]\s*/).filter(Boolean)),
      ];
      if (names.length > MAX_TECHNOLOGIES || names.some((n) => n.length > 60))
        return fail('too_long');
      return { ok: true, facts: { technologies: user(names) } };
    }
    case 'founded': {
      const digits = asciiDigits(text); // Persian, Arabic-Indic, full-width digits too
      const founded = /^\d{4}$/.test(digits) ? Number(digits) : Number.NaN;
      return founded >= 1800 && founded <= year + 1
        ? { ok: true, facts: { founded: user(founded) } }
        : fail('year');
    }
    case 'website': {
      const url = normalizeWebsite(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
      const domain = url && registrableDomain(url);
      if (!url || !domain) return fail('website');
      return { ok: true, facts: { website: user(url), domain: user(domain) } };
    }
  }
}

const fail = (error: CorrectionError): CorrectionResult => ({ ok: false, error });

/** The facts one correction replaces: the website takes its domain with it. */
export function correctedNames(field: CorrectableFact): FactName[] {
  return field === 'website' ? ['website', 'domain'] : [field];
}

/**
 * Page reports must not pose as the user: any fact of source `user` in an extraction (a hostile
 * page, a tampered message) is dropped before it is stored.
 */
export function withoutUserFacts(facts: CompanyFacts): CompanyFacts {
  return Object.fromEntries(
    Object.entries(facts).filter(([, fact]) => fact && fact.source !== 'user'),
  ) as CompanyFacts;
}

/** When each fact was last seen on a page, and when the user corrected it (epoch ms). */
export type FactTimes = Partial<Record<FactName, { seen?: number; corrected?: number }>>;

/**
 * Per fact: the newest page observation that stated it (`seen`) and the newest correction of it
 * that is still in force (`corrected`). Pure; the observations may come in any order.
 */
export function factTimes(observations: readonly Observed[]): FactTimes {
  const times: FactTimes = {};
  for (const { facts, at, extractor } of observations) {
    for (const [name, fact] of Object.entries(facts) as [FactName, Fact<unknown> | undefined][]) {
      if (!fact) continue;
      const entry = times[name] ?? {};
      const key = extractor === USER_EXTRACTOR ? 'corrected' : 'seen';
      entry[key] = Math.max(entry[key] ?? 0, at);
      times[name] = entry;
    }
  }
  return times;
}

/** Whether a fact last seen at `seen` is older than the review period ending `now`. */
export function isStale(
  seen: number | undefined,
  now: number,
  reviewMonths = REVIEW_MONTHS,
): boolean {
  if (seen === undefined) return false;
  const limit = new Date(now);
  limit.setMonth(limit.getMonth() - reviewMonths);
  return seen < limit.getTime();
}

/**
 * The facts without those a page last stated longer ago than the review period, for an ICP that
 * counts stale facts as unknown: scoring then sees them as unknown, so the score range, the
 * confidence and "Not enough data" follow. A user's correction (source `user`) is never stale,
 * nor is a fact with no recorded sighting. Pure.
 */
export function withoutStaleFacts(
  facts: CompanyFacts,
  times: FactTimes,
  now: number,
  reviewMonths = REVIEW_MONTHS,
): CompanyFacts {
  return Object.fromEntries(
    Object.entries(facts).filter(
      ([name, fact]) =>
        fact &&
        (fact.source === 'user' || !isStale(times[name as FactName]?.seen, now, reviewMonths)),
    ),
  ) as CompanyFacts;
}

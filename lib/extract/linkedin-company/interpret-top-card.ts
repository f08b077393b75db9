/** The header (top card) and the counters the page links to (open jobs, people). */
import type { CompanyFacts, Range } from '../../facts';
import { parseEmployeeRange } from '../../normalize/employees';
import { localizedNumbers, parseLocalizedNumber } from '../../normalize/number';
import { hasDigit, industryOf, isIndustryName, put, websiteOf } from './interpret-facts';
import type { LinkedInPage } from './page';
import { AND, isCount, isEmployees, isFollowers, isJobs } from './words';

/**
 * "Austin, Texas", "São Paulo, SP" and "تهران، تهران" are places; "Technology, Information and
 * Internet" is an industry: a place's last part is a short name without "and".
 */
function looksLikePlace(text: string): boolean {
  const parts = text.split(/[,，،]/);
  const last = parts[parts.length - 1]?.trim() ?? '';
  return parts.length > 1 && !AND.test(` ${last} `) && last.split(/\s+/).length <= 3;
}

/**
 * The header: name, the line under it (a tagline, or the industry when it is an industry's
 * name, as on the logged-out page), and the summary items recognised by their words and shape:
 * followers, an employee band, then names (industry, place). Without a comma, industry comes
 * before the place, as on every layout seen.
 */
export function readTopCard(facts: CompanyFacts, page: LinkedInPage): void {
  const top = page.top;
  if (!top) return;
  const card = 'linkedin-top-card';
  put(facts, 'name', top.name, card);
  const headline = top.headline?.text;
  const headlineIsIndustry = headline !== undefined && isIndustryName(headline);
  if (!headlineIsIndustry) put(facts, 'tagline', headline, card);
  let industry = headlineIsIndustry ? headline : undefined;
  let location: string | undefined;
  for (const { text, control } of top.items) {
    const digits = hasDigit(text);
    if (digits && isFollowers(text)) {
      const value = parseLocalizedNumber(text);
      if (value !== undefined) put(facts, 'followers', Math.round(value), card, text);
    } else if (digits && isEmployees(text)) {
      // A band ("1K-5K employees", "10,001+") is the size; one bare number is a members count.
      const range: Range | undefined = parseEmployeeRange(text);
      const isBand = localizedNumbers(text).length === 2 || /\+|以上/.test(text);
      if (range && isBand) put(facts, 'employees', range, card, text);
    } else if (!digits && !control && !isCount(text) && text.length <= 80) {
      if (looksLikePlace(text) && !location) location = text;
      else if (!industry) industry = text;
      else location ??= text;
    }
  }
  put(facts, 'industry', industryOf(industry), card, industry);
  put(facts, 'headquarters', location ? { raw: location } : undefined, card, location);
  const website = top.links.map(websiteOf).find(Boolean);
  put(facts, 'website', website, card);
}

/** A link to a LinkedIn-wide job search ("1,234 open jobs" for a title), not the company's jobs. */
const isJobSearch = (href: string) =>
  /^(https?:\/\/[^/]*)?\/jobs\//i.test(href) && !/[?&]f_C=/.test(href);
/** A people count by place ("2,431 employees work in Austin"): not the member count. */
const isByPlace = (href: string) => /[?&](facetGeoRegion|geoRegion|geoUrn|geoId)=/i.test(href);

/**
 * Counts the page links to: its open jobs and its people. A link whose short text holds exactly
 * one whole number and the word for jobs or employees, in any UI language; a size band ("1K-5K
 * employees") has two numbers and is left to the top card.
 */
export function readCounters(facts: CompanyFacts, page: LinkedInPage): void {
  const card = 'linkedin-top-card';
  for (const { text, href } of page.links) {
    if (/\+|以上/.test(text)) continue;
    const numbers = localizedNumbers(text);
    const value = numbers[0]?.value;
    if (numbers.length !== 1 || value === undefined || !Number.isInteger(value)) continue;
    if (isJobs(text) && !isJobSearch(href)) put(facts, 'hiring', { openRoles: value }, card, text);
    else if (isEmployees(text) && !isByPlace(href))
      put(facts, 'linkedinMembers', value, card, text);
  }
}

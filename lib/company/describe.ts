import { formatRange } from '../criteria/labels';
import type { CompanyFacts, Fact, FactName, Place } from '../facts';
import { formatMoney, groupDigits } from '../format';
import { fold } from '../text';

const MAX_LIST = 8;

const list = (items: readonly string[]): string =>
  items.length > MAX_LIST
    ? `${items.slice(0, MAX_LIST).join(', ')} +${items.length - MAX_LIST}`
    : items.join(', ');

const placeText = (p: Place): string =>
  withoutRepeatedParts(
    [p.city, p.region?.replace(/^[A-Z]{2}-/, ''), p.country].filter(Boolean).join(', ') || p.raw,
  );

/** A place's parts: "," and the Arabic-script "،" and full-width "，" commas. */
const PART = /\s*[,،，]\s*/;

/**
 * A place as one line with no part said twice in a row: a region named like its city, as
 * LinkedIn and JSON-LD write Vietnam's and Singapore's cities ("Ho Chi Minh City, Ho Chi Minh
 * City, VN" → "Ho Chi Minh City, VN"; "Singapore, Singapore" → "Singapore"). Parts compare
 * folded ("São Paulo, Sao Paulo, BR" → "São Paulo, BR"); the first spelling is kept. Text
 * without a repeat comes back unchanged, separators included.
 */
export function withoutRepeatedParts(place: string): string {
  const parts = place.split(PART);
  const kept = parts.filter((part, i) => i === 0 || fold(part) !== fold(parts[i - 1] ?? ''));
  return kept.length === parts.length ? place : kept.join(', ');
}

/**
 * A fact's value as one line of plain text for people ("1,001–5,000 employees", "Austin, TX,
 * US", "HubSpot, Segment +3"). Always text: the UI renders it as text, never as HTML.
 */
export function describeFact(name: FactName, fact: Fact<unknown>): string {
  const facts = { [name]: fact } as CompanyFacts;
  switch (name) {
    case 'employees':
    case 'revenue': {
      const range = (facts[name] as Fact<{ min: number; max?: number }>).value;
      return name === 'revenue'
        ? formatRange(range, formatMoney)
        : `${formatRange(range)} employees`;
    }
    case 'headquarters':
      return placeText((facts.headquarters as Fact<Place>).value);
    case 'linkedinMembers':
    case 'followers':
      return groupDigits(fact.value as number);
    case 'specialties':
    case 'technologies':
      return list(fact.value as string[]);
    case 'businessModel':
      return list(fact.value as string[]);
    case 'detections':
      return list((facts.detections?.value ?? []).map((d) => d.name));
    case 'contacts': {
      const { phones, emails } = facts.contacts?.value ?? { phones: [], emails: [] };
      return list([...phones, ...emails]);
    }
    case 'socialProfiles':
      return list((facts.socialProfiles?.value ?? []).map((p) => p.network));
    case 'hiring': {
      const h = facts.hiring?.value ?? {};
      return [
        h.openRoles !== undefined ? `${groupDigits(h.openRoles)} open roles` : undefined,
        h.roles?.length ? list(h.roles) : undefined,
        h.ats,
        h.careersUrl,
      ]
        .filter(Boolean)
        .join(' · ');
    }
    case 'funding': {
      const f = facts.funding?.value ?? {};
      return [f.stage, f.amountUsd !== undefined ? formatMoney(f.amountUsd) : undefined, f.date]
        .filter(Boolean)
        .join(' · ');
    }
    default:
      return typeof fact.value === 'string' || typeof fact.value === 'number'
        ? String(fact.value)
        : JSON.stringify(fact.value);
  }
}

/** The facts worth listing to a user, in reading order (the slug and domain are in the header). */
export const LISTED_FACTS: readonly FactName[] = [
  'industry',
  'employees',
  'headquarters',
  'founded',
  'companyType',
  'businessModel',
  'technologies',
  'hiring',
  'funding',
  'contacts',
  'socialProfiles',
  'specialties',
  'tagline',
  'revenue',
  'linkedinMembers',
  'followers',
];

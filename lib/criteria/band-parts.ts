/**
 * A band as structured values (`BandPart[]`), for whoever words it: the UI in its language, the
 * CLI and default labels in English (`bandInEnglish`). Each field's `CriterionKind.bandParts`
 * says what its bands mean; nothing here knows a field.
 */
import type { BusinessModel } from '../facts';
import { formatMoney } from '../format';
import type { RoleFamily } from './hiring-for';
import type { Band } from './schema';
import { describeRange, listOf } from './words';

/**
 * - `values`: the band's list, as what: `category` (an industry, company type, model, role
 *   family), `place`, `technology`, `keyword` (quoted) or `stage` (a funding round);
 * - `range`: `min`/`max` (inclusive, either may be absent) of `employees`, `revenue` (USD),
 *   `year` (founded), `open-roles` or `raised` (USD).
 */
export type BandPart =
  | {
      kind: 'values';
      as: 'category' | 'place' | 'technology' | 'keyword' | 'stage';
      values: string[];
    }
  | {
      kind: 'range';
      of: 'employees' | 'revenue' | 'year' | 'open-roles' | 'raised';
      min?: number;
      max?: number;
    };

/**
 * A company's value as structured parts, for the UI to word in its language (`CriterionResult.
 * valueParts`): a band part (its range is the company's range, `min === max` for one number such
 * as a founding year or a count of open roles), or a `place`: the headquarters' `city` (page
 * text, as the page wrote it), `region` (the short part of an ISO 3166-2 code, e.g. "TX";
 * numbered codes left out) and `country` (ISO 3166-1 alpha-2, upper case); a keyword found
 * (`keyword` as the band wrote it, `where` it was found) or none found in the texts `where`; the
 * role families of open jobs (empty: titles in no family we know); business models.
 */
export type ValuePart =
  | BandPart
  | { kind: 'place'; city?: string; region?: string; country: string }
  | { kind: 'keyword-found'; keyword: string; where: KeywordText }
  | { kind: 'keyword-absent'; where: KeywordText[] }
  | { kind: 'role-families'; families: RoleFamily[] }
  | { kind: 'business-models'; models: BusinessModel[] };

/** The company texts keywords are looked for in. */
export type KeywordText = 'specialties' | 'tagline' | 'description';

/** A company's range (or one number, `min === max`) as one range part. */
export function rangeValue(
  of: (BandPart & { kind: 'range' })['of'],
  range: { min: number; max?: number },
): ValuePart[] {
  return [
    { kind: 'range', of, min: range.min, ...(range.max !== undefined && { max: range.max }) },
  ];
}

/** The band's `in` list as one part of the given kind (empty list: no part). */
export function valuesPart(band: Band, as: (BandPart & { kind: 'values' })['as']): BandPart[] {
  return band.in && band.in.length > 0 ? [{ kind: 'values', as, values: band.in }] : [];
}

/** The band's `min`/`max` as one range part (neither given: no part, unless `always`). */
export function rangePart(
  band: Band,
  of: (BandPart & { kind: 'range' })['of'],
  always = false,
): BandPart[] {
  if (!always && band.min === undefined && band.max === undefined) return [];
  return [
    {
      kind: 'range',
      of,
      ...(band.min !== undefined && { min: band.min }),
      ...(band.max !== undefined && { max: band.max }),
    },
  ];
}

function rangeInEnglish(part: BandPart & { kind: 'range' }): string {
  const { min, max } = part;
  switch (part.of) {
    case 'employees':
      return `${describeRange(min, max)} employees`;
    case 'revenue':
      return `${describeRange(min, max, formatMoney)} revenue`;
    case 'open-roles':
      return `${describeRange(min, max)} open roles`;
    case 'raised':
      return `raised ${describeRange(min, max, formatMoney)}`;
    case 'year':
      if (min !== undefined && max !== undefined)
        return min === max ? `founded in ${min}` : `founded ${min}–${max}`;
      if (min !== undefined) return `founded in ${min} or later`;
      if (max !== undefined) return `founded in ${max} or earlier`;
      return 'any founding year';
  }
}

function valuesInEnglish(part: BandPart & { kind: 'values' }): string {
  switch (part.as) {
    case 'category':
      return listOf(part.values);
    case 'place':
      return `in ${listOf(part.values)}`;
    case 'technology':
      return `uses ${listOf(part.values)}`;
    case 'keyword':
      return `mentions ${listOf(part.values.map((v) => `"${v}"`))}`;
    case 'stage':
      return `last round ${listOf(part.values)}`;
  }
}

/** A band's parts in plain English: "500–5,000 employees", "last round Seed, raised $1M+". */
export function bandInEnglish(parts: readonly BandPart[]): string {
  return parts
    .map((part) => (part.kind === 'range' ? rangeInEnglish(part) : valuesInEnglish(part)))
    .join(', ');
}

/**
 * The ICP builder: from a list of customers and which of them are the best, propose the traits
 * the best customers share (industries, sizes, places, tools, words, age, funding), each with how
 * many best customers have it and how much more common it is among them than among all
 * customers. Pure: no DOM, no storage; runs in extension pages and in Node.
 */

import { FIELD_LABELS } from '../criteria/labels';
import {
  CRITERION_FIELDS,
  type Criterion,
  type CriterionField,
  ICP_FORMAT,
  type Icp,
  icpSchema,
} from '../criteria/schema';
import type { CompanyFacts, Range } from '../facts';
import { fold, groupDigits, UNSPACED_SCRIPT } from '../format';
import { EMPLOYEE_BANDS } from '../normalize/employee-bands';
import { parseLocalizedNumber } from '../normalize/number';
import { representative } from '../scoring/matchers/number-range';
import { countryName, REGION_NAMES, resolvePlaceName } from '../scoring/regions';

// ---------------------------------------------------------------------------------------------
// Types

export interface ProposedCriterion {
  /** Stable id, e.g. "industry:computer and network security", "employees:201-500", "location:US". */
  id: string;
  field: CriterionField;
  /** The trait in words: "Computer and Network Security", "201–500 employees", "North America". */
  label: string;
  /** For list fields: the value(s) the criterion lists. */
  values?: string[];
  /** For number fields: the range (inclusive; a missing side is open). */
  range?: { min?: number; max?: number };
  /** Share of the best customers that have the trait, 0–1. */
  coverage: number;
  /** How many best customers have it. */
  bestCount: number;
  /** Share of all customers that have it, when there are customers that are not best. */
  allCoverage?: number;
  /** coverage ÷ allCoverage, when both are given. */
  lift?: number;
  /** Suggested weight, 1–3. */
  weight: number;
  /** The trait as a ready-to-use criterion (mode "score"). */
  criterion: Criterion;
}

/**
 * Why a proposal is empty: no customers at all, none marked best, or no trait shared by at least
 * `minCoverage` (0–1) of the best customers (`comparedWithAll`: and more common among them than
 * among all customers).
 */
export type BuilderNote =
  | { code: 'no-customers' }
  | { code: 'no-best-customers' }
  | { code: 'no-shared-trait'; minCoverage: number; comparedWithAll: boolean };

export interface IcpProposal {
  /** Rows given, and how many of them are best customers. */
  totalCount: number;
  bestCount: number;
  /** Traits found, grouped by field (in CRITERION_FIELDS order), most common first. */
  criteria: ProposedCriterion[];
  /** Why little or nothing was proposed, in words ("No best customers selected."). */
  /** Why nothing (or little) is proposed, for the UI to say in its language. */
  notes: BuilderNote[];
}

export interface BuilderOptions {
  /** Least share of best customers a trait needs, 0–1. Default 0.3. */
  minCoverage?: number;
  /** A trait's lift must be above this, when lift is computable. Default 1. */
  minLift?: number;
  /**
   * Fitted ranges (founding years) are chosen to fit the best customers, so some lift comes for
   * free: they need at least this. Default 1.2.
   */
  minRangeLift?: number;
  /**
   * When there are customers that are not best, a trait must also be more common among the best
   * than chance would make it: at least this many standard deviations above the count expected
   * if the best customers were a random draw (one-sided; 1.64 ≈ 95 %). Default 1.64.
   */
  minZ?: number;
  /** A region is proposed only when it covers this much more than its best country. Default 0.1. */
  regionMargin?: number;
  /** Most proposals per field (keywords included). Default 8. */
  maxPerField?: number;
}

const DEFAULTS: Required<BuilderOptions> = {
  minCoverage: 0.3,
  minLift: 1,
  minRangeLift: 1.2,
  minZ: 1.64,
  regionMargin: 0.1,
  maxPerField: 8,
};

// ---------------------------------------------------------------------------------------------
// Text helpers

const MAX_VALUE = 120;

function clean(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return trimmed && trimmed.length <= MAX_VALUE ? trimmed : undefined;
}

export { EMPLOYEE_BANDS };

/** The LinkedIn band a company's size falls in (by the number scoring judges it by), or -1. */
export function employeeBandOf(range: Range | undefined): number {
  if (!range || typeof range.min !== 'number') return -1;
  const value = representative(range);
  if (!Number.isFinite(value) || value <= 0) return -1;
  for (let i = 0; i < EMPLOYEE_BANDS.length - 1; i++) {
    const next = EMPLOYEE_BANDS[i + 1] as { min: number };
    if (value < next.min) return i;
  }
  return EMPLOYEE_BANDS.length - 1;
}

// ---------------------------------------------------------------------------------------------
// Keywords

/** Words that say nothing about what a company does, in the languages our users' pages use. */
const STOP_WORDS = new Set(
  `a an the and or but of to in on at by for with from as is are was were be been being it its
  this that these those we our us you your they their them he she his her i me my not no yes so
  if then than too very can could will would should may might must do does did done have has had
  into onto over under about across after before between through during per via more most less
  all any each every both few many much other some such own same only also just up down out off
  again further once here there when where why how what which who whom whose while because until
  company companies team teams customer customers client clients business businesses help helps
  helping provide provides providing offer offers offering leading leader world worlds global
  globally based founded new best solution solutions service services product products inc ltd
  llc gmbh corp co plc sa sas srl bv ag pty pte jsc one two make makes made use uses using way
  ways people work works working build builds building around today get gets need needs
  le la les des du de un une et ou pour par avec sur dans au aux est sont nous vous
  der die das und oder fur mit von zu im ist sind wir ihr ein eine einer auf bei
  el los las del y o para por con en es son una nosotros
  va cua cac cho voi la mot nhung duoc trong tai chung toi cong ty`
    .trim()
    .split(/\s+/),
);

const MAX_TEXT = 5000;
const MAX_TOKEN = 30;

/** The distinct keyword candidates of one company: specialties, words and word pairs. */
function keywordsOf(facts: CompanyFacts, originals: Map<string, string>): Set<string> {
  const found = new Set<string>();
  const add = (key: string, original: string) => {
    if (!key || key.length > 60) return;
    found.add(key);
    if (!originals.has(key)) originals.set(key, original);
  };
  const specialties = Array.isArray(facts.specialties?.value) ? facts.specialties.value : [];
  for (const specialty of specialties.slice(0, 50)) {
    const text = clean(specialty);
    if (!text) continue;
    const folded = fold(text);
    if (folded && folded.split(' ').length <= 4 && !STOP_WORDS.has(folded)) add(folded, text);
  }
  const texts = [
    facts.tagline?.value,
    facts.description?.value,
    ...specialties.slice(0, 50),
  ].filter((t): t is string => typeof t === 'string');
  for (const text of texts) {
    const words = fold(text.slice(0, MAX_TEXT)).split(' ');
    let previous: string | undefined;
    for (const word of words) {
      if (UNSPACED_SCRIPT.test(word)) {
        // Chinese, Japanese, Thai…: no spaces between words; two-character pieces are words often enough.
        const chars = Array.from(word).slice(0, 200);
        for (let i = 0; i + 1 < chars.length; i++) {
          const pair = `${chars[i]}${chars[i + 1]}`;
          if (UNSPACED_SCRIPT.test(pair)) add(pair, pair);
        }
        previous = undefined;
        continue;
      }
      const useful =
        word.length >= 3 &&
        word.length <= MAX_TOKEN &&
        !STOP_WORDS.has(word) &&
        !/^[\d+#]+$/.test(word);
      if (!useful) {
        // Short words ("AI", "SOC 2") come through as whole specialties only (above).
        previous = undefined;
        continue;
      }
      add(word, word);
      if (previous) add(`${previous} ${word}`, `${previous} ${word}`);
      previous = word;
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Counting

/** Counts of one candidate trait among best and all customers. */
interface Tally {
  best: number;
  all: number;
  /** The value as first seen (for list fields) or its display form. */
  original: string;
}

class Counter {
  readonly tallies = new Map<string, Tally>();
  add(key: string, original: string, best: boolean): void {
    let tally = this.tallies.get(key);
    if (!tally) {
      tally = { best: 0, all: 0, original };
      this.tallies.set(key, tally);
    }
    tally.all++;
    if (best) tally.best++;
  }
}

function regionTable(): { name: string; countries: ReadonlySet<string> }[] {
  const regions: { name: string; countries: ReadonlySet<string> }[] = [];
  for (const name of REGION_NAMES) {
    const place = resolvePlaceName(name);
    if (place?.kind === 'region') regions.push({ name, countries: place.countries });
  }
  // Smaller regions first, so a wider one is proposed only when it adds customers.
  return regions.sort((a, b) => a.countries.size - b.countries.size);
}
let regions: { name: string; countries: ReadonlySet<string> }[] | undefined;

const asNumber = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

// ---------------------------------------------------------------------------------------------
// Proposals

function suggestWeight(coverage: number, lift: number | undefined): number {
  if (lift === undefined) return coverage >= 0.6 ? 3 : coverage >= 0.45 ? 2 : 1;
  const strength = coverage * Math.min(lift, 4);
  return strength >= 1.2 ? 3 : strength >= 0.6 ? 2 : 1;
}

const TALKING_POINTS: Partial<Record<CriterionField, string>> = {
  industry:
    'Our best customers are {industry} companies like {name}; we know the problems your team runs into.',
  employees: 'Teams of {employees} people are where our customers see the most value, fastest.',
  location: 'We already work with many companies in {country}, so references are close to home.',
  technologies: 'We work with {technologies}, which many of our best customers run too.',
  founded:
    'Founded in {founded}, you are at the stage where our best customers started working with us.',
  funding:
    'Your last round ({funding}) is when our best customers started with us: targets grow faster than the team.',
};

interface Candidate {
  id: string;
  field: CriterionField;
  label: string;
  values?: string[];
  range?: { min?: number; max?: number };
  best: number;
  all: number;
}

function propose(
  candidate: Candidate,
  bestCount: number,
  totalCount: number,
  hasOthers: boolean,
): ProposedCriterion {
  const coverage = bestCount > 0 ? candidate.best / bestCount : 0;
  const allCoverage = hasOthers && totalCount > 0 ? candidate.all / totalCount : undefined;
  const lift = allCoverage !== undefined && allCoverage > 0 ? coverage / allCoverage : undefined;
  const weight = suggestWeight(coverage, lift);
  const band = candidate.values
    ? { in: candidate.values, credit: 1 }
    : { ...candidate.range, credit: 1 };
  const criterion: Criterion = {
    field: candidate.field,
    mode: 'score',
    weight,
    label: FIELD_LABELS[candidate.field],
    bands: [band],
  };
  const talkingPoint = TALKING_POINTS[candidate.field];
  if (talkingPoint) criterion.talkingPoint = talkingPoint;
  const proposal: ProposedCriterion = {
    id: candidate.id,
    field: candidate.field,
    label: candidate.label,
    coverage,
    bestCount: candidate.best,
    weight,
    criterion,
  };
  if (candidate.values) proposal.values = candidate.values;
  if (candidate.range) proposal.range = candidate.range;
  if (allCoverage !== undefined) proposal.allCoverage = allCoverage;
  if (lift !== undefined) proposal.lift = lift;
  return proposal;
}

/**
 * How many standard deviations `hits` best customers lie above what a random draw of `bestCount`
 * of `totalCount` customers would give for a trait `share` of all customers have
 * (hypergeometric variance). Infinite when there is no variance to speak of.
 */
function surprise(hits: number, share: number, bestCount: number, totalCount: number): number {
  const expected = share * bestCount;
  const variance =
    totalCount > 1
      ? (bestCount * share * (1 - share) * (totalCount - bestCount)) / (totalCount - 1)
      : 0;
  if (variance <= 1e-12) return hits > expected ? Number.POSITIVE_INFINITY : 0;
  return (hits - expected) / Math.sqrt(variance);
}

/** The range from the 10th to the 90th percentile of sorted values (nearest rank), or undefined. */
function middleRange(sorted: readonly number[]): [number, number] | undefined {
  if (sorted.length === 0) return undefined;
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return [at(0.1) as number, at(0.9) as number];
}

/**
 * Proposes the traits the best customers share. `best[i]` says whether `rows[i]` is a best
 * customer (a missing entry is false). A trait is proposed when at least `minCoverage` of the
 * best customers have it and, when there are customers that are not best to compare with, it is
 * more common among the best than among all (lift above `minLift`). Never throws on odd rows.
 */
export function proposeIcp(
  rows: readonly CompanyFacts[],
  best: readonly boolean[],
  options: BuilderOptions = {},
): IcpProposal {
  const o = { ...DEFAULTS, ...options };
  const totalCount = rows.length;
  let bestCount = 0;
  const industries = new Counter();
  const countries = new Counter();
  const technologies = new Counter();
  const keywords = new Counter();
  const funding = new Counter();
  const companyTypes = new Counter();
  const models = new Counter();
  const bandBest = new Array<number>(EMPLOYEE_BANDS.length).fill(0);
  const bandAll = new Array<number>(EMPLOYEE_BANDS.length).fill(0);
  const bestYears: number[] = [];
  const allYears: number[] = [];
  const keywordOriginals = new Map<string, string>();

  for (let i = 0; i < rows.length; i++) {
    const facts = rows[i];
    if (!facts || typeof facts !== 'object') continue;
    const isBest = best[i] === true;
    if (isBest) bestCount++;

    const industry = clean(facts.industry?.value);
    if (industry) industries.add(fold(industry), industry, isBest);

    const band = employeeBandOf(facts.employees?.value);
    if (band >= 0) {
      bandAll[band] = (bandAll[band] ?? 0) + 1;
      if (isBest) bandBest[band] = (bandBest[band] ?? 0) + 1;
    }

    const country = clean(facts.headquarters?.value?.country)?.toUpperCase();
    if (country && /^[A-Z]{2}$/.test(country)) countries.add(country, country, isBest);

    const seenTech = new Set<string>();
    const techs = Array.isArray(facts.technologies?.value) ? facts.technologies.value : [];
    for (const tech of techs.slice(0, 200)) {
      const name = clean(tech);
      const key = name && fold(name);
      if (!name || !key || seenTech.has(key)) continue;
      seenTech.add(key);
      technologies.add(key, name, isBest);
    }

    for (const key of keywordsOf(facts, keywordOriginals))
      keywords.add(key, keywordOriginals.get(key) ?? key, isBest);

    const stage = clean(facts.funding?.value?.stage);
    if (stage) funding.add(fold(stage), stage, isBest);

    const type = clean(facts.companyType?.value);
    if (type) companyTypes.add(fold(type), type, isBest);

    const seenModel = new Set<string>();
    const modelList = Array.isArray(facts.businessModel?.value) ? facts.businessModel.value : [];
    for (const model of modelList) {
      if (typeof model !== 'string' || seenModel.has(model)) continue;
      seenModel.add(model);
      models.add(model, model, isBest);
    }

    const year = asNumber(facts.founded?.value);
    if (year !== undefined && year >= 1000 && year <= 3000) {
      allYears.push(year);
      if (isBest) bestYears.push(year);
    }
  }

  const notes: BuilderNote[] = [];
  if (totalCount === 0) notes.push({ code: 'no-customers' });
  else if (bestCount === 0) notes.push({ code: 'no-best-customers' });
  if (bestCount === 0) return { totalCount, bestCount, criteria: [], notes };

  const hasOthers = bestCount < totalCount;
  const minBest = Math.max(1, Math.ceil(o.minCoverage * bestCount - 1e-9));
  const keep = (p: ProposedCriterion, fitted = false) =>
    p.bestCount >= minBest &&
    p.coverage >= o.minCoverage &&
    (p.lift === undefined ||
      (p.lift > (fitted ? Math.max(o.minLift, o.minRangeLift) : o.minLift) &&
        surprise(p.bestCount, p.allCoverage ?? 0, bestCount, totalCount) >= o.minZ));
  const byField = new Map<CriterionField, ProposedCriterion[]>();
  const push = (p: ProposedCriterion, fitted = false) => {
    if (!keep(p, fitted)) return false;
    const list = byField.get(p.field) ?? [];
    list.push(p);
    byField.set(p.field, list);
    return true;
  };
  const make = (c: Candidate) => propose(c, bestCount, totalCount, hasOthers);

  const listField = (field: CriterionField, counter: Counter, idKey = (k: string) => k) => {
    for (const [key, t] of counter.tallies) {
      if (t.best < minBest) continue;
      push(
        make({
          id: `${field}:${idKey(key)}`,
          field,
          label: t.original,
          values: [t.original],
          best: t.best,
          all: t.all,
        }),
      );
    }
  };

  listField('industry', industries);

  // Employee bands, and two neighbouring bands together when neither is common enough alone.
  const singleBands = new Set<number>();
  EMPLOYEE_BANDS.forEach((b, i) => {
    const range = b.max === undefined ? { min: b.min } : { min: b.min, max: b.max };
    const ok = push(
      make({
        id: `employees:${b.min}-${b.max ?? ''}`,
        field: 'employees',
        label: b.label,
        range,
        best: bandBest[i] as number,
        all: bandAll[i] as number,
      }),
    );
    if (ok) singleBands.add(i);
  });
  const pairs: { i: number; best: number }[] = [];
  for (let i = 0; i + 1 < EMPLOYEE_BANDS.length; i++)
    pairs.push({ i, best: (bandBest[i] as number) + (bandBest[i + 1] as number) });
  // Most common pairs first; a band is in at most one proposal.
  pairs.sort((a, b) => b.best - a.best || a.i - b.i);
  const used = new Set(singleBands);
  for (const { i } of pairs) {
    if (used.has(i) || used.has(i + 1)) continue;
    const lo = EMPLOYEE_BANDS[i] as (typeof EMPLOYEE_BANDS)[number];
    const hi = EMPLOYEE_BANDS[i + 1] as (typeof EMPLOYEE_BANDS)[number];
    const range = hi.max === undefined ? { min: lo.min } : { min: lo.min, max: hi.max };
    const label =
      hi.max === undefined
        ? `${groupDigits(lo.min)}+`
        : `${groupDigits(lo.min)}–${groupDigits(hi.max)}`;
    const ok = push(
      make({
        id: `employees:${range.min}-${range.max ?? ''}`,
        field: 'employees',
        label,
        range,
        best: (bandBest[i] as number) + (bandBest[i + 1] as number),
        all: (bandAll[i] as number) + (bandAll[i + 1] as number),
      }),
    );
    if (ok) used.add(i).add(i + 1);
  }

  // Countries, then regions that add customers beyond their most common country.
  for (const [code, t] of countries.tallies) {
    if (t.best < minBest) continue;
    push(
      make({
        id: `location:${code}`,
        field: 'location',
        label: countryName(code),
        values: [code],
        best: t.best,
        all: t.all,
      }),
    );
  }
  regions ??= regionTable();
  const regionCoverage = new Map<string, number>();
  for (const region of regions) {
    let inBest = 0;
    let inAll = 0;
    let topCountry = 0;
    for (const [code, t] of countries.tallies) {
      if (!region.countries.has(code)) continue;
      inBest += t.best;
      inAll += t.all;
      topCountry = Math.max(topCountry, t.best);
    }
    let topSubregion = 0;
    for (const other of regions) {
      if (other === region || other.countries.size >= region.countries.size) continue;
      if ([...other.countries].every((c) => region.countries.has(c)))
        topSubregion = Math.max(topSubregion, regionCoverage.get(other.name) ?? 0);
    }
    regionCoverage.set(region.name, inBest);
    if (inBest < minBest) continue;
    if ((inBest - Math.max(topCountry, topSubregion)) / bestCount < o.regionMargin) continue;
    push(
      make({
        id: `location:${region.name}`,
        field: 'location',
        label: region.name,
        values: [region.name],
        best: inBest,
        all: inAll,
      }),
    );
  }

  listField('technologies', technologies);

  // Keywords: most common first; a word is dropped when a phrase holding it is nearly as common.
  const keywordProposals: ProposedCriterion[] = [];
  for (const [key, t] of keywords.tallies) {
    if (t.best < minBest) continue;
    const p = make({
      id: `keywords:${key}`,
      field: 'keywords',
      label: t.original,
      values: [t.original],
      best: t.best,
      all: t.all,
    });
    if (keep(p)) keywordProposals.push(p);
  }
  keywordProposals.sort((a, b) => b.coverage - a.coverage || a.label.localeCompare(b.label));
  const phrases = keywordProposals.filter((p) => p.id.slice(9).includes(' '));
  for (const p of keywordProposals) {
    const key = p.id.slice(9);
    const covered =
      !key.includes(' ') &&
      phrases.some(
        (q) => q.id.slice(9).split(' ').includes(key) && q.bestCount >= 0.9 * p.bestCount,
      );
    if (!covered) push(p);
  }

  // Founding years: the middle 80 % of the best customers whose year is known.
  bestYears.sort((a, b) => a - b);
  const window = middleRange(bestYears);
  if (window) {
    const [min, max] = window;
    let inBest = 0;
    let inAll = 0;
    for (const y of bestYears) if (y >= min && y <= max) inBest++;
    for (const y of allYears) if (y >= min && y <= max) inAll++;
    push(
      make({
        id: `founded:${min}-${max}`,
        field: 'founded',
        label: min === max ? String(min) : `${min}–${max}`,
        range: { min, max },
        best: inBest,
        all: inAll,
      }),
      true,
    );
  }

  listField('funding', funding);
  listField('companyType', companyTypes);
  listField('businessModel', models);

  const criteria: ProposedCriterion[] = [];
  for (const field of CRITERION_FIELDS) {
    const list = byField.get(field);
    if (!list) continue;
    const sorted =
      field === 'keywords'
        ? list
        : [...list].sort((a, b) => b.coverage - a.coverage || a.label.localeCompare(b.label));
    criteria.push(...sorted.slice(0, o.maxPerField));
  }
  if (criteria.length === 0)
    notes.push({ code: 'no-shared-trait', minCoverage: o.minCoverage, comparedWithAll: hasOthers });
  return { totalCount, bestCount, criteria, notes };
}

// ---------------------------------------------------------------------------------------------
// Choosing the best customers

export type BestRule =
  | { kind: 'top'; column: string; n: number }
  | { kind: 'flag'; column: string; truthy?: string[] };

const DEFAULT_TRUTHY = [
  'yes',
  'y',
  'true',
  '1',
  'x',
  'won',
  'closed won',
  'win',
  'best',
  '✓',
  '✔',
  '☑',
  '✅',
];

/** The cell of `column` in a row, matching the header exactly or else ignoring case and spaces. */
function cellOf(row: Record<string, string>, column: string): string | undefined {
  if (!row || typeof row !== 'object') return undefined;
  const exact = row[column];
  if (typeof exact === 'string') return exact;
  const wanted = column.trim().toLowerCase();
  for (const [key, value] of Object.entries(row))
    if (key.trim().toLowerCase() === wanted && typeof value === 'string') return value;
  return undefined;
}

/**
 * A number as spreadsheets write amounts: "$12,400", "12.4k", "1.2M", "87%", "€ 3.400,50",
 * "-5". Undefined when the cell holds no number (or an absurd one).
 */
export function parseAmount(cell: string | undefined): number | undefined {
  if (typeof cell !== 'string') return undefined;
  const text = cell.trim().slice(0, 100);
  if (!text) return undefined;
  const negative = /^\(.*\)$|^[-−]/.test(text.replace(/^[$€£¥₫₹\s]+/, ''));
  const value = parseLocalizedNumber(text.replace(/[-−()]/g, ''));
  if (value === undefined) return undefined;
  return negative ? -value : value;
}

/**
 * Which rows are best customers: the `n` with the highest number in `column` (ties keep file
 * order; cells without a number never count), or the rows whose `column` holds a yes-like flag
 * (yes, true, 1, x, won, ✓…, case-insensitive; `truthy` replaces that list).
 */
export function selectBest(rows: readonly Record<string, string>[], rule: BestRule): boolean[] {
  const result = rows.map(() => false);
  if (rule.kind === 'flag') {
    const truthy = new Set((rule.truthy ?? DEFAULT_TRUTHY).map((t) => t.trim().toLowerCase()));
    rows.forEach((row, i) => {
      const cell = cellOf(row, rule.column)?.trim().toLowerCase();
      if (cell && truthy.has(cell.replace(/\s+/g, ' '))) result[i] = true;
    });
    return result;
  }
  const n = Number.isFinite(rule.n) ? Math.max(0, Math.floor(rule.n)) : 0;
  const ranked: { i: number; value: number }[] = [];
  rows.forEach((row, i) => {
    const value = parseAmount(cellOf(row, rule.column));
    if (value !== undefined) ranked.push({ i, value });
  });
  ranked.sort((a, b) => b.value - a.value || a.i - b.i);
  for (const { i } of ranked.slice(0, n)) result[i] = true;
  return result;
}

// ---------------------------------------------------------------------------------------------
// From proposal to ICP

export const DEFAULT_TIERS = [
  { name: 'Best fit', minScore: 80 },
  { name: 'Good fit', minScore: 60 },
  { name: 'Possible fit', minScore: 40 },
] as const;

/**
 * An ICP made of the accepted proposals (by id): the proposals of one field become one
 * criterion (a list field's values one band; countries before regions, regions at 0.7 credit
 * when a country is also listed; size and year ranges one band each), weighted by the highest
 * suggested weight, with the default tiers. Throws when no accepted id is in the proposal.
 */
export function proposalToIcp(
  proposal: IcpProposal,
  accepted: readonly string[],
  meta: { name: string; description?: string },
): Icp {
  const wanted = new Set(accepted);
  const chosen = proposal.criteria.filter((p) => wanted.has(p.id));
  if (chosen.length === 0) throw new Error('Accept at least one proposed criterion.');
  const criteria: Criterion[] = [];
  for (const field of CRITERION_FIELDS) {
    const group = chosen.filter((p) => p.field === field);
    if (group.length === 0) continue;
    const weight = Math.max(...group.map((p) => p.weight));
    const bands: Criterion['bands'] = [];
    if (field === 'location') {
      const isCountry = (p: ProposedCriterion) => /^[A-Z]{2}$/.test(p.values?.[0] ?? '');
      const countryValues = group.filter(isCountry).flatMap((p) => p.values ?? []);
      const regionValues = group.filter((p) => !isCountry(p)).flatMap((p) => p.values ?? []);
      if (countryValues.length > 0) bands.push({ in: countryValues, credit: 1 });
      if (regionValues.length > 0)
        bands.push({ in: regionValues, credit: countryValues.length > 0 ? 0.7 : 1 });
    } else if (group.every((p) => p.values)) {
      bands.push({ in: [...new Set(group.flatMap((p) => p.values ?? []))], credit: 1 });
    } else {
      const ranges = group
        .filter((p) => p.range)
        .map((p) => p.range as { min?: number; max?: number })
        .sort((a, b) => (a.min ?? Number.NEGATIVE_INFINITY) - (b.min ?? Number.NEGATIVE_INFINITY));
      for (const range of ranges) bands.push({ ...range, credit: 1 });
    }
    const criterion: Criterion = {
      field,
      mode: 'score',
      weight,
      label: FIELD_LABELS[field],
      bands,
    };
    const talkingPoint = group.find((p) => p.criterion.talkingPoint)?.criterion.talkingPoint;
    if (talkingPoint) criterion.talkingPoint = talkingPoint;
    criteria.push(criterion);
  }
  const name = meta.name.replace(/\s+/g, ' ').trim().slice(0, 200) || 'ICP from best customers';
  const icp = {
    format: ICP_FORMAT,
    name,
    description:
      meta.description?.slice(0, 2000) ??
      `Proposed from ${proposal.bestCount} best of ${proposal.totalCount} customers.`,
    tiers: DEFAULT_TIERS.map((t) => ({ ...t })),
    unknownCredit: 0.5,
    criteria,
    pains: [],
    goals: [],
    valueProps: [],
    personas: [],
  };
  return icpSchema.parse(icp);
}

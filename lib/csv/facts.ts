import type { CompanyFacts, Fact, Funding, Place } from '../facts';
import { normalizeWebsite, registrableDomain, websiteAndDomain } from '../normalize/domain';
import { normalizeValue } from '../normalize/facts';
import {
  fundingDate,
  parseCount,
  parseEmployeeCell,
  parseList,
  parseMoney,
  parseMoneyRange,
  parseYear,
} from './cells';
import type { Column, ColumnPlan } from './column-plan';
import type { CsvField } from './columns';

/** Caches a parser per distinct cell: industries, sizes and countries repeat across rows. */
function cached<T>(parse: (cell: string, column: Column) => T): (cell: string, c: Column) => T {
  const cache = new Map<string, T>();
  return (cell, column) => {
    const key = column.multiplier === 1 ? cell : `${column.multiplier}\u0000${cell}`;
    const known = cache.get(key);
    if (known !== undefined || cache.has(key)) return known as T;
    const value = parse(cell, column);
    if (cache.size < 20_000) cache.set(key, value);
    return value;
  };
}

const MESSY_SPACE = /[^\S ]| {2}/;
/** Spaces collapsed (only when needed: most cells are clean), cut to `max`. */
const flat = (text: string, max: number) =>
  (MESSY_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text).slice(0, max);
const isAmount = (cell: string) =>
  /^[\s$€£]*\d[\d.,\s]*(k|m|b|mm|bn|million|billion)?\s*\+?$/i.test(cell);

type Picked = { cell: string; column: Column } | undefined;

/** The first non-empty cell among the columns that hold `field`, preferred column first. */
function pick(plan: ColumnPlan, cells: readonly string[], field: CsvField): Picked {
  const columns = plan[field];
  if (!columns) return undefined;
  for (const column of columns) {
    const cell = cells[column.index]?.trim();
    if (cell) return { cell, column };
  }
  return undefined;
}

/** A fact from the csv, evidence "Column: cell" for each cell it was read from. */
function csvFact<T>(value: T, a: Picked, b?: Picked, c?: Picked, d?: Picked): Fact<T> {
  let evidence = '';
  for (const p of [a, b, c, d]) {
    if (!p) continue;
    if (evidence) evidence += '; ';
    evidence += `${p.column.header}: ${flat(p.cell, 300)}`;
  }
  return { value, source: 'csv', evidence };
}

/** A fact from the csv without its evidence text, for runs that never show it. */
function bareFact<T>(value: T): Fact<T> {
  return { value, source: 'csv', evidence: '' };
}

/** How rows are read. */
export interface ReadOptions {
  /**
   * `false`: facts carry an empty evidence text instead of "Column: cell" — for a run that only
   * ranks (`icp-lens score --format csv` without `--explain`) and never shows evidence. Default true.
   */
  evidence?: boolean;
}

/**
 * Turns rows into facts, source "csv", evidence "Column: cell". Parsers of values that repeat
 * across rows (industries, sizes, places, lists) are cached per reader, so the facts of different
 * rows may share value objects: treat them as read-only. No closure is made per row: this runs
 * for every row of 100,000-row exports.
 */
class RowReader {
  private readonly industry = cached((cell) => normalizeValue.industry(cell));
  private readonly employees = cached((cell) => parseEmployeeCell(cell));
  /** Problems with the last row's cells (a size Excel turned into a date), for the reader's report. */
  problems: string[] = [];
  private readonly revenue = cached((cell, column) => parseMoneyRange(cell, column.multiplier));
  private readonly type = cached((cell) => normalizeValue.companyType(cell));
  private readonly technologies = cached((cell) => parseList(cell, 500, 200));
  private readonly specialties = cached((cell) => parseList(cell, 200, 300));
  private readonly place = cached((key): Place => {
    const [city, region, country, address] = key.split('\u0001') as [
      string,
      string,
      string,
      string,
    ];
    const raw = address || [city, region, country].filter(Boolean).join(', ');
    const hints: { city?: string; region?: string; country?: string } = {};
    if (city) hints.city = city.slice(0, 200);
    if (region) hints.region = region;
    if (country) hints.country = country;
    return normalizeValue.place(raw, hints);
  });

  private readonly money = cached((cell, column) => parseMoney(cell, column.multiplier));
  private readonly year = cached((cell) => parseYear(cell));
  private readonly count = cached((cell) => parseCount(cell));
  private readonly date = cached((cell) => fundingDate(cell));
  private readonly fact: typeof csvFact;

  constructor(
    private readonly plan: ColumnPlan,
    options: ReadOptions = {},
  ) {
    this.fact = options.evidence === false ? bareFact : csvFact;
  }

  read(cells: readonly string[]): CompanyFacts {
    const { plan, fact: csvFact } = this;
    if (this.problems.length > 0) this.problems = [];
    const facts: CompanyFacts = {};
    const name = pick(plan, cells, 'name');
    if (name) facts.name = csvFact(flat(name.cell, 500), name);

    const website = pick(plan, cells, 'website');
    const domainCell = pick(plan, cells, 'domain');
    // The website cell gives both facts in one read; a domain column, when there is one, wins.
    const site = website && websiteAndDomain(website.cell.slice(0, 2000));
    const fromDomain =
      !site && domainCell ? normalizeWebsite(domainCell.cell.slice(0, 300)) : site?.website;
    if (fromDomain) facts.website = csvFact(fromDomain, site ? website : domainCell);
    const domain = domainCell ? registrableDomain(domainCell.cell.slice(0, 2000)) : site?.domain;
    if (domain) facts.domain = csvFact(domain, domainCell ?? website);

    const industry = pick(plan, cells, 'industry');
    if (industry) facts.industry = csvFact(this.industry(industry.cell, industry.column), industry);

    const employees = pick(plan, cells, 'employees');
    const range = employees && this.employees(employees.cell, employees.column);
    if (range === 'unreadable')
      this.problems.push(
        `${employees?.column.header}: "${flat(employees?.cell ?? '', 40)}" is a date Excel made of a size band, and which band cannot be told: left out`,
      );
    else if (employees && range) facts.employees = csvFact(range, employees);

    const revenue = pick(plan, cells, 'revenue');
    const money = revenue && this.revenue(revenue.cell, revenue.column);
    if (revenue && money) facts.revenue = csvFact(money, revenue);

    const city = pick(plan, cells, 'city');
    const state = pick(plan, cells, 'state');
    const country = pick(plan, cells, 'country');
    const address = pick(plan, cells, 'address');
    if (city || state || country || address) {
      const key = `${city?.cell ?? ''}\u0001${state?.cell ?? ''}\u0001${country?.cell ?? ''}\u0001${address?.cell ?? ''}`;
      facts.headquarters = csvFact(this.place(key, NOWHERE), address, city, state, country);
    }

    const technologies = pick(plan, cells, 'technologies');
    const techList = technologies && this.technologies(technologies.cell, technologies.column);
    if (technologies && techList?.length) facts.technologies = csvFact(techList, technologies);

    const description = pick(plan, cells, 'description');
    if (description) facts.description = csvFact(description.cell.slice(0, 20_000), description);
    const tagline = pick(plan, cells, 'tagline');
    if (tagline) facts.tagline = csvFact(flat(tagline.cell, 2000), tagline);
    const specialties = pick(plan, cells, 'specialties');
    const list = specialties && this.specialties(specialties.cell, specialties.column);
    if (specialties && list?.length) facts.specialties = csvFact(list, specialties);

    const founded = pick(plan, cells, 'founded');
    const year = founded && this.year(founded.cell, founded.column);
    if (founded && year) facts.founded = csvFact(year, founded);

    const linkedin = pick(plan, cells, 'linkedin');
    const slug = linkedin && normalizeValue.linkedinSlug(linkedin.cell.slice(0, 2000));
    if (linkedin && slug) facts.linkedinSlug = csvFact(slug, linkedin);

    const ownership = pick(plan, cells, 'companyType');
    const kind = ownership && this.type(ownership.cell, ownership.column);
    if (ownership && kind) facts.companyType = csvFact(kind, ownership);

    const funding = this.funding(cells);
    if (funding)
      facts.funding = csvFact(funding.value, funding.stage, funding.amount, funding.date);

    const jobs = pick(plan, cells, 'openRoles');
    const openRoles = jobs && this.count(jobs.cell, jobs.column);
    if (jobs && openRoles !== undefined) facts.hiring = csvFact({ openRoles }, jobs);

    const followers = pick(plan, cells, 'followers');
    const count = followers && this.count(followers.cell, followers.column);
    if (followers && count !== undefined) facts.followers = csvFact(count, followers);
    return facts;
  }

  private funding(cells: readonly string[]) {
    const { plan } = this;
    const latest = pick(plan, cells, 'fundingLatest');
    const latestIsAmount = latest !== undefined && isAmount(latest.cell);
    const stage = pick(plan, cells, 'fundingStage') ?? (latestIsAmount ? undefined : latest);
    const amount =
      pick(plan, cells, 'fundingTotal') ??
      pick(plan, cells, 'fundingAmount') ??
      (latestIsAmount ? latest : undefined);
    const date = pick(plan, cells, 'fundingDate');
    const value: Funding = {};
    if (stage) value.stage = flat(stage.cell, 100);
    const usd = amount && this.money(amount.cell, amount.column);
    if (usd !== undefined) value.amountUsd = usd;
    const when = date && this.date(date.cell, date.column);
    if (when) value.date = when;
    if (value.stage === undefined && value.amountUsd === undefined && value.date === undefined)
      return undefined;
    return { value, stage, amount, date };
  }
}

const NOWHERE: Column = { index: -1, header: '', multiplier: 1 };

/**
 * Reads rows of one file into facts (evidence "Column: cell", unless `options.evidence` is false);
 * `problems` lists what was wrong with the last row read.
 */
export function rowReader(
  plan: ColumnPlan,
  options: ReadOptions = {},
): {
  read: (cells: readonly string[]) => CompanyFacts;
  problems: () => readonly string[];
} {
  const reader = new RowReader(plan, options);
  return { read: (cells) => reader.read(cells), problems: () => reader.problems };
}

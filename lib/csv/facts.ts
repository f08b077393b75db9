import type { CompanyFacts, Fact, FactName, Funding, Place } from '../facts';
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
import { type CsvField, FIELD_NAMES } from './columns';
import type { CsvProblem } from './problems';

const MESSY_SPACE = /[^\S ]| {2}/;
/** Spaces collapsed (only when needed: most cells are clean), cut to `max`. */
const flat = (text: string, max: number) =>
  (MESSY_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text).slice(0, max);
const isAmount = (cell: string) =>
  /^[\s$€£]*\d[\d.,\s]*(k|m|b|mm|bn|million|billion)?\s*\+?$/i.test(cell);

/** Distinct cells remembered per column (and per place or funding combination of columns). */
const CACHE_SIZE = 20_000;

/**
 * Facts remembered per combination of cells (a place from city, state, country and address; a
 * funding round from its columns): one map level per cell, under the combination of columns that
 * answered, so no key string is built per row. At most `CACHE_SIZE` facts.
 */
class CellsCache<V> {
  private readonly byColumns = new Map<number, Map<string, unknown>>();
  private size = 0;
  /** The map holding the last cell of the last `find`, and that cell. */
  private leaf: Map<string, unknown> | undefined;
  private last = '';

  /**
   * Whether `cells` (as many as the combination has, in the same order each time) under
   * `columns` were seen; `value` then gives what was remembered.
   */
  find(columns: number, cells: readonly string[]): boolean {
    if (columns < 0) {
      this.leaf = undefined;
      return false;
    }
    let level = this.byColumns.get(columns);
    if (!level) {
      level = new Map();
      this.byColumns.set(columns, level);
    }
    const end = cells.length - 1;
    for (let i = 0; i < end; i++) {
      const cell = cells[i] as string;
      let next = level.get(cell) as Map<string, unknown> | undefined;
      if (!next) {
        next = new Map();
        level.set(cell, next);
      }
      level = next;
    }
    this.leaf = level;
    this.last = cells[end] as string;
    return level.has(this.last);
  }

  /** What was remembered for the cells of the last `find` that answered true. */
  value(): V {
    return this.leaf?.get(this.last) as V;
  }

  /** Remembers `value` for the cells of the last `find` (unless the cache is full). */
  remember(value: V): void {
    if (this.size >= CACHE_SIZE || !this.leaf) return;
    this.leaf.set(this.last, value);
    this.size++;
  }
}

/** Columns a field may have before `columnsOf` stops telling combinations apart (none does). */
const MAX_RANK = 1022;

/**
 * Which column of each field answered (0 = none, else its rank + 1), as one number (up to five
 * fields); -1, remembered never, when a field has more columns than that can tell apart.
 */
function columnsOf(a?: Slot, b?: Slot, c?: Slot, d?: Slot, e?: Slot): number {
  const key = (((part(a) * 1024 + part(b)) * 1024 + part(c)) * 1024 + part(d)) * 1024 + part(e);
  return Number.isNaN(key) ? -1 : key;
}
const part = (slot?: Slot) =>
  slot === undefined ? 0 : slot.rank > MAX_RANK ? Number.NaN : slot.rank + 1;

/**
 * One column of one field, with the facts read from its distinct cells: industries, sizes,
 * countries and lists repeat across the rows of an export, so each distinct cell is read once
 * and its fact (value and evidence) shared by every row that holds it.
 */
interface Slot {
  column: Column;
  /** Position among the field's columns (0 = preferred), for keys of facts read from several. */
  rank: number;
  facts: Map<string, Fact<unknown> | undefined>;
}

/** A cell with the column it was read from, for an evidence text of several cells. */
type Part = { column: Column; cell: string } | undefined;

/** "Column: cell" for each cell a fact was read from, joined with "; ". */
function evidenceOf(parts: readonly Part[]): string {
  let evidence = '';
  for (const p of parts) {
    if (!p) continue;
    if (evidence) evidence += '; ';
    evidence += `${p.column.header}: ${flat(p.cell, 300)}`;
  }
  return evidence;
}

/** How rows are read. */
export interface ReadOptions {
  /**
   * `false`: facts carry an empty evidence text instead of "Column: cell" — for a run that only
   * ranks (`icp-lens score --format csv` without `--explain`) and never shows evidence. Default true.
   */
  evidence?: boolean;
  /**
   * Only these facts, besides who the company is (name, website, domain, LinkedIn page) and its
   * size (whose problems are reported): for a run that reads no others (`icp-lens score` ranking
   * against an ICP: the facts its criteria read). A row none of whose facts so read is known is
   * read whole, so the rows that count as companies are the same; `nothingKnown` then speaks of
   * the facts read. Default: every fact.
   */
  facts?: ReadonlySet<FactName>;
}

const nonEmpty = <T>(list: T[]) => (list.length > 0 ? list : undefined);

/**
 * How each cached field's cell becomes its value (`undefined`: no fact), made once so no closure
 * is made per row.
 */
const PARSE = {
  industry: (cell: string) => normalizeValue.industry(cell),
  revenue: (cell: string, column: Column) => parseMoneyRange(cell, column.multiplier),
  technologies: (cell: string) => nonEmpty(parseList(cell, 500, 200)),
  description: (cell: string) => cell.slice(0, 20_000),
  tagline: (cell: string) => flat(cell, 2000),
  specialties: (cell: string) => nonEmpty(parseList(cell, 200, 300)),
  founded: (cell: string) => parseYear(cell),
  companyType: (cell: string) => normalizeValue.companyType(cell) || undefined,
  hiring: (cell: string) => {
    const openRoles = parseCount(cell);
    return openRoles === undefined ? undefined : { openRoles };
  },
  followers: (cell: string) => parseCount(cell),
} as const;

/** An employee cell Excel turned into a date that fits no single band: reported, left out. */
const UNREADABLE = 'unreadable';

/**
 * Turns rows into facts, source "csv", evidence "Column: cell". Facts read from cells that repeat
 * across rows (industries, sizes, places, lists, years) are cached per column and distinct cell,
 * so the facts of different rows may share whole `Fact` objects and their values: treat them as
 * read-only. No closure or picked-cell object is made per row: this runs for every row of
 * 100,000-row exports.
 */
class RowReader {
  /** Problems with the last row's cells (a size Excel turned into a date), for the reader's report. */
  problems: CsvProblem[] = [];
  /**
   * Each field's columns, every field present (none: an empty list) in one order, so the read
   * finds them by name on an object of one shape.
   */
  private readonly slots = {} as Readonly<Record<CsvField, readonly Slot[]>>;
  private readonly evidence: boolean;
  /** The facts asked for (`ReadOptions.facts`), or undefined for every fact. */
  private readonly want: ReadonlySet<FactName> | undefined;
  /** The trimmed cell the last `pick` found. */
  private cell = '';
  private readonly places = new CellsCache<Fact<Place>>();
  private readonly fundings = new CellsCache<Fact<Funding> | undefined>();
  /** The cells of a place or funding key, reused for every row. */
  private readonly keyCells: string[] = [];

  constructor(plan: ColumnPlan, options: ReadOptions = {}) {
    this.evidence = options.evidence !== false;
    this.want = options.facts;
    const slots = this.slots as Record<CsvField, readonly Slot[]>;
    for (const field in FIELD_NAMES) {
      const columns = plan[field as CsvField] ?? [];
      slots[field as CsvField] = columns.map((column, rank) => ({
        column,
        rank,
        facts: new Map(),
      }));
    }
  }

  /** The first of `slots` (a field's columns) with a non-empty cell (left trimmed in `this.cell`). */
  private pick(cells: readonly string[], slots: readonly Slot[]): Slot | undefined {
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i] as Slot;
      const cell = cells[slot.column.index]?.trim();
      if (cell) {
        this.cell = cell;
        return slot;
      }
    }
    return undefined;
  }

  /** A fact read from one cell, evidence "Column: cell" (or none when evidence is off). */
  private fact<T>(value: T, column: Column, cell: string): Fact<T> {
    return {
      value,
      source: 'csv',
      evidence: this.evidence ? `${column.header}: ${flat(cell, 300)}` : '',
    };
  }

  /**
   * The fact of the first non-empty cell of a field's columns (`slots`), read by `parse` once per
   * distinct cell of its column (`undefined` from `parse`: no fact).
   */
  private cached<T>(
    cells: readonly string[],
    slots: readonly Slot[],
    parse: (cell: string, column: Column) => T | undefined,
  ): Fact<T> | undefined {
    const slot = this.pick(cells, slots);
    if (!slot) return undefined;
    const cell = this.cell;
    const known = slot.facts.get(cell);
    if (known !== undefined || slot.facts.has(cell)) return known as Fact<T> | undefined;
    const value = parse(cell, slot.column);
    const fact = value === undefined ? undefined : this.fact(value, slot.column, cell);
    if (slot.facts.size < CACHE_SIZE) slot.facts.set(cell, fact);
    return fact;
  }

  read(cells: readonly string[]): CompanyFacts {
    const facts = this.readFacts(cells, this.want);
    if (!this.want) return facts;
    for (const _ in facts) return facts;
    // Nothing of what was asked for, nor who the company is: is it a company at all?
    return this.readFacts(cells, undefined);
  }

  /** The row's facts: those in `want` (and who the company is, and its size), or every fact. */
  private readFacts(
    cells: readonly string[],
    want: ReadonlySet<FactName> | undefined,
  ): CompanyFacts {
    if (this.problems.length > 0) this.problems = [];
    const facts: CompanyFacts = {};
    const name = this.pick(cells, this.slots.name);
    if (name) facts.name = this.fact(flat(this.cell, 500), name.column, this.cell);

    this.site(cells, facts);

    if (!want || want.has('industry')) {
      const industry = this.cached(cells, this.slots.industry, PARSE.industry);
      if (industry) facts.industry = industry;
    }

    const employees = this.pick(cells, this.slots.employees);
    if (employees) this.employees(employees, facts);

    if (!want || want.has('revenue')) {
      const revenue = this.cached(cells, this.slots.revenue, PARSE.revenue);
      if (revenue) facts.revenue = revenue;
    }

    if (!want || want.has('headquarters')) {
      const headquarters = this.place(cells);
      if (headquarters) facts.headquarters = headquarters;
    }

    if (!want || want.has('technologies')) {
      const technologies = this.cached(cells, this.slots.technologies, PARSE.technologies);
      if (technologies) facts.technologies = technologies;
    }

    if (!want || want.has('description')) {
      const description = this.cached(cells, this.slots.description, PARSE.description);
      if (description) facts.description = description;
    }
    if (!want || want.has('tagline')) {
      const tagline = this.cached(cells, this.slots.tagline, PARSE.tagline);
      if (tagline) facts.tagline = tagline;
    }
    if (!want || want.has('specialties')) {
      const specialties = this.cached(cells, this.slots.specialties, PARSE.specialties);
      if (specialties) facts.specialties = specialties;
    }

    if (!want || want.has('founded')) {
      const founded = this.cached(cells, this.slots.founded, PARSE.founded);
      if (founded) facts.founded = founded;
    }

    const linkedin = this.pick(cells, this.slots.linkedin);
    const slug = linkedin && normalizeValue.linkedinSlug(this.cell.slice(0, 2000));
    if (linkedin && slug) facts.linkedinSlug = this.fact(slug, linkedin.column, this.cell);

    if (!want || want.has('companyType')) {
      const kind = this.cached(cells, this.slots.companyType, PARSE.companyType);
      if (kind) facts.companyType = kind;
    }

    if (!want || want.has('funding')) {
      const funding = this.funding(cells);
      if (funding) facts.funding = funding;
    }

    if (!want || want.has('hiring')) {
      const hiring = this.cached(cells, this.slots.openRoles, PARSE.hiring);
      if (hiring) facts.hiring = hiring;
    }

    if (!want || want.has('followers')) {
      const followers = this.cached(cells, this.slots.followers, PARSE.followers);
      if (followers) facts.followers = followers;
    }
    return facts;
  }

  /** Website and domain: the website cell gives both in one read; a domain column wins. */
  private site(cells: readonly string[], facts: CompanyFacts): void {
    const website = this.pick(cells, this.slots.website);
    const websiteCell = this.cell;
    const domainSlot = this.pick(cells, this.slots.domain);
    const domainCell = this.cell;
    const site = website && websiteAndDomain(websiteCell.slice(0, 2000));
    const fromDomain =
      !site && domainSlot ? normalizeWebsite(domainCell.slice(0, 300)) : site?.website;
    if (fromDomain)
      facts.website = site
        ? this.fact(fromDomain, (website as Slot).column, websiteCell)
        : this.fact(fromDomain, (domainSlot as Slot).column, domainCell);
    const domain = domainSlot ? registrableDomain(domainCell.slice(0, 2000)) : site?.domain;
    if (domain)
      facts.domain = domainSlot
        ? this.fact(domain, domainSlot.column, domainCell)
        : this.fact(domain, (website as Slot).column, websiteCell);
  }

  private employees(slot: Slot, facts: CompanyFacts): void {
    const cell = this.cell;
    let fact = slot.facts.get(cell);
    if (fact === undefined && !slot.facts.has(cell)) {
      const range = parseEmployeeCell(cell);
      fact =
        range === UNREADABLE
          ? { value: UNREADABLE, source: 'csv', evidence: '' }
          : range && this.fact(range, slot.column, cell);
      if (slot.facts.size < CACHE_SIZE) slot.facts.set(cell, fact);
    }
    if (fact?.value === UNREADABLE)
      this.problems.push({
        code: 'size-made-date',
        column: slot.column.header,
        cell: flat(cell, 40),
      });
    else if (fact) facts.employees = fact as CompanyFacts['employees'];
  }

  /** The headquarters from the address, city, state and country columns, once per combination. */
  private place(cells: readonly string[]): Fact<Place> | undefined {
    const city = this.pick(cells, this.slots.city);
    const cityCell = city ? this.cell : '';
    const state = this.pick(cells, this.slots.state);
    const stateCell = state ? this.cell : '';
    const country = this.pick(cells, this.slots.country);
    const countryCell = country ? this.cell : '';
    const address = this.pick(cells, this.slots.address);
    const addressCell = address ? this.cell : '';
    if (!city && !state && !country && !address) return undefined;
    // Which of each field's columns answered is part of the key: it names the evidence.
    const key = this.keyCells;
    key.length = 4;
    key[0] = cityCell;
    key[1] = stateCell;
    key[2] = countryCell;
    key[3] = addressCell;
    if (this.places.find(columnsOf(city, state, country, address), key)) return this.places.value();
    const raw = addressCell || [cityCell, stateCell, countryCell].filter(Boolean).join(', ');
    const hints: { city?: string; region?: string; country?: string } = {};
    if (cityCell) hints.city = cityCell.slice(0, 200);
    if (stateCell) hints.region = stateCell;
    if (countryCell) hints.country = countryCell;
    const fact: Fact<Place> = {
      value: normalizeValue.place(raw, hints),
      source: 'csv',
      evidence: this.evidence
        ? evidenceOf([
            address && { column: address.column, cell: addressCell },
            city && { column: city.column, cell: cityCell },
            state && { column: state.column, cell: stateCell },
            country && { column: country.column, cell: countryCell },
          ])
        : '',
    };
    this.places.remember(fact);
    return fact;
  }

  /** Funding from stage, amount (the latest round's, else the total raised) and date columns. */
  private funding(cells: readonly string[]): Fact<Funding> | undefined {
    const latest = this.pick(cells, this.slots.fundingLatest);
    const latestCell = latest ? this.cell : '';
    const stage = this.pick(cells, this.slots.fundingStage);
    const stageCell = stage ? this.cell : '';
    const total = this.pick(cells, this.slots.fundingTotal);
    const totalCell = total ? this.cell : '';
    const round = this.pick(cells, this.slots.fundingAmount);
    const roundCell = round ? this.cell : '';
    const date = this.pick(cells, this.slots.fundingDate);
    const dateCell = date ? this.cell : '';
    if (!latest && !stage && !total && !round && !date) return undefined;
    const key = this.keyCells;
    key.length = 5;
    key[0] = latestCell;
    key[1] = stageCell;
    key[2] = totalCell;
    key[3] = roundCell;
    key[4] = dateCell;
    if (this.fundings.find(columnsOf(latest, stage, total, round, date), key))
      return this.fundings.value();
    const latestIsAmount = latest !== undefined && isAmount(latestCell);
    const stagePart: Part = stage
      ? { column: stage.column, cell: stageCell }
      : latest && !latestIsAmount
        ? { column: latest.column, cell: latestCell }
        : undefined;
    // The round's own amount first: a page's funding box gives the last round's amount beside its
    // stage ("Series C · US$ 75M"); a file's total raised is the fallback when no round amount is
    // given (else "Series C, $120M" would name the total as the Series C round).
    const amountPart: Part = round
      ? { column: round.column, cell: roundCell }
      : latest && latestIsAmount
        ? { column: latest.column, cell: latestCell }
        : total
          ? { column: total.column, cell: totalCell }
          : undefined;
    const datePart: Part = date && { column: date.column, cell: dateCell };
    const value: Funding = {};
    if (stagePart) value.stage = flat(stagePart.cell, 100);
    const usd = amountPart && parseMoney(amountPart.cell, amountPart.column.multiplier);
    if (usd !== undefined) value.amountUsd = usd;
    const when = datePart && fundingDate(datePart.cell);
    if (when) value.date = when;
    const fact: Fact<Funding> | undefined =
      value.stage === undefined && value.amountUsd === undefined && value.date === undefined
        ? undefined
        : {
            value,
            source: 'csv',
            evidence: this.evidence ? evidenceOf([stagePart, amountPart, datePart]) : '',
          };
    this.fundings.remember(fact);
    return fact;
  }
}

/**
 * Reads rows of one file into facts (evidence "Column: cell", unless `options.evidence` is false);
 * `problems` lists what was wrong with the last row read.
 */
export function rowReader(
  plan: ColumnPlan,
  options: ReadOptions = {},
): {
  read: (cells: readonly string[]) => CompanyFacts;
  problems: () => readonly CsvProblem[];
} {
  const reader = new RowReader(plan, options);
  return { read: (cells) => reader.read(cells), problems: () => reader.problems };
}

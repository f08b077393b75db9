import { formatRange } from '../../criteria/labels';
import { countryInSentence, countryName } from '../../criteria/regions';
import { formatMoney } from '../../format';
import type { RoleFamily } from '../note-data';
import type { Phrasebook } from '../phrasebook';
import { and, lowerFirst, quote } from '../text';
import { bare, iso } from './shared';

const ROLES: Readonly<Record<RoleFamily, { plural: string; after?: string }>> = {
  sales: { plural: 'sales roles', after: 'ramp time is on their mind' },
  security: { plural: 'security roles' },
  engineering: { plural: 'engineers', after: 'they are building' },
  marketing: { plural: 'marketing roles' },
  customer: { plural: 'customer-facing roles' },
};

const BRIDGE = { pains: 'Likely pain', goals: 'Likely goal', valueProps: 'Our angle' } as const;

const count = (n: number) => n.toLocaleString('en-US');
const list = (items: readonly string[]) => and(items.map(iso));
const openRoles = (n: number) => `${count(n)} open ${n === 1 ? 'role' : 'roles'}`;

/** "Hiring 2 engineers (Senior Backend Engineer and Mobile Engineer) — they are building". */
function hiringFor(family: RoleFamily, titles: readonly string[]): string {
  const first = titles.slice(0, 2).map(iso);
  const rest = titles.length - first.length;
  const shown = rest > 0 ? `${first.join(', ')} and ${rest} more` : and(first);
  const { plural, after } = ROLES[family];
  const head =
    titles.length === 1 ? `Hiring a ${shown}` : `Hiring ${titles.length} ${plural} (${shown})`;
  return after ? `${head} — ${after}` : head;
}

const funding: Phrasebook['values']['funding'] = (f) =>
  [
    f.stage && iso(f.stage),
    f.amountUsd !== undefined && `${formatMoney(f.amountUsd)} raised`,
    f.date && iso(f.date),
  ]
    .filter(Boolean)
    .join(', ');

/** English, as the talking points were first written: US sales email register. */
export const english: Phrasebook = {
  language: 'en',
  facts: {
    hiring: ({ openRoles: n, roles }) => {
      const byFunction = roles && hiringFor(roles.family, roles.titles);
      return {
        sentence: byFunction ?? `Has ${openRoles(n)}`,
        basis: `Hiring: ${openRoles(n)}`,
        opening: byFunction ? `is ${lowerFirst(byFunction)}` : `has ${openRoles(n)}`,
      };
    },
    funding: (f) => {
      const described = funding(f);
      const opening =
        f.amountUsd !== undefined
          ? `raised ${formatMoney(f.amountUsd)}`
          : f.simpleStage
            ? `closed a ${iso(f.stage ?? '')} round`
            : `announced new funding (${iso(f.stage ?? '')})`;
      return { sentence: `Latest funding: ${described}`, basis: `Funding: ${described}`, opening };
    },
    keywords: ({ keyword, where, quote: evidence }) => ({
      sentence: `Their ${where} ${where === 'specialties' ? 'include' : 'mentions'} "${iso(keyword)}"`,
      basis: `${where.charAt(0).toUpperCase()}${where.slice(1)}: ${iso(evidence)}`,
      opening: `mentions "${iso(keyword)}" in its ${where}`,
    }),
    specialties: ({ items, foreign }) => {
      // In another language the page's words are quoted as written, not read as English.
      const shown = (n: number) =>
        foreign ? quote(iso(items.slice(0, n).join(', '))) : list(items.slice(0, n));
      return {
        sentence: foreign
          ? `Their specialties, as the page writes them: ${shown(3)}`
          : `Lists ${shown(3)} among their specialties`,
        basis: `Specialties: ${items.slice(0, 5).map(iso).join(', ')}`,
        opening: foreign
          ? `lists ${shown(2)} (their words) among its specialties`
          : `lists ${shown(2)} among its specialties`,
      };
    },
    technologies: ({ items }) => ({
      sentence: `Runs ${list(items.slice(0, 3))}`,
      basis: `Technologies: ${items.slice(0, 5).map(iso).join(', ')}`,
      opening: `runs ${list(items.slice(0, 2))}`,
    }),
    tagline: ({ text, foreign }) => ({
      // Quoted without its own full stop: the sentence goes on after the quote.
      sentence: foreign
        ? `Describes itself, in its own language, as ${quote(iso(bare(text)))}`
        : `Describes itself as "${iso(bare(text))}"`,
      basis: `Tagline: "${iso(text)}"`,
      opening: `describes itself as "${iso(bare(text))}"`,
    }),
    employees: ({ range }) => {
      const employees = `${formatRange(range)} employees`;
      return {
        sentence: `Has ${employees}`,
        basis: `Company size: ${employees}`,
        opening: `has ${employees}`,
      };
    },
    industry: ({ industry }) => ({
      sentence: `Works in ${iso(industry)}`,
      basis: `Industry: ${iso(industry)}`,
      opening: `works in ${iso(industry)}`,
    }),
    revenue: ({ range }) => {
      const revenue = formatRange(range, formatMoney);
      return {
        sentence: `Revenue of about ${revenue}`,
        basis: `Revenue: ${revenue}`,
        opening: `has about ${revenue} in revenue`,
      };
    },
    founded: ({ year, age }) => ({
      sentence:
        age >= 2 ? `Founded in ${year}, ${age} years ago` : `Founded in ${year}, a young company`,
      basis: `Founded: ${year}`,
      opening: `was founded in ${year}`,
    }),
    headquarters: ({ city, country }) => {
      const place = [city && iso(city), country && countryName(country)].filter(Boolean);
      const where = city ? place.join(', ') : countryInSentence(country ?? '');
      return {
        sentence: `Headquartered in ${where}`,
        basis: `Headquarters: ${place.join(', ')}`,
        opening: `is headquartered in ${city ? iso(city) : countryInSentence(country ?? '')}`,
      };
    },
  },
  point: (sentence, kind, text) => `${sentence}. ${BRIDGE[kind]}: ${lowerFirst(bare(text))}.`,
  openingLine: ({ company, persona, clause, pain }) => {
    const name = company ? iso(company) : 'your company';
    const greeting = `Hi — a note for the ${persona ?? 'team'} at ${name}`;
    const fact = clause ? `: I saw that ${name} ${clause}.` : '.';
    const ask = pain
      ? ` Teams like yours often tell us: ${lowerFirst(bare(pain))}. Is that true for you?`
      : '';
    return `${greeting}${fact}${ask}`;
  },
  values: {
    count,
    list,
    country: countryInSentence,
    range: (range) => formatRange(range),
    money: formatMoney,
    funding,
  },
};

import { countryName } from '../criteria/regions';
import type { CompanyFacts } from '../facts';
import type { ScoreResult } from '../scoring/types';
import type { IcpSentenceKind, NoteData, RoleFamily } from './note-data';
import { foreignText, tidy, words } from './text';

export type { IcpSentenceKind } from './note-data';

/** One thing the page shows, as structured values, with what it pairs with. */
export interface FactNote {
  /** The fact and its values; the phrasebook of the outreach language words it. */
  data: NoteData;
  /** The company field it comes from; one point per field. */
  fact: NoteData['fact'];
  /** Higher is more specific (a buying trigger beats the headquarters). */
  specificity: number;
  /** Words that make an ICP pain, goal or value prop relevant to this fact. */
  topics: Set<string>;
  /** Which kinds of ICP sentence suit this fact, best first. */
  prefer: readonly IcpSentenceKind[];
}

const topics = (...texts: string[]) => words(texts.join(' '));
const SIMPLE_STAGE = /^(pre-?seed|seed|angel|series [a-z]\+?)$/i;

/** The functions job titles belong to, most telling first. */
const ROLE_FUNCTIONS: readonly { family: RoleFamily; pattern: RegExp }[] = [
  {
    family: 'sales',
    pattern: /\b(SDR|BDR|sales|account executive|account manager|business development)\b/i,
  },
  { family: 'security', pattern: /\b(security|SOC|CISO|pentest\w*)\b/i },
  { family: 'engineering', pattern: /\b(engineer|developer|devops|SRE|architect|programmer)\b/i },
  { family: 'marketing', pattern: /\b(marketing|growth|demand gen\w*|content)\b/i },
  { family: 'customer', pattern: /\b(customer|support|success)\b/i },
];

/** The family most job titles belong to, with those titles (tidied); undefined when none fits. */
export function roleFamily(
  roles: readonly string[],
): { family: RoleFamily; titles: string[] } | undefined {
  let best: { family: RoleFamily; titles: string[] } | undefined;
  for (const { family, pattern } of ROLE_FUNCTIONS) {
    const titles = roles.filter((r) => pattern.test(r));
    if (titles.length > (best?.titles.length ?? 0))
      best = { family, titles: titles.map((t) => tidy(t, 60)) };
  }
  return best;
}

function keywordNote(result: ScoreResult): NoteData | undefined {
  const hit = result.criteria.find(
    (c) => c.field === 'keywords' && c.band !== undefined && c.matched?.[0] && c.evidence,
  );
  const keyword = hit?.matched?.[0] && tidy(hit.matched[0], 60);
  if (!hit?.evidence || !keyword) return undefined;
  // The matcher's evidence is "<where>: <quote from the page>".
  const [where = 'description', ...rest] = hit.evidence.text.split(': ');
  const quote = rest.length > 0 ? rest.join(': ') : hit.evidence.text;
  return { fact: 'keywords', keyword, where, quote: tidy(quote, 180) };
}

/** Each fact the page gives, as structured values, most specific first. */
function factData(facts: CompanyFacts, result: ScoreResult, year: number): NoteData[] {
  const data: (NoteData | undefined)[] = [];
  const openRoles = facts.hiring?.value.openRoles;
  if (openRoles !== undefined && openRoles > 0) {
    const roles = roleFamily(facts.hiring?.value.roles ?? []);
    data.push({ fact: 'hiring', openRoles, ...(roles && { roles }) });
  }
  const funding = facts.funding?.value;
  const stage = funding?.stage && tidy(funding.stage, 60);
  if (funding && (stage || funding.amountUsd !== undefined))
    data.push({
      fact: 'funding',
      ...(stage && { stage }),
      ...(funding.amountUsd !== undefined && { amountUsd: funding.amountUsd }),
      ...(funding.date && { date: tidy(funding.date, 30) }),
      simpleStage: Boolean(stage && SIMPLE_STAGE.test(stage)),
    });
  const keyword = keywordNote(result);
  data.push(keyword);
  const specialties = (facts.specialties?.value ?? []).map((s) => tidy(s, 40)).filter(Boolean);
  if (specialties.length > 0 && !(keyword?.fact === 'keywords' && keyword.where === 'specialties'))
    data.push({ fact: 'specialties', items: specialties, foreign: specialties.some(foreignText) });
  const inCommon = result.criteria.find((c) => c.field === 'technologies' && c.matched)?.matched;
  const technologies = [...new Set([...(inCommon ?? []), ...(facts.technologies?.value ?? [])])]
    .map((t) => tidy(t, 40))
    .filter(Boolean);
  if (technologies.length > 0) data.push({ fact: 'technologies', items: technologies });
  const tagline = facts.tagline && tidy(facts.tagline.value, 120);
  if (tagline) data.push({ fact: 'tagline', text: tagline, foreign: foreignText(tagline) });
  if (facts.employees) data.push({ fact: 'employees', range: facts.employees.value });
  const industry = facts.industry && tidy(facts.industry.value, 80);
  if (industry) data.push({ fact: 'industry', industry });
  if (facts.revenue) data.push({ fact: 'revenue', range: facts.revenue.value });
  const founded = facts.founded?.value;
  if (founded !== undefined) data.push({ fact: 'founded', year: founded, age: year - founded });
  const hq = facts.headquarters?.value;
  const city = hq?.city && tidy(hq.city, 60);
  if (city || hq?.country)
    data.push({
      fact: 'headquarters',
      ...(city && { city }),
      ...(hq?.country && { country: hq.country }),
    });
  return data.filter((d): d is NoteData => d !== undefined);
}

/** How specific each fact is, the words that relate ICP sentences to it and the kinds it suits. */
const KIND: Readonly<
  Record<NoteData['fact'], { specificity: number; words: string; prefer: IcpSentenceKind[] }>
> = {
  hiring: {
    specificity: 6,
    words: 'hire hiring hired headcount grow growing growth new starters onboard team',
    prefer: ['pains', 'goals', 'valueProps'],
  },
  funding: {
    specificity: 5.5,
    words: 'growth grow scale scaling investors board enterprise audit expansion',
    prefer: ['goals', 'pains', 'valueProps'],
  },
  keywords: { specificity: 4.5, words: '', prefer: ['valueProps', 'pains', 'goals'] },
  specialties: { specificity: 4.2, words: '', prefer: ['valueProps', 'pains', 'goals'] },
  technologies: {
    specificity: 4,
    words: 'tools stack integrate integration identity provider already',
    prefer: ['valueProps', 'goals', 'pains'],
  },
  tagline: { specificity: 3.4, words: '', prefer: ['valueProps', 'goals', 'pains'] },
  employees: {
    specificity: 3,
    words: 'team headcount employees people staff small size grow growing hire',
    prefer: ['pains', 'valueProps', 'goals'],
  },
  industry: {
    specificity: 2.5,
    words: 'customers enterprise regulated',
    prefer: ['pains', 'goals', 'valueProps'],
  },
  revenue: {
    specificity: 2.4,
    words: 'enterprise budget revenue customers',
    prefer: ['goals', 'valueProps', 'pains'],
  },
  founded: {
    specificity: 2,
    words: 'culture grow growth fast young modern legacy',
    prefer: ['goals', 'pains', 'valueProps'],
  },
  headquarters: {
    specificity: 1.5,
    words: 'offices regional languages time zones',
    prefer: ['goals', 'valueProps', 'pains'],
  },
};

/** The page's own words in a fact, which make ICP sentences that use them relevant. */
function pageWords(data: NoteData): string[] {
  switch (data.fact) {
    case 'keywords':
      return [data.keyword, data.quote];
    case 'specialties':
    case 'technologies':
      return data.items;
    case 'tagline':
      return [data.text];
    case 'industry':
      return [data.industry];
    case 'headquarters':
      return [data.city ?? '', data.country ? countryName(data.country) : ''];
    default:
      return [];
  }
}

/** What the company's facts give to talk about, each with its words and preferred ICP text. */
export function factNotes(facts: CompanyFacts, result: ScoreResult, year: number): FactNote[] {
  return factData(facts, result, year).map((data) => {
    const kind = KIND[data.fact];
    return {
      data,
      fact: data.fact,
      specificity: kind.specificity,
      topics: topics(...pageWords(data), kind.words),
      prefer: kind.prefer,
    };
  });
}

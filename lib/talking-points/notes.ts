import { describeFunding } from '../criteria/funding';
import { formatRange } from '../criteria/labels';
import { countryInSentence, countryName } from '../criteria/regions';
import type { CompanyFacts } from '../facts';
import { formatMoney } from '../format';
import type { ScoreResult } from '../scoring/types';
import { and, bare, foreignText, quote, tidy, words } from './text';

export type IcpSentenceKind = 'pains' | 'goals' | 'valueProps';

/** One thing the page shows, ready to be said: a sentence, its basis and how to open with it. */
export interface FactNote {
  /** The company field it comes from; one point per field. */
  fact: string;
  /** Higher is more specific (a buying trigger beats the headquarters). */
  specificity: number;
  /** "Has 37 open roles" — no final full stop. */
  sentence: string;
  /** "Hiring: 37 open roles". */
  basis: string;
  /** After the company's name in an opening line: "has 37 open roles". */
  opening: string;
  /** Words that make an ICP pain, goal or value prop relevant to this fact. */
  topics: Set<string>;
  /** Which kinds of ICP sentence suit this fact, best first. */
  prefer: readonly IcpSentenceKind[];
}

const topics = (...texts: string[]) => words(texts.join(' '));
const SIMPLE_STAGE = /^(pre-?seed|seed|angel|series [a-z]\+?)$/i;

function fundingOpening(stage: string | undefined, amountUsd: number | undefined): string {
  if (amountUsd !== undefined) return `raised ${formatMoney(amountUsd)}`;
  if (stage && SIMPLE_STAGE.test(stage)) return `closed a ${stage} round`;
  return `announced new funding (${stage})`;
}

/** The functions job titles belong to, most telling first. */
const ROLE_FUNCTIONS: readonly { name: string; plural: string; pattern: RegExp; after?: string }[] =
  [
    {
      name: 'sales',
      plural: 'sales roles',
      pattern: /\b(SDR|BDR|sales|account executive|account manager|business development)\b/i,
      after: 'ramp time is on their mind',
    },
    { name: 'security', plural: 'security roles', pattern: /\b(security|SOC|CISO|pentest\w*)\b/i },
    {
      name: 'engineering',
      plural: 'engineers',
      pattern: /\b(engineer|developer|devops|SRE|architect|programmer)\b/i,
      after: 'they are building',
    },
    {
      name: 'marketing',
      plural: 'marketing roles',
      pattern: /\b(marketing|growth|demand gen\w*|content)\b/i,
    },
    {
      name: 'customer success',
      plural: 'customer-facing roles',
      pattern: /\b(customer|support|success)\b/i,
    },
  ];

/** "Hiring 2 engineers (Senior Backend Engineer, Mobile Engineer) — they are building". */
export function describeRoles(roles: readonly string[]): string | undefined {
  let best: { plural: string; titles: string[]; after?: string } | undefined;
  for (const fn of ROLE_FUNCTIONS) {
    const titles = roles.filter((r) => fn.pattern.test(r));
    if (titles.length > (best?.titles.length ?? 0))
      best = { plural: fn.plural, titles, ...(fn.after && { after: fn.after }) };
  }
  if (!best) return undefined;
  const first = best.titles.slice(0, 2).map((t) => tidy(t, 60));
  const rest = best.titles.length - first.length;
  const shown = rest > 0 ? `${first.join(', ')} and ${rest} more` : and(first);
  const head =
    best.titles.length === 1
      ? `Hiring a ${shown}`
      : `Hiring ${best.titles.length} ${best.plural} (${shown})`;
  return best.after ? `${head} — ${best.after}` : head;
}

/** What the company's facts give to talk about, each with its words and preferred ICP text. */
export function factNotes(facts: CompanyFacts, result: ScoreResult, year: number): FactNote[] {
  const notes: FactNote[] = [];
  const add = (note: FactNote) => notes.push(note);

  const openRoles = facts.hiring?.value.openRoles;
  const byFunction = describeRoles(facts.hiring?.value.roles ?? []);
  if (openRoles !== undefined && openRoles > 0) {
    const roles = `${openRoles.toLocaleString('en-US')} open ${openRoles === 1 ? 'role' : 'roles'}`;
    add({
      fact: 'hiring',
      specificity: 6,
      sentence: byFunction ?? `Has ${roles}`,
      basis: `Hiring: ${roles}`,
      opening: byFunction
        ? byFunction.charAt(0).toLowerCase() + byFunction.slice(1)
        : `has ${roles}`,
      topics: topics('hire hiring hired headcount grow growing growth new starters onboard team'),
      prefer: ['pains', 'goals', 'valueProps'],
    });
  }

  const funding = facts.funding?.value;
  const stage = funding?.stage && tidy(funding.stage, 60);
  if (funding && (stage || funding.amountUsd !== undefined)) {
    const described = tidy(describeFunding({ ...funding, ...(stage && { stage }) }), 120);
    add({
      fact: 'funding',
      specificity: 5.5,
      sentence: `Latest funding: ${described}`,
      basis: `Funding: ${described}`,
      opening: fundingOpening(stage, funding.amountUsd),
      topics: topics('growth grow scale scaling investors board enterprise audit expansion'),
      prefer: ['goals', 'pains', 'valueProps'],
    });
  }

  const keywordHit = result.criteria.find(
    (c) => c.field === 'keywords' && c.band !== undefined && c.matched?.[0] && c.evidence,
  );
  const keyword = keywordHit?.matched?.[0] && tidy(keywordHit.matched[0], 60);
  if (keywordHit?.evidence && keyword) {
    const where = keywordHit.evidence.text.split(':')[0] ?? 'description';
    const quote = tidy(keywordHit.evidence.text, 180);
    add({
      fact: 'keywords',
      specificity: 4.5,
      sentence: `Their ${where} ${where === 'specialties' ? 'include' : 'mentions'} "${keyword}"`,
      basis: quote.charAt(0).toUpperCase() + quote.slice(1),
      opening: `mentions "${keyword}" in its ${where}`,
      topics: topics(keyword, quote),
      prefer: ['valueProps', 'pains', 'goals'],
    });
  }

  const specialties = (facts.specialties?.value ?? []).map((s) => tidy(s, 40)).filter(Boolean);
  const hitInSpecialties = keywordHit?.evidence?.text.startsWith('specialties');
  if (specialties.length > 0 && !hitInSpecialties) {
    const foreign = specialties.some(foreignText);
    // In another language the page's words are quoted as written, not read as English.
    const shown = (n: number) =>
      foreign ? quote(specialties.slice(0, n).join(', ')) : and(specialties.slice(0, n));
    add({
      fact: 'specialties',
      specificity: 4.2,
      sentence: foreign
        ? `Their specialties, as the page writes them: ${shown(3)}`
        : `Lists ${shown(3)} among their specialties`,
      basis: `Specialties: ${specialties.slice(0, 5).join(', ')}`,
      opening: foreign
        ? `lists ${shown(2)} (their words) among its specialties`
        : `lists ${shown(2)} among its specialties`,
      topics: topics(...specialties),
      prefer: ['valueProps', 'pains', 'goals'],
    });
  }

  const inCommon = result.criteria.find((c) => c.field === 'technologies' && c.matched)?.matched;
  const technologies = [...new Set([...(inCommon ?? []), ...(facts.technologies?.value ?? [])])]
    .map((t) => tidy(t, 40))
    .filter(Boolean);
  if (technologies.length > 0) {
    add({
      fact: 'technologies',
      specificity: 4,
      sentence: `Runs ${and(technologies.slice(0, 3))}`,
      basis: `Technologies: ${technologies.slice(0, 5).join(', ')}`,
      opening: `runs ${and(technologies.slice(0, 2))}`,
      topics: topics(
        ...technologies,
        'tools stack integrate integration identity provider already',
      ),
      prefer: ['valueProps', 'goals', 'pains'],
    });
  }

  const tagline = facts.tagline && tidy(facts.tagline.value, 120);
  if (tagline) {
    add({
      fact: 'tagline',
      specificity: 3.4,
      // Quoted without its own full stop: the sentence goes on after the quote.
      sentence: foreignText(tagline)
        ? `Describes itself, in its own language, as ${quote(tagline)}`
        : `Describes itself as "${bare(tagline)}"`,
      basis: `Tagline: "${tagline}"`,
      opening: `describes itself as "${bare(tagline)}"`,
      topics: topics(tagline),
      prefer: ['valueProps', 'goals', 'pains'],
    });
  }

  const employees = facts.employees && `${formatRange(facts.employees.value)} employees`;
  if (employees) {
    add({
      fact: 'employees',
      specificity: 3,
      sentence: `Has ${employees}`,
      basis: `Company size: ${employees}`,
      opening: `has ${employees}`,
      topics: topics('team headcount employees people staff small size grow growing hire'),
      prefer: ['pains', 'valueProps', 'goals'],
    });
  }

  const industry = facts.industry && tidy(facts.industry.value, 80);
  if (industry) {
    add({
      fact: 'industry',
      specificity: 2.5,
      sentence: `Works in ${industry}`,
      basis: `Industry: ${industry}`,
      opening: `works in ${industry}`,
      topics: topics(industry, 'customers enterprise regulated'),
      prefer: ['pains', 'goals', 'valueProps'],
    });
  }

  const revenue = facts.revenue && formatRange(facts.revenue.value, formatMoney);
  if (revenue) {
    add({
      fact: 'revenue',
      specificity: 2.4,
      sentence: `Revenue of about ${revenue}`,
      basis: `Revenue: ${revenue}`,
      opening: `has about ${revenue} in revenue`,
      topics: topics('enterprise budget revenue customers'),
      prefer: ['goals', 'valueProps', 'pains'],
    });
  }

  const founded = facts.founded?.value;
  if (founded !== undefined) {
    const age = year - founded;
    add({
      fact: 'founded',
      specificity: 2,
      sentence:
        age >= 2
          ? `Founded in ${founded}, ${age} years ago`
          : `Founded in ${founded}, a young company`,
      basis: `Founded: ${founded}`,
      opening: `was founded in ${founded}`,
      topics: topics('culture grow growth fast young modern legacy'),
      prefer: ['goals', 'pains', 'valueProps'],
    });
  }

  const hq = facts.headquarters?.value;
  const country = hq?.country ? countryName(hq.country) : undefined;
  const place = [hq?.city && tidy(hq.city, 60), country].filter(Boolean).join(', ');
  if (place) {
    add({
      fact: 'headquarters',
      specificity: 1.5,
      sentence: `Headquartered in ${hq?.city ? place : countryInSentence(hq?.country ?? '')}`,
      basis: `Headquarters: ${place}`,
      opening: `is headquartered in ${hq?.city ? tidy(hq.city, 60) : countryInSentence(hq?.country ?? '')}`,
      topics: topics(place, 'offices regional languages time zones'),
      prefer: ['goals', 'valueProps', 'pains'],
    });
  }
  return notes;
}

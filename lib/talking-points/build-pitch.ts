import type { CompanyFacts, Range } from '../facts';
import type { Icp } from '../icp/schema';
import type { ScoreResult } from '../scoring/types';
import type { Pitch, TalkingPoint } from './types';

const MAX_POINTS = 5;
const MAX_TEXT = 400;

const clip = (text: string, max = MAX_TEXT) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export function formatRange(range: Range): string {
  const n = (v: number) => v.toLocaleString('en-US');
  return range.max === undefined
    ? `${n(range.min)}+`
    : range.min === range.max
      ? n(range.min)
      : `${n(range.min)}–${n(range.max)}`;
}

/** The values a criterion's `talkingPoint` may name as {placeholders}. */
function placeholders(facts: CompanyFacts): Record<string, string | undefined> {
  const hq = facts.headquarters?.value;
  return {
    name: facts.name?.value,
    industry: facts.industry?.value,
    employees: facts.employees && formatRange(facts.employees.value),
    city: hq?.city,
    country: hq?.country,
    founded: facts.founded && String(facts.founded.value),
    specialties: facts.specialties?.value.slice(0, 3).join(', '),
    technologies: facts.technologies?.value.slice(0, 3).join(', '),
    openRoles: facts.hiring?.value.openRoles?.toString(),
  };
}

/** Fills {placeholders}; undefined when one has no value (the point would be filler). */
function fill(template: string, values: Record<string, string | undefined>): string | undefined {
  let complete = true;
  const text = template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (!value) complete = false;
    return value ?? '';
  });
  return complete ? text : undefined;
}

const pick = <T>(list: readonly T[], i: number): T | undefined =>
  list[i % Math.max(list.length, 1)];

/** Points built from what the page shows, each tied to one ICP pain, goal or value prop. */
function factPoints(icp: Icp, facts: CompanyFacts, result: ScoreResult): TalkingPoint[] {
  const points: TalkingPoint[] = [];
  const keywordHit = result.criteria.find((c) => c.field === 'keywords' && c.band !== undefined);
  if (facts.specialties && facts.specialties.value.length > 0) {
    const list = facts.specialties.value.slice(0, 3).join(', ');
    const prop = pick(icp.valueProps, 0);
    if (prop)
      points.push({
        text: `They list ${list} among their specialties — ${lowerFirst(prop)}.`,
        basis: `Specialties: ${list}`,
      });
  } else if (keywordHit?.evidence) {
    const prop = pick(icp.valueProps, 0);
    if (prop)
      points.push({
        text: `Their page says ${keywordHit.evidence.text} — ${lowerFirst(prop)}.`,
        basis: keywordHit.evidence.text,
      });
  }
  if (facts.hiring?.value.openRoles) {
    const n = facts.hiring.value.openRoles;
    const pain = pick(icp.pains, 2);
    if (pain)
      points.push({
        text: `Hiring ${n} open roles right now: ${lowerFirst(pain)} is likely on their mind.`,
        basis: `Hiring: ${facts.hiring.evidence}`,
      });
  }
  if (facts.employees) {
    const band = formatRange(facts.employees.value);
    const pain = pick(icp.pains, 0);
    if (pain)
      points.push({
        text: `At ${band} employees: ${lowerFirst(pain)}.`,
        basis: `Company size: ${facts.employees.evidence}`,
      });
  }
  if (facts.technologies && facts.technologies.value.length > 0) {
    const tech = facts.technologies.value.slice(0, 3).join(', ');
    const prop = pick(icp.valueProps, 1);
    if (prop)
      points.push({
        text: `They run ${tech} — ${lowerFirst(prop)}.`,
        basis: `Technologies: ${tech}`,
      });
  }
  if (facts.founded) {
    const age = new Date().getFullYear() - facts.founded.value;
    const goal = pick(icp.goals, 1);
    if (goal && age >= 0)
      points.push({
        text: `Founded in ${facts.founded.value} (${age} years in): ${lowerFirst(goal)}.`,
        basis: `Founded: ${facts.founded.evidence}`,
      });
  }
  const hq = facts.headquarters?.value;
  if (hq?.city || hq?.country) {
    const place = [hq.city, hq.country].filter(Boolean).join(', ');
    const goal = pick(icp.goals, 0);
    if (goal)
      points.push({
        text: `From ${place}, with teams likely across time zones: ${lowerFirst(goal)}.`,
        basis: `Headquarters: ${facts.headquarters?.evidence}`,
      });
  }
  return points;
}

function openingLine(icp: Icp, facts: CompanyFacts, points: readonly TalkingPoint[]): string {
  const name = facts.name?.value ?? 'your team';
  const persona = icp.personas[0]?.title;
  const greeting = persona ? `Hi — as ${persona} at ${name}` : `Hi — at ${name}`;
  const size = facts.employees ? `, with ${formatRange(facts.employees.value)} people` : '';
  const pain = icp.pains[0];
  const goal = icp.goals[0];
  if (pain)
    return clip(
      `${greeting}${size}, is ${lowerFirst(pain)} something you are dealing with? ${goal ? `We help teams like yours ${lowerFirst(goal)}.` : ''}`.trim(),
    );
  const first = points[0];
  return clip(`${greeting}${size}: ${first ? lowerFirst(first.text) : 'worth a short call?'}`);
}

/**
 * Talking points for one company and ICP: the ICP's own per-criterion texts where the criterion
 * matched, then points that tie a fact from the page to a pain, goal or value prop. Every point
 * names the fact it builds on; with few facts there are few points, never filler.
 */
export function buildPitch(icp: Icp, facts: CompanyFacts, result: ScoreResult): Pitch {
  const values = placeholders(facts);
  const fromCriteria: TalkingPoint[] = result.criteria.flatMap((c) => {
    const template = icp.criteria[c.index]?.talkingPoint;
    if (
      !template ||
      c.mode !== 'score' ||
      (c.verdict !== 'matched' && c.verdict !== 'partial') ||
      !c.evidence
    )
      return [];
    const text = fill(template, values);
    return text ? [{ text, basis: c.evidence.text }] : [];
  });
  const seen = new Set<string>();
  const points = [...fromCriteria, ...factPoints(icp, facts, result)]
    .map((p) => ({ text: clip(p.text), basis: clip(p.basis, 200) }))
    .filter((p) => !seen.has(p.text) && seen.add(p.text))
    .slice(0, MAX_POINTS);
  return { points, openingLine: openingLine(icp, facts, points) };
}

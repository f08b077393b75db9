/** From accepted proposals to an ICP. */
import { FIELD_LABELS } from '../criteria/labels';
import {
  CRITERION_FIELDS,
  type Criterion,
  ICP_FORMAT,
  type Icp,
  icpSchema,
} from '../criteria/schema';
import type { IcpProposal, ProposedCriterion } from './builder-types';

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

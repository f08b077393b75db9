/**
 * What changed between two versions of an ICP, in words a sales lead reads in a version history:
 * "Company size: band 201–500 credit 1 → 0.5", "Added criterion Technologies", "Tier Best fit:
 * 80 → 75". Pure.
 */

import { criterionLabel } from '../criteria/labels';
import {
  type Band,
  type Criterion,
  type CriterionField,
  type Icp,
  NUMBER_FIELDS,
} from '../criteria/schema';
import { changeInEnglish, summarize } from './diff-english';

/** Which list of an ICP's story a text entry belongs to. */
export type StoryList = 'pain' | 'goal' | 'value proposition' | 'persona';

/**
 * One change between two ICP versions as a code with its parameters, for the UI to word in its
 * language (`changes` has the English lines). `criterion` is the criterion's label (the ICP's own
 * text or the field's English name) with its `field`; bands are the ICP's own band values; numbers
 * (weights, credits 0–1, tier minimum scores 0–100) as written in the file.
 */
export type IcpChange =
  | { code: 'renamed'; from: string; to: string }
  | { code: 'description-edited' }
  | { code: 'unknown-credit'; from: number; to: number }
  | { code: 'stale-facts'; unknown: boolean }
  | { code: 'tier-added' | 'tier-removed'; tier: string; minScore: number }
  | { code: 'tier-min-score'; tier: string; from: number; to: number }
  | { code: 'criterion-renamed'; from: string; to: string }
  | { code: 'weight'; criterion: string; from: number; to: number }
  | {
      code: 'band-values';
      criterion: string;
      field: CriterionField;
      from: Band;
      to: Band;
      added: string[];
      removed: string[];
    }
  | {
      code: 'band-credit';
      criterion: string;
      field: CriterionField;
      band: Band;
      from: number;
      to: number;
    }
  | { code: 'band-added' | 'band-removed'; criterion: string; field: CriterionField; band: Band }
  | { code: 'bands-reordered'; criterion: string }
  | { code: 'talking-point'; criterion: string; change: 'added' | 'removed' | 'edited' }
  | { code: 'criterion-added' | 'criterion-removed'; criterion: string; mode: Criterion['mode'] }
  | { code: 'story-added' | 'story-removed'; list: StoryList; text: string };

export interface IcpDiff {
  /** One structured change per line of `changes`, in the same order. */
  items: IcpChange[];
  /** One line per change, in the order of the file (name, tiers, criteria, texts). */
  changes: string[];
  /** One line for a version's default change note, e.g. "Tier Best fit: 80 → 75; and 2 more changes". */
  summary: string;
}

const sameSet = (a: readonly string[] = [], b: readonly string[] = []) =>
  a.length === b.length && a.every((v) => b.includes(v));

const sameValues = (a: Band, b: Band) =>
  sameSet(a.in, b.in) && a.min === b.min && a.max === b.max && !a.in === !b.in;

const isList = (band: Band) => band.in !== undefined;

/** Band changes of one criterion present in both versions. */
function bandChanges(label: string, field: CriterionField, a: Band[], b: Band[]): IcpChange[] {
  const changes: IcpChange[] = [];
  const criterion = label;
  const pairs: [Band | undefined, Band | undefined][] = [];
  const leftA = new Set(a.map((_, i) => i));
  const leftB = new Set(b.map((_, i) => i));
  // Same values first (wherever they moved), then what is left by position when of one kind.
  for (const i of leftA) {
    const j = [...leftB].find((k) => sameValues(a[i] as Band, b[k] as Band));
    if (j === undefined) continue;
    pairs.push([a[i], b[j]]);
    leftA.delete(i);
    leftB.delete(j);
  }
  for (const i of [...leftA]) {
    const j = [...leftB].find((k) => isList(a[i] as Band) === isList(b[k] as Band));
    if (j === undefined) continue;
    pairs.push([a[i], b[j]]);
    leftA.delete(i);
    leftB.delete(j);
  }
  for (const [x, y] of pairs) {
    if (!x || !y) continue;
    if (!sameValues(x, y)) {
      const inLists = Boolean(x.in && y.in && !NUMBER_FIELDS.includes(field));
      const added = inLists ? (y.in ?? []).filter((v) => !x.in?.includes(v)) : [];
      const removed = inLists ? (x.in ?? []).filter((v) => !y.in?.includes(v)) : [];
      changes.push({ code: 'band-values', criterion, field, from: x, to: y, added, removed });
    }
    if (x.credit !== y.credit)
      changes.push({
        code: 'band-credit',
        criterion,
        field,
        band: y,
        from: x.credit,
        to: y.credit,
      });
  }
  for (const i of leftA)
    changes.push({ code: 'band-removed', criterion, field, band: a[i] as Band });
  for (const j of leftB) changes.push({ code: 'band-added', criterion, field, band: b[j] as Band });
  const orderA = pairs.map(([x]) => a.indexOf(x as Band));
  const orderB = pairs.map(([, y]) => b.indexOf(y as Band));
  const rank = (list: number[]) => list.map((v) => list.filter((w) => w < v).length).join();
  if (leftA.size === 0 && leftB.size === 0 && rank(orderA) !== rank(orderB))
    changes.push({ code: 'bands-reordered', criterion });
  return changes;
}

/** Pairs criteria of the two versions: same field, mode and label first, then field and mode. */
function pairCriteria(a: readonly Criterion[], b: readonly Criterion[]) {
  const leftB = new Set(b.map((_, i) => i));
  const pairs: [number, number][] = [];
  const unmatchedA: number[] = [];
  const tries = [
    (x: Criterion, y: Criterion) =>
      x.field === y.field && x.mode === y.mode && criterionLabel(x) === criterionLabel(y),
    (x: Criterion, y: Criterion) => x.field === y.field && x.mode === y.mode,
  ];
  let leftA = a.map((_, i) => i);
  for (const same of tries) {
    const still: number[] = [];
    for (const i of leftA) {
      const j = [...leftB].find((k) => same(a[i] as Criterion, b[k] as Criterion));
      if (j === undefined) still.push(i);
      else {
        pairs.push([i, j]);
        leftB.delete(j);
      }
    }
    leftA = still;
  }
  unmatchedA.push(...leftA);
  return { pairs, removed: unmatchedA, added: [...leftB] };
}

function listChanges(list: StoryList, a: readonly string[], b: readonly string[]): IcpChange[] {
  const changes: IcpChange[] = [];
  for (const text of a) if (!b.includes(text)) changes.push({ code: 'story-removed', list, text });
  for (const text of b) if (!a.includes(text)) changes.push({ code: 'story-added', list, text });
  return changes;
}

/** The changes from version `a` to version `b`, structured and in English, and a summary. */
export function diffIcp(a: Icp, b: Icp): IcpDiff {
  const items: IcpChange[] = [];
  if (a.name !== b.name) items.push({ code: 'renamed', from: a.name, to: b.name });
  if ((a.description ?? '') !== (b.description ?? '')) items.push({ code: 'description-edited' });
  if (a.unknownCredit !== b.unknownCredit)
    items.push({ code: 'unknown-credit', from: a.unknownCredit, to: b.unknownCredit });
  if (Boolean(a.staleFactsUnknown) !== Boolean(b.staleFactsUnknown))
    items.push({ code: 'stale-facts', unknown: Boolean(b.staleFactsUnknown) });

  for (const tier of a.tiers) {
    const other = b.tiers.find((t) => t.name === tier.name);
    if (!other) items.push({ code: 'tier-removed', tier: tier.name, minScore: tier.minScore });
    else if (other.minScore !== tier.minScore)
      items.push({
        code: 'tier-min-score',
        tier: tier.name,
        from: tier.minScore,
        to: other.minScore,
      });
  }
  for (const tier of b.tiers)
    if (!a.tiers.some((t) => t.name === tier.name))
      items.push({ code: 'tier-added', tier: tier.name, minScore: tier.minScore });

  const { pairs, removed, added } = pairCriteria(a.criteria, b.criteria);
  const criterionChanges: { at: number; lines: IcpChange[] }[] = [];
  for (const [i, j] of pairs) {
    const x = a.criteria[i] as Criterion;
    const y = b.criteria[j] as Criterion;
    const label = criterionLabel(y);
    const lines: IcpChange[] = [];
    if (criterionLabel(x) !== label)
      lines.push({ code: 'criterion-renamed', from: criterionLabel(x), to: label });
    if (x.weight !== y.weight && x.mode === 'score')
      lines.push({ code: 'weight', criterion: label, from: x.weight, to: y.weight });
    lines.push(...bandChanges(label, y.field, x.bands, y.bands));
    if ((x.talkingPoint ?? '') !== (y.talkingPoint ?? ''))
      lines.push({
        code: 'talking-point',
        criterion: label,
        change: !x.talkingPoint ? 'added' : !y.talkingPoint ? 'removed' : 'edited',
      });
    criterionChanges.push({ at: j, lines });
  }
  for (const j of added) {
    const c = b.criteria[j] as Criterion;
    criterionChanges.push({
      at: j,
      lines: [{ code: 'criterion-added', criterion: criterionLabel(c), mode: c.mode }],
    });
  }
  for (const i of removed) {
    const c = a.criteria[i] as Criterion;
    criterionChanges.push({
      at: b.criteria.length + i,
      lines: [{ code: 'criterion-removed', criterion: criterionLabel(c), mode: c.mode }],
    });
  }
  criterionChanges.sort((x, y) => x.at - y.at);
  for (const c of criterionChanges) items.push(...c.lines);

  items.push(...listChanges('pain', a.pains, b.pains));
  items.push(...listChanges('goal', a.goals, b.goals));
  items.push(...listChanges('value proposition', a.valueProps, b.valueProps));
  items.push(
    ...listChanges(
      'persona',
      a.personas.map((p) => p.title),
      b.personas.map((p) => p.title),
    ),
  );
  const changes = items.map(changeInEnglish);
  return { items, changes, summary: summarize(changes) };
}

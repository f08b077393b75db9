/**
 * What changed between two versions of an ICP, in words a sales lead reads in a version history:
 * "Company size: band 201–500 credit 1 → 0.5", "Added criterion Technologies", "Tier Best fit:
 * 80 → 75". Pure.
 */

import { criterionLabel, describeRange } from '../criteria/labels';
import {
  type Band,
  type Criterion,
  type CriterionField,
  type Icp,
  NUMBER_FIELDS,
} from '../criteria/schema';
import { clip } from '../format';

export interface IcpDiff {
  /** One line per change, in the order of the file (name, tiers, criteria, texts). */
  changes: string[];
  /** One line for a version's default change note, e.g. "Tier Best fit: 80 → 75; and 2 more changes". */
  summary: string;
}

const num = (n: number) => String(Math.round(n * 1000) / 1000);

/** A band's values without its credit: "201–500", "US, North America", "Series A". */
function bandText(field: CriterionField, band: Band): string {
  const parts: string[] = [];
  if (band.in) parts.push(clip(band.in.join(', '), 80));
  if (band.min !== undefined || band.max !== undefined) {
    const unit = field === 'founded' ? String : undefined;
    parts.push(unit ? describeRange(band.min, band.max, unit) : describeRange(band.min, band.max));
  }
  return parts.join(' ');
}

const sameSet = (a: readonly string[] = [], b: readonly string[] = []) =>
  a.length === b.length && a.every((v) => b.includes(v));

const sameValues = (a: Band, b: Band) =>
  sameSet(a.in, b.in) && a.min === b.min && a.max === b.max && !a.in === !b.in;

const isList = (band: Band) => band.in !== undefined;

/** Band changes of one criterion present in both versions. */
function bandChanges(label: string, field: CriterionField, a: Band[], b: Band[]): string[] {
  const changes: string[] = [];
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
    const before = bandText(field, x);
    const after = bandText(field, y);
    if (!sameValues(x, y)) {
      if (x.in && y.in && !NUMBER_FIELDS.includes(field)) {
        const added = y.in.filter((v) => !x.in?.includes(v));
        const removed = x.in.filter((v) => !y.in?.includes(v));
        const what = [
          added.length > 0 ? `added ${clip(added.join(', '), 80)}` : '',
          removed.length > 0 ? `removed ${clip(removed.join(', '), 80)}` : '',
        ].filter(Boolean);
        changes.push(`${label}: band ${before}: ${what.join(', ')}`);
      } else {
        changes.push(`${label}: band ${before} → ${after}`);
      }
    }
    if (x.credit !== y.credit)
      changes.push(`${label}: band ${after} credit ${num(x.credit)} → ${num(y.credit)}`);
  }
  for (const i of leftA) {
    const band = a[i] as Band;
    changes.push(`${label}: removed band ${bandText(field, band)}`);
  }
  for (const j of leftB) {
    const band = b[j] as Band;
    changes.push(`${label}: added band ${bandText(field, band)} (credit ${num(band.credit)})`);
  }
  const orderA = pairs.map(([x]) => a.indexOf(x as Band));
  const orderB = pairs.map(([, y]) => b.indexOf(y as Band));
  const rank = (list: number[]) => list.map((v) => list.filter((w) => w < v).length).join();
  if (leftA.size === 0 && leftB.size === 0 && rank(orderA) !== rank(orderB))
    changes.push(`${label}: bands reordered`);
  return changes;
}

const MODE_WORDS = { score: '', require: 'rule ', exclude: 'exclusion ' } as const;

function criterionName(c: Criterion): string {
  return `${MODE_WORDS[c.mode]}${criterionLabel(c)}`;
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

function listChanges(noun: string, a: readonly string[], b: readonly string[]): string[] {
  const changes: string[] = [];
  for (const item of a) if (!b.includes(item)) changes.push(`Removed ${noun} “${clip(item, 60)}”`);
  for (const item of b) if (!a.includes(item)) changes.push(`Added ${noun} “${clip(item, 60)}”`);
  return changes;
}

/** The changes from version `a` to version `b`, and a one-line summary of them. */
export function diffIcp(a: Icp, b: Icp): IcpDiff {
  const changes: string[] = [];
  if (a.name !== b.name) changes.push(`Renamed “${clip(a.name, 60)}” → “${clip(b.name, 60)}”`);
  if ((a.description ?? '') !== (b.description ?? '')) changes.push('Description edited');
  if (a.unknownCredit !== b.unknownCredit)
    changes.push(`Credit for unknown facts: ${num(a.unknownCredit)} → ${num(b.unknownCredit)}`);
  if (Boolean(a.staleFactsUnknown) !== Boolean(b.staleFactsUnknown))
    changes.push(
      b.staleFactsUnknown ? 'Stale facts now count as unknown' : 'Stale facts count as known again',
    );

  for (const tier of a.tiers) {
    const other = b.tiers.find((t) => t.name === tier.name);
    if (!other) changes.push(`Removed tier ${tier.name} (${tier.minScore})`);
    else if (other.minScore !== tier.minScore)
      changes.push(`Tier ${tier.name}: ${num(tier.minScore)} → ${num(other.minScore)}`);
  }
  for (const tier of b.tiers)
    if (!a.tiers.some((t) => t.name === tier.name))
      changes.push(`Added tier ${tier.name} (${tier.minScore})`);

  const { pairs, removed, added } = pairCriteria(a.criteria, b.criteria);
  const criterionChanges: { at: number; lines: string[] }[] = [];
  for (const [i, j] of pairs) {
    const x = a.criteria[i] as Criterion;
    const y = b.criteria[j] as Criterion;
    const label = criterionLabel(y);
    const lines: string[] = [];
    if (criterionLabel(x) !== label)
      lines.push(`Renamed criterion ${criterionLabel(x)} → ${label}`);
    if (x.weight !== y.weight && x.mode === 'score')
      lines.push(`${label}: weight ${num(x.weight)} → ${num(y.weight)}`);
    lines.push(...bandChanges(label, y.field, x.bands, y.bands));
    if ((x.talkingPoint ?? '') !== (y.talkingPoint ?? ''))
      lines.push(
        !x.talkingPoint
          ? `${label}: added talking point`
          : !y.talkingPoint
            ? `${label}: removed talking point`
            : `${label}: talking point edited`,
      );
    criterionChanges.push({ at: j, lines });
  }
  for (const j of added)
    criterionChanges.push({
      at: j,
      lines: [`Added criterion ${criterionName(b.criteria[j] as Criterion)}`],
    });
  for (const i of removed)
    criterionChanges.push({
      at: b.criteria.length + i,
      lines: [`Removed criterion ${criterionName(a.criteria[i] as Criterion)}`],
    });
  criterionChanges.sort((x, y) => x.at - y.at);
  for (const c of criterionChanges) changes.push(...c.lines);

  changes.push(...listChanges('pain', a.pains, b.pains));
  changes.push(...listChanges('goal', a.goals, b.goals));
  changes.push(...listChanges('value proposition', a.valueProps, b.valueProps));
  changes.push(
    ...listChanges(
      'persona',
      a.personas.map((p) => p.title),
      b.personas.map((p) => p.title),
    ),
  );
  return { changes, summary: summarize(changes) };
}

const SUMMARY_LENGTH = 140;

/** The changes joined with "; " as far as they fit a line, then "and N more changes". */
function summarize(changes: readonly string[]): string {
  if (changes.length === 0) return 'No changes';
  const shown: string[] = [];
  let length = 0;
  for (const change of changes) {
    const rest = changes.length - shown.length - 1;
    const tail = rest > 0 ? `; and ${rest} more change${rest === 1 ? '' : 's'}`.length : 0;
    if (shown.length > 0 && length + 2 + change.length + tail > SUMMARY_LENGTH) break;
    shown.push(change);
    length += (shown.length > 1 ? 2 : 0) + change.length;
  }
  const more = changes.length - shown.length;
  const head = shown.join('; ');
  return more > 0 ? `${head}; and ${more} more change${more === 1 ? '' : 's'}` : head;
}

import fingerprintFile from '../extract/technologies/fingerprints.json';
import { clip, fold } from '../format';
import { valuesPart } from './band-parts';
import { foldedValues } from './category';
import {
  type BandTest,
  type CriterionKind,
  evidenceOf,
  firstBand,
  kind,
  type Matcher,
  UNKNOWN_BAND,
} from './kind';
import { proposalsOf } from './proposal';
import type { Band } from './schema';
import { listOf } from './words';

interface Technology {
  name: string;
  folded: string;
}

/** The technologies a company uses match a band when any of them is in the band's list. */
export const technologiesMatcher: Matcher<Technology[]> = {
  read(facts) {
    const fact = facts.technologies;
    const value = (fact?.value ?? [])
      .filter((name) => name.trim())
      .map((name) => ({ name: name.trim(), folded: fold(name) }));
    if (!fact || value.length === 0) return undefined;
    return {
      value,
      shown: clip(
        listOf(
          value.map((t) => t.name),
          'and',
        ),
        200,
      ),
      parts: [{ kind: 'values', as: 'technology', values: value.map((t) => t.name) }],
      evidence: evidenceOf(fact),
    };
  },
  match(reading, band) {
    const wanted = foldedValues(band);
    const overlap = reading.value.filter((t) => wanted.has(t.folded)).map((t) => t.name);
    if (overlap.length === 0) return undefined;
    const matched = [...new Set(overlap)];
    const text = clip(`uses ${listOf(matched, 'and')}`, 200);
    return {
      evidence: { text, source: reading.evidence.source },
      shown: text,
      parts: [{ kind: 'values', as: 'technology', values: matched }],
      matched,
    };
  },
};

function technologiesTest(bands: readonly Band[]): BandTest {
  const sets = bands.map(foldedValues);
  return (facts) => {
    const folded: string[] = [];
    for (const name of facts.technologies?.value ?? []) if (name.trim()) folded.push(fold(name));
    if (folded.length === 0) return UNKNOWN_BAND;
    return firstBand(sets, (set) => folded.some((t) => set.has(t)));
  };
}

export const technologies = kind({
  shape: 'list',
  label: 'Technologies',
  foundOn: 'website',
  matcher: technologiesMatcher,
  compile: technologiesTest,
  valueKey: (facts) => {
    const list = facts.technologies?.value;
    return list ? list.join('\u0000') : null;
  },
  bandParts: (band) => valuesPart(band, 'technology'),
  talkingPoint: 'We work with {technologies}, which many of our best customers run too.',
  proposalValues: (facts) => proposalsOf(facts.technologies?.value),
  // Every technology the website detector knows.
  suggestions: () =>
    fingerprintFile.technologies.map((t) => t.name).sort((a, b) => a.localeCompare(b)),
} satisfies CriterionKind<Technology[]>);

import { listOf } from '../../criteria/labels';
import { clip, fold } from '../../format';
import { foldedValues } from './category';
import { evidenceOf, type Matcher } from './types';

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
      evidence: evidenceOf(fact),
    };
  },
  match(reading, band) {
    const wanted = foldedValues(band);
    const overlap = reading.value.filter((t) => wanted.has(t.folded)).map((t) => t.name);
    if (overlap.length === 0) return undefined;
    const matched = [...new Set(overlap)];
    const text = clip(`uses ${listOf(matched, 'and')}`, 200);
    return { evidence: { text, source: reading.evidence.source }, shown: text, matched };
  },
};

/**
 * Run in a fresh Node process by `industry-tables.ts`: times the first lookup of an English name
 * (builds the English index), the first of a localized one (splits and folds every language's
 * table), then lookups of names in every language.
 * Prints one JSON line.
 */
import { canonicalIndustry } from '../../lib/normalize/industry';
import { localizedIndustryNames } from '../../lib/normalize/industry-l10n';

let started = performance.now();
canonicalIndustry('Computer Software');
const firstEnglishMs = performance.now() - started;
started = performance.now();
canonicalIndustry('ソフトウェア開発');
const firstLocalMs = performance.now() - started;

const names = localizedIndustryNames().map(([name]) => name);
const rounds = 20;
const t0 = performance.now();
for (let r = 0; r < rounds; r++) for (const name of names) canonicalIndustry(`${name} `);
const perLookupUs = ((performance.now() - t0) * 1000) / (rounds * names.length);
console.log(JSON.stringify({ firstEnglishMs, firstLocalMs, perLookupUs, names: names.length }));

/**
 * Run in a fresh Node process by `industry-tables.ts`: times the first industry lookup (it
 * splits and folds every language's table) and then lookups of names in every language.
 * Prints one JSON line.
 */
import { canonicalIndustry } from '../../lib/normalize/industry';
import { localizedIndustryNames } from '../../lib/normalize/industry-l10n';

const started = performance.now();
canonicalIndustry('ソフトウェア開発');
const firstMs = performance.now() - started;

const names = localizedIndustryNames().map(([name]) => name);
const rounds = 20;
const t0 = performance.now();
for (let r = 0; r < rounds; r++) for (const name of names) canonicalIndustry(`${name} `);
const perLookupUs = ((performance.now() - t0) * 1000) / (rounds * names.length);
console.log(JSON.stringify({ firstMs, perLookupUs, names: names.length }));

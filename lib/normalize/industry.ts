import { fold } from '../text';
import { COARSE_INDUSTRIES } from './industry-crm';
import { localizedIndustryNames } from './industry-l10n';
import { INDUSTRIES, RENAMED } from './industry-names';

export { INDUSTRIES };

let byFolded: Map<string, string> | undefined;
let withoutAnd: Map<string, string> | undefined;
let byLocalName: Map<string, string> | undefined;

/** "computer and network security" → "computer network security": HubSpot drops the "&". */
const dropAnd = (folded: string) =>
  folded
    .replace(/\band\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Every English spelling (current, older, CRM values), folded, → the current English name. */
function lookup(): Map<string, string> {
  if (byFolded) return byFolded;
  byFolded = new Map<string, string>();
  for (const name of INDUSTRIES) byFolded.set(fold(name), name);
  for (const [from, to] of Object.entries(RENAMED)) byFolded.set(fold(from), to);
  for (const [from, to] of Object.entries(COARSE_INDUSTRIES)) {
    const key = fold(from);
    if (!byFolded.has(key)) byFolded.set(key, to);
  }
  withoutAnd = new Map();
  for (const [key, name] of byFolded) {
    const bare = dropAnd(key);
    if (!withoutAnd.has(bare)) withoutAnd.set(bare, name);
  }
  return byFolded;
}

/**
 * Every name in the other UI languages, folded, → the current English name. Built on the first
 * name the English table does not know (some 6,000 names to fold), so English pages and files
 * never pay for it. English spellings, CRM values too, win over a coincidental translation
 * (French "Construction", Spanish "Software": ZoomInfo's group): they are looked up first.
 */
function localLookup(): Map<string, string> {
  if (byLocalName) return byLocalName;
  byLocalName = new Map<string, string>();
  for (const [name, to] of localizedIndustryNames()) {
    const key = fold(name);
    if (key && !byLocalName.has(key)) byLocalName.set(key, to);
  }
  return byLocalName;
}

/**
 * LinkedIn's current English name for an industry written in the older taxonomy ("Computer
 * Software"), with "&" for "and", in another case or without accents, or in any other LinkedIn UI
 * language, current or older name (`INDUSTRY_TABLES`: "ソフトウェア開発", "Yazılım Geliştirme",
 * "Computersoftware"; matched whole, never a word inside a longer name); HubSpot's internal values
 * ("COMPUTER_NETWORK_SECURITY", with or without the "AND" its label's "&" became); coarse CRM
 * values (Salesforce's "Technology", ZoomInfo's "Software") as the LinkedIn group they cover (see
 * `COARSE_INDUSTRIES`). Unknown names come back trimmed, with runs of whitespace collapsed.
 */
export function canonicalIndustry(text: string): string {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (!trimmed || trimmed.length > 300) return trimmed;
  // fold() also turns Persian's zero-width non-joiner ("نرم‌افزار") into the space some pages use.
  const table = lookup();
  // HubSpot's internal values: "COMPUTER_NETWORK_SECURITY", "STAFFING_AND_RECRUITING".
  const words =
    /^[A-Z0-9_]+$/.test(trimmed) && trimmed.includes('_') ? trimmed.replace(/_+/g, ' ') : trimmed;
  const key = fold(words);
  return table.get(key) ?? localLookup().get(key) ?? withoutAnd?.get(dropAnd(key)) ?? trimmed;
}

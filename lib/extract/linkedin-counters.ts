import type { Funding } from '../facts';
import { localizedNumbers } from '../normalize/number';
import { $$, textOf } from './dom';
import { EMPLOYEES, JOBS } from './linkedin-labels';
import type { Found } from './linkedin-top-card';

export interface Counters {
  /** "See all 47 jobs": open roles. */
  jobs?: Found<number>;
  /** "View all 2,431 employees": members who list the company (not its size band). */
  members?: Found<number>;
}

/**
 * Counts the page links to: its open jobs and its people. A link whose short text holds exactly
 * one number and the word for jobs or employees, in any UI language; the list of a size band
 * ("1K-5K employees") has two numbers and is left to the top card.
 */
export function readCounters(doc: Document): Counters {
  const found: Counters = {};
  for (const link of $$(doc, 'main a, aside a')) {
    const text = textOf(link, 80);
    if (text.length > 60 || /\+|以上/.test(text)) continue;
    const numbers = localizedNumbers(text);
    const value = numbers[0]?.value;
    if (numbers.length !== 1 || value === undefined || !Number.isInteger(value)) continue;
    if (JOBS.test(text)) found.jobs ??= { value, text };
    else if (EMPLOYEES.test(text)) found.members ??= { value, text };
  }
  return found;
}

/**
 * The public page's funding box (data from Crunchbase): the last round's text, and its date when
 * a `<time datetime>` gives it. Stage and amount are read from the text by `parseFunding` in the
 * background (`normalizeExtraction`), which keeps this script small.
 */
export function readFunding(doc: Document): Found<Funding> | undefined {
  const box =
    doc.querySelector('[data-test-id="funding"]') ??
    doc.querySelector('a[href*="crunchbase.com"]')?.closest('section');
  if (!box) return undefined;
  const last = box.querySelector('[data-tracking-control-name^="funding_last-round"]');
  const text = textOf(last?.parentElement ?? box, 300);
  const datetime = box.querySelector('time')?.getAttribute('datetime') ?? '';
  const date = /^\d{4}-\d{2}(-\d{2})?/.exec(datetime)?.[0];
  return text ? { value: date ? { date } : {}, text } : undefined;
}

import { isolate } from '@/lib/i18n/bidi';
import { placeText, rangeText } from '../value-words';

/**
 * A list row's firmographics (`ListRow.employees`, `ListRow.hq`, written by `firmographicsOf` in
 * `lib/lists/rows.ts` from the company's facts) in the UI language. The stored listing keeps them as
 * short English-form text ("201–500", "10001+", "Austin, US"), so the table reads that form back
 * into its parts and words them: counts in the language's digits, the country by its CLDR name with
 * the language's separator ("Austin，美国"). Text of another form is shown as stored, isolated.
 */

/** "201–500", "250", "10001+" → the same range in the UI language ("۲۰۱–۵۰۰"). */
export function sizeWords(employees: string): string {
  const range = /^(\d+)(?:(\+)|–(\d+))?$/.exec(employees);
  if (!range) return isolate(employees);
  const min = Number(range[1]);
  if (range[2]) return rangeText(min, undefined);
  return rangeText(min, range[3] === undefined ? min : Number(range[3]));
}

/** "Austin, US" (city, country code) or "US" → "Austin, Hoa Kỳ"; anything else as stored. */
export function headquartersWords(hq: string): string {
  const place = /^(?:(.+), )?([A-Z]{2})$/.exec(hq);
  if (!place?.[2]) return isolate(hq);
  return placeText({ ...(place[1] && { city: place[1] }), country: place[2] });
}

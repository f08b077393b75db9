import type { Range } from '../facts';
import { DATE_LIKE_BANDS } from '../normalize/employee-bands';

/**
 * Values Excel changed when the file was opened and saved: size bands turned into dates ("1-10"
 * typed in a US Excel is stored as 10 January and written "10-Jan" or "1/10/2024"; in a UK Excel
 * as 1 October, "01-Oct" or "01/10/2024"; "11-50" becomes November 1950, "Nov-50") and numbers in
 * scientific notation ("1.5E+07").
 */

/** Month abbreviations Excel writes, English, German, French, Spanish, Dutch, Portuguese. */
const MONTHS: Record<string, number> = {};
for (const [n, names] of [
  [1, 'jan|janv|ene|enero|januar|janeiro'],
  [2, 'feb|févr|fevr|fév|febr|februar|fev'],
  [3, 'mar|mär|mrz|mars|maart|marzo'],
  [4, 'apr|avr|abr|april|avril'],
  [5, 'may|mai|mei|mayo|maio'],
  [6, 'jun|juin|juni|junio|junho'],
  [7, 'jul|juil|juli|julio|julho'],
  [8, 'aug|août|aout|ago|agosto'],
  [9, 'sep|sept|set|septiembre'],
  [10, 'oct|okt|out|octubre'],
  [11, 'nov|noviembre'],
  [12, 'dec|dez|déc|dic|diciembre'],
] as const)
  for (const name of names.split('|')) MONTHS[name] = n;

const DAY_MONTH = /^(\d{1,2})[-\s./]([a-zà-ÿ]{3,9})\.?$/i;
const MONTH_YEAR = /^([a-zà-ÿ]{3,9})\.?[-\s./](\d{2}|\d{4})$/i;
const NUMERIC_DATE = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})(\s+\d{1,2}:\d{2}(:\d{2})?)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})([ T]00:00(:00)?)?$/;

const isBand = (min: number, max: number) =>
  DATE_LIKE_BANDS.some((b) => b.min === min && b.max === max);

/**
 * The size band a date-looking cell was before Excel turned it into a date: `{ range }` when
 * exactly one known band fits (see `DATE_LIKE_BANDS`), `'unreadable'` when the cell is a date
 * but no single band fits (never a day number read as a headcount), `undefined` when the cell
 * is not a date at all.
 */
export function excelDateBand(cell: string): { range: Range } | 'unreadable' | undefined {
  const text = cell.trim();
  let readings: [number, number][] | undefined;
  const dm = DAY_MONTH.exec(text);
  const my = MONTH_YEAR.exec(text);
  const numeric = NUMERIC_DATE.exec(text);
  const iso = ISO_DATE.exec(text);
  if (dm) {
    const month = MONTHS[(dm[2] ?? '').toLowerCase()];
    if (!month) return undefined;
    const day = Number(dm[1]);
    // Typed month-day (US Excel) or day-month (UK and most of the world).
    readings = [
      [month, day],
      [day, month],
    ];
  } else if (my) {
    const month = MONTHS[(my[1] ?? '').toLowerCase()];
    if (!month) return undefined;
    const year = my[2] ?? '';
    if (year.length === 4) return 'unreadable';
    readings = [[month, Number(year)]];
  } else if (numeric) {
    // Excel writes the date in the order it was typed, whatever the locale.
    readings = [[Number(numeric[1]), Number(numeric[2])]];
  } else if (iso) {
    readings = [
      [Number(iso[2]), Number(iso[3])],
      [Number(iso[3]), Number(iso[2])],
    ];
  } else return undefined;
  const fits = readings.filter(([min, max]) => min < max && isBand(min, max));
  const distinct = new Set(fits.map(([min, max]) => `${min}-${max}`));
  const first = fits[0];
  return distinct.size === 1 && first ? { range: { min: first[0], max: first[1] } } : 'unreadable';
}

const SCIENTIFIC = /^\s*[$€£]?\s*(\d+(?:[.,]\d+)?)\s*e\s*\+?(\d{1,2})\s*$/i;

/** A number Excel wrote in scientific notation ("1.5E+07", "3,8E+7"), or undefined. */
export function scientificNumber(cell: string): number | undefined {
  const m = SCIENTIFIC.exec(cell);
  if (!m) return undefined;
  const value = Number(`${(m[1] ?? '').replace(',', '.')}e${m[2]}`);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

import type { Funding } from '../facts';

const STAGE =
  /\b(Pre-Seed|Seed|Angel|Series [A-K]|Venture|Private Equity|Debt Financing|Convertible Note|Grant|Corporate Round|Post-IPO Equity|Post-IPO Debt|IPO)\b/i;
const AMOUNT = /(?:US\$|\$|USD)\s*([\d.,]+)\s*([KMB])?/i;
const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';

/** "Mar 4, 2024" → "2024-03-04". */
function isoDate(text: string): string | undefined {
  const m = /\b([A-Za-z]{3})[a-z]* (\d{1,2}), (\d{4})\b/.exec(text);
  const month = m ? MONTHS.indexOf((m[1] ?? '').toLowerCase()) / 3 + 1 : 0;
  if (!m || month < 1 || !Number.isInteger(month)) return undefined;
  return `${m[3]}-${String(month).padStart(2, '0')}-${(m[2] ?? '').padStart(2, '0')}`;
}

/**
 * The last funding round in the text of LinkedIn's funding box (data from Crunchbase):
 * "Series B · Mar 4, 2024 · US$ 40.0M" → stage, amount in USD and date.
 */
export function parseFunding(text: string): Funding {
  const value: Funding = {};
  const stage = STAGE.exec(text)?.[1];
  if (stage)
    value.stage = stage.replace(/^ipo$/i, 'IPO').replace(/\b[a-z]/g, (c) => c.toUpperCase());
  const amount = AMOUNT.exec(text);
  const n = Number(amount?.[1]?.replace(/,/g, ''));
  const unit = { K: 1e3, M: 1e6, B: 1e9 }[(amount?.[2] ?? '').toUpperCase() as 'K'] ?? 1;
  if (amount && Number.isFinite(n)) value.amountUsd = Math.round(n * unit);
  const date = isoDate(text);
  if (date) value.date = date;
  return value;
}

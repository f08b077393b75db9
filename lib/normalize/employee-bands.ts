import type { Range } from '../facts';

/**
 * LinkedIn's employee-count bands (its company-size filter and the "Company size" line of a
 * company page), as the ICP builder, the editor's presets and file reading use them. The one
 * employee-band table. Source: LinkedIn's company size options (1–10 … 10,001+).
 */
export const EMPLOYEE_BANDS: readonly { min: number; max?: number; label: string }[] = [
  { min: 1, max: 10, label: '1–10' },
  { min: 11, max: 50, label: '11–50' },
  { min: 51, max: 200, label: '51–200' },
  { min: 201, max: 500, label: '201–500' },
  { min: 501, max: 1000, label: '501–1,000' },
  { min: 1001, max: 5000, label: '1,001–5,000' },
  { min: 5001, max: 10000, label: '5,001–10,000' },
  { min: 10001, label: '10,001+' },
];

/**
 * Size bands of CRM and data-tool exports whose two numbers Excel can take for a date: LinkedIn's
 * (2–10 on current pages, 1–10 in Sales Navigator), Apollo's (1–10, 11–20), ZoomInfo's (1–4,
 * 5–9, 10–19) and HubSpot's picklist (1–5, 5–25). A date Excel made of a cell is read back only
 * when it gives one of these.
 */
export const DATE_LIKE_BANDS: readonly Range[] = [
  { min: 1, max: 10 },
  { min: 2, max: 10 },
  { min: 11, max: 50 },
  { min: 11, max: 20 },
  { min: 1, max: 4 },
  { min: 5, max: 9 },
  { min: 10, max: 19 },
  { min: 1, max: 5 },
  { min: 5, max: 25 },
];

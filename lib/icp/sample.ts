import type { Icp } from '../criteria/schema';
import { matchUiLocale, type UiLocale } from '../i18n/locales';
import { parseIcpFile } from './parse';
import faSampleFile from './sample-icp.fa.json';
import sampleFile from './sample-icp.json';
import viSampleFile from './sample-icp.vi.json';
import zhSampleFile from './sample-icp.zh_CN.json';

/** The raw file, e.g. to offer it for download as a starting point. */
export const sampleIcpText = `${JSON.stringify(sampleFile, null, 2)}\n`;

function loadSample(file: unknown, locale: UiLocale): Icp {
  const parsed = parseIcpFile(JSON.stringify(file, null, 2));
  // A broken built-in sample is a build bug; the unit tests catch it before it ships.
  if (!parsed.ok)
    throw new Error(`The built-in sample ICP (${locale}) is invalid: ${parsed.error}`);
  return parsed.icp;
}

/** The built-in sample ICP in English: seeded on first run, and the CLI's ICP when no --icp is given. */
export const sampleIcp: Icp = loadSample(sampleFile, 'en');

/**
 * The sample ICP as a seller writing in each UI language would (`sample-icp.<locale>.json`):
 * the same criteria, bands, weights and tier thresholds as the English sample, its name,
 * description, tier names, criterion labels, talking points, pains, goals, value propositions and
 * personas in the language, and that language as its outreach language. Tier names and labels
 * are those of the localized templates (`templates/<locale>/`) where they mean the same.
 * `test/unit/icp/sample-localized.test.ts` checks each against the English sample.
 */
export const localizedSampleIcps: Readonly<Record<UiLocale, Icp>> = {
  en: sampleIcp,
  vi: loadSample(viSampleFile, 'vi'),
  zh_CN: loadSample(zhSampleFile, 'zh_CN'),
  fa: loadSample(faSampleFile, 'fa'),
};

/**
 * The sample ICP to install for a browser whose UI language is `uiLanguage` (a BCP 47 tag or
 * Chrome locale code, as `browser.i18n.getUILanguage()` gives: "fa", "zh-CN", "vi-VN"): the
 * sample in that language when ICP Lens ships it, else the English sample ("en-GB", "de").
 */
export function sampleIcpFor(uiLanguage: string): Icp {
  return localizedSampleIcps[matchUiLocale(uiLanguage)];
}

/**
 * Talking points in each outreach language: one pitch (opening line and up to five points) for a
 * made-up security company against the security-vendor template written in that language, as
 * the background writes it for every scored tab. Median of 5 runs of 1,000 pitches.
 */

import type { Icp } from '../../lib/criteria/schema';
import { icpTemplate } from '../../lib/icp/templates';
import { localizedTemplate } from '../../lib/icp/templates/localized';
import { scoreCompany } from '../../lib/scoring/score';
import { buildPitch } from '../../lib/talking-points/build-pitch';
import { OUTREACH_LANGUAGES } from '../../lib/talking-points/language';
import { acme, fact } from '../unit/scoring/helpers';
import type { BenchResult } from './run';
import { median } from './stats';

const PITCHES = 1_000;
const RUNS = 5;

const company = {
  ...acme,
  hiring: fact({
    openRoles: 37,
    roles: ['SDR', 'SDR II', 'Account Executive', 'Backend Engineer'],
  }),
};

function templateIn(language: (typeof OUTREACH_LANGUAGES)[number]): Icp {
  const icp =
    language === 'en'
      ? icpTemplate('security-vendor')?.icp
      : localizedTemplate('security-vendor', language)?.icp;
  if (!icp) throw new Error(`no security-vendor template in ${language}`);
  return icp;
}

export async function benchTalkingPoints(): Promise<BenchResult[]> {
  return OUTREACH_LANGUAGES.map((language) => {
    const icp = templateIn(language);
    const result = scoreCompany(icp, company);
    const run = () => {
      const started = performance.now();
      for (let i = 0; i < PITCHES; i++) buildPitch(icp, company, result, { year: 2026 });
      return performance.now() - started;
    };
    run(); // warm-up
    const perPitch = (median(Array.from({ length: RUNS }, run)) / PITCHES) * 1000;
    return {
      name: `Talking points: one pitch in ${language}`,
      value: `${perPitch.toFixed(0)} µs`,
      budget: '1 ms (once per scored tab)',
    };
  });
}

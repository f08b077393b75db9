import { isolate } from '@/lib/i18n/bidi';
import { type MessageKey, t } from './i18n';

/**
 * Funding rounds by Crunchbase's round types (what LinkedIn's funding box shows, read by
 * `lib/normalize/funding.ts`, and the stages the editor offers, `lib/criteria/funding.ts`),
 * keyed by the name in lower case.
 */
const STAGE_KEYS: Readonly<Record<string, MessageKey>> = {
  'pre-seed': 'funding_stage_pre_seed',
  seed: 'funding_stage_seed',
  angel: 'funding_stage_angel',
  venture: 'funding_stage_venture',
  'private equity': 'funding_stage_private_equity',
  'debt financing': 'funding_stage_debt',
  'convertible note': 'funding_stage_convertible_note',
  grant: 'funding_stage_grant',
  'corporate round': 'funding_stage_corporate_round',
  ipo: 'funding_stage_ipo',
  'post-ipo equity': 'funding_stage_post_ipo_equity',
  'post-ipo debt': 'funding_stage_post_ipo_debt',
};

/**
 * A funding round's name in the UI language: "Series B" stays "Series B" in Vietnamese (as
 * Vietnamese sellers and startup press write it), "B轮" in Chinese, "سری B" in Persian; "Seed" is
 * "hạt giống", "种子轮", "بذری". Case and spacing aside ("series  b"). A stage ICP Lens does not
 * know (written freely in an ICP) is shown as written, isolated.
 */
export function fundingStageText(stage: string): string {
  const name = stage.trim().toLowerCase().replace(/\s+/g, ' ');
  const series = /^series ([a-z])$/.exec(name);
  if (series) return t('funding_stage_series', (series[1] as string).toUpperCase());
  const key = STAGE_KEYS[name];
  return key ? t(key) : isolate(stage);
}

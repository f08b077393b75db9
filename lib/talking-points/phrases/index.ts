import type { OutreachLanguage } from '../language';
import type { Phrasebook } from '../phrasebook';
import { english } from './en';
import { persian } from './fa';
import { vietnamese } from './vi';
import { chinese } from './zh-cn';

/** One phrasebook per outreach language: a language without one is a compile error. */
export const PHRASEBOOKS: Readonly<Record<OutreachLanguage, Phrasebook>> = {
  en: english,
  vi: vietnamese,
  zh_CN: chinese,
  fa: persian,
};

/** The phrasebook talking points in `language` are written with. */
export function phrasebook(language: OutreachLanguage): Phrasebook {
  return PHRASEBOOKS[language];
}

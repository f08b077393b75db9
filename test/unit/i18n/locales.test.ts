/**
 * Every shipped locale is complete and well-formed: each key of `en` present, the same
 * placeholders, nothing left in English (brand and technology names excepted), the direction and
 * language tag right. The locales are read from `public/_locales/`, so a new language is tested
 * as soon as its folder exists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textDirection } from '../../../lib/i18n/bidi';
import { type Catalog, parseCatalog, placeholderNames } from '../../../lib/i18n/catalog';
import { languageTag, matchUiLocale, UI_LOCALES } from '../../../lib/i18n/locales';

const LOCALES_DIR = resolve(import.meta.dirname, '../../../public/_locales');
const folders = readdirSync(LOCALES_DIR).sort();
const catalogs = new Map<string, Catalog>(
  folders.map((folder) => [
    folder,
    parseCatalog(JSON.parse(readFileSync(join(LOCALES_DIR, folder, 'messages.json'), 'utf8'))),
  ]),
);
const en = catalogs.get('en')!;
const translations = folders.filter((f) => f !== 'en');

/** Names that stay as they are in every language: brands, products, technologies, acronyms. */
const NAMES_KEPT = [
  'ICP Lens',
  'LinkedIn',
  'HubSpot',
  'Salesforce',
  'Apollo',
  'Enter',
  'ICPs',
  'ICP',
  'ARR',
  'NPS',
  'CSV',
  'CRM',
  '.json',
];
/** Messages that may equal English in a translation, and why. */
const SAME_AS_ENGLISH: Record<string, string> = {
  ui_dir: '"ltr" is the direction of every left-to-right language',
  build_top_n: '"N", the count the user types, is a symbol',
  funding_stage_series:
    'Vietnamese sellers and startup press write the round as in English ("vòng Series A")',
};

/** A message with nothing to translate: only placeholders, names kept, digits and punctuation. */
function nothingToTranslate(message: string): boolean {
  let rest = message.replace(/\$[A-Za-z0-9_@]+\$/g, '');
  for (const name of NAMES_KEPT) rest = rest.split(name).join('');
  return !/\p{L}/u.test(rest);
}

describe('locales', () => {
  it('are the folders of public/_locales, each named in UI_LOCALES', () => {
    expect(folders, 'add the new folder to UI_LOCALES in lib/i18n/locales.ts').toEqual(
      [...UI_LOCALES].sort(),
    );
  });

  it.each(folders)('%s: message names are ones Chrome accepts', (folder) => {
    for (const key of Object.keys(catalogs.get(folder)!)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });

  it.each(translations)('%s: has every key of en and no other', (folder) => {
    const keys = Object.keys(catalogs.get(folder)!);
    const missing = Object.keys(en).filter((k) => !keys.includes(k));
    const extra = keys.filter((k) => !(k in en));
    expect(missing, `missing in ${folder}/messages.json`).toEqual([]);
    expect(extra, `in ${folder}/messages.json but not in en`).toEqual([]);
  });

  it.each(folders)('%s: every placeholder used is defined, as in en', (folder) => {
    const catalog = catalogs.get(folder)!;
    for (const [key, entry] of Object.entries(catalog)) {
      const english = en[key];
      if (!english) continue;
      const used = placeholderNames(entry.message);
      expect(used, `${folder}: ${key} uses other placeholders than en`).toEqual(
        placeholderNames(english.message),
      );
      const defined = Object.keys(entry.placeholders ?? {}).map((n) => n.toUpperCase());
      for (const name of used) expect(defined, `${folder}: ${key} uses $${name}$`).toContain(name);
      const contents = (c: Catalog[string]) =>
        Object.fromEntries(
          Object.entries(c.placeholders ?? {}).map(([n, p]) => [n.toUpperCase(), p.content]),
        );
      expect(contents(entry), `${folder}: ${key} placeholder contents`).toEqual(contents(english));
    }
  });

  it.each(translations)('%s: leaves no message in English', (folder) => {
    const catalog = catalogs.get(folder)!;
    const untranslated = Object.entries(catalog)
      .filter(([key, entry]) => entry.message === en[key]?.message)
      .filter(([key, entry]) => !(key in SAME_AS_ENGLISH) && !nothingToTranslate(entry.message))
      .map(([key]) => key);
    expect(untranslated, `translate these in ${folder}/messages.json`).toEqual([]);
  });

  it.each(folders)('%s: ui_lang names the language and ui_dir its direction', (folder) => {
    const catalog = catalogs.get(folder)!;
    const locale = matchUiLocale(folder);
    expect(catalog.ui_lang?.message).toBe(languageTag(locale));
    const dir = catalog.ui_dir?.message;
    expect(dir).toMatch(/^(ltr|rtl)$/);
    // The translated prose runs in that direction.
    const prose = ['popup_not_company', 'popup_loading', 'options_empty'].map(
      (key) => catalog[key]!.message,
    );
    for (const text of prose) expect(textDirection(text), text).toBe(dir);
  });

  it.each(folders)('%s: every one/other plural pair is complete', (folder) => {
    const keys = Object.keys(catalogs.get(folder)!);
    for (const key of keys.filter((k) => k.endsWith('_one'))) {
      expect(keys, `${key} needs its _other form`).toContain(key.replace(/_one$/, '_other'));
    }
  });
});

describe('nothingToTranslate', () => {
  it('accepts placeholders, names and punctuation only', () => {
    expect(nothingToTranslate('ICP Lens — $COMPANY$: $TIER$ ($SCORE$/100)')).toBe(true);
    expect(nothingToTranslate('$NAME$ ≥ $MIN$')).toBe(true);
  });
  it('rejects any other word', () => {
    expect(nothingToTranslate('ICP: $NAME$ matched')).toBe(false);
    expect(nothingToTranslate('Copy')).toBe(false);
  });
});

describe('matchUiLocale', () => {
  it.each([
    ['en-US', 'en'],
    ['vi', 'vi'],
    ['vi-VN', 'vi'],
    ['zh-CN', 'zh_CN'],
    ['zh_CN', 'zh_CN'],
    ['zh-Hans-CN', 'zh_CN'],
    ['zh-TW', 'zh_CN'],
    ['fa-IR', 'fa'],
    ['FA', 'fa'],
    ['de-DE', 'en'],
    ['', 'en'],
  ])('%s → %s', (tag, locale) => {
    expect(matchUiLocale(tag)).toBe(locale);
  });
});

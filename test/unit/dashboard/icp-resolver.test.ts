import { get, type ResolverOptions } from 'react-hook-form';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { icpResolver } from '@/components/dashboard/editor/icp-resolver';
import type { IcpInput } from '@/lib/criteria/schema';
import { stripIsolates } from '@/lib/i18n/bidi';
import { useShippedLanguage } from '../../harness/shipped-language';

afterEach(() => fakeBrowser.reset());

/** A made-up vendor's ICP as the editor holds it. */
const draft = (): IcpInput => ({
  format: 'icp-lens/icp@1',
  name: 'Fabrikam mid-market logistics',
  tiers: [
    { name: 'Best fit', minScore: 80 },
    { name: 'Good fit', minScore: 60 },
  ],
  criteria: [
    { field: 'industry', weight: 2, bands: [{ in: ['Truck Transportation'], credit: 1 }] },
    { field: 'employees', weight: 3, bands: [{ min: 200, max: 1000, credit: 1 }] },
  ],
});

const options = {
  fields: {},
  shouldUseNativeValidation: false,
  criteriaMode: 'firstError',
  names: [],
} as unknown as ResolverOptions<IcpInput>;

async function messageAt(values: IcpInput, path: string): Promise<string | undefined> {
  const { errors } = await icpResolver(values, undefined, options);
  const error = get(errors, path) as { message?: string; root?: { message?: string } } | undefined;
  const message = error?.message ?? error?.root?.message;
  return message === undefined ? undefined : stripIsolates(message);
}

describe('ICP editor messages', () => {
  it('parse a valid draft with no errors', async () => {
    useShippedLanguage('fa');
    const result = await icpResolver(draft(), undefined, options);
    expect(result.errors).toEqual({});
    expect((result.values as { name: string }).name).toBe('Fabrikam mid-market logistics');
  });

  const creditTooHigh = () => {
    const d = draft();
    (d.criteria[1] as { bands: { credit?: number }[] }).bands[0]!.credit = 7;
    return d;
  };
  const nameEmpty = () => ({ ...draft(), name: '' });
  const minOverMax = () => {
    const d = draft();
    (d.criteria[1] as { bands: { min?: number }[] }).bands[0]!.min = 5000;
    return d;
  };
  const tiersReversed = () => ({ ...draft(), tiers: [...draft().tiers].reverse() });

  it.each([
    ['en', 'criteria[1].bands[0].credit: must be ≤ 1'],
    ['vi', 'criteria[1].bands[0].credit: phải ≤ 1'],
    ['zh_CN', 'criteria[1].bands[0].credit：必须 ≤ 1'],
    ['fa', 'criteria[1].bands[0].credit: باید ≤ ۱ باشد'],
  ] as const)('word a bound under the field in %s', async (locale, expected) => {
    useShippedLanguage(locale);
    expect(await messageAt(creditTooHigh(), 'criteria.1.bands.0.credit')).toBe(expected);
  });

  it.each([
    ['en', 'name: must not be empty'],
    ['vi', 'name: không được để trống'],
    ['zh_CN', 'name：不能为空'],
    ['fa', 'name: نباید خالی باشد'],
  ] as const)('word an empty name in %s', async (locale, expected) => {
    useShippedLanguage(locale);
    expect(await messageAt(nameEmpty(), 'name')).toBe(expected);
  });

  it.each([
    ['en', 'criteria[1].bands[0]: "min" must not be greater than "max"'],
    ['vi', 'criteria[1].bands[0]: "min" không được lớn hơn "max"'],
    ['zh_CN', 'criteria[1].bands[0]："min" 不能大于 "max"'],
    ['fa', 'criteria[1].bands[0]: "min" نباید از "max" بزرگ‌تر باشد'],
  ] as const)(
    'word a band rule of the schema in %s (not its English sentence)',
    async (locale, expected) => {
      useShippedLanguage(locale);
      expect(await messageAt(minOverMax(), 'criteria.1.bands.0')).toBe(expected);
    },
  );

  it('give a list-level rule (tiers out of order) as the list’s root message, in the UI language', async () => {
    useShippedLanguage('zh_CN');
    const message = await messageAt(tiersReversed(), 'tiers');
    expect(message).toMatch(/^tiers：/);
    expect(message).not.toMatch(/must be listed|highest/);
  });

  it('tell a missing number from a wrong one, as the file import does', async () => {
    useShippedLanguage('vi');
    const d = draft();
    (d.criteria[0] as { weight?: unknown }).weight = Number.NaN;
    expect(await messageAt(d, 'criteria.0.weight')).toMatch(/^criteria\[0\]\.weight: /);
    expect(await messageAt(d, 'criteria.0.weight')).not.toMatch(/expected|received|Invalid/);
  });
});

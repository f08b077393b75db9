import { describe, expect, it } from 'vitest';
import { compileKeywords, findFirstKeyword, keywordsMatcher } from '@/lib/criteria/keywords';
import { MAX_ICP_VALUES } from '@/lib/criteria/schema';
import { fold, UNSPACED_SCRIPT } from '@/lib/format';
import { parseIcpFile } from '@/lib/icp/parse';
import { sampleIcp } from '@/lib/icp/sample';

/** The matching rule as it was specified before the trie: first keyword of the list, whole words. */
function reference(folded: string, list: readonly string[]) {
  const boundary = (ch: string | undefined) =>
    ch === undefined || ch === ' ' || UNSPACED_SCRIPT.test(ch);
  for (const original of list) {
    const k = fold(original);
    if (!k) continue;
    const anywhere = UNSPACED_SCRIPT.test(k);
    for (let at = folded.indexOf(k); at !== -1; at = folded.indexOf(k, at + 1))
      if (anywhere || (boundary(folded[at - 1]) && boundary(folded[at + k.length])))
        return { original, at };
  }
  return undefined;
}

describe('keyword matching with one trie per band', () => {
  const texts = [
    'Managed SOC and SIEM for mid-market banks; social media monitoring',
    'We build zero-trust network access. Zero trust, done right.',
    'Phần mềm bảo mật mạng cho doanh nghiệp',
    '网络安全解决方案提供商，专注云安全',
    'socsoc soc-2 SOC 2 compliance',
    '',
  ];
  const lists = [
    ['SOC', 'SIEM'],
    ['social', 'soc'],
    ['zero trust', 'zero-trust network access', 'trust'],
    ['bảo mật', 'phan mem'],
    ['云安全', '网络'],
    ['soc 2', 'SOC-2', 'socsoc'],
    ['nothing here', 'x'],
    ['SOC', 'soc', 'Soc'],
  ];
  it.each(texts)('finds what the word-by-word rule finds in %j', (text) => {
    const folded = fold(text);
    for (const list of lists) {
      const found = findFirstKeyword(folded, compileKeywords(list));
      const expected = reference(folded, list);
      expect(found && { original: found.keyword.original, at: found.at }).toEqual(expected);
    }
  });

  it('scores pages against 200,000 keywords in one pass per text (was quadratic: minutes)', {
    timeout: 20_000,
  }, () => {
    // Tiny keywords sharing their prefix with every word of a long description: the worst case
    // of one indexOf scan per keyword (200,000 × 80,000 characters before the trie).
    const band = { in: [...Array.from({ length: 200_000 }, (_, i) => `xa${i}`), 'xa'], credit: 1 };
    const page = (description: string) => {
      const reading = keywordsMatcher.read({
        description: { value: description, source: 'json-ld', evidence: description },
      });
      if (!reading) throw new Error('no reading');
      return keywordsMatcher.match(reading, band);
    };
    const words = 'xay '.repeat(20_000);
    expect(page(words)).toBeUndefined();
    expect(page(`${words}xa`)?.matched).toEqual(['xa']);
  });
});

describe('what an ICP may hold', () => {
  const withCriteria = (criteria: unknown[]) => JSON.stringify({ ...sampleIcp, criteria });

  it(`rejects more than ${MAX_ICP_VALUES} values in all bands, saying so`, () => {
    const criteria = Array.from({ length: 20 }, (_, c) => ({
      field: 'keywords',
      bands: Array.from({ length: 1 }, () => ({
        in: Array.from({ length: 500 }, (_, i) => `k${c}-${i}`),
      })),
    }));
    const result = parseIcpFile(withCriteria(criteria));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/at most 5,000 values .* this one lists 10,000/);
    expect(parseIcpFile(withCriteria(criteria.slice(0, 10))).ok).toBe(true);
  });

  it('rejects an exact duplicate criterion, naming both', () => {
    const criterion = { field: 'industry', weight: 2, bands: [{ in: ['Retail'], credit: 1 }] };
    const result = parseIcpFile(
      withCriteria([criterion, { field: 'founded', bands: [{ min: 2000 }] }, criterion]),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/criteria\[2\].*same as criteria\[0\]/);
    // The same field twice with different bands or modes is fine (e.g. score and require).
    const require = { ...criterion, mode: 'require' };
    expect(parseIcpFile(withCriteria([criterion, require])).ok).toBe(true);
  });
});

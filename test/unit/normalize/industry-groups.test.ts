import { describe, expect, it } from 'vitest';
import { GROUP_OF, INDUSTRY_GROUPS } from '@/lib/normalize/industry-groups';
import { INDUSTRIES } from '@/lib/normalize/industry-names';

describe('industry groups', () => {
  it('file every current industry in exactly one group, and nothing else', () => {
    const grouped = Object.values(INDUSTRY_GROUPS).flat();
    expect(new Set(grouped).size).toBe(grouped.length);
    expect([...grouped].sort()).toEqual([...INDUSTRIES].sort());
    expect(GROUP_OF.get('Software Development')).toBe('Technology, Information and Media');
  });
});

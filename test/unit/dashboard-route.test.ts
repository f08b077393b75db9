import { describe, expect, it } from 'vitest';
import { parseHash } from '@/components/dashboard/use-hash-route';

describe('dashboard routes', () => {
  it.each([
    ['', { page: 'icps' }],
    ['#companies', { page: 'companies' }],
    ['#/settings', { page: 'settings' }],
    ['#icp/abc-123', { page: 'icp', id: 'abc-123' }],
    ['#icp/new?template=security-vendor', { page: 'icp', template: 'security-vendor' }],
    ['#icp/new', { page: 'icp' }],
    ['#lists', { page: 'lists' }],
    ['#list/4f0c-9a', { page: 'list', id: '4f0c-9a' }],
    ['#nowhere', { page: 'icps' }],
    ['#<script>', { page: 'icps' }],
  ])('%s', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '@/lib/cli/main';
import { MAX_PAGE_DEPTH, pageProblem } from '@/lib/cli/page-limits';

const ROOT = resolve(__dirname, '../../..');
const nested = (depth: number) =>
  `<!doctype html><html><body>${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}</body></html>`;

describe('bounded work per saved page', () => {
  it('accepts every saved page of the fixtures', () => {
    for (const page of [
      'test/fixtures/linkedin/about-en-sentinel-forge.html',
      'test/fixtures/linkedin/about-zh-shenlan-data.html',
      'test/fixtures/sites/de-agency-nordwind-studio.html',
    ])
      expect(pageProblem(readFileSync(resolve(ROOT, page), 'utf8')), page).toBeUndefined();
  });

  it('refuses pages nested deeper than the limit, not lists of unclosed items or voids', () => {
    expect(pageProblem(nested(MAX_PAGE_DEPTH - 10))).toBeUndefined();
    expect(pageProblem(nested(200_000))).toMatch(/nested more than 2048 levels/);
    expect(pageProblem(`<ul>${'<li>item'.repeat(50_000)}</ul>`)).toBeUndefined();
    expect(pageProblem(`<p>${'<br><img src=x><span/>'.repeat(50_000)}</p>`)).toBeUndefined();
    expect(
      pageProblem(`<script>${'"<div>"+'.repeat(50_000)}1</script><!-- ${'<div>'.repeat(5000)} -->`),
    ).toBeUndefined();
  });

  it('extract says so and exits 1 at once', async () => {
    let stderr = '';
    const code = await runCli(
      ['extract', 'deep.html', '--url', 'https://www.linkedin.com/company/deep/'],
      {
        stdout: () => undefined,
        stderr: (t) => {
          stderr += t;
        },
        readFile: () => nested(200_000),
      },
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/Cannot read the page deep\.html: elements are nested more than/);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LINKEDIN_FIXTURES } from '../fixtures/linkedin';

export const FIXTURE_DIR = resolve(import.meta.dirname, '../fixtures/linkedin');

export interface DemoPage {
  file: string;
  /** The real LinkedIn URL the page is served at: the one the fixture index gives, else its
   * canonical link (or og:url). */
  url: string;
  html: string;
}

function canonicalUrl(html: string, file: string): string {
  const link =
    /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(html) ??
    /<link[^>]+href=["']([^"']+)["'][^>]*rel=["']canonical["']/i.exec(html) ??
    /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(html);
  if (!link?.[1]) throw new Error(`${file} has no <link rel="canonical"> or og:url to serve it at`);
  return new URL(link[1]).href;
}

/** A saved page from test/fixtures/linkedin, with the URL it is served at. */
export function fixturePage(file: string): DemoPage {
  const html = readFileSync(join(FIXTURE_DIR, file), 'utf8');
  const known = LINKEDIN_FIXTURES.find((f) => f.file === file)?.url;
  return { file, url: known ?? canonicalUrl(html, file), html };
}

/** The built-in demo companies: `test/fixtures/linkedin/demo-*.html`. */
export function demoPages(): DemoPage[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => /^demo-.*\.html$/.test(f))
    .sort()
    .map(fixturePage);
}

export function routesFor(pages: readonly DemoPage[]): Map<string, string> {
  return new Map(pages.map((p) => [p.url, p.html]));
}

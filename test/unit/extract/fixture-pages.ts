import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';

export const FIXTURE_DIR = resolve(import.meta.dirname, '../../fixtures/linkedin');

/** A saved page as a standards DOM (linkedom), the way the content script sees `document`. */
export function loadPage(file: string): Document {
  const html = readFileSync(join(FIXTURE_DIR, file), 'utf8');
  return parseHTML(html).document as unknown as Document;
}

/** A page from an inline HTML snippet. */
export function pageOf(html: string): Document {
  return parseHTML(`<!DOCTYPE html><html lang="en"><head></head><body>${html}</body></html>`)
    .document as unknown as Document;
}

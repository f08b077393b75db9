import { parseHTML } from 'linkedom';
import { EXTRACTORS, extractorFor } from '../extract';
import { analyzePage } from '../extract/analyze-page';
import { normalizeExtraction } from '../normalize';
import { type CliIo, EXIT, type ExitCode, InputError, readInput } from './io';
import { pageProblem } from './page-limits';

/**
 * `extract <page.html> --url <url>`: what the extension would read from a saved page, after the
 * background's normalisation, as pretty JSON on stdout.
 */
export function extractCommand(io: CliIo, file: string, address: string): ExitCode {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new InputError(`--url ${address} is not an absolute URL (https://…).`);
  }
  const extractor = extractorFor(url);
  if (!extractor) {
    const known = Object.values(EXTRACTORS)
      .map((e) => `${e.id} (e.g. ${e.fixtures[0] ?? '?'})`)
      .join(', ');
    throw new InputError(`No extractor reads ${url.href}. Known page sources: ${known}.`);
  }
  const html = readInput(io, file, 'page');
  const problem = pageProblem(html);
  if (problem) throw new InputError(`Cannot read the page ${file}: ${problem}.`);
  const { document } = parseHTML(html);
  // As the extension reads it: a company website also gets the technologies its code shows.
  const read = analyzePage(document as unknown as Document, url);
  if (!read) throw new InputError(`No extractor reads ${url.href}.`);
  const extraction = normalizeExtraction(read);
  io.stdout(`${JSON.stringify(extraction, null, 2)}\n`);
  return EXIT.ok;
}

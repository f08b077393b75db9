/** One measured run in a fresh process: prints {"ms", "maxRssKb"} as its last line. */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { runCli } from '../../lib/cli/main';

async function main() {
  const [mode, file] = process.argv.slice(2);
  if (!file) throw new Error('usage: csv-scoring-child (--parse-only|--score) <file>');
  const started = performance.now();
  if (mode === '--parse-only') {
    const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    if (parsed.data.length === 0) throw new Error('nothing parsed');
  } else {
    let bytes = 0;
    const code = await runCli(['score', '--format', 'csv', file], {
      stdout: (text: string) => {
        bytes += text.length;
      },
      stderr: () => undefined,
      readFile: (path: string) => readFileSync(path, 'utf8'),
    });
    if (code !== 0 || bytes === 0) throw new Error(`score failed with exit code ${code}`);
  }
  const elapsed = performance.now() - started;
  console.log(JSON.stringify({ ms: elapsed, maxRssKb: process.resourceUsage().maxRSS }));
}

void main();

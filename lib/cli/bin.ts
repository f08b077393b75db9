/** Entry of the built command line (`icp-lens`, bundled to .output/cli/icp-lens.mjs). */
import { USAGE, VERSION } from './usage';

const [first, ...rest] = process.argv.slice(2);
// Help and version answer before the engine (schemas, country tables, parsers) is even loaded.
if (rest.length === 0 && (first === '--help' || first === '-h' || first === 'help'))
  process.stdout.write(USAGE);
else if (rest.length === 0 && (first === '--version' || first === '-v' || first === 'version'))
  process.stdout.write(`icp-lens ${VERSION}\n`);
else {
  const { runAsProcess } = await import('./main');
  runAsProcess();
}

/**
 * The built command line's code (`icp-lens`): bundled by scripts/build-cli.ts into one script
 * that `launch.ts` (.output/cli/icp-lens.mjs) runs through V8's code cache.
 */
import { USAGE, VERSION } from './usage';

const [first, ...rest] = process.argv.slice(2);
// Help and version answer before the engine (schemas, country tables, parsers) is even loaded.
if (rest.length === 0 && (first === '--help' || first === '-h' || first === 'help'))
  process.stdout.write(USAGE);
else if (rest.length === 0 && (first === '--version' || first === '-v' || first === 'version'))
  process.stdout.write(`icp-lens ${VERSION}\n`);
// Not a top-level await: the bundle is a script (see scripts/build-cli.ts).
else void import('./main').then(({ runAsProcess }) => runAsProcess());
